## undersign — katalog polski dla stron organizatorów, wykresów i dokumentu do przekazania.
## Liczby przychodzą jako dwa placeholdery: $count (liczba, do wyboru formy liczby mnogiej) i $n (ta
## sama liczba z pogrupowanymi cyframi, do wyświetlenia).

## Ramy strony
admin-area = Panel organizatorów
admin-title-suffix = Panel organizatorów
admin-nav-label = Menu organizatorów
admin-nav-dashboard = Petycje
admin-nav-new = Nowa petycja
admin-signed-in-as = Zalogowano jako { $email }
admin-logout = Wyloguj
admin-yes = Tak
admin-no = Nie

## Stany, rodzaje, statusy
admin-state-draft = Wersja robocza
admin-state-open = Otwarta
admin-state-closed = Zamknięta
admin-state-delivered = Przekazana
admin-kind-individual = Osoba
admin-kind-organization = Organizacja
admin-status-pending = Niepotwierdzony
admin-status-confirmed = Potwierdzony
admin-status-withdrawn = Wycofany
admin-status-removed = Usunięty

## Logowanie
admin-login-title = Logowanie dla organizatorów
admin-login-intro = Ta część serwisu jest przeznaczona dla organizatorów petycji.
admin-login-email = Adres e-mail
admin-login-password = Hasło
admin-login-submit = Zaloguj
admin-login-failed = Nieprawidłowy adres lub hasło.
admin-login-wait-seconds = Zbyt wiele prób logowania. Prosimy odczekać { $count ->
    [one] jedną sekundę
    [few] { $n } sekundy
    [many] { $n } sekund
   *[other] { $n } sekund
} i spróbować ponownie.
admin-login-wait-minutes = Zbyt wiele prób logowania. Prosimy odczekać { $count ->
    [one] jedną minutę
    [few] { $n } minuty
    [many] { $n } minut
   *[other] { $n } minut
} i spróbować ponownie.

## Pulpit
admin-dashboard-title = Petycje
admin-petitions-caption = Wszystkie petycje i ich podpisy
admin-no-petitions = Nie ma jeszcze żadnych petycji.
admin-col-title = Tytuł
admin-col-state = Stan
admin-col-pending = Niepotwierdzone
admin-col-confirmed = Potwierdzone
admin-col-withdrawn = Wycofane
admin-col-removed = Usunięte
admin-col-people = Osoby
admin-col-organizations = Organizacje
admin-col-orgs-short = Org.
admin-col-members = Reprezentowani członkowie
admin-col-goal = Cel
admin-col-erasure = Dane osobowe
admin-erasure-kept = przechowywane, dopóki otwarta
admin-erasure-on = zostaną usunięte { $date }
admin-erasure-done = usunięte { $date }
admin-erasure-warning = Dane osobowe osób, które podpisały „{ $title }”, zostaną usunięte { $date }. Prosimy wcześniej wyeksportować to, co jeszcze potrzebne.
admin-col-total = Razem
admin-col-status = Status
admin-no-goal = brak
admin-outbox-heading = Poczta wychodząca
admin-outbox-queued = Czekają na wysłanie
admin-outbox-retrying = Ponawiane
admin-outbox-failed = Ostatecznie niedoręczone
admin-outbox-healthy = Nie ma żadnych niedoręczonych wiadomości.
admin-outbox-failed-note = { $count ->
    [one] Jednej wiadomości nie udało się doręczyć mimo wszystkich prób: adresat jej nie otrzymał.
    [few] { $n } wiadomości nie udało się doręczyć mimo wszystkich prób: adresaci ich nie otrzymali.
    [many] { $n } wiadomości nie udało się doręczyć mimo wszystkich prób: adresaci ich nie otrzymali.
   *[other] { $n } wiadomości nie udało się doręczyć mimo wszystkich prób: adresaci ich nie otrzymali.
}
admin-outbox-failures-caption = Ostatnie niedoręczone wiadomości
admin-col-when = Kiedy
admin-col-attempts = Próby
admin-col-error = Ostatni błąd
admin-audit-heading = Dziennik działań
admin-audit-caption = Ostatnie działania organizatorów
admin-audit-empty = Nic jeszcze nie zarejestrowano.
admin-col-time = Czas
admin-col-who = Kto
admin-col-action = Działanie
admin-col-petition = Petycja
admin-col-detail = Szczegóły
admin-col-count = Liczba
admin-action-login = Zalogowanie
admin-action-logout = Wylogowanie
admin-action-petition-create = Utworzenie petycji
admin-action-petition-edit = Edycja petycji
admin-action-petition-state = Zmiana stanu
admin-action-signature-hide = Ukrycie podpisu
admin-action-signature-unhide = Ponowne pokazanie podpisu
admin-action-signature-remove = Usunięcie podpisu
admin-action-signatures-remove-domain = Usunięcie podpisów z domeny
admin-action-export = Eksport podpisów

