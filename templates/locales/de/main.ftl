## undersign — deutscher Katalog. Jeder Text, den jemand liest, steht hier.

site-name = undersign
site-tagline = Solidaritätserklärungen und Petitionen von Arbeiterorganisationen
skip-to-content = Zum Inhalt springen
language-label = Sprache
footer-privacy = Wir verwenden Ihre E-Mail-Adresse nur, um Ihre Unterschrift zu bestätigen, und – wenn Sie es wünschen – um Ihnen zu dieser Petition zu schreiben. Ihre Adresse wird nie angezeigt oder weitergegeben.
digit-group-separator = .
optional = (freiwillig)
back-to-petition = Zurück zur Petition
back-to-index = Alle Petitionen

## Startseite
index-heading = Solidarisch unterschreiben
index-intro = Protest- und Solidaritätserklärungen von Bergleuten und Arbeiterorganisationen. Unterschreiben Sie als Einzelperson oder im Namen Ihrer Gewerkschaft, Ihres Komitees oder Ihrer Organisation; wir übergeben die Liste der bestätigten Unterschriften an die Adressaten.
index-none-open = Zurzeit kann keine Petition unterschrieben werden.
index-open = Jetzt unterschreiben
index-ended = Abgeschlossen und übergeben

## Petition
addressed-to = An:
state-draft = Entwurf – nicht öffentlich
state-closed = Abgeschlossen – keine Unterschriften mehr möglich
state-delivered = An die Adressaten übergeben
signatures-label = { $count ->
    [one] Unterschrift
   *[other] Unterschriften
}
progress-label = Fortschritt zum Ziel
goal-of = Ziel: { $goal }
counts-individuals = Einzelpersonen
counts-organizations = Organisationen
counts-members = Vertretene Mitglieder
declaration-by = Veröffentlicht von { $author }
declaration-excerpt = Dies ist ein Auszug aus der veröffentlichten Erklärung.
tally-heading = Bisherige Unterschriften
delivered-on = Übergeben am { $date }.
closes-on = Unterschreiben möglich bis { $date }.
petition-not-open = Diese Petition nimmt keine Unterschriften an.
sign-heading = Diese Erklärung unterschreiben
sign-intro = Wir schicken Ihnen per E-Mail einen Link, mit dem Sie Ihre Unterschrift bestätigen. Nur bestätigte Unterschriften werden gezählt und übergeben.
sign-as-individual = Als Einzelperson unterschreiben
sign-as-organization = Für eine Organisation unterschreiben
recent-heading = Zuletzt unterschrieben
recent-all = Alle öffentlichen Unterzeichnenden ansehen
share-heading = Weitersagen
share-intro = Kopieren Sie diesen Link und schicken Sie ihn an Ihre Kolleginnen und Kollegen:
share-email = Per E-Mail senden
members-count = { $count ->
    [one] (1 Mitglied)
   *[other] ({ $count } Mitglieder)
}

## Unterschriftsformular
field-name = Vor- und Nachname
field-contact-name = Ansprechperson (Vor- und Nachname)
field-organization = Name der Organisation
field-role = Funktion der Ansprechperson
field-email = E-Mail-Adresse
field-country = Land
field-country-choose = Wählen Sie Ihr Land
field-city = Ort
field-occupation = Beruf oder Arbeitsstätte
field-members = Zahl der Mitglieder, die die Organisation vertritt
field-comment = Eine Solidaritätsbotschaft
field-visibility = Wer darf Ihren Namen sehen?
visibility-public = Alle
visibility-public-hint = Wird in der öffentlichen Liste auf dieser Seite gezeigt und den Adressaten mit dem Brief übergeben.
visibility-addressees = Nur die Adressaten
visibility-addressees-hint = Wird den Adressaten mit dem Brief übergeben, aber nicht auf dieser Seite gezeigt.
visibility-anonymous = Niemand
visibility-anonymous-hint = Wird mitgezählt, aber niemandem gezeigt: Die Adressaten erfahren nur, wie viele ohne ihren Namen unterschrieben haben.
visibility-only = Diese Petition nimmt Unterschriften nur so an:
field-updates = Mich per E-Mail über diese Petition informieren (zum Beispiel, wenn sie übergeben wurde)
field-website = Dieses Feld bitte leer lassen
form-privacy = Ihre E-Mail-Adresse wird weder auf der Website angezeigt noch an die Adressaten weitergegeben.
submit-individual = Unterschreiben
submit-organization = Für die Organisation unterschreiben

