//! Sample view data for every page, with hostile text where a visitor's text goes.
use super::super::*;
use crate::Tr;

pub(super) const EVIL: &str = "<script>alert(1)</script>";

pub(super) fn en() -> Tr {
    Tr::new("en")
}

pub(super) fn ctx() -> AdminContext {
    AdminContext {
        organizer_email: "org@example.org".into(),
        csrf: "CSRF-TOKEN-123".into(),
        notice: Some("3 signatures removed".into()),
    }
}

pub(super) fn counts() -> StatusCounts {
    StatusCounts {
        pending_individual: 1,
        pending_organization: 2,
        confirmed_individual: 1234,
        confirmed_organization: 5,
        withdrawn_individual: 3,
        withdrawn_organization: 0,
        removed_individual: 7,
        removed_organization: 1,
        members: 250_000,
    }
}

pub(super) fn sig(id: i64, status: SignatureStatus, hidden: bool, name: &str) -> SignatureRow {
    SignatureRow {
        id,
        kind: FormKind::Organization,
        status,
        name: name.into(),
        organization: Some(format!("Union {EVIL}")),
        email: "a@spam.example".into(),
        country: "Ukraine".into(),
        city: Some("Kryvyi Rih".into()),
        public: true,
        hidden,
        created: "2026-11-20 10:00 UTC".into(),
        comment: Some(EVIL.into()),
        verified: (id % 2 == 0).then(|| format!("called the office {EVIL}")),
    }
}

pub(super) fn dashboard_page() -> DashboardPage {
    DashboardPage {
        ctx: ctx(),
        petitions: vec![
            PetitionRow {
                slug: "krivoy-rog".into(),
                title: format!("Krivoy Rog {EVIL}"),
                state: StateView::Open,
                counts: counts(),
                goal: Some(3000),
                erasure: Erasure::Kept,
            },
            PetitionRow {
                slug: "closed-one".into(),
                title: format!("Closed {EVIL}"),
                state: StateView::Delivered,
                counts: counts(),
                goal: None,
                erasure: Erasure::On {
                    date: "2027-06-30".into(),
                    soon: true,
                },
            },
            PetitionRow {
                slug: "old-one".into(),
                title: "Long ago".into(),
                state: StateView::Delivered,
                counts: StatusCounts::default(),
                goal: None,
                erasure: Erasure::Done {
                    date: "2026-01-31".into(),
                },
            },
            PetitionRow {
                slug: "draft-one".into(),
                title: "A draft".into(),
                state: StateView::Draft,
                counts: StatusCounts::default(),
                goal: None,
                erasure: Erasure::Kept,
            },
        ],
        outbox: OutboxView {
            queued: 4,
            retrying: 1,
            failed: 2,
            failures: vec![(
                "2026-11-20 10:00 UTC".into(),
                10,
                format!("550 mailbox unavailable {EVIL}"),
            )],
        },
        audit: [
            "login",
            "logout",
            "petition.create",
            "petition.edit",
            "petition.state",
            "signature.hide",
            "signature.unhide",
            "signature.remove",
            "signatures.remove_domain",
            "export",
        ]
        .iter()
        .map(|a| AuditEntry {
            at: "2026-11-20 10:00:00 UTC".into(),
            actor: "org@example.org".into(),
            action: (*a).into(),
            petition_slug: Some("krivoy-rog".into()),
            detail: format!("detail {EVIL}"),
            count: 12,
        })
        .collect(),
    }
}

