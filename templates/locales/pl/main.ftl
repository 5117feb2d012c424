## undersign — katalog polski. Tu znajduje się każdy tekst, który czyta użytkownik.

site-name = undersign
site-tagline = Listy solidarnościowe i petycje organizacji pracowniczych
skip-to-content = Przejdź do treści
language-label = Język
footer-privacy = Adres e-mail wykorzystujemy wyłącznie do potwierdzenia podpisu oraz – jeśli ktoś o to poprosi – do informowania o tej petycji. Adres nigdy nie jest pokazywany ani nikomu przekazywany.
digit-group-separator = { " " }
optional = (nieobowiązkowe)
back-to-petition = Powrót do petycji
back-to-index = Wszystkie petycje

## Strona główna
index-heading = Solidarnie podpisujemy
index-intro = Deklaracje protestu i solidarności górników i organizacji pracowniczych. Można je podpisać osobiście albo w imieniu swojego związku zawodowego, komitetu lub organizacji; potwierdzoną listę podpisów przekazujemy adresatom.
index-none-open = Obecnie nie zbieramy podpisów pod żadną petycją.
index-open = Trwa zbieranie podpisów
index-ended = Zamknięte i przekazane adresatom

## Petycja
addressed-to = Do:
state-draft = Wersja robocza – niepubliczna
state-closed = Zamknięta – podpisy nie są już zbierane
state-delivered = Przekazana adresatom
signatures-label = { $count ->
    [one] podpis
    [few] podpisy
    [many] podpisów
   *[other] podpisów
}
progress-label = Postęp w drodze do celu
goal-of = Cel: { $goal }
counts-individuals = Osoby
counts-organizations = Organizacje
counts-members = Reprezentowani członkowie
declaration-by = Publikuje: { $author }
declaration-excerpt = To jest fragment opublikowanej deklaracji.
tally-heading = Dotychczas zebrane podpisy
delivered-on = Przekazano adresatom { $date }.
closes-on = Podpisy zbieramy do { $date }.
petition-not-open = Pod tą petycją nie są obecnie zbierane podpisy.
sign-heading = Podpis pod deklaracją
sign-intro = Wyślemy e-mail z linkiem do potwierdzenia podpisu. Liczymy i przekazujemy adresatom wyłącznie potwierdzone podpisy.
sign-as-individual = Podpis indywidualny
sign-as-organization = Podpis w imieniu organizacji
recent-heading = Najnowsze podpisy
recent-all = Pełna publiczna lista sygnatariuszy
share-heading = Prosimy przekazać dalej
share-intro = Wystarczy skopiować ten link i wysłać go koleżankom i kolegom z pracy:
share-email = Wyślij e-mailem
members-count = { $count ->
    [one] (1 członek)
    [few] ({ $count } członków)
    [many] ({ $count } członków)
   *[other] ({ $count } członków)
}

## Formularz podpisu
field-name = Imię i nazwisko
field-contact-name = Osoba kontaktowa (imię i nazwisko)
field-organization = Nazwa organizacji
field-role = Funkcja osoby kontaktowej
field-email = Adres e-mail
field-country = Kraj
field-country-choose = Proszę wybrać kraj
field-city = Miejscowość
field-occupation = Zawód lub miejsce pracy
field-members = Liczba członków reprezentowanych przez organizację
field-comment = Przesłanie solidarnościowe
field-visibility = Kto może zobaczyć Państwa nazwisko?
visibility-public = Wszyscy
visibility-public-hint = Widoczne na publicznej liście na tej stronie i przekazane adresatom wraz z listem.
visibility-addressees = Tylko adresaci
visibility-addressees-hint = Przekazane adresatom wraz z listem, ale niewidoczne na tej stronie.
visibility-anonymous = Nikt
visibility-anonymous-hint = Liczone, ale nikomu niepokazywane: adresaci dowiedzą się tylko, ile osób podpisało bez nazwiska.
visibility-only = Ta petycja przyjmuje podpisy tylko w tej formie:
field-updates = Chcę otrzymywać e-maile w sprawie tej petycji (np. o jej przekazaniu adresatom)
field-website = Prosimy zostawić to pole puste
form-privacy = Adres e-mail nigdy nie jest pokazywany na stronie ani przekazywany adresatom.
submit-individual = Podpisuję
submit-organization = Podpisuję w imieniu organizacji

