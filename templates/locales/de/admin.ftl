## undersign — deutscher Katalog für die Seiten des Organisationsteams, die Diagramme und das Übergabedokument.
## Zahlen kommen als zwei Platzhalter: $count (eine Zahl, um die Pluralform zu wählen) und $n (dieselbe
## Zahl mit gruppierten Ziffern, zur Anzeige).

## Rahmen
admin-area = Organisationsteam
admin-title-suffix = Organisationsteam
admin-nav-label = Menü des Organisationsteams
admin-nav-dashboard = Petitionen
admin-nav-new = Neue Petition
admin-signed-in-as = Angemeldet als { $email }
admin-logout = Abmelden
admin-yes = Ja
admin-no = Nein

## Zustände, Arten, Status
admin-state-draft = Entwurf
admin-state-open = Offen
admin-state-closed = Abgeschlossen
admin-state-delivered = Übergeben
admin-kind-individual = Einzelperson
admin-kind-organization = Organisation
admin-status-pending = Unbestätigt
admin-status-confirmed = Bestätigt
admin-status-withdrawn = Zurückgezogen
admin-status-removed = Entfernt

## Anmeldung
admin-login-title = Anmeldung für das Organisationsteam
admin-login-intro = Dieser Teil der Website ist für die Organisatorinnen und Organisatoren der Petitionen bestimmt.
admin-login-email = E-Mail-Adresse
admin-login-password = Passwort
admin-login-submit = Anmelden
admin-login-failed = Die Adresse oder das Passwort ist falsch.
admin-login-wait-seconds = Zu viele Anmeldeversuche. Bitte warten Sie { $count ->
    [one] eine Sekunde
   *[other] { $n } Sekunden
} und versuchen Sie es dann noch einmal.
admin-login-wait-minutes = Zu viele Anmeldeversuche. Bitte warten Sie { $count ->
    [one] eine Minute
   *[other] { $n } Minuten
} und versuchen Sie es dann noch einmal.

## Übersicht
admin-dashboard-title = Petitionen
admin-petitions-caption = Alle Petitionen und ihre Unterschriften
admin-no-petitions = Es gibt noch keine Petitionen.
admin-col-title = Titel
admin-col-state = Zustand
admin-col-pending = Unbestätigt
admin-col-confirmed = Bestätigt
admin-col-withdrawn = Zurückgezogen
admin-col-removed = Entfernt
admin-col-people = Einzelpersonen
admin-col-organizations = Organisationen
admin-col-orgs-short = Org.
admin-col-members = Vertretene Mitglieder
admin-col-goal = Ziel
admin-col-erasure = Personenbezogene Daten
admin-erasure-kept = bleiben, solange offen
admin-erasure-on = werden am { $date } gelöscht
admin-erasure-done = gelöscht am { $date }
admin-erasure-warning = Die personenbezogenen Daten der Unterzeichnenden von „{ $title }“ werden am { $date } gelöscht. Exportieren Sie vorher, was Sie noch brauchen.
admin-col-total = Gesamt
admin-col-status = Status
admin-no-goal = keins
admin-outbox-heading = Ausgehende E-Mails
admin-outbox-queued = Warten auf Versand
admin-outbox-retrying = Neuer Versuch läuft
admin-outbox-failed = Endgültig gescheitert
admin-outbox-healthy = Keine Nachricht ist gescheitert.
admin-outbox-failed-note = { $count ->
    [one] Eine Nachricht konnte auch nach allen Versuchen nicht zugestellt werden: Sie hat ihren Empfänger nicht erreicht.
   *[other] { $n } Nachrichten konnten auch nach allen Versuchen nicht zugestellt werden: Sie haben ihre Empfänger nicht erreicht.
}
admin-outbox-failures-caption = Die zuletzt gescheiterten Nachrichten
admin-col-when = Wann
admin-col-attempts = Versuche
admin-col-error = Letzter Fehler
admin-audit-heading = Protokoll
admin-audit-caption = Die letzten Aktionen des Organisationsteams
admin-audit-empty = Bisher wurde nichts protokolliert.
admin-col-time = Zeit
admin-col-who = Wer
admin-col-action = Aktion
admin-col-petition = Petition
admin-col-detail = Einzelheiten
admin-col-count = Anzahl
admin-action-login = Angemeldet
admin-action-logout = Abgemeldet
admin-action-petition-create = Petition angelegt
admin-action-petition-edit = Petition bearbeitet
admin-action-petition-state = Zustand geändert
admin-action-signature-hide = Unterschrift ausgeblendet
admin-action-signature-unhide = Unterschrift wieder eingeblendet
admin-action-signature-remove = Unterschrift entfernt
admin-action-signatures-remove-domain = Unterschriften einer Domain entfernt
admin-action-export = Unterschriften exportiert