## Petycja
admin-petition-actions = Działania dotyczące tej petycji
admin-link-edit = Edytuj tekst i ustawienia
admin-link-delivery = Dokument do przekazania (do druku)
admin-link-public = Strona publiczna
admin-link-export-delivery = Eksport do przekazania (CSV)
admin-link-package = Pakiet do przekazania (ZIP: CSV, dokument, sumy kontrolne)
admin-link-export-full = Eksport wszystkich danych (CSV)
admin-figures-heading = Podpisy
admin-figures-caption = Podpisy według statusu
admin-members-confirmed = Członkowie reprezentowani przez potwierdzone organizacje
admin-delivered-on = Przekazano { $date }.
admin-charts-heading = Kiedy i skąd podpisywano
admin-charts-note = Uwzględniono wyłącznie potwierdzone podpisy.
admin-state-heading = Stan
admin-state-label = Stan petycji
admin-state-hint = Otwarta: można podpisywać. Zamknięta: strona pozostaje, ale nikt nie może już podpisać. Przekazana: zamknięta, a strona informuje, że podpisy zostały przekazane, wraz z poniższą informacją. Wersja robocza: niepubliczna.
admin-state-note = Informacja o przekazaniu
admin-state-note-hint = Wyświetlana na stronie publicznej, gdy stan zmieni się na „Przekazana”, np. gdzie i komu przekazano podpisy.
admin-state-submit = Zmień stan
admin-search-heading = Wyszukiwanie podpisów
admin-search-label = Imię i nazwisko, adres e-mail, organizacja lub kraj
admin-search-submit = Szukaj
admin-search-none = Brak podpisów pasujących do „{ $query }”.
admin-search-caption = { $count ->
    [one] Jeden podpis pasuje do „{ $query }”
    [few] { $n } podpisy pasują do „{ $query }”
    [many] { $n } podpisów pasuje do „{ $query }”
   *[other] { $n } podpisów pasuje do „{ $query }”
}
admin-col-kind = Rodzaj
admin-col-name = Imię i nazwisko
admin-col-organization = Organizacja
admin-col-email = Adres e-mail
admin-col-country = Kraj
admin-col-city = Miejscowość
admin-col-public = Publiczny
admin-col-hidden = Ukryty
admin-col-signed = Data podpisu
admin-col-comment = Przesłanie
admin-col-actions = Działania
admin-hide = Ukryj
admin-unhide = Pokaż ponownie
admin-remove = Usuń
admin-row-of = podpis: { $name }
admin-hidden-hint = Ukryte podpisy nadal się liczą, ale nie pojawiają się na liście publicznej.
admin-remove-hint = Usunięty podpis nie jest już liczony, wyświetlany na liście ani eksportowany.
admin-domain-heading = Usuwanie wszystkich podpisów z jednej domeny e-mail
admin-domain-intro = Na wypadek zalewu fałszywych podpisów z jednej domeny. Zanim cokolwiek zostanie usunięte, pojawi się liczba podpisów, których to dotyczy, i prośba o potwierdzenie.
admin-domain-label = Domena adresów e-mail
admin-domain-hint = Tylko część po znaku @, np. spam.example
admin-domain-submit = Sprawdź, co zostałoby usunięte
admin-exports-heading = Eksporty
admin-exports-caption = Wyeksportowane listy podpisów
admin-exports-none = Nic jeszcze nie wyeksportowano.
admin-col-format = Format
admin-col-rows = Wiersze
admin-col-sha = SHA-256
admin-col-destination = Przeznaczenie
admin-format-delivery = Do przekazania
admin-format-full = Wszystkie dane
admin-versions-heading = Wersje tekstu
admin-versions-caption = Wszystkie wersje, które można było podpisać
admin-versions-none = Tekst nie ma jeszcze żadnej wersji.
admin-col-version = Wersja
admin-col-date = Data
admin-col-signatures = Podpisy
admin-version-current = aktualna

