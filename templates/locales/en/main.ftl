## undersign — English catalog. Every string a person reads is here.

site-name = undersign
site-tagline = Solidarity letters and petitions of workers' organisations
skip-to-content = Skip to content
language-label = Language
footer-privacy = We use your email address only to confirm your signature, and to write to you about this petition if you ask us to. Your address is never shown or handed over.
digit-group-separator = ,
optional = (optional)
back-to-petition = Back to the petition
back-to-index = All petitions

## Index
index-heading = Sign in solidarity
index-intro = Declarations of protest and solidarity from miners and workers' organisations. Sign as a person or on behalf of your union, committee or organisation; we deliver the confirmed list to the addressees.
index-none-open = No petition is open for signing right now.
index-open = Open for signatures
index-ended = Closed and delivered

## Petition
addressed-to = To:
state-draft = Draft — not public
state-closed = Closed — no longer taking signatures
state-delivered = Delivered to the addressees
signatures-label = { $count ->
    [one] signature
   *[other] signatures
}
progress-label = Progress towards the goal
goal-of = Goal: { $goal }
counts-individuals = People
counts-organizations = Organisations
counts-members = Members represented
declaration-by = Published by { $author }
declaration-excerpt = This is an excerpt of the published declaration.
tally-heading = Signatures so far
delivered-on = Handed over on { $date }.
closes-on = Open for signing until { $date }.
petition-not-open = This petition is not taking signatures.
sign-heading = Sign this declaration
sign-intro = We will email you a link to confirm your signature. Only confirmed signatures are counted and delivered.
sign-as-individual = Sign as a person
sign-as-organization = Sign for an organisation
recent-heading = Recent signatories
recent-all = See all public signatories
share-heading = Share
share-intro = Copy this link and send it to your colleagues:
share-email = Send by email
members-count = { $count ->
    [one] (1 member)
   *[other] ({ $count } members)
}

## Signing form
field-name = Full name
field-contact-name = Contact person (full name)
field-organization = Name of the organisation
field-role = Position of the contact person
field-email = Email address
field-country = Country
field-country-choose = Choose your country
field-city = City or town
field-occupation = Occupation or workplace
field-members = Number of members the organisation represents
field-comment = A message of solidarity
field-visibility = Who may see your name?
visibility-public = Everyone
visibility-public-hint = Shown on the public list on this site, and handed to the addressees with the letter.
visibility-addressees = Only the addressees
visibility-addressees-hint = Handed to the addressees with the letter; not shown on this site.
visibility-anonymous = Nobody
visibility-anonymous-hint = Counted, but shown to no one: the addressees are only told how many people signed without their names.
visibility-only = This petition takes signatures only like this:
field-updates = Email me about this petition (for example when it is delivered)
field-website = Leave this field empty
form-privacy = Your email address is never shown on the site nor handed to the addressees.
submit-individual = Sign
submit-organization = Sign for the organisation

notice-fix-fields = Please correct the marked fields. Nothing has been sent yet.
notice-field-error = { $label }: { $error }
notice-try-again = Something went wrong with the form. Please check your details and press the button again.
notice-expired = This form was open for a long time. Your details are still here: please press the button again.
notice-rate-limited = Many people are signing from your network right now. Please wait a moment and press the button again; your details are kept.

label-kind = Kind of signature
label-name = Name
label-organization = Organisation
label-role = Position
label-email = Email address
label-country = Country
label-city = City or town
label-occupation = Occupation
label-members = Members
label-comment = Message
label-visibility = Who may see your name
label-updates = Updates

err-required = Please fill this in.
err-too-long-120 = Please use at most 120 characters.
err-too-long-200 = Please use at most 200 characters.
err-too-long-254 = Please use at most 254 characters.
err-too-long-1000 = Please use at most 1000 characters.
err-control-chars = This contains characters that cannot be used here (line breaks, tabs or invisible control characters).
err-invisible-chars = This contains invisible characters that change how text is displayed. Please type it again.
err-no-letters = This needs at least one letter or digit.
err-address = A web address or an email address cannot be used here.
err-invalid-visibility = Please choose who may see your name from the choices offered.
err-invalid-email = Please enter an email address like name@example.org.
err-invalid-country = Please choose a country from the list.
err-invalid-number = Please enter a whole number, for example 250.
err-out-of-range = Please enter a number between 0 and 100,000,000.
err-invalid-kind = Please choose whether you sign as a person or for an organisation.
err-kind-not-accepted = This petition does not take this kind of signature.

## After signing
thanks-heading = Check your email
thanks-text = We have sent you an email about "{ $title }". Open it and press the button in it to confirm your signature. It only counts once confirmed.
thanks-spam = No email within a few minutes? Look in your spam or promotions folder. The link in it works for a week.

## Signatories
signatories-heading = Signatories
signatories-public-count = { $count ->
    [one] One signatory asked to be listed publicly.
   *[other] { $count } signatories asked to be listed publicly.
}
signatories-none = Nobody is listed publicly yet.
pager-label = Pages
pager-previous = Previous
pager-next = Next
pager-position = Page { $page } of { $pages }