## Petition
admin-petition-actions = Was Sie mit dieser Petition tun können
admin-link-edit = Text und Einstellungen bearbeiten
admin-link-delivery = Übergabedokument (zum Drucken)
admin-link-public = Öffentliche Seite
admin-link-export-delivery = Export für die Übergabe (CSV)
admin-link-package = Übergabepaket (ZIP: CSV, Dokument, Prüfsummen)
admin-link-export-full = Alles exportieren (CSV)
admin-figures-heading = Unterschriften
admin-figures-caption = Unterschriften nach Status
admin-members-confirmed = Von den bestätigten Organisationen vertretene Mitglieder
admin-delivered-on = Übergeben am { $date }.
admin-charts-heading = Wann und wo unterschrieben wurde
admin-charts-note = Es werden nur bestätigte Unterschriften gezeigt.
admin-state-heading = Zustand
admin-state-label = Zustand der Petition
admin-state-hint = Offen: Man kann unterschreiben. Abgeschlossen: Die Seite bleibt bestehen, aber niemand kann mehr unterschreiben. Übergeben: abgeschlossen, und auf der Seite steht, dass die Unterschriften übergeben wurden, mit dem Vermerk unten. Entwurf: nicht öffentlich.
admin-state-note = Übergabevermerk
admin-state-note-hint = Wird auf der öffentlichen Seite gezeigt, sobald der Zustand „Übergeben“ ist, zum Beispiel wo und an wen die Unterschriften übergeben wurden.
admin-state-submit = Zustand ändern
admin-search-heading = Unterschriften suchen
admin-search-label = Name, E-Mail-Adresse, Organisation oder Land
admin-search-submit = Suchen
admin-search-none = Keine Unterschrift passt zu „{ $query }“.
admin-search-caption = { $count ->
    [one] Eine Unterschrift passt zu „{ $query }“
   *[other] { $n } Unterschriften passen zu „{ $query }“
}
admin-col-kind = Art
admin-col-name = Name
admin-col-organization = Organisation
admin-col-email = E-Mail-Adresse
admin-col-country = Land
admin-col-city = Ort
admin-col-public = Öffentlich
admin-col-hidden = Ausgeblendet
admin-col-signed = Unterschrieben
admin-col-comment = Botschaft
admin-col-actions = Aktionen
admin-hide = Ausblenden
admin-unhide = Wieder einblenden
admin-remove = Entfernen
admin-row-of = Unterschrift von { $name }
admin-hidden-hint = Ausgeblendete Unterschriften zählen weiterhin, stehen aber nicht auf der öffentlichen Liste.
admin-remove-hint = Eine entfernte Unterschrift wird nicht mehr gezählt, aufgeführt oder exportiert.
admin-domain-heading = Alle Unterschriften einer E-Mail-Domain entfernen
admin-domain-intro = Für eine Flut gefälschter Unterschriften von einer Domain. Sie sehen zuerst, wie viele Unterschriften betroffen sind, und bestätigen, bevor etwas entfernt wird.
admin-domain-label = Domain der E-Mail-Adressen
admin-domain-hint = Nur der Teil nach dem @, zum Beispiel spam.example
admin-domain-submit = Prüfen, was entfernt würde
admin-exports-heading = Exporte
admin-exports-caption = Exportierte Listen von Unterschriften
admin-exports-none = Bisher wurde nichts exportiert.
admin-col-format = Format
admin-col-rows = Zeilen
admin-col-sha = SHA-256
admin-col-destination = Ziel
admin-format-delivery = Für die Übergabe
admin-format-full = Alles
admin-versions-heading = Fassungen des Textes
admin-versions-caption = Jede Fassung, die unterschrieben werden konnte
admin-versions-none = Der Text hat noch keine Fassung.
admin-col-version = Fassung
admin-col-date = Datum
admin-col-signatures = Unterschriften
admin-version-current = aktuell

