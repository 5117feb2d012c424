## undersign — English catalog for the organisers' pages, the charts and the delivery document.
## Counts come as two placeables: $count (a number, for choosing the plural form) and $n (the
## same number with its digits grouped, for showing).

## Shell
admin-area = Organisers
admin-title-suffix = Organisers
admin-nav-label = Organisers' menu
admin-nav-dashboard = Petitions
admin-nav-new = New petition
admin-signed-in-as = Signed in as { $email }
admin-logout = Sign out
admin-yes = Yes
admin-no = No

## States, kinds, statuses
admin-state-draft = Draft
admin-state-open = Open
admin-state-closed = Closed
admin-state-delivered = Delivered
admin-kind-individual = Person
admin-kind-organization = Organisation
admin-status-pending = Pending
admin-status-confirmed = Confirmed
admin-status-withdrawn = Withdrawn
admin-status-removed = Removed

## Login
admin-login-title = Sign in for organisers
admin-login-intro = This part of the site is for the organisers of the petitions.
admin-login-email = Email address
admin-login-password = Password
admin-login-submit = Sign in
admin-login-failed = The address or the password is wrong.
admin-login-wait-seconds = Too many attempts to sign in. Please wait { $count ->
    [one] one second
   *[other] { $n } seconds
} and try again.
admin-login-wait-minutes = Too many attempts to sign in. Please wait { $count ->
    [one] one minute
   *[other] { $n } minutes
} and try again.

## Dashboard
admin-dashboard-title = Petitions
admin-petitions-caption = All petitions and their signatures
admin-no-petitions = There are no petitions yet.
admin-col-title = Title
admin-col-state = State
admin-col-pending = Pending
admin-col-confirmed = Confirmed
admin-col-withdrawn = Withdrawn
admin-col-removed = Removed
admin-col-people = People
admin-col-organizations = Organisations
admin-col-orgs-short = Orgs
admin-col-members = Members represented
admin-col-goal = Goal
admin-col-erasure = Personal data
admin-erasure-kept = kept while open
admin-erasure-on = erased on { $date }
admin-erasure-done = erased { $date }
admin-erasure-warning = The personal data of the signers of “{ $title }” will be erased on { $date }. Export what you still need before then.
admin-col-total = Total
admin-col-status = Status
admin-no-goal = none
admin-outbox-heading = Outgoing email
admin-outbox-queued = Waiting to be sent
admin-outbox-retrying = Being tried again
admin-outbox-failed = Failed for good
admin-outbox-healthy = No message has failed.
admin-outbox-failed-note = { $count ->
    [one] One message could not be delivered after every attempt: its recipient has not received it.
   *[other] { $n } messages could not be delivered after every attempt: their recipients have not received them.
}
admin-outbox-failures-caption = The latest failed messages
admin-col-when = When
admin-col-attempts = Attempts
admin-col-error = Last error
admin-audit-heading = Activity log
admin-audit-caption = The latest actions of organisers
admin-audit-empty = Nothing has been recorded yet.
admin-col-time = Time
admin-col-who = Who
admin-col-action = Action
admin-col-petition = Petition
admin-col-detail = Detail
admin-col-count = Count
admin-action-login = Signed in
admin-action-logout = Signed out
admin-action-petition-create = Created a petition
admin-action-petition-edit = Edited a petition
admin-action-petition-state = Changed the state
admin-action-signature-hide = Hid a signature
admin-action-signature-unhide = Showed a signature again
admin-action-signature-remove = Removed a signature
admin-action-signatures-remove-domain = Removed the signatures of a domain
admin-action-export = Exported signatures