## Edycja
admin-new-title = Nowa petycja
admin-edit-title = Edycja: { $title }
admin-edit-back = Powrót do petycji
admin-edit-fix = Prosimy poprawić zaznaczone pola. Nic jeszcze nie zostało zapisane.
admin-edit-see-preview = Podgląd znajduje się pod formularzem.
admin-field-slug = Adres strony
admin-field-slug-hint = Od 1 do 80 znaków: małe litery a–z (bez polskich znaków), cyfry i pojedyncze łączniki, np. krivoy-rog-2026. Strona będzie dostępna pod adresem /petitions/, po którym następuje ten ciąg. Później nie można go zmienić.
admin-field-slug-fixed = Adresu strony nie można zmienić.
admin-field-title = Tytuł
admin-field-summary = Streszczenie
admin-field-summary-hint = Jedno lub dwa zdania, wyświetlane na liście petycji i w podglądach linków.
admin-field-addressees = Adresaci
admin-field-addressees-hint = Każdy w osobnym wierszu.
admin-field-author = Autor
admin-field-author-hint = Kto publikuje deklarację, np. związek zawodowy lub komitet.
admin-field-language = Język tekstu
admin-field-language-hint = Kod języka, np. en, es, ru lub uk.
admin-field-visibility = Kto może zobaczyć nazwiska podpisujących
admin-field-visibility-hint = Poziomy, spośród których podpisujący mogą wybierać. Przy liście do rządu, który więzi podpisujących, proszę zostawić tylko „Nikt”.
admin-field-default-visibility = Zaznaczone domyślnie w formularzu
admin-field-accepts = Kto może podpisywać
admin-field-accepts-individuals = Osoby
admin-field-accepts-organizations = Organizacje
admin-field-goal = Cel
admin-field-goal-hint = Docelowa liczba podpisów. Puste pole oznacza brak celu.
admin-field-closes-on = Data zamknięcia
admin-field-closes-on-hint = Po tym dniu nikt nie może już podpisać. Puste pole oznacza, że petycję zamyka się ręcznie.
admin-field-body = Tekst deklaracji
admin-field-body-hint = Markdown: pusty wiersz między akapitami, # przed nagłówkiem, **pogrubienie**, *kursywa*, - przed każdym punktem listy.
admin-new-version-warning = Ten tekst został już podpisany. Zapisanie utworzy jego nową wersję; dotychczasowe podpisy pozostaną przy wersji, pod którą je złożono.
admin-preview = Podgląd
admin-save = Zapisz
admin-preview-heading = Podgląd
admin-err-slug = Prosimy użyć od 1 do 80 znaków: małych liter a–z, cyfr i pojedynczych łączników.
admin-err-slug-taken = Inna petycja ma już ten adres.
admin-err-language = Prosimy podać kod języka, np. en lub uk.
admin-err-goal = Prosimy wpisać liczbę całkowitą albo zostawić pole puste.
admin-err-date = Prosimy wpisać datę albo zostawić pole puste.
admin-err-accepts = Prosimy dopuścić podpisy osób, organizacji albo jednych i drugich.
admin-err-addressees = Prosimy podać co najmniej jednego adresata, każdego w osobnym wierszu.

