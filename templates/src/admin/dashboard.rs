//! The dashboard: every petition with its figures, the outbox, the audit log.
use maud::{html, Markup};

use super::view::{AuditEntry, DashboardPage, Erasure, OutboxView, PetitionRow};
use super::{action_label, admin_page, counted, number_i64, state_label, table_wrap};
use crate::Tr;

/// `GET /admin`: every petition's figures, the outbox and the activity log.
pub fn dashboard(tr: &Tr, p: &DashboardPage) -> Markup {
    let title = tr.t("admin-dashboard-title");
    let body = html! {
        h1 { (title) }
        p { a href="/admin/petitions/new" { (tr.t("admin-nav-new")) } }
        // Organizers are warned before a petition's personal data goes, to export what they
        // still need.
        @for r in &p.petitions {
            @if let Erasure::On { date, soon: true } = &r.erasure {
                div.notice.warning role="status" {
                    p { (tr.t_args("admin-erasure-warning", &[
                        ("title", r.title.as_str().into()),
                        ("date", date.as_str().into()),
                    ])) }
                }
            }
        }
        @if p.petitions.is_empty() {
            p { (tr.t("admin-no-petitions")) }
        } @else {
            (petitions_table(tr, &p.petitions))
        }
        (outbox(tr, &p.outbox))
        (audit_log(tr, &p.audit))
    };
    admin_page(tr, Some(&p.ctx), &title, body)
}

fn petitions_table(tr: &Tr, rows: &[PetitionRow]) -> Markup {
    let groups = [
        "admin-col-pending",
        "admin-col-confirmed",
        "admin-col-withdrawn",
        "admin-col-removed",
    ];
    let table = html! {
        table.data {
            caption #petitions-caption { (tr.t("admin-petitions-caption")) }
            colgroup span="2" {}
            @for _ in groups { colgroup span="2" {} }
            colgroup span="3" {}
            thead {
                tr {
                    th scope="col" rowspan="2" { (tr.t("admin-col-title")) }
                    th scope="col" rowspan="2" { (tr.t("admin-col-state")) }
                    @for g in groups { th.group scope="colgroup" colspan="2" { (tr.t(g)) } }
                    th.num scope="col" rowspan="2" { (tr.t("admin-col-members")) }
                    th.num scope="col" rowspan="2" { (tr.t("admin-col-goal")) }
                    th scope="col" rowspan="2" { (tr.t("admin-col-erasure")) }
                }
                tr {
                    @for _ in groups {
                        th.num scope="col" { (tr.t("admin-col-people")) }
                        th.num scope="col" { (tr.t("admin-col-orgs-short")) }
                    }
                }
            }
            tbody {
                @for r in rows {
                    @let c = &r.counts;
                    tr {
                        th.title scope="row" { a href={ "/admin/petitions/" (r.slug) } { (r.title) } }
                        td { span.badge { (state_label(tr, r.state)) } }
                        @for n in [c.pending_individual, c.pending_organization, c.confirmed_individual,
                            c.confirmed_organization, c.withdrawn_individual, c.withdrawn_organization,
                            c.removed_individual, c.removed_organization, c.members] {
                            td.num { (tr.number(n)) }
                        }
                        td.num {
                            @match r.goal {
                                Some(g) => (tr.number(g)),
                                None => span.muted { (tr.t("admin-no-goal")) },
                            }
                        }
                        td {
                            @match &r.erasure {
                                Erasure::Kept => span.muted { (tr.t("admin-erasure-kept")) },
                                Erasure::On { date, soon } => span.warning[*soon] {
                                    (tr.t_args("admin-erasure-on", &[("date", date.as_str().into())]))
                                },
                                Erasure::Done { date } => span.muted {
                                    (tr.t_args("admin-erasure-done", &[("date", date.as_str().into())]))
                                },
                            }
                        }
                    }
                }
            }
        }
    };
    table_wrap("petitions-caption", table)
}

fn outbox(tr: &Tr, o: &OutboxView) -> Markup {
    html! {
        section aria-labelledby="outbox-h" {
            h2 #outbox-h { (tr.t("admin-outbox-heading")) }
            dl.counts {
                div { dt { (tr.t("admin-outbox-queued")) } dd { (tr.number(o.queued)) } }
                div { dt { (tr.t("admin-outbox-retrying")) } dd { (tr.number(o.retrying)) } }
                div class=[(o.failed > 0).then_some("bad")] { dt { (tr.t("admin-outbox-failed")) } dd { (tr.number(o.failed)) } }
            }
            @if o.failed == 0 && o.failures.is_empty() {
                p { (tr.t("admin-outbox-healthy")) }
            } @else {
                @if o.failed > 0 {
                    p.warning { (tr.t_args("admin-outbox-failed-note", &counted(tr, o.failed, &[]))) }
                }
                @if !o.failures.is_empty() {
                    (table_wrap("failures-caption", html! {
                        table.data {
                            caption #failures-caption { (tr.t("admin-outbox-failures-caption")) }
                            thead { tr {
                                th scope="col" { (tr.t("admin-col-when")) }
                                th.num scope="col" { (tr.t("admin-col-attempts")) }
                                th scope="col" { (tr.t("admin-col-error")) }
                            } }
                            tbody {
                                @for (at, attempts, error) in &o.failures {
                                    tr {
                                        th scope="row" { (at) }
                                        td.num { (attempts) }
                                        td.long { (error) }
                                    }
                                }
                            }
                        }
                    }))
                }
            }
        }
    }
}

fn audit_log(tr: &Tr, entries: &[AuditEntry]) -> Markup {
    html! {
        section aria-labelledby="audit-h" {
            h2 #audit-h { (tr.t("admin-audit-heading")) }
            @if entries.is_empty() {
                p { (tr.t("admin-audit-empty")) }
            } @else {
                (table_wrap("audit-caption", html! {
                    table.data {
                        caption #audit-caption { (tr.t("admin-audit-caption")) }
                        thead { tr {
                            th scope="col" { (tr.t("admin-col-time")) }
                            th scope="col" { (tr.t("admin-col-who")) }
                            th scope="col" { (tr.t("admin-col-action")) }
                            th scope="col" { (tr.t("admin-col-petition")) }
                            th scope="col" { (tr.t("admin-col-detail")) }
                            th.num scope="col" { (tr.t("admin-col-count")) }
                        } }
                        tbody {
                            @for e in entries {
                                tr {
                                    th scope="row" { (e.at) }
                                    td { (e.actor) }
                                    td { (action_label(tr, &e.action)) }
                                    td {
                                        @if let Some(slug) = &e.petition_slug {
                                            a href={ "/admin/petitions/" (slug) } { (slug) }
                                        }
                                    }
                                    td.long { (e.detail) }
                                    td.num { (number_i64(tr, e.count)) }
                                }
                            }
                        }
                    }
                }))
            }
        }
    }
}