notice-fix-fields = Prosimy poprawić zaznaczone pola. Nic jeszcze nie zostało wysłane.
notice-field-error = { $label }: { $error }
notice-try-again = Coś poszło nie tak z formularzem. Prosimy sprawdzić wpisane dane i ponownie nacisnąć przycisk.
notice-expired = Formularz był otwarty przez długi czas. Wpisane dane zostały zachowane – prosimy ponownie nacisnąć przycisk.
notice-rate-limited = Z tej sieci podpisuje się teraz wiele osób. Prosimy chwilę zaczekać i ponownie nacisnąć przycisk; wpisane dane zostały zachowane.

label-kind = Rodzaj podpisu
label-name = Imię i nazwisko
label-organization = Organizacja
label-role = Funkcja
label-email = Adres e-mail
label-country = Kraj
label-city = Miejscowość
label-occupation = Zawód
label-members = Liczba członków
label-comment = Przesłanie
label-visibility = Kto może zobaczyć Państwa nazwisko
label-updates = Powiadomienia

err-required = To pole jest wymagane.
err-too-long-120 = Można wpisać najwyżej 120 znaków.
err-too-long-200 = Można wpisać najwyżej 200 znaków.
err-too-long-254 = Można wpisać najwyżej 254 znaki.
err-too-long-1000 = Można wpisać najwyżej 1000 znaków.
err-control-chars = Tekst zawiera znaki, których nie można tu użyć (podziały wierszy, tabulatory lub niewidoczne znaki sterujące).
err-invisible-chars = Tekst zawiera niewidoczne znaki, które zmieniają sposób jego wyświetlania. Prosimy wpisać go ponownie.
err-no-letters = Potrzebna jest tu co najmniej jedna litera lub cyfra.
err-address = Nie można tu wpisać adresu strony internetowej ani adresu e-mail.
err-invalid-visibility = Prosimy wybrać spośród dostępnych możliwości, kto może zobaczyć Państwa nazwisko.
err-invalid-email = Prosimy podać adres e-mail w postaci name@example.org.
err-invalid-country = Prosimy wybrać kraj z listy.
err-invalid-number = Prosimy wpisać liczbę całkowitą, np. 250.
err-out-of-range = Prosimy wpisać liczbę od 0 do 100 000 000.
err-invalid-kind = Prosimy wybrać, czy podpis jest składany osobiście, czy w imieniu organizacji.
err-kind-not-accepted = Pod tą petycją nie można składać tego rodzaju podpisów.

## Po podpisaniu
thanks-heading = Prosimy sprawdzić skrzynkę e-mail
thanks-text = Wysłaliśmy e-mail w sprawie „{ $title }”. Prosimy go otworzyć i nacisnąć znajdujący się w nim przycisk, aby potwierdzić podpis. Podpis liczy się dopiero po potwierdzeniu.
thanks-spam = Wiadomość nie dotarła w ciągu kilku minut? Prosimy zajrzeć do folderu „Spam” lub „Oferty”. Link w wiadomości jest ważny przez tydzień.

## Sygnatariusze
signatories-heading = Sygnatariusze
signatories-public-count = { $count ->
    [one] O publiczne wymienienie poprosił jeden sygnatariusz.
    [few] O publiczne wymienienie poprosiło { $count } sygnatariuszy.
    [many] O publiczne wymienienie poprosiło { $count } sygnatariuszy.
   *[other] O publiczne wymienienie poprosiło { $count } sygnatariuszy.
}
signatories-none = Lista publiczna jest jeszcze pusta.
pager-label = Strony
pager-previous = Poprzednia
pager-next = Następna
pager-position = Strona { $page } z { $pages }