pub(super) fn petition_page() -> PetitionAdminPage {
    PetitionAdminPage {
        ctx: ctx(),
        languages: vec![
            LanguageVersionView {
                language: "en".into(),
                original: true,
                outdated: false,
                readers: 1200,
            },
            LanguageVersionView {
                language: "uk".into(),
                original: false,
                outdated: true,
                readers: 34,
            },
        ],
        slug: "krivoy-rog".into(),
        title: format!("Krivoy Rog {EVIL}"),
        state: StateView::Delivered,
        delivered_at: Some("2026-11-28".into()),
        delivery_note: Some(format!("Handed to the mayor {EVIL}")),
        counts: counts(),
        per_day: (1..=12)
            .map(|d| (format!("2026-11-{d:02}"), d * 10))
            .collect(),
        by_country: vec![
            ("UA".into(), "Ukraine".into(), 900),
            ("PL".into(), "Poland".into(), 300),
        ],
        query: EVIL.into(),
        searched: true,
        results: vec![
            sig(
                41,
                SignatureStatus::Confirmed,
                false,
                &format!("Olena {EVIL}"),
            ),
            sig(42, SignatureStatus::Confirmed, true, "Petro"),
            sig(43, SignatureStatus::Removed, false, "Removed Person"),
            sig(44, SignatureStatus::Withdrawn, false, "Withdrawn Person"),
        ],
        exports: vec![ExportView {
            at: "2026-11-21 09:00:00 UTC".into(),
            actor: "org@example.org".into(),
            format: "delivery".into(),
            rows: 1239,
            sha256: "ab".repeat(32),
            destination: format!("download {EVIL}"),
        }],
        versions: vec![
            VersionView {
                number: 1,
                at: "2026-11-01".into(),
                sha256: "cd".repeat(32),
                signatures: 1000,
                current: false,
            },
            VersionView {
                number: 2,
                at: "2026-11-10".into(),
                sha256: "ef".repeat(32),
                signatures: 239,
                current: true,
            },
        ],
    }
}

pub(super) fn edit_page(existing: bool) -> EditPetitionPage {
    EditPetitionPage {
        ctx: Some(ctx()),
        existing,
        slug: "krivoy-rog".into(),
        title: format!("Title {EVIL}"),
        summary: format!("Summary {EVIL}"),
        addressees: "The mayor\nThe company".into(),
        author: "IMCG".into(),
        language: "en".into(),
        accepts_individuals: true,
        accepts_organizations: false,
        visibility: vec![VisibilityView::Addressees, VisibilityView::Anonymous],
        default_visibility: VisibilityView::Anonymous,
        goal: "3000".into(),
        closes_on: "2026-12-31".into(),
        body: format!("Body </textarea>{EVIL}"),
        preview_html: Some("<p>Sanitised <em>preview</em></p>".into()),
        errors: vec![
            ("slug".into(), "admin-err-slug".into()),
            ("title".into(), "err-required".into()),
            ("summary".into(), "err-too-long-1000".into()),
            ("addressees".into(), "admin-err-addressees".into()),
            ("author".into(), "err-too-long-200".into()),
            ("language".into(), "admin-err-language".into()),
            ("accepts".into(), "admin-err-accepts".into()),
            ("visibility".into(), "err-invalid-visibility".into()),
            ("goal".into(), "admin-err-goal".into()),
            ("closes_on".into(), "admin-err-date".into()),
            ("body".into(), "err-too-long-120".into()),
            ("somewhere".into(), "admin-err-slug-taken".into()),
        ],
        creates_new_version: true,
    }
}

pub(super) fn bulk_page(count: u64) -> BulkRemovePage {
    BulkRemovePage {
        ctx: ctx(),
        slug: "krivoy-rog".into(),
        title: format!("Krivoy Rog {EVIL}"),
        domain: "spam.example".into(),
        count,
        sample: (1..=count.min(20) as i64)
            .map(|i| sig(i, SignatureStatus::Pending, false, &format!("Bot {i}")))
            .collect(),
    }
}

pub(super) fn signatory(number: u64, name: &str, org: bool) -> DeliverySignatory {
    DeliverySignatory {
        number,
        name: name.into(),
        organization: org.then(|| format!("Org of {name}")),
        role: org.then(|| "Chair".into()),
        occupation: (!org).then(|| "Miner".into()),
        city: Some("Kryvyi Rih".into()),
        members: org.then_some(1200),
        comment: Some(format!("Solidarity {EVIL}")),
        version: if number.is_multiple_of(2) { 2 } else { 1 },
    }
}