## Petition
admin-petition-actions = What you can do with this petition
admin-link-edit = Edit the text and settings
admin-link-delivery = Delivery document (to print)
admin-link-public = Public page
admin-link-export-delivery = Export for delivery (CSV)
admin-link-package = Delivery package (ZIP: CSV, document, checksums)
admin-link-export-full = Export everything (CSV)
admin-figures-heading = Signatures
admin-figures-caption = Signatures by status
admin-members-confirmed = Members represented by the confirmed organisations
admin-delivered-on = Delivered on { $date }.
admin-charts-heading = When and where people signed
admin-charts-note = Only confirmed signatures are shown.
admin-state-heading = State
admin-state-label = State of the petition
admin-state-hint = Open: people can sign. Closed: the page stays, nobody can sign. Delivered: closed, and the page says the signatures were handed over, with the note below. Draft: not public.
admin-state-note = Delivery note
admin-state-note-hint = Shown on the public page once the state is Delivered, for example where and to whom the signatures were handed over.
admin-state-submit = Change the state
admin-search-heading = Find signatures
admin-search-label = Name, email address, organisation or country
admin-search-submit = Search
admin-search-none = No signature matches “{ $query }”.
admin-search-caption = { $count ->
    [one] One signature matches “{ $query }”
   *[other] { $n } signatures match “{ $query }”
}
admin-col-kind = Kind
admin-col-name = Name
admin-col-organization = Organisation
admin-col-email = Email address
admin-col-country = Country
admin-col-city = City
admin-col-public = Public
admin-col-hidden = Hidden
admin-col-signed = Signed
admin-col-comment = Message
admin-col-actions = Actions
admin-hide = Hide
admin-unhide = Show again
admin-remove = Remove
admin-row-of = the signature of { $name }
admin-hidden-hint = Hidden signatures still count, but are not on the public list.
admin-remove-hint = Removing a signature means it is no longer counted, listed or exported.
admin-domain-heading = Remove all signatures from one email domain
admin-domain-intro = For a flood of fake signatures from one domain. You will see how many signatures it concerns and confirm before anything is removed.
admin-domain-label = Domain of the email addresses
admin-domain-hint = Only the part after the @, for example spam.example
admin-domain-submit = Check what would be removed
admin-exports-heading = Exports
admin-exports-caption = Lists of signatures that were exported
admin-exports-none = Nothing has been exported yet.
admin-col-format = Format
admin-col-rows = Rows
admin-col-sha = SHA-256
admin-col-destination = Destination
admin-format-delivery = For delivery
admin-format-full = Everything
admin-versions-heading = Versions of the text
admin-versions-caption = Every version people could sign
admin-versions-none = The text has no version yet.
admin-col-version = Version
admin-col-date = Date
admin-col-signatures = Signatures
admin-version-current = current

## Editing
admin-new-title = New petition
admin-edit-title = Edit: { $title }
admin-edit-back = Back to the petition
admin-edit-fix = Please correct the marked fields. Nothing has been saved yet.
admin-edit-see-preview = See the preview below the form.
admin-field-slug = Web address
admin-field-slug-hint = 1 to 80 lowercase letters, digits and single hyphens, for example krivoy-rog-2026. The page will be at /petitions/ followed by it. It cannot be changed later.
admin-field-slug-fixed = The web address cannot be changed.
admin-field-title = Title
admin-field-summary = Summary
admin-field-summary-hint = One or two sentences, shown on the list of petitions and in link previews.
admin-field-addressees = Addressees
admin-field-addressees-hint = One per line.
admin-field-author = Author
admin-field-author-hint = Who publishes the declaration, for example a union or a committee.
admin-field-language = Language of the text
admin-field-language-hint = A language code, for example en, es, ru or uk.
admin-field-visibility = Who may see signers' names
admin-field-visibility-hint = The levels a signer may choose from. For a letter to a government that jails signers, offer "Nobody" alone.
admin-field-default-visibility = Preselected on the form
admin-field-accepts = Who can sign
admin-field-accepts-individuals = People
admin-field-accepts-organizations = Organisations
admin-field-goal = Goal
admin-field-goal-hint = A number of signatures to aim for. Leave empty for none.
admin-field-closes-on = Closes on
admin-field-closes-on-hint = After this day nobody can sign. Leave empty to close it by hand.
admin-field-body = Text of the declaration
admin-field-body-hint = Markdown: an empty line between paragraphs, # before a heading, **bold**, *italic*, - before each item of a list.
admin-new-version-warning = People have signed this text. Saving creates a new version of it; existing signatures keep the version they signed.
admin-preview = Preview
admin-save = Save
admin-preview-heading = Preview
admin-err-slug = Please use 1 to 80 lowercase letters, digits and single hyphens.
admin-err-slug-taken = Another petition already has this address.
admin-err-language = Please enter a language code such as en or uk.
admin-err-goal = Please enter a whole number, or leave it empty.
admin-err-date = Please enter a date, or leave it empty.
admin-err-accepts = Please let people, organisations or both sign.
admin-err-addressees = Please enter at least one addressee, one per line.