## Usuwanie podpisów z domeny
admin-bulk-title = Usunąć podpisy z domeny { $domain }?
admin-bulk-text = { $count ->
    [one] Jeden podpis pod „{ $title }” ma adres e-mail w domenie { $domain }. Po potwierdzeniu zostanie usunięty: nie będzie już liczony, wyświetlany na liście ani eksportowany.
    [few] { $n } podpisy pod „{ $title }” mają adres e-mail w domenie { $domain }. Po potwierdzeniu zostaną usunięte: nie będą już liczone, wyświetlane na liście ani eksportowane.
    [many] { $n } podpisów pod „{ $title }” ma adres e-mail w domenie { $domain }. Po potwierdzeniu zostaną usunięte: nie będą już liczone, wyświetlane na liście ani eksportowane.
   *[other] { $n } podpisów pod „{ $title }” ma adres e-mail w domenie { $domain }. Po potwierdzeniu zostaną usunięte: nie będą już liczone, wyświetlane na liście ani eksportowane.
}
admin-bulk-nothing = Żaden nieusunięty wcześniej podpis pod „{ $title }” nie ma adresu e-mail w domenie { $domain }. Nie ma nic do usunięcia.
admin-bulk-sample-caption = { $count ->
    [one] Podpis
    [few] { $shown } z { $n } podpisów
    [many] { $shown } z { $n } podpisów
   *[other] { $shown } z { $n } podpisów
}
admin-bulk-confirm = { $count ->
    [one] Usuń ten podpis
    [few] Usuń te { $n } podpisy
    [many] Usuń tych { $n } podpisów
   *[other] Usuń tych { $n } podpisów
}
admin-bulk-cancel = Anuluj, nie usuwaj

## Dokument do przekazania
admin-delivery-doc-title = { $title } – podpisy
admin-delivery-print-hint = Ten dokument jest przeznaczony do druku: po jednym egzemplarzu dla każdego adresata, każdy od nowej strony. Prosimy użyć polecenia „Drukuj” w przeglądarce; aby zachować plik, jako drukarkę należy wybrać „Zapisz jako PDF”.
admin-delivery-to = Do: { $addressee }
admin-delivery-from = Od: { $author }
admin-delivery-date = Data: { $date }
admin-delivery-totals = Podpisy
admin-delivery-total = Podpisy łącznie
admin-delivery-individuals = Osoby
admin-delivery-organizations = Organizacje
admin-delivery-members = Członkowie reprezentowani przez organizacje
admin-delivery-countries = Kraje
admin-delivery-versions = Podpisany tekst
admin-delivery-versions-intro = Każdy podpis popiera tę wersję tekstu, która była wyświetlana w chwili jego złożenia. Skrót SHA-256 jednoznacznie identyfikuje każdą wersję.
admin-delivery-versions-caption = Wersje tekstu
admin-delivery-org-heading = Organizacje
admin-delivery-ind-heading = Osoby
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] 1 członek
    [few] { $n } członków
    [many] { $n } członków
   *[other] { $n } członków
}
admin-delivery-unnamed = { $count ->
    [one] oraz 1 osoba, która podpisała bez nazwiska
    [few] oraz { $n } osoby, które podpisały bez nazwisk
    [many] oraz { $n } osób, które podpisały bez nazwisk
   *[other] oraz { $n } osoby, które podpisały bez nazwisk
}
admin-delivery-signed-version = podpis pod wersją { $version }
admin-delivery-none = Żaden podpis nie został potwierdzony.

## Wykresy
chart-empty = Nie ma jeszcze podpisów.
chart-numbers = Pokaż liczby
chart-signatures = Podpisy
chart-per-day-title = Podpisy według dni
chart-per-week-title = Podpisy według tygodni
chart-per-period-title = Podpisy w okresach { $days }-dniowych
chart-col-day = Dzień
chart-col-week = Tydzień od
chart-col-period = Od
chart-per-day-summary = Podpisy według dni, { $count ->
    [one] jeden dzień
    [few] { $n } dni
    [many] { $n } dni
   *[other] { $n } dni
}, najwięcej: { $max } w dniu { $date }.
chart-per-week-summary = Podpisy według tygodni, { $count ->
    [one] jeden tydzień
    [few] { $n } tygodnie
    [many] { $n } tygodni
   *[other] { $n } tygodni
}, najwięcej: { $max } w tygodniu od { $date }.
chart-per-period-summary = Podpisy w okresach { $days }-dniowych, { $count ->
    [one] jeden okres
    [few] { $n } okresy
    [many] { $n } okresów
   *[other] { $n } okresów
}, najwięcej: { $max } w okresie od { $date }.
chart-by-country-title = Podpisy według krajów
chart-col-country = Kraj
chart-by-country-summary = Podpisy według krajów, { $count ->
    [one] jeden kraj
    [few] { $n } kraje
    [many] { $n } krajów
   *[other] { $n } krajów
}, najwięcej: { $top } ({ $max }).
chart-other-countries = Pozostałe kraje