notice-fix-fields = Bitte korrigieren Sie die markierten Felder. Es wurde noch nichts abgeschickt.
notice-field-error = { $label }: { $error }
notice-try-again = Mit dem Formular ist etwas schiefgegangen. Bitte prüfen Sie Ihre Angaben und drücken Sie den Knopf noch einmal.
notice-expired = Dieses Formular war lange geöffnet. Ihre Angaben sind noch da: Bitte drücken Sie den Knopf noch einmal.
notice-rate-limited = Gerade unterschreiben viele Menschen aus Ihrem Netz. Bitte warten Sie einen Moment und drücken Sie den Knopf dann noch einmal; Ihre Angaben bleiben erhalten.

label-kind = Art der Unterschrift
label-name = Name
label-organization = Organisation
label-role = Funktion
label-email = E-Mail-Adresse
label-country = Land
label-city = Ort
label-occupation = Beruf
label-members = Mitglieder
label-comment = Botschaft
label-visibility = Wer Ihren Namen sehen darf
label-updates = Neuigkeiten

err-required = Bitte füllen Sie dieses Feld aus.
err-too-long-120 = Bitte verwenden Sie höchstens 120 Zeichen.
err-too-long-200 = Bitte verwenden Sie höchstens 200 Zeichen.
err-too-long-254 = Bitte verwenden Sie höchstens 254 Zeichen.
err-too-long-1000 = Bitte verwenden Sie höchstens 1000 Zeichen.
err-control-chars = Hier stehen Zeichen, die nicht verwendet werden können (Zeilenumbrüche, Tabulatoren oder unsichtbare Steuerzeichen).
err-invisible-chars = Hier stehen unsichtbare Zeichen, die die Darstellung des Textes verändern. Bitte geben Sie den Text neu ein.
err-no-letters = Hier muss mindestens ein Buchstabe oder eine Ziffer stehen.
err-address = Eine Web- oder E-Mail-Adresse kann hier nicht verwendet werden.
err-invalid-visibility = Bitte wählen Sie aus den angebotenen Möglichkeiten, wer Ihren Namen sehen darf.
err-invalid-email = Bitte geben Sie eine E-Mail-Adresse wie name@example.org ein.
err-invalid-country = Bitte wählen Sie ein Land aus der Liste.
err-invalid-number = Bitte geben Sie eine ganze Zahl ein, zum Beispiel 250.
err-out-of-range = Bitte geben Sie eine Zahl zwischen 0 und 100.000.000 ein.
err-invalid-kind = Bitte wählen Sie, ob Sie als Einzelperson oder für eine Organisation unterschreiben.
err-kind-not-accepted = Diese Petition nimmt diese Art von Unterschrift nicht an.

## Nach dem Unterschreiben
thanks-heading = Sehen Sie in Ihr E-Mail-Postfach
thanks-text = Wir haben Ihnen eine E-Mail zu „{ $title }“ geschickt. Öffnen Sie sie und drücken Sie den Knopf darin, um Ihre Unterschrift zu bestätigen. Erst nach der Bestätigung zählt sie.
thanks-spam = Nach ein paar Minuten noch keine E-Mail da? Sehen Sie im Spam- oder Werbeordner nach. Der Link darin ist eine Woche lang gültig.

## Unterzeichnende
signatories-heading = Unterzeichnende
signatories-public-count = { $count ->
    [one] Eine unterzeichnende Person oder Organisation möchte öffentlich genannt werden.
   *[other] { $count } Unterzeichnende möchten öffentlich genannt werden.
}
signatories-none = Noch ist niemand öffentlich aufgeführt.
pager-label = Seiten
pager-previous = Zurück
pager-next = Weiter
pager-position = Seite { $page } von { $pages }