## Bearbeiten
admin-new-title = Neue Petition
admin-edit-title = Bearbeiten: { $title }
admin-edit-back = Zurück zur Petition
admin-edit-fix = Bitte korrigieren Sie die markierten Felder. Es wurde noch nichts gespeichert.
admin-edit-see-preview = Die Vorschau finden Sie unter dem Formular.
admin-field-slug = Webadresse
admin-field-slug-hint = 1 bis 80 Kleinbuchstaben, Ziffern und einzelne Bindestriche, zum Beispiel krivoy-rog-2026. Die Seite liegt dann unter /petitions/ gefolgt von dieser Angabe. Sie kann später nicht geändert werden.
admin-field-slug-fixed = Die Webadresse kann nicht geändert werden.
admin-field-title = Titel
admin-field-summary = Zusammenfassung
admin-field-summary-hint = Ein oder zwei Sätze, die in der Liste der Petitionen und in Linkvorschauen erscheinen.
admin-field-addressees = Adressaten
admin-field-addressees-hint = Einer pro Zeile.
admin-field-author = Herausgeber
admin-field-author-hint = Wer die Erklärung veröffentlicht, zum Beispiel eine Gewerkschaft oder ein Komitee.
admin-field-language = Sprache des Textes
admin-field-language-hint = Ein Sprachcode, zum Beispiel en, es, ru oder uk.
admin-field-visibility = Wer die Namen der Unterzeichnenden sehen darf
admin-field-visibility-hint = Die Stufen, aus denen Unterzeichnende wählen können. Für einen Brief an eine Regierung, die Unterzeichnende einsperrt, bieten Sie nur „Niemand“ an.
admin-field-default-visibility = Im Formular vorausgewählt
admin-field-accepts = Wer unterschreiben kann
admin-field-accepts-individuals = Einzelpersonen
admin-field-accepts-organizations = Organisationen
admin-field-goal = Ziel
admin-field-goal-hint = Eine Zahl von Unterschriften, die erreicht werden soll. Leer lassen, wenn es kein Ziel gibt.
admin-field-closes-on = Endet am
admin-field-closes-on-hint = Nach diesem Tag kann niemand mehr unterschreiben. Leer lassen, um die Petition von Hand abzuschließen.
admin-field-body = Text der Erklärung
admin-field-body-hint = Markdown: eine Leerzeile zwischen Absätzen, # vor einer Überschrift, **fett**, *kursiv*, - vor jedem Punkt einer Liste.
admin-new-version-warning = Dieser Text wurde bereits unterschrieben. Beim Speichern entsteht eine neue Fassung; bestehende Unterschriften behalten die Fassung, die unterschrieben wurde.
admin-preview = Vorschau
admin-save = Speichern
admin-preview-heading = Vorschau
admin-err-slug = Bitte verwenden Sie 1 bis 80 Kleinbuchstaben, Ziffern und einzelne Bindestriche.
admin-err-slug-taken = Eine andere Petition hat bereits diese Adresse.
admin-err-language = Bitte geben Sie einen Sprachcode wie en oder uk ein.
admin-err-goal = Bitte geben Sie eine ganze Zahl ein oder lassen Sie das Feld leer.
admin-err-date = Bitte geben Sie ein Datum ein oder lassen Sie das Feld leer.
admin-err-accepts = Bitte lassen Sie Einzelpersonen, Organisationen oder beide unterschreiben.
admin-err-addressees = Bitte geben Sie mindestens einen Adressaten ein, einen pro Zeile.