## Removing the signatures of a domain
admin-bulk-title = Remove the signatures from { $domain }?
admin-bulk-text = { $count ->
    [one] One signature on “{ $title }” has an email address at { $domain }.
   *[other] { $n } signatures on “{ $title }” have an email address at { $domain }.
} If you confirm, they will be removed: no longer counted, listed or exported.
admin-bulk-nothing = No signature on “{ $title }” that is not already removed has an email address at { $domain }. There is nothing to remove.
admin-bulk-sample-caption = { $count ->
    [one] The signature
   *[other] { $shown } of the { $n } signatures
}
admin-bulk-confirm = { $count ->
    [one] Remove this signature
   *[other] Remove these { $n } signatures
}
admin-bulk-cancel = Cancel, keep them

## Delivery document
admin-delivery-doc-title = { $title } — signatures
admin-delivery-print-hint = This document is made to be printed: one copy for each addressee, each starting on a new page. Use your browser's Print command; to keep a file, choose "Save as PDF" as the printer.
admin-delivery-to = To: { $addressee }
admin-delivery-from = From: { $author }
admin-delivery-date = Date: { $date }
admin-delivery-totals = Signatures
admin-delivery-total = Signatures in all
admin-delivery-individuals = People
admin-delivery-organizations = Organisations
admin-delivery-members = Members represented by the organisations
admin-delivery-countries = Countries
admin-delivery-versions = The text signed
admin-delivery-versions-intro = Each signature endorses the version of the text that was shown when it was given. The SHA-256 fingerprint identifies each version exactly.
admin-delivery-versions-caption = Versions of the text
admin-delivery-org-heading = Organisations
admin-delivery-ind-heading = People
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] 1 member
   *[other] { $n } members
}
admin-delivery-unnamed = { $count ->
    [one] and 1 further person signed without their name
   *[other] and { $n } further people signed without their names
}
admin-delivery-signed-version = signed version { $version }
admin-delivery-none = No signature has been confirmed.

## Charts
chart-empty = No signatures yet.
chart-numbers = Show the numbers
chart-signatures = Signatures
chart-per-day-title = Signatures per day
chart-per-week-title = Signatures per week
chart-per-period-title = Signatures per { $days } days
chart-col-day = Day
chart-col-week = Week from
chart-col-period = From
chart-per-day-summary = Signatures per day, { $count ->
    [one] one day
   *[other] { $n } days
}, highest { $max } on { $date }.
chart-per-week-summary = Signatures per week, { $count ->
    [one] one week
   *[other] { $n } weeks
}, highest { $max } in the week from { $date }.
chart-per-period-summary = Signatures per { $days } days, { $count ->
    [one] one period
   *[other] { $n } periods
}, highest { $max } in the period from { $date }.
chart-by-country-title = Signatures by country
chart-col-country = Country
chart-by-country-summary = Signatures by country, { $count ->
    [one] one country
   *[other] { $n } countries
}, most from { $top } ({ $max }).
chart-other-countries = Other countries

# Language versions of the declaration
admin-languages-heading = Language versions
admin-languages-caption = The declaration in each language, how many confirmed signers read it, and its delivery document
admin-col-language = Language
admin-col-readers = Confirmed signers who read it
admin-language-original = original
admin-language-outdated = outdated: the original has changed since; import this translation again