## Links aus E-Mails
confirm-heading = Bestätigen Sie Ihre Unterschrift
confirm-text = Drücken Sie den Knopf, um Ihre Unterschrift unter „{ $title }“ zu bestätigen.
confirm-button = Meine Unterschrift bestätigen
withdraw-heading = Ziehen Sie Ihre Unterschrift zurück
withdraw-text = Drücken Sie den Knopf, um Ihre Unterschrift unter „{ $title }“ zurückzuziehen. Ihr Name und Ihre Angaben werden gelöscht.
withdraw-button = Meine Unterschrift zurückziehen
confirmed-heading = Danke – Ihre Unterschrift zählt
confirmed-text = Ihre Unterschrift unter „{ $title }“ ist bestätigt. Bitte teilen Sie die Petition mit Ihren Kolleginnen und Kollegen.
withdrawn-heading = Ihre Unterschrift wurde zurückgezogen
withdrawn-text = Ihre Unterschrift unter „{ $title }“ wurde zurückgezogen und Ihre Angaben wurden gelöscht.
inactive-heading = Diese Unterschrift ist nicht mehr gültig
inactive-text = Diese Unterschrift unter „{ $title }“ wurde zurückgezogen oder entfernt. Sie können auf der Seite der Petition erneut unterschreiben.
expired-heading = Dieser Link ist abgelaufen
expired-text = Der Link für „{ $title }“ ist nicht mehr gültig. Bitte unterschreiben Sie noch einmal: Das dauert eine Minute, und wir schicken Ihnen einen neuen Link.
closed-heading = Diese Petition ist abgeschlossen
closed-text = „{ $title }“ nimmt keine Unterschriften mehr an. Vielen Dank für Ihre Unterstützung.

## Fehler
error-not-found-heading = Seite nicht gefunden
error-not-found-text = Unter dieser Adresse gibt es nichts. Vielleicht ist der Link falsch geschrieben oder veraltet.
error-bad-request-heading = Die Anfrage konnte nicht gelesen werden
error-bad-request-text = Ihr Browser hat etwas geschickt, das wir nicht lesen konnten. Bitte gehen Sie zurück und versuchen Sie es noch einmal.
error-forbidden-heading = Dieses Formular ist abgelaufen
error-forbidden-text = Zu Ihrer Sicherheit wurde das Formular abgelehnt: Es kam ohne das Token Ihrer Sitzung oder von einer anderen Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-too-large-heading = Zu viel Text
error-too-large-text = Das gesendete Formular war zu groß. Bitte kürzen Sie Ihre Botschaft und versuchen Sie es noch einmal.
error-unsupported-type-heading = Die Anfrage konnte nicht gelesen werden
error-unsupported-type-text = Bitte verwenden Sie das Formular auf der Seite der Petition.
error-rate-limited-heading = Bitte warten Sie einen Moment
error-rate-limited-text = Gerade kommen sehr viele Anfragen aus Ihrem Netz. Bitte versuchen Sie es in einer Minute noch einmal.
error-unavailable-heading = Vorübergehend nicht erreichbar
error-unavailable-text = Der Dienst kann gerade nicht antworten. Bitte versuchen Sie es in ein paar Minuten noch einmal.
error-internal-heading = Bei uns ist etwas schiefgegangen
error-internal-text = Das liegt nicht an Ihnen. Bitte versuchen Sie es in ein paar Minuten noch einmal.

## E-Mails
email-confirm-subject = Bitte bestätigen Sie Ihre Unterschrift: { $title }
email-confirm-intro = Danke, dass Sie „{ $title }“ unterschrieben haben.
email-signed-as = Die Unterschrift, genau so, wie sie ins Formular eingegeben wurde:
email-confirm-action = Um Ihre Unterschrift zu bestätigen, öffnen Sie diesen Link und drücken Sie den Knopf:
email-confirm-button = Meine Unterschrift bestätigen
email-valid-for = Der Link ist { $hours } Stunden lang gültig.
email-withdraw-line = Wenn Sie es sich anders überlegen, können Sie Ihre Unterschrift hier zurückziehen:
email-confirm-ignore = Wenn Sie nicht unterschrieben haben, beachten Sie diese E-Mail einfach nicht: Es wird nichts gezählt, und Ihre Adresse wird gelöscht.
email-already-subject = Sie haben bereits unterschrieben: { $title }
email-already-intro = Jemand (wahrscheinlich Sie selbst) hat mit dieser Adresse eine Unterschrift unter „{ $title }“ abgeschickt. Ihre Unterschrift war bereits bestätigt und zählt: Sie müssen nichts weiter tun.
email-already-ignore = Sie müssen nichts tun. Wir schicken diese Nachricht höchstens ein paar Mal am Tag.