## Unterschriften einer Domain entfernen
admin-bulk-title = Die Unterschriften von { $domain } entfernen?
admin-bulk-text = { $count ->
    [one] Eine Unterschrift unter „{ $title }“ hat eine E-Mail-Adresse bei { $domain }. Wenn Sie bestätigen, wird sie entfernt: nicht mehr gezählt, aufgeführt oder exportiert.
   *[other] { $n } Unterschriften unter „{ $title }“ haben eine E-Mail-Adresse bei { $domain }. Wenn Sie bestätigen, werden sie entfernt: nicht mehr gezählt, aufgeführt oder exportiert.
}
admin-bulk-nothing = Unter „{ $title }“ hat keine noch nicht entfernte Unterschrift eine E-Mail-Adresse bei { $domain }. Es gibt nichts zu entfernen.
admin-bulk-sample-caption = { $count ->
    [one] Die Unterschrift
   *[other] { $shown } von { $n } Unterschriften
}
admin-bulk-confirm = { $count ->
    [one] Diese Unterschrift entfernen
   *[other] Diese { $n } Unterschriften entfernen
}
admin-bulk-cancel = Abbrechen, Unterschriften behalten

## Übergabedokument
admin-delivery-doc-title = { $title } – Unterschriften
admin-delivery-print-hint = Dieses Dokument ist zum Ausdrucken gedacht: ein Exemplar für jeden Adressaten, jedes beginnt auf einer neuen Seite. Verwenden Sie den Druckbefehl Ihres Browsers; um eine Datei zu behalten, wählen Sie „Als PDF speichern“ als Drucker.
admin-delivery-to = An: { $addressee }
admin-delivery-from = Von: { $author }
admin-delivery-date = Datum: { $date }
admin-delivery-totals = Unterschriften
admin-delivery-total = Unterschriften insgesamt
admin-delivery-individuals = Einzelpersonen
admin-delivery-organizations = Organisationen
admin-delivery-members = Von den Organisationen vertretene Mitglieder
admin-delivery-countries = Länder
admin-delivery-versions = Der unterschriebene Text
admin-delivery-versions-intro = Jede Unterschrift gilt für die Fassung des Textes, die beim Unterschreiben angezeigt wurde. Der SHA-256-Fingerabdruck kennzeichnet jede Fassung eindeutig.
admin-delivery-versions-caption = Fassungen des Textes
admin-delivery-org-heading = Organisationen
admin-delivery-ind-heading = Einzelpersonen
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] 1 Mitglied
   *[other] { $n } Mitglieder
}
admin-delivery-unnamed = { $count ->
    [one] und 1 weitere Person hat ohne ihren Namen unterschrieben
   *[other] und { $n } weitere Personen haben ohne ihren Namen unterschrieben
}
admin-delivery-signed-version = unterschriebene Fassung { $version }
admin-delivery-none = Es wurde keine Unterschrift bestätigt.

## Diagramme
chart-empty = Noch keine Unterschriften.
chart-numbers = Zahlen anzeigen
chart-signatures = Unterschriften
chart-per-day-title = Unterschriften pro Tag
chart-per-week-title = Unterschriften pro Woche
chart-per-period-title = Unterschriften je { $days } Tage
chart-col-day = Tag
chart-col-week = Woche ab
chart-col-period = Ab
chart-per-day-summary = Unterschriften pro Tag, { $count ->
    [one] ein Tag
   *[other] { $n } Tage
}, höchster Wert { $max } am { $date }.
chart-per-week-summary = Unterschriften pro Woche, { $count ->
    [one] eine Woche
   *[other] { $n } Wochen
}, höchster Wert { $max } in der Woche ab { $date }.
chart-per-period-summary = Unterschriften je { $days } Tage, { $count ->
    [one] ein Zeitraum
   *[other] { $n } Zeiträume
}, höchster Wert { $max } im Zeitraum ab { $date }.
chart-by-country-title = Unterschriften nach Land
chart-col-country = Land
chart-by-country-summary = Unterschriften nach Land, { $count ->
    [one] ein Land
   *[other] { $n } Länder
}, die meisten aus { $top } ({ $max }).
chart-other-countries = Andere Länder