## Linki z e-maili
confirm-heading = Potwierdzenie podpisu
confirm-text = Aby potwierdzić podpis pod „{ $title }”, prosimy nacisnąć przycisk.
confirm-button = Potwierdzam podpis
withdraw-heading = Wycofanie podpisu
withdraw-text = Aby wycofać podpis spod „{ $title }”, prosimy nacisnąć przycisk. Imię i nazwisko oraz pozostałe dane zostaną usunięte.
withdraw-button = Wycofuję podpis
confirmed-heading = Dziękujemy – podpis się liczy
confirmed-text = Podpis pod „{ $title }” został potwierdzony. Prosimy przekazać petycję koleżankom i kolegom.
withdrawn-heading = Podpis został wycofany
withdrawn-text = Podpis pod „{ $title }” został wycofany, a dane usunięte.
inactive-heading = Ten podpis nie jest już aktywny
inactive-text = Ten podpis pod „{ $title }” został wycofany lub usunięty. Można podpisać ponownie na stronie petycji.
expired-heading = Ten link wygasł
expired-text = Link dotyczący „{ $title }” jest już nieważny. Prosimy podpisać ponownie – zajmie to minutę, a my wyślemy nowy link.
closed-heading = Ta petycja jest zamknięta
closed-text = Pod „{ $title }” nie są już zbierane podpisy. Dziękujemy za wsparcie.

## Błędy
error-not-found-heading = Nie znaleziono strony
error-not-found-text = Pod tym adresem nic nie ma. Link może zawierać literówkę albo być nieaktualny.
error-bad-request-heading = Nie udało się odczytać żądania
error-bad-request-text = Przeglądarka wysłała dane, których nie udało się odczytać. Prosimy wrócić i spróbować ponownie.
error-forbidden-heading = Ten formularz wygasł
error-forbidden-text = Ze względów bezpieczeństwa formularz został odrzucony: przyszedł bez tokenu sesji albo z innej strony. Prosimy wrócić, odświeżyć stronę i spróbować ponownie.
error-too-large-heading = Za dużo tekstu
error-too-large-text = Wysłany formularz był zbyt duży. Prosimy skrócić przesłanie i spróbować ponownie.
error-unsupported-type-heading = Nie udało się odczytać żądania
error-unsupported-type-text = Prosimy skorzystać z formularza na stronie petycji.
error-rate-limited-heading = Prosimy chwilę zaczekać
error-rate-limited-text = Z tej sieci przychodzi teraz wiele zapytań. Prosimy spróbować ponownie za minutę.
error-unavailable-heading = Serwis chwilowo niedostępny
error-unavailable-text = Serwis nie może teraz odpowiedzieć. Prosimy spróbować ponownie za kilka minut.
error-internal-heading = Coś poszło nie tak po naszej stronie
error-internal-text = Błąd nie wynika z niczego, co zrobili Państwo. Prosimy spróbować ponownie za kilka minut.

## E-maile
email-confirm-subject = Prosimy potwierdzić podpis: { $title }
email-confirm-intro = Dziękujemy za podpisanie „{ $title }”.
email-signed-as = Podpis dokładnie w takiej postaci, w jakiej wpisano go w formularzu:
email-confirm-action = Aby potwierdzić podpis, prosimy otworzyć ten link i nacisnąć przycisk:
email-confirm-button = Potwierdzam podpis
email-valid-for = Link jest ważny przez { $hours ->
    [one] godzinę
    [few] { $hours } godziny
    [many] { $hours } godzin
   *[other] { $hours } godzin
}.
email-withdraw-line = W razie zmiany zdania podpis można wycofać tutaj:
email-confirm-ignore = Jeśli to nie Państwo podpisali, prosimy zignorować tę wiadomość: nic nie zostanie policzone, a adres zostanie usunięty.
email-already-subject = Podpis został już złożony: { $title }
email-already-intro = Z tego adresu e-mail ponownie zgłoszono podpis pod „{ $title }” (zapewne zrobili to Państwo). Podpis został już wcześniej potwierdzony i się liczy: nic więcej nie trzeba robić.
email-already-ignore = Nie trzeba nic robić. Tę wiadomość wysyłamy najwyżej kilka razy dziennie.