## Links from emails
confirm-heading = Confirm your signature
confirm-text = Press the button to confirm your signature on "{ $title }".
confirm-button = Confirm my signature
withdraw-heading = Withdraw your signature
withdraw-text = Press the button to withdraw your signature from "{ $title }". Your name and details will be erased.
withdraw-button = Withdraw my signature
confirmed-heading = Thank you — your signature counts
confirmed-text = Your signature on "{ $title }" is confirmed. Please share the petition with your colleagues.
withdrawn-heading = Your signature has been withdrawn
withdrawn-text = Your signature on "{ $title }" has been withdrawn and your details erased.
inactive-heading = This signature is no longer active
inactive-text = This signature on "{ $title }" was withdrawn or removed. You can sign again from the petition page.
expired-heading = This link has expired
expired-text = The link for "{ $title }" is no longer valid. Please sign again: it takes a minute, and we will send you a new link.
closed-heading = This petition is closed
closed-text = "{ $title }" no longer takes signatures. Thank you for your support.

## Errors
error-not-found-heading = Page not found
error-not-found-text = There is nothing at this address. The link may be mistyped or out of date.
error-bad-request-heading = The request could not be read
error-bad-request-text = Your browser sent something we could not read. Please go back and try again.
error-forbidden-heading = This form has expired
error-forbidden-text = For your safety the form was refused: it came without the token of your session, or from another site. Go back, reload the page and try again.
error-too-large-heading = Too much text
error-too-large-text = The form sent was too large. Please shorten your message and try again.
error-unsupported-type-heading = The request could not be read
error-unsupported-type-text = Please use the form on the petition page.
error-rate-limited-heading = Please wait a moment
error-rate-limited-text = Many requests are coming from your network right now. Please try again in a minute.
error-unavailable-heading = Temporarily unavailable
error-unavailable-text = The service cannot answer right now. Please try again in a few minutes.
error-internal-heading = Something went wrong on our side
error-internal-text = Nothing you did caused this. Please try again in a few minutes.

## Emails
email-confirm-subject = Please confirm your signature: { $title }
email-confirm-intro = Thank you for signing "{ $title }".
email-signed-as = The signature, exactly as it was typed into the form:
email-confirm-action = To confirm your signature, open this link and press the button:
email-confirm-button = Confirm my signature
email-valid-for = The link works for { $hours } hours.
email-withdraw-line = If you change your mind, you can withdraw your signature here:
email-confirm-ignore = If you did not sign, ignore this email: nothing will be counted, and your address will be erased.
email-already-subject = You have already signed: { $title }
email-already-intro = Somebody (probably you) submitted a signature for "{ $title }" with this address. Your signature was already confirmed and counts: there is nothing more to do.
email-already-ignore = You do not need to do anything. We will not send this message more than a few times a day.

# A declaration in several languages
declaration-versions = Read this declaration in:
declaration-translated = This is a translation. Original language: { $language }.
declaration-untranslated = This declaration has not been translated into this language yet. Original language: { $language }.
email-update-why = You receive this because you signed "{ $title }" and asked for news about it:
email-unsubscribe-line = To receive no more updates about this petition (your signature still counts):
email-delivered-subject = Delivered: { $title }
email-delivered-intro = The petition "{ $title }" was handed to its addressees on { $date }. Thank you for signing it.
email-delivered-note = The organisers wrote:
unsubscribe-title = Stop updates about this petition
unsubscribe-lead = Press the button to receive no more updates about "{ $title }". Your signature still counts.
unsubscribe-button = Stop updates
unsubscribe-done-title = No more updates
unsubscribe-done = You will receive no more updates about "{ $title }". Your signature still counts; to withdraw it, use the link in any email we sent you.

## Printed signature sheets
sheet-doc-title = Signature sheets: { $title }
sheet-print-hint = Print on A4, one sheet a page (or save as PDF). Each sheet has its own number.
sheet-number = Sheet No. { $number }
sheet-text-version = Text version { $sha }
sheet-to = To: { $addressees }
sheet-from = From: { $author }
sheet-names-not-delivered = Your name will not be published and will not be given to the addressees: only the number of signatures is.
sheet-names-delivered-publish-tick = Your name will be given to the addressees. It will not be published online unless you tick the box.
sheet-names-delivered-not-published = Your name will be given to the addressees. It will not be published online.
sheet-collected-by = Collected by:
sheet-place-date = Place and date:
sheet-col-name = Name
sheet-col-city = City
sheet-col-occupation = Occupation or organization
sheet-col-publish = Publish my name
sheet-col-signature = Signature
sheet-footer = Sheet { $number }, printed on { $at }. Read the full text, or sign online, at the address above.
err-invalid-date = Please give a date like 2026-12-01.
err-date-future = This date is in the future.
signatory-verified = ✓ verified by the organisers
signatories-past-end = There is no such page: the list has { $pages } pages.
signatories-deep = Pages after page { $max } are reached with Next, one page at a time.
signatories-first-page = Go to the first page.