# Language versions of the declaration
admin-languages-heading = Sprachfassungen
admin-languages-caption = Die Erklärung in jeder Sprache, wie viele bestätigte Unterzeichnende sie gelesen haben, und ihr Übergabedokument
admin-col-language = Sprache
admin-col-readers = Bestätigte Unterzeichnende, die sie gelesen haben
admin-language-original = Original
admin-language-outdated = veraltet: das Original wurde seither geändert; diese Übersetzung neu importieren

# A signer's own request: look up, give, erase.
admin-nav-people = Anfrage einer Person
admin-people-title = Anfrage einer unterzeichnenden Person
admin-people-intro = Suchen Sie eine E-Mail-Adresse, um einer Person zu zeigen, was über sie gespeichert ist, es ihr zu geben oder es zu löschen. Ihr Link zum Zurückziehen funktioniert weiter.
admin-people-email = E-Mail-Adresse
admin-people-search = Suchen
admin-people-none = Zu dieser Adresse ist keine Unterschrift gespeichert.
admin-people-caption = Gespeicherte Unterschriften von { $email }
admin-people-export = Als JSON herunterladen
admin-people-erase = Diese Unterschriften löschen
admin-people-erase-warning = Das Löschen entfernt Namen, Adresse und alle Angaben dieser Unterschriften; sie zählen nicht mehr. Das lässt sich nicht rückgängig machen.
admin-col-visibility = Sichtbar für
admin-notice-saved = Die Petition wurde gespeichert.
admin-notice-state-changed = Der Stand der Petition wurde geändert.
admin-notice-hidden = Die Unterschrift ist in der öffentlichen Liste verborgen; sie zählt weiter.
admin-notice-unhidden = Die Unterschrift wird wieder in der öffentlichen Liste gezeigt.
admin-notice-removed = Die Unterschrift wurde entfernt; sie zählt nicht mehr.
admin-notice-removed-domain = Die Unterschriften dieser Domain wurden entfernt.
admin-notice-erased = Die Unterschriften wurden gelöscht.
admin-action-person-export = Einer Person ihre Daten gegeben
admin-action-person-erase = Unterschriften einer Person gelöscht
admin-action-petition-purge = Personenbezogene Daten nach Ablauf der Frist gelöscht
admin-link-updates = Mitteilungen an die Unterzeichnenden
admin-state-notify = Beim Setzen auf „Übergeben“ den Unterzeichnenden, die Neuigkeiten wünschen, eine E-Mail schicken (mit dem Übergabevermerk oben)
admin-updates-title = Mitteilungen: { $title }
admin-updates-intro = Eine Mitteilung geht per E-Mail an alle bestätigten Unterzeichnenden, die „Mich per E-Mail über diese Petition informieren“ angekreuzt haben: in der Sprache, in der sie unterschrieben haben, wenn Sie dafür eine Übersetzung angeben, sonst in der Sprache der Petition. Alle erhalten jede Mitteilung nur einmal; wer die Unterschrift zurückgezogen oder die Mitteilungen abbestellt hat, erhält keine. Jede Mitteilung enthält einen Link zum Abbestellen.
admin-updates-audience = { $count ->
    [one] Eine Mitteilung ginge jetzt an { $n } unterzeichnende Person
   *[other] Eine Mitteilung ginge jetzt an { $n } Unterzeichnende
}
admin-updates-refused = { $count ->
    [one] Bei { $n } unterzeichnenden Person hat der Mailserver E-Mails endgültig abgelehnt: An diese Adresse wird nichts mehr geschickt.
   *[other] Bei { $n } Unterzeichnenden haben die Mailserver E-Mails endgültig abgelehnt: An diese Adressen wird nichts mehr geschickt.
}
admin-updates-sent-heading = Verschickte Mitteilungen
admin-updates-none = Noch keine Mitteilungen.
admin-updates-col-subject = Betreff
admin-updates-col-when = Verfasst
admin-updates-col-recipients = Empfänger
admin-updates-col-queued = Wartend
admin-updates-col-sent = Verschickt
admin-updates-col-failed = Gescheitert
admin-updates-col-refused = Abgelehnt
admin-updates-col-cancelled = Nicht verschickt (abbestellt oder zurückgezogen)
admin-updates-delivered-subject = Übergeben: { $title }
admin-updates-compose-heading = Mitteilung verfassen
admin-updates-preview-heading = Vorschau
admin-updates-preview-footer = Darunter steht in jeder E-Mail, warum die Person sie erhält, mit Links zur Petition, zum Zurückziehen der Unterschrift und zum Abbestellen.
admin-updates-written-in = Schreiben Sie in der Sprache der Petition: { $language }.
admin-updates-subject = Betreff
admin-updates-body = Nachricht
admin-updates-body-hint = Markdown: eine Leerzeile zwischen Absätzen, *kursiv*, **fett**, [ein Link](https://example.org).
admin-updates-translations = Übersetzungen
admin-updates-translations-hint = Freiwillig. Wer in einer dieser Sprachen unterschrieben hat, erhält die Übersetzung; alle anderen erhalten die Nachricht oben.
admin-updates-preview = Vorschau
admin-updates-send = { $count ->
    [one] An { $n } unterzeichnende Person senden
   *[other] An { $n } Unterzeichnende senden
}
admin-notice-update-queued = Die Mitteilung ist unterwegs. Die Tabelle unten zeigt, wie weit der Versand ist.
admin-action-update-send = Mitteilung verschickt
admin-action-update-delivered = Nachricht „Übergeben“ verschickt
admin-error-update-subject = Geben Sie der Mitteilung einen einzeiligen Betreff mit höchstens 200 Zeichen.
admin-error-update-body = Schreiben Sie die Nachricht, höchstens 20.000 Zeichen.
admin-error-update-half = Geben Sie einer Übersetzung sowohl einen Betreff als auch eine Nachricht, oder lassen Sie beides leer.

## Unterschriftenbögen und geprüfte Organisationen
admin-link-paper = Unterschriftenbögen
admin-back-to-petition = Zurück zur Petition
admin-paper-title = Unterschriftenbögen: { $title }
admin-paper-count = { $count ->
    [one] { $n } Unterschrift kam auf Papier; eingegebene Bögen: { $sheets }.
   *[other] { $n } Unterschriften kamen auf Papier; eingegebene Bögen: { $sheets }.
}
admin-paper-print-heading = Bögen drucken
admin-paper-print-hint = Jeder Bogen bekommt eine eigene Nummer, die mit Ihrem Namen gespeichert wird, damit ein später eingegebener Bogen geprüft werden kann. Drucken Sie sie auf A4; der Browser kann sie auch als PDF speichern.
admin-paper-print-count = Wie viele Bögen
admin-paper-print-language = Sprache der Bögen
admin-paper-print-button = Bögen erstellen
admin-paper-enter-heading = Bogen eingeben
admin-paper-enter-number = Nummer des Bogens
admin-paper-enter-button = Bogen öffnen
admin-paper-duplicates-heading = Wahrscheinlich doppelte Unterschriften
admin-paper-duplicates-hint = Diese Unterschriften haben denselben Namen und Ort (Groß- und Kleinschreibung, Leerzeichen und Akzente nicht beachtet). Sie zählen, bis Sie entscheiden: Entfernen Sie eine, oder halten Sie fest, dass es zwei Personen sind.
admin-paper-duplicates-caption = Unterschriften mit gleichem Namen und Ort, mindestens eine auf Papier
admin-paper-col-paper = Auf Papier
admin-paper-col-other = Die andere
admin-paper-not-duplicate = Zwei verschiedene Personen
admin-paper-remove-one = #{ $id } entfernen
admin-paper-on-sheet = Papier, Bogen { $sheet }
admin-paper-online = online
admin-paper-sheets-heading = Bögen
admin-paper-no-sheets = Noch keine Bögen gedruckt.
admin-paper-sheets-caption = Für diese Petition gedruckte Bögen, die neuesten zuerst
admin-paper-col-number = Bogen
admin-paper-col-printed = Gedruckt
admin-paper-col-collected = Gesammelt
admin-paper-col-entered = Eingegeben
admin-paper-scan = Scan
admin-entry-title = Bogen { $number }
admin-entry-back = Zurück zu den Unterschriftenbögen
admin-entry-printed = gedruckt { $printed }
admin-entry-already = { $count ->
    [one] { $n } Unterschrift von diesem Bogen ist schon eingegeben; hier eingetragene Zeilen kommen hinzu.
   *[other] { $n } Unterschriften von diesem Bogen sind schon eingegeben; hier eingetragene Zeilen kommen hinzu.
}
admin-entry-problems = Es wurde nichts eingegeben. Bitte korrigieren Sie:
admin-entry-row-problem = Zeile { $row }: { $problem }
admin-entry-sheet-legend = Der Bogen
admin-entry-collected-by = Gesammelt von
admin-entry-place = Wo
admin-entry-collected-at = Gesammelt am
admin-entry-country = Land der Unterzeichnenden
admin-entry-country-hint = Gilt für den ganzen Bogen; nur einmal angeben.
admin-entry-scan = Scan des Bogens
admin-entry-scan-hint = PDF, JPEG oder PNG, höchstens 10 MB. Wird mit seinem SHA-256 aufbewahrt und nie öffentlich gezeigt.
admin-entry-rows-caption = Die Unterschriften auf dem Bogen
admin-entry-col-kind = Unterschreibt als
admin-entry-col-name = Name
admin-entry-col-city = Ort
admin-entry-col-occupation = Beruf oder Organisation
admin-entry-col-visibility = Name sichtbar für
admin-entry-cell = Zeile { $row }, { $column }
admin-entry-rows-hint = Leere Zeilen werden übersprungen. Bei einer Organisation tragen Sie ihren Namen unter „Beruf oder Organisation“ ein und die Person, die unterschrieben hat, unter „Name“.
admin-entry-submit = Unterschriften eingeben
admin-entry-no-rows = Geben Sie mindestens eine Unterschrift ein.
admin-err-scan-type = Der Scan muss eine PDF-, JPEG- oder PNG-Datei sein, und der Dateiname darf nichts anderes angeben.
admin-notice-paper-entered = Die Unterschriften des Bogens wurden eingegeben und gezählt.
admin-notice-not-duplicate = Als zwei verschiedene Personen markiert.
admin-notice-verified = Die Organisation ist als geprüft markiert.
admin-notice-unverified = Die Organisation ist nicht mehr als geprüft markiert.
admin-action-sheets-print = Bögen gedruckt
admin-action-paper-enter = Unterschriften von Papier eingegeben
admin-action-paper-not-duplicate = Als nicht doppelt markiert
admin-action-signature-verify = Organisation als geprüft markiert
admin-action-signature-unverify = Organisation nicht mehr als geprüft markiert
admin-verified = Geprüft: { $note }
admin-verify-note = Wie geprüft wurde
admin-verify-button = Als geprüft markieren
admin-unverify-button = Prüfung zurücknehmen
admin-delivery-paper = Auf Papier unterschrieben
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, auf { $sheets } Bogen
   *[other] { $n }, auf { $sheets } Bögen
}
admin-delivery-verified-heading = Vom Organisationsteam geprüfte Organisationen
admin-delivery-verified-intro = Das Organisationsteam hat jede dieser Organisationen direkt überprüft: durch einen Anruf in ihrem Büro, durch einen Brief mit ihrem Briefkopf oder über eine ihm bekannte Mitgliedsorganisation.
admin-delivery-unverified-heading = Weitere Organisationen
admin-delivery-unverified = { $count ->
    [one] 1 Organisation wurde vom Organisationsteam nicht geprüft.
   *[other] { $n } Organisationen wurden vom Organisationsteam nicht geprüft.
}