pub(super) fn delivery_doc() -> DeliveryDocument {
    DeliveryDocument {
        title: format!("Stop the reprisals {EVIL}"),
        author: "IMCG".into(),
        addressees: vec![
            "The mayor of Kryvyi Rih".into(),
            "ArcelorMittal".into(),
            format!("The minister {EVIL}"),
        ],
        body_html: "<p>We, the undersigned, <strong>protest</strong>.</p>".into(),
        language: "uk".into(),
        translated_from: Some("en".into()),
        date: "2026-11-29".into(),
        total: 10,
        individuals: 8,
        organizations: 2,
        members: 2400,
        countries: 4,
        versions: vec![
            (1, "aa".repeat(32), "2026-11-01".into(), 3),
            (2, "bb".repeat(32), "2026-11-10".into(), 2),
        ],
        paper: 2,
        sheets: 1,
        verified: 1,
    }
}

/// Signatories of one country, as the document streams them.
pub(super) struct Group {
    pub country_name: &'static str,
    pub signatories: Vec<DeliverySignatory>,
    /// Those who signed without their names: counted, not listed.
    pub unnamed: u64,
}

/// The sample document's lists.
pub(super) fn delivery_groups() -> Vec<(DeliverySection, Vec<Group>)> {
    vec![
        (
            DeliverySection::Verified,
            vec![Group {
                country_name: "Germany",
                signatories: vec![signatory(1, "Anna", true)],
                unnamed: 0,
            }],
        ),
        (
            DeliverySection::Organizations,
            vec![Group {
                country_name: "Ukraine",
                signatories: vec![signatory(2, "Bohdan", true)],
                unnamed: 0,
            }],
        ),
        (
            DeliverySection::Individuals,
            vec![
                Group {
                    country_name: "Poland",
                    signatories: vec![signatory(3, "Celina", false)],
                    unnamed: 0,
                },
                Group {
                    country_name: "Ukraine",
                    signatories: vec![
                        signatory(4, "Dmytro", false),
                        signatory(5, &format!("Evil {EVIL}"), false),
                    ],
                    // Three in Ukraine signed without their names.
                    unnamed: 3,
                },
                Group {
                    country_name: "Belarus",
                    signatories: vec![],
                    unnamed: 2,
                },
            ],
        ),
    ]
}

/// The whole document, its parts in the order the service streams them.
pub(super) fn delivery(
    tr: &Tr,
    d: &DeliveryDocument,
    lists: &[(DeliverySection, Vec<Group>)],
) -> String {
    let mut html = delivery_start(tr, d, false);
    for (i, addressee) in delivery_copies(d).into_iter().enumerate() {
        html += &delivery_article_start(tr, d, i, addressee);
        for (section, groups) in lists.iter().filter(|(_, g)| !g.is_empty()) {
            html += &delivery_section_start(tr, d, *section);
            for g in groups {
                let n = g.signatories.len() as u64 + g.unnamed;
                html += &delivery_group_start(tr, *section, g.country_name, n);
                for s in &g.signatories {
                    html +=
                        &delivery_signatory(tr, s, *section, d.several_versions()).into_string();
                }
                html += &delivery_group_end(tr, g.unnamed);
            }
            html += DELIVERY_SECTION_END;
        }
        html += DELIVERY_ARTICLE_END;
    }
    html + DELIVERY_END
}