# Language versions of the declaration
admin-languages-heading = Wersje językowe
admin-languages-caption = Deklaracja w każdym języku, ilu potwierdzonych sygnatariuszy ją czytało i jej dokument do przekazania
admin-col-language = Język
admin-col-readers = Potwierdzeni sygnatariusze, którzy ją czytali
admin-language-original = oryginał
admin-language-outdated = nieaktualne: oryginał został od tego czasu zmieniony; zaimportuj to tłumaczenie ponownie

# A signer's own request: look up, give, erase.
admin-nav-people = Wniosek osoby podpisującej
admin-people-title = Wniosek osoby podpisującej
admin-people-intro = Wyszukaj adres e-mail, aby pokazać osobie, co o niej przechowujemy, przekazać jej to lub usunąć. Jej link do wycofania podpisu nadal działa.
admin-people-email = Adres e-mail
admin-people-search = Szukaj
admin-people-none = Dla tego adresu nie jest przechowywany żaden podpis.
admin-people-caption = Podpisy przechowywane dla { $email }
admin-people-export = Pobierz jako JSON
admin-people-erase = Usuń te podpisy
admin-people-erase-warning = Usunięcie kasuje imię i nazwisko, adres i wszystkie dane tych podpisów; przestają się liczyć. Tego nie można cofnąć.
admin-col-visibility = Widoczne dla
admin-notice-saved = Petycja została zapisana.
admin-notice-state-changed = Stan petycji został zmieniony.
admin-notice-hidden = Podpis jest ukryty na publicznej liście; nadal się liczy.
admin-notice-unhidden = Podpis jest znowu widoczny na publicznej liście.
admin-notice-removed = Podpis został usunięty; już się nie liczy.
admin-notice-removed-domain = Podpisy z tej domeny zostały usunięte.
admin-notice-erased = Podpisy zostały usunięte.
admin-action-person-export = Przekazano osobie jej dane
admin-action-person-erase = Usunięto podpisy osoby
admin-action-petition-purge = Usunięto dane osobowe po okresie przechowywania
admin-link-updates = Wiadomości do sygnatariuszy
admin-state-notify = Przy zmianie stanu na „Przekazana” wysłać e-mail do sygnatariuszy, którzy prosili o powiadomienia (wraz z informacją powyżej)
admin-updates-title = Wiadomości do sygnatariuszy: { $title }
admin-updates-intro = Wiadomość trafia e-mailem do każdego potwierdzonego sygnatariusza, który zaznaczył „Chcę otrzymywać e-maile w sprawie tej petycji” – w języku, w którym podpisał, jeśli podano tłumaczenie na ten język, a w przeciwnym razie w języku petycji. Każdy sygnatariusz otrzymuje każdą wiadomość tylko raz; osoby, które wycofały podpis lub zrezygnowały z powiadomień, nie otrzymują żadnej. Każda wiadomość zawiera link do rezygnacji z powiadomień.
admin-updates-audience = { $count ->
    [one] Wysłana teraz wiadomość trafiłaby do { $n } sygnatariusza
    [few] Wysłana teraz wiadomość trafiłaby do { $n } sygnatariuszy
    [many] Wysłana teraz wiadomość trafiłaby do { $n } sygnatariuszy
   *[other] Wysłana teraz wiadomość trafiłaby do { $n } sygnatariuszy
}
admin-updates-refused = { $count ->
    [one] Serwer pocztowy { $n } sygnatariusza ostatecznie odrzucił wiadomości: na ten adres nic więcej nie jest wysyłane.
    [few] Serwery pocztowe { $n } sygnatariuszy ostatecznie odrzuciły wiadomości: na te adresy nic więcej nie jest wysyłane.
    [many] Serwery pocztowe { $n } sygnatariuszy ostatecznie odrzuciły wiadomości: na te adresy nic więcej nie jest wysyłane.
   *[other] Serwery pocztowe { $n } sygnatariuszy ostatecznie odrzuciły wiadomości: na te adresy nic więcej nie jest wysyłane.
}
admin-updates-sent-heading = Wysłane wiadomości
admin-updates-none = Nie wysłano jeszcze żadnej wiadomości.
admin-updates-col-subject = Temat
admin-updates-col-when = Napisano
admin-updates-col-recipients = Odbiorcy
admin-updates-col-queued = Oczekujące
admin-updates-col-sent = Wysłane
admin-updates-col-failed = Niedoręczone
admin-updates-col-refused = Odrzucone
admin-updates-col-cancelled = Niewysłane (rezygnacja z powiadomień lub wycofany podpis)
admin-updates-delivered-subject = Przekazano adresatom: { $title }
admin-updates-compose-heading = Nowa wiadomość
admin-updates-preview-heading = Podgląd
admin-updates-preview-footer = Pod treścią każdy e-mail wyjaśnia, dlaczego sygnatariusz go otrzymuje, i zawiera linki do petycji, do wycofania podpisu i do rezygnacji z powiadomień.
admin-updates-written-in = Wiadomość należy napisać w języku petycji: { $language }.
admin-updates-subject = Temat
admin-updates-body = Treść
admin-updates-body-hint = Markdown: pusty wiersz między akapitami, *kursywa*, **pogrubienie**, [link](https://example.org).
admin-updates-translations = Tłumaczenia
admin-updates-translations-hint = Nieobowiązkowe. Sygnatariusze, którzy podpisali w jednym z tych języków, otrzymają tłumaczenie; pozostali otrzymają wiadomość powyżej.
admin-updates-preview = Podgląd
admin-updates-send = { $count ->
    [one] Wyślij do { $n } sygnatariusza
    [few] Wyślij do { $n } sygnatariuszy
    [many] Wyślij do { $n } sygnatariuszy
   *[other] Wyślij do { $n } sygnatariuszy
}
admin-notice-update-queued = Wiadomość jest w drodze. Tabela poniżej pokazuje postęp wysyłki.
admin-action-update-send = Wysłanie wiadomości do sygnatariuszy
admin-action-update-delivered = Wysłanie powiadomienia o przekazaniu
admin-error-update-subject = Prosimy podać temat wiadomości w jednym wierszu, najwyżej 200 znaków.
admin-error-update-body = Prosimy wpisać treść wiadomości, najwyżej 20 000 znaków.
admin-error-update-half = Prosimy podać w tłumaczeniu zarówno temat, jak i treść, albo zostawić oba pola puste.

## Karty papierowe i zweryfikowane organizacje
admin-link-paper = Karty papierowe
admin-back-to-petition = Powrót do petycji
admin-paper-title = Karty papierowe: { $title }
admin-paper-count = { $count ->
    [one] Na papierze złożono { $n } podpis; wprowadzone karty: { $sheets }.
    [few] Na papierze złożono { $n } podpisy; wprowadzone karty: { $sheets }.
    [many] Na papierze złożono { $n } podpisów; wprowadzone karty: { $sheets }.
   *[other] Na papierze złożono { $n } podpisów; wprowadzone karty: { $sheets }.
}
admin-paper-print-heading = Drukowanie kart
admin-paper-print-hint = Każda karta dostaje własny numer, zapisywany razem z nazwiskiem osoby, która ją drukuje, dzięki czemu kartę wprowadzoną później można sprawdzić. Karty należy drukować na A4; przeglądarka może też zapisać je jako PDF.
admin-paper-print-count = Liczba kart
admin-paper-print-language = Język kart
admin-paper-print-button = Przygotuj karty
admin-paper-enter-heading = Wprowadzanie karty
admin-paper-enter-number = Numer karty
admin-paper-enter-button = Otwórz kartę
admin-paper-duplicates-heading = Prawdopodobnie zdublowane podpisy
admin-paper-duplicates-hint = Te podpisy mają to samo imię i nazwisko oraz tę samą miejscowość (bez względu na wielkość liter, odstępy i znaki diakrytyczne). Liczą się, dopóki nie zapadnie decyzja: usunąć jeden z nich albo zaznaczyć, że to dwie różne osoby.
admin-paper-duplicates-caption = Podpisy o tym samym imieniu i nazwisku oraz miejscowości, co najmniej jeden na papierze
admin-paper-col-paper = Na papierze
admin-paper-col-other = Drugi
admin-paper-not-duplicate = Dwie różne osoby
admin-paper-remove-one = Usuń #{ $id }
admin-paper-on-sheet = papier, karta { $sheet }
admin-paper-online = przez internet
admin-paper-sheets-heading = Karty
admin-paper-no-sheets = Nie wydrukowano jeszcze żadnej karty.
admin-paper-sheets-caption = Karty wydrukowane dla tej petycji, od najnowszej
admin-paper-col-number = Karta
admin-paper-col-printed = Wydrukowano
admin-paper-col-collected = Zebrano
admin-paper-col-entered = Wprowadzono
admin-paper-scan = skan
admin-entry-title = Karta { $number }
admin-entry-back = Powrót do kart papierowych
admin-entry-printed = wydrukowano { $printed }
admin-entry-already = { $count ->
    [one] Z tej karty wprowadzono już { $n } podpis; wiersze wpisane tutaj zostaną dodane.
    [few] Z tej karty wprowadzono już { $n } podpisy; wiersze wpisane tutaj zostaną dodane.
    [many] Z tej karty wprowadzono już { $n } podpisów; wiersze wpisane tutaj zostaną dodane.
   *[other] Z tej karty wprowadzono już { $n } podpisów; wiersze wpisane tutaj zostaną dodane.
}
admin-entry-problems = Nic nie zostało wprowadzone. Prosimy poprawić:
admin-entry-row-problem = Wiersz { $row }: { $problem }
admin-entry-sheet-legend = Karta
admin-entry-collected-by = Kto zebrał
admin-entry-place = Gdzie
admin-entry-collected-at = Data zebrania
admin-entry-country = Kraj osób podpisujących
admin-entry-country-hint = Podawany raz dla całej karty.
admin-entry-scan = Skan karty
admin-entry-scan-hint = PDF, JPEG lub PNG, najwyżej 10 MB. Przechowywany razem ze skrótem SHA-256, nigdy nie jest pokazywany publicznie.
admin-entry-rows-caption = Podpisy na karcie
admin-entry-col-kind = Podpisuje jako
admin-entry-col-name = Imię i nazwisko
admin-entry-col-city = Miejscowość
admin-entry-col-occupation = Zawód lub organizacja
admin-entry-col-visibility = Kto widzi nazwisko
admin-entry-cell = Wiersz { $row }, { $column }
admin-entry-rows-hint = Puste wiersze są pomijane. W przypadku organizacji jej nazwę należy wpisać w kolumnie „Zawód lub organizacja”, a osobę, która podpisała, w kolumnie „Imię i nazwisko”.
admin-entry-submit = Wprowadź podpisy
admin-entry-no-rows = Prosimy wpisać co najmniej jeden podpis.
admin-err-scan-type = Skan musi być plikiem PDF, JPEG lub PNG, a nazwa pliku nie może wskazywać na inny format.
admin-notice-paper-entered = Podpisy z karty zostały wprowadzone i policzone.
admin-notice-not-duplicate = Zaznaczono, że to dwie różne osoby.
admin-notice-verified = Organizacja jest oznaczona jako zweryfikowana.
admin-notice-unverified = Organizacja nie jest już oznaczona jako zweryfikowana.
admin-action-sheets-print = Wydruk kart
admin-action-paper-enter = Wprowadzenie podpisów z papieru
admin-action-paper-not-duplicate = Oznaczenie, że podpis nie jest zdublowany
admin-action-signature-verify = Weryfikacja organizacji
admin-action-signature-unverify = Cofnięcie weryfikacji organizacji
admin-verified = Zweryfikowana: { $note }
admin-verify-note = Jak ją zweryfikowano
admin-verify-button = Oznacz jako zweryfikowaną
admin-unverify-button = Cofnij weryfikację
admin-delivery-paper = Podpisy na papierze
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, na { $sheets } karcie
    [few] { $n }, na { $sheets } kartach
    [many] { $n }, na { $sheets } kartach
   *[other] { $n }, na { $sheets } karty
}
admin-delivery-verified-heading = Organizacje zweryfikowane przez organizatorów
admin-delivery-verified-intro = Organizatorzy bezpośrednio zweryfikowali każdą z tych organizacji: telefonem do jej biura, listem na jej papierze firmowym albo za pośrednictwem znanej im organizacji członkowskiej.
admin-delivery-unverified-heading = Pozostałe organizacje
admin-delivery-unverified = { $count ->
    [one] Organizatorzy nie zweryfikowali { $n } organizacji.
    [few] Organizatorzy nie zweryfikowali { $n } organizacji.
    [many] Organizatorzy nie zweryfikowali { $n } organizacji.
   *[other] Organizatorzy nie zweryfikowali { $n } organizacji.
}