# A signer's own request: look up, give, erase.
admin-nav-people = A signer's request
admin-people-title = A signer's request
admin-people-intro = Look up an email address to show a signer what is held about them, give it to them, or erase it. Their withdraw link keeps working.
admin-people-email = Email address
admin-people-search = Look up
admin-people-none = No signature is held for this address.
admin-people-caption = Signatures held for { $email }
admin-people-export = Download as JSON
admin-people-erase = Erase these signatures
admin-people-erase-warning = Erasing removes the name, address and every detail of these signatures; they stop counting. This cannot be undone.
admin-col-visibility = Seen by
admin-notice-saved = The petition was saved.
admin-notice-state-changed = The petition's state was changed.
admin-notice-hidden = The signature is hidden from the public list; it still counts.
admin-notice-unhidden = The signature is shown on the public list again.
admin-notice-removed = The signature was removed; it no longer counts.
admin-notice-removed-domain = The signatures at that domain were removed.
admin-notice-erased = The signatures were erased.
admin-action-person-export = Gave a signer their data
admin-action-person-erase = Erased a signer's signatures
admin-action-petition-purge = Erased personal data after the retention period
admin-link-updates = Updates to signers
admin-state-notify = When marking it delivered, email the signers who asked for news (with the note above)
admin-updates-title = Updates: { $title }
admin-updates-intro = An update goes by email to every confirmed signer who ticked "Email me about this petition", in the language they signed in where you give a translation, otherwise in the petition's language. Each signer receives each update once; withdrawn and unsubscribed signers receive none. Every update carries a link to unsubscribe.
admin-updates-audience = { $count ->
    [one] An update now would go to { $n } signer
   *[other] An update now would go to { $n } signers
}
admin-updates-refused = { $count ->
    [one] { $n } signer's mail server refused mail for good: nothing more is sent to that address.
   *[other] { $n } signers' mail servers refused mail for good: nothing more is sent to those addresses.
}
admin-updates-sent-heading = Updates sent
admin-updates-none = No updates yet.
admin-updates-col-subject = Subject
admin-updates-col-when = Written
admin-updates-col-recipients = Recipients
admin-updates-col-queued = Waiting
admin-updates-col-sent = Sent
admin-updates-col-failed = Failed
admin-updates-col-refused = Refused
admin-updates-col-cancelled = Not sent (unsubscribed or withdrawn)
admin-updates-delivered-subject = Delivered: { $title }
admin-updates-compose-heading = Write an update
admin-updates-preview-heading = Preview
admin-updates-preview-footer = Under it, every email says why the signer receives it, and links to the petition, to withdraw the signature, and to unsubscribe.
admin-updates-written-in = Write it in { $language }, the petition's language.
admin-updates-subject = Subject
admin-updates-body = Message
admin-updates-body-hint = Markdown: a blank line between paragraphs, *italics*, **bold**, [a link](https://example.org).
admin-updates-translations = Translations
admin-updates-translations-hint = Optional. Signers who signed in one of these languages receive its translation; the others receive the message above.
admin-updates-preview = Preview
admin-updates-send = { $count ->
    [one] Send to { $n } signer
   *[other] Send to { $n } signers
}
admin-notice-update-queued = The update is on its way. The table below shows how far it has gone.
admin-action-update-send = Update sent
admin-action-update-delivered = "Delivered" notice sent
admin-error-update-subject = Give the update a subject of one line, at most 200 characters.
admin-error-update-body = Write the message, at most 20,000 characters.
admin-error-update-half = Give a translation both a subject and a message, or leave both empty.

## Paper sheets and verified organizations
admin-link-paper = Paper sheets
admin-back-to-petition = Back to the petition
admin-paper-title = Paper sheets: { $title }
admin-paper-count = { $count ->
    [one] { $n } signature came on paper; sheets entered: { $sheets }.
   *[other] { $n } signatures came on paper; sheets entered: { $sheets }.
}
admin-paper-print-heading = Print sheets
admin-paper-print-hint = Each sheet gets a number of its own, recorded with your name, so a sheet entered later can be checked. Print them on A4; the browser can save them as a PDF.
admin-paper-print-count = How many sheets
admin-paper-print-language = Language of the sheets
admin-paper-print-button = Make the sheets
admin-paper-enter-heading = Enter a sheet
admin-paper-enter-number = Sheet number
admin-paper-enter-button = Open the sheet
admin-paper-duplicates-heading = Likely duplicates
admin-paper-duplicates-hint = These signatures have the same name and city (case, spacing and accents set aside). They are counted until you decide: remove one, or say they are two people.
admin-paper-duplicates-caption = Signatures with one name and city, at least one on paper
admin-paper-col-paper = On paper
admin-paper-col-other = The other
admin-paper-not-duplicate = Two different people
admin-paper-remove-one = Remove #{ $id }
admin-paper-on-sheet = paper, sheet { $sheet }
admin-paper-online = online
admin-paper-sheets-heading = Sheets
admin-paper-no-sheets = No sheets printed yet.
admin-paper-sheets-caption = Sheets printed for this petition, newest first
admin-paper-col-number = Sheet
admin-paper-col-printed = Printed
admin-paper-col-collected = Collected
admin-paper-col-entered = Entered
admin-paper-scan = scan
admin-entry-title = Sheet { $number }
admin-entry-back = Back to the paper sheets
admin-entry-printed = printed { $printed }
admin-entry-already = { $count ->
    [one] { $n } signature from this sheet is entered already; rows typed here are added.
   *[other] { $n } signatures from this sheet are entered already; rows typed here are added.
}
admin-entry-problems = Nothing was entered. Please correct:
admin-entry-row-problem = Row { $row }: { $problem }
admin-entry-sheet-legend = The sheet
admin-entry-collected-by = Collected by
admin-entry-place = Where
admin-entry-collected-at = Collected on
admin-entry-country = Country of the signers
admin-entry-country-hint = Set once for the whole sheet.
admin-entry-scan = Scan of the sheet
admin-entry-scan-hint = PDF, JPEG or PNG, at most 10 MB. Kept with its SHA-256, never shown publicly.
admin-entry-rows-caption = The signatures on the sheet
admin-entry-col-kind = Signs as
admin-entry-col-name = Name
admin-entry-col-city = City
admin-entry-col-occupation = Occupation or organization
admin-entry-col-visibility = Name shown to
admin-entry-cell = Row { $row }, { $column }
admin-entry-rows-hint = Empty rows are skipped. For an organization, type its name under "Occupation or organization" and the person who signed under "Name".
admin-entry-submit = Enter the signatures
admin-entry-no-rows = Type at least one signature.
admin-err-scan-type = The scan must be a PDF, JPEG or PNG file, and its name must not say otherwise.
admin-notice-paper-entered = The sheet's signatures were entered and counted.
admin-notice-not-duplicate = Marked as two different people.
admin-notice-verified = The organization is marked verified.
admin-notice-unverified = The organization is no longer marked verified.
admin-action-sheets-print = sheets printed
admin-action-paper-enter = paper signatures entered
admin-action-paper-not-duplicate = marked not a duplicate
admin-action-signature-verify = organization verified
admin-action-signature-unverify = organization unverified
admin-verified = Verified: { $note }
admin-verify-note = How it was verified
admin-verify-button = Mark verified
admin-unverify-button = Remove verification
admin-delivery-paper = Signed on paper
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, on { $sheets } sheet
   *[other] { $n }, on { $sheets } sheets
}
admin-delivery-verified-heading = Organisations verified by the organisers
admin-delivery-verified-intro = The organisers confirmed each of these organisations directly: by calling its office, by a letter on its letterhead, or through an affiliate they know.
admin-delivery-unverified-heading = Other organisations
admin-delivery-unverified = { $count ->
    [one] 1 organisation has not been verified by the organisers.
   *[other] { $n } organisations have not been verified by the organisers.
}