/// Every page, with sample data in every branch that shows text.
pub(super) fn updates_page() -> UpdatesPage {
    UpdatesPage {
        ctx: ctx(),
        slug: "krivoy-rog".into(),
        title: "Stop the reprisals".into(),
        language: "en".into(),
        audience_total: 1234,
        audience_by_language: vec![("en".into(), 1000), ("uk".into(), 234)],
        refused: 3,
        updates: vec![
            UpdateRow {
                subject: EVIL.into(),
                delivered: false,
                created_at: "2026-12-01 10:00 UTC".into(),
                created_by: "org@example.org".into(),
                recipients: 1200,
                queued: 100,
                sent: 1090,
                failed: 4,
                refused: 3,
                cancelled: 3,
            },
            UpdateRow {
                subject: "Stop the reprisals".into(),
                delivered: true,
                created_at: "2026-12-02 10:00 UTC".into(),
                created_by: "org@example.org".into(),
                recipients: 1,
                queued: 0,
                sent: 1,
                failed: 0,
                refused: 0,
                cancelled: 0,
            },
        ],
        form: UpdateForm {
            subject: EVIL.into(),
            body: "".into(),
            nonce: "NONCE-1".into(),
            translations: vec![
                UpdateTranslationFields {
                    language: "uk".into(),
                    subject: "Слухання".into(),
                    body: "".into(),
                },
                UpdateTranslationFields {
                    language: "de".into(),
                    ..Default::default()
                },
            ],
        },
        preview: Some(UpdatePreview {
            subject: "Hearing".into(),
            html: "<p>The court meets on <em>Monday</em>.</p>".into(),
        }),
        errors: vec![
            ("subject".into(), "admin-error-update-subject".into()),
            ("body".into(), "admin-error-update-body".into()),
            ("body_uk".into(), "admin-error-update-half".into()),
        ],
    }
}

pub(super) fn all_pages() -> Vec<(&'static str, String)> {
    let tr = en();
    let mut empty_petition = petition_page();
    empty_petition.per_day.clear();
    empty_petition.by_country.clear();
    empty_petition.results.clear();
    empty_petition.exports.clear();
    empty_petition.versions.clear();
    let mut quiet = dashboard_page();
    quiet.petitions.clear();
    quiet.audit.clear();
    quiet.outbox = OutboxView::default();
    let mut new_page = edit_page(false);
    new_page.errors.clear();
    let mut no_updates = updates_page();
    no_updates.updates.clear();
    no_updates.errors.clear();
    no_updates.preview = None;
    no_updates.refused = 0;
    no_updates.audience_total = 0;
    no_updates.audience_by_language.clear();
    no_updates.form = UpdateForm::default();
    let mut empty_doc = delivery_doc();
    empty_doc.addressees.clear();
    empty_doc.total = 0;
    empty_doc.versions.truncate(1);
    vec![
        (
            "login",
            login(
                &tr,
                &LoginPage {
                    email: EVIL.into(),
                    form_token: "FT-1".into(),
                    failed: true,
                    retry_after: Some(30),
                },
            )
            .into_string(),
        ),
        (
            "login-minutes",
            login(
                &tr,
                &LoginPage {
                    retry_after: Some(600),
                    ..Default::default()
                },
            )
            .into_string(),
        ),
        ("dashboard", dashboard(&tr, &dashboard_page()).into_string()),
        ("dashboard-empty", dashboard(&tr, &quiet).into_string()),
        ("petition", petition(&tr, &petition_page()).into_string()),
        (
            "petition-empty",
            petition(&tr, &empty_petition).into_string(),
        ),
        ("edit", edit_petition(&tr, &edit_page(true)).into_string()),
        ("new", edit_petition(&tr, &new_page).into_string()),
        ("bulk", bulk_remove(&tr, &bulk_page(3)).into_string()),
        ("bulk-one", bulk_remove(&tr, &bulk_page(1)).into_string()),
        ("bulk-none", bulk_remove(&tr, &bulk_page(0)).into_string()),
        (
            "delivery",
            delivery(&tr, &delivery_doc(), &delivery_groups()),
        ),
        ("delivery-empty", delivery(&tr, &empty_doc, &[])),
        ("updates", updates(&tr, &updates_page()).into_string()),
        ("updates-empty", updates(&tr, &no_updates).into_string()),
    ]
}