# A declaration in several languages
declaration-versions = Wersje językowe deklaracji:
declaration-translated = To jest tłumaczenie. Język oryginału: { $language }.
declaration-untranslated = Ta deklaracja nie została jeszcze przetłumaczona na ten język. Język oryginału: { $language }.
email-update-why = Otrzymują Państwo tę wiadomość, ponieważ podpisali Państwo „{ $title }” i poprosili o powiadomienia w tej sprawie:
email-unsubscribe-line = Aby nie otrzymywać więcej powiadomień o tej petycji (podpis nadal się liczy):
email-delivered-subject = Przekazano adresatom: { $title }
email-delivered-intro = Petycja „{ $title }” została przekazana adresatom { $date }. Dziękujemy za podpis.
email-delivered-note = Organizatorzy piszą:
unsubscribe-title = Rezygnacja z powiadomień o tej petycji
unsubscribe-lead = Aby nie otrzymywać więcej powiadomień w sprawie „{ $title }”, prosimy nacisnąć przycisk. Podpis nadal się liczy.
unsubscribe-button = Rezygnuję z powiadomień
unsubscribe-done-title = Powiadomienia wyłączone
unsubscribe-done = Nie będą już Państwo otrzymywać powiadomień w sprawie „{ $title }”. Podpis nadal się liczy; aby go wycofać, wystarczy skorzystać z linku w dowolnym e-mailu, który od nas Państwo otrzymali.

## Wydrukowane karty do zbierania podpisów
sheet-doc-title = Karty do zbierania podpisów: { $title }
sheet-print-hint = Drukować na A4, jedna karta na stronę (albo zapisać jako PDF). Każda karta ma własny numer.
sheet-number = Karta nr { $number }
sheet-text-version = Wersja tekstu { $sha }
sheet-to = Do: { $addressees }
sheet-from = Od: { $author }
sheet-names-not-delivered = Imię i nazwisko nie zostanie opublikowane ani przekazane adresatom: przekazujemy im tylko liczbę podpisów.
sheet-names-delivered-publish-tick = Imię i nazwisko zostanie przekazane adresatom. W internecie zostanie opublikowane tylko po zaznaczeniu kratki.
sheet-names-delivered-not-published = Imię i nazwisko zostanie przekazane adresatom. Nie zostanie opublikowane w internecie.
sheet-collected-by = Podpisy zebrał(a):
sheet-place-date = Miejscowość i data:
sheet-col-name = Imię i nazwisko
sheet-col-city = Miejscowość
sheet-col-occupation = Zawód lub organizacja
sheet-col-publish = Zgoda na publikację nazwiska
sheet-col-signature = Podpis
sheet-footer = Karta { $number }, wydrukowana { $at }. Pełny tekst można przeczytać, a petycję podpisać przez internet, pod adresem podanym powyżej.
err-invalid-date = Prosimy podać datę w postaci 2026-12-01.
err-date-future = Ta data jest z przyszłości.
signatory-verified = ✓ zweryfikowana przez organizatorów
signatories-past-end = Nie ma takiej strony: lista ma { $pages ->
    [one] jedną stronę
    [few] { $pages } strony
    [many] { $pages } stron
   *[other] { $pages } stron
}.
signatories-deep = Do stron po stronie { $max } można przejść linkiem „Następna”, po jednej stronie naraz.
signatories-first-page = Przejdź do pierwszej strony.