# A declaration in several languages
declaration-versions = Diese Erklärung lesen auf:
declaration-translated = Dies ist eine Übersetzung. Originalsprache: { $language }.
declaration-untranslated = Diese Erklärung ist noch nicht in diese Sprache übersetzt. Originalsprache: { $language }.
email-update-why = Sie erhalten diese E-Mail, weil Sie „{ $title }“ unterschrieben haben und über diese Petition informiert werden möchten:
email-unsubscribe-line = Um keine Neuigkeiten zu dieser Petition mehr zu erhalten (Ihre Unterschrift zählt weiter):
email-delivered-subject = Übergeben: { $title }
email-delivered-intro = Die Petition „{ $title }“ wurde am { $date } an die Adressaten übergeben. Danke, dass Sie unterschrieben haben.
email-delivered-note = Das Organisationsteam schreibt:
unsubscribe-title = Neuigkeiten zu dieser Petition abbestellen
unsubscribe-lead = Drücken Sie den Knopf, um keine Neuigkeiten zu „{ $title }“ mehr zu erhalten. Ihre Unterschrift zählt weiter.
unsubscribe-button = Neuigkeiten abbestellen
unsubscribe-done-title = Neuigkeiten abbestellt
unsubscribe-done = Sie erhalten keine Neuigkeiten zu „{ $title }“ mehr. Ihre Unterschrift zählt weiter; um sie zurückzuziehen, verwenden Sie den Link in einer der E-Mails, die wir Ihnen geschickt haben.

## Gedruckte Unterschriftenbögen
sheet-doc-title = Unterschriftenbögen: { $title }
sheet-print-hint = Auf A4 drucken, ein Bogen pro Seite (oder als PDF speichern). Jeder Bogen hat seine eigene Nummer.
sheet-number = Bogen Nr. { $number }
sheet-text-version = Textfassung { $sha }
sheet-to = An: { $addressees }
sheet-from = Von: { $author }
sheet-names-not-delivered = Ihr Name wird weder veröffentlicht noch an die Adressaten weitergegeben: Diese erfahren nur die Zahl der Unterschriften.
sheet-names-delivered-publish-tick = Ihr Name wird den Adressaten übergeben. Online veröffentlicht wird er nur, wenn Sie das Kästchen ankreuzen.
sheet-names-delivered-not-published = Ihr Name wird den Adressaten übergeben. Online veröffentlicht wird er nicht.
sheet-collected-by = Gesammelt von:
sheet-place-date = Ort und Datum:
sheet-col-name = Name
sheet-col-city = Ort
sheet-col-occupation = Beruf oder Organisation
sheet-col-publish = Meinen Namen veröffentlichen
sheet-col-signature = Unterschrift
sheet-footer = Bogen { $number }, gedruckt am { $at }. Den vollständigen Text finden Sie unter der Adresse oben; dort können Sie auch online unterschreiben.
err-invalid-date = Bitte geben Sie ein Datum wie 2026-12-01 an.
err-date-future = Dieses Datum liegt in der Zukunft.
signatory-verified = ✓ vom Organisationsteam geprüft
signatories-past-end = Diese Seite gibt es nicht: Die Liste hat { $pages ->
    [one] eine Seite
   *[other] { $pages } Seiten
}.
signatories-deep = Die Seiten nach Seite { $max } erreichen Sie mit „Weiter“, eine Seite nach der anderen.
signatories-first-page = Zur ersten Seite.
