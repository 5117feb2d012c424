## undersign — український каталог для сторінок організаторів, діаграм і документа для передачі адресатам.
## Кількість передається двома змінними: $count (число, за яким обирається форма множини) і $n
## (те саме число з розбитими на групи цифрами, для показу).

## Оболонка
admin-area = Організатори
admin-title-suffix = Організатори
admin-nav-label = Меню організаторів
admin-nav-dashboard = Петиції
admin-nav-new = Нова петиція
admin-signed-in-as = Ви увійшли як { $email }
admin-logout = Вийти
admin-yes = Так
admin-no = Ні

## Стани, типи, статуси
admin-state-draft = Чернетка
admin-state-open = Відкрита
admin-state-closed = Закрита
admin-state-delivered = Передана
admin-kind-individual = Особа
admin-kind-organization = Організація
admin-status-pending = Очікує підтвердження
admin-status-confirmed = Підтверджено
admin-status-withdrawn = Відкликано
admin-status-removed = Видалено

## Вхід
admin-login-title = Вхід для організаторів
admin-login-intro = Цей розділ сайту призначено для організаторів петицій.
admin-login-email = Адреса електронної пошти
admin-login-password = Пароль
admin-login-submit = Увійти
admin-login-failed = Неправильна адреса або пароль.
admin-login-wait-seconds = Забагато спроб увійти. Будь ласка, зачекайте { $count ->
    [one] { $n } секунду
    [few] { $n } секунди
    [many] { $n } секунд
   *[other] { $n } секунди
} і спробуйте ще раз.
admin-login-wait-minutes = Забагато спроб увійти. Будь ласка, зачекайте { $count ->
    [one] { $n } хвилину
    [few] { $n } хвилини
    [many] { $n } хвилин
   *[other] { $n } хвилини
} і спробуйте ще раз.

## Огляд
admin-dashboard-title = Петиції
admin-petitions-caption = Усі петиції та підписи під ними
admin-no-petitions = Петицій поки що немає.
admin-col-title = Назва
admin-col-state = Стан
admin-col-pending = Очікують
admin-col-confirmed = Підтверджені
admin-col-withdrawn = Відкликані
admin-col-removed = Видалені
admin-col-people = Особи
admin-col-organizations = Організації
admin-col-orgs-short = Орг.
admin-col-members = Представлено членів
admin-col-goal = Мета
admin-col-erasure = Персональні дані
admin-erasure-kept = зберігаються, доки відкрита
admin-erasure-on = буде видалено { $date }
admin-erasure-done = видалено { $date }
admin-erasure-warning = Персональні дані підписантів «{ $title }» буде видалено { $date }. Експортуйте до цього все, що ще потрібно.
admin-col-total = Усього
admin-col-status = Статус
admin-no-goal = немає
admin-outbox-heading = Вихідна пошта
admin-outbox-queued = Чекають на надсилання
admin-outbox-retrying = Повторні спроби
admin-outbox-failed = Остаточно не доставлено
admin-outbox-healthy = Недоставлених листів немає.
admin-outbox-failed-note = { $count ->
    [one] Навіть після всіх спроб не вдалося доставити { $n } лист — він не дійшов до одержувача.
    [few] Навіть після всіх спроб не вдалося доставити { $n } листи — вони не дійшли до одержувачів.
    [many] Навіть після всіх спроб не вдалося доставити { $n } листів — вони не дійшли до одержувачів.
   *[other] Навіть після всіх спроб не вдалося доставити { $n } листа — вони не дійшли до одержувачів.
}
admin-outbox-failures-caption = Останні недоставлені листи
admin-col-when = Коли
admin-col-attempts = Спроби
admin-col-error = Остання помилка
admin-audit-heading = Журнал дій
admin-audit-caption = Останні дії організаторів
admin-audit-empty = Поки що нічого не записано.
admin-col-time = Час
admin-col-who = Хто
admin-col-action = Дія
admin-col-petition = Петиція
admin-col-detail = Подробиці
admin-col-count = Кількість
admin-action-login = Вхід
admin-action-logout = Вихід
admin-action-petition-create = Створення петиції
admin-action-petition-edit = Редагування петиції
admin-action-petition-state = Зміна стану
admin-action-signature-hide = Приховання підпису
admin-action-signature-unhide = Повторний показ підпису
admin-action-signature-remove = Видалення підпису
admin-action-signatures-remove-domain = Видалення підписів з домену
admin-action-export = Експорт підписів

## Петиція
admin-petition-actions = Що можна зробити з цією петицією
admin-link-edit = Редагувати текст і налаштування
admin-link-delivery = Документ для передачі адресатам (для друку)
admin-link-public = Публічна сторінка
admin-link-export-delivery = Експорт для передачі адресатам (CSV)
admin-link-package = Пакет для передачі (ZIP: CSV, документ, контрольні суми)
admin-link-export-full = Експорт усіх даних (CSV)
admin-figures-heading = Підписи
admin-figures-caption = Підписи за статусом
admin-members-confirmed = Членів, яких представляють підтверджені організації
admin-delivered-on = Передано адресатам { $date }.
admin-charts-heading = Коли й звідки підписували
admin-charts-note = Показано лише підтверджені підписи.
admin-state-heading = Стан
admin-state-label = Стан петиції
admin-state-hint = Відкрита: люди можуть підписувати. Закрита: сторінка залишається, але підписати вже не можна. Передана: закрита, а на сторінці сказано, що підписи передано адресатам, з приміткою нижче. Чернетка: не опублікована.
admin-state-note = Примітка про передачу
admin-state-note-hint = З’являється на публічній сторінці, коли стан петиції — «Передана»; наприклад, де й кому передали підписи.
admin-state-submit = Змінити стан
admin-search-heading = Пошук підписів
admin-search-label = Ім’я, адреса електронної пошти, організація або країна
admin-search-submit = Шукати
admin-search-none = За запитом «{ $query }» підписів не знайдено.
admin-search-caption = { $count ->
    [one] За запитом «{ $query }» знайдено { $n } підпис
    [few] За запитом «{ $query }» знайдено { $n } підписи
    [many] За запитом «{ $query }» знайдено { $n } підписів
   *[other] За запитом «{ $query }» знайдено { $n } підпису
}
admin-col-kind = Тип
admin-col-name = Ім’я
admin-col-organization = Організація
admin-col-email = Електронна пошта
admin-col-country = Країна
admin-col-city = Місто
admin-col-public = Публічний
admin-col-hidden = Прихований
admin-col-signed = Підписано
admin-col-comment = Повідомлення
admin-col-actions = Дії
admin-hide = Приховати
admin-unhide = Показати знову
admin-remove = Видалити
admin-row-of = підпис: { $name }
admin-hidden-hint = Приховані підписи враховуються, але не показуються в публічному списку.
admin-remove-hint = Видалений підпис більше не враховується, не показується в списках і не експортується.
admin-domain-heading = Видалити всі підписи з одного поштового домену
admin-domain-intro = На випадок напливу фальшивих підписів з одного домену. Перш ніж щось буде видалено, ви побачите, скільки підписів це стосується, і підтвердите видалення.
admin-domain-label = Домен адрес електронної пошти
admin-domain-hint = Лише частина після @, наприклад spam.example
admin-domain-submit = Перевірити, що буде видалено
admin-exports-heading = Експорт
admin-exports-caption = Експортовані списки підписів
admin-exports-none = Поки що нічого не експортовано.
admin-col-format = Формат
admin-col-rows = Рядків
admin-col-sha = SHA-256
admin-col-destination = Призначення
admin-format-delivery = Для передачі адресатам
admin-format-full = Усі дані
admin-versions-heading = Версії тексту
admin-versions-caption = Усі версії, які можна було підписати
admin-versions-none = Текст ще не має жодної версії.
admin-col-version = Версія
admin-col-date = Дата
admin-col-signatures = Підписи
admin-version-current = поточна

## Редагування
admin-new-title = Нова петиція
admin-edit-title = Редагування: { $title }
admin-edit-back = Назад до петиції
admin-edit-fix = Будь ласка, виправте позначені поля. Поки що нічого не збережено.
admin-edit-see-preview = Попередній перегляд — під формою.
admin-field-slug = Веб-адреса
admin-field-slug-hint = Від 1 до 80 малих латинських літер, цифр і поодиноких дефісів, наприклад krivoy-rog-2026. Сторінка буде за адресою /petitions/ і далі ця частина. Згодом її змінити не можна.
admin-field-slug-fixed = Веб-адресу змінити не можна.
admin-field-title = Назва
admin-field-summary = Короткий опис
admin-field-summary-hint = Одне-два речення; показується в списку петицій і в попередньому перегляді посилань.
admin-field-addressees = Адресати
admin-field-addressees-hint = По одному в рядку.
admin-field-author = Автор
admin-field-author-hint = Хто оприлюднює заяву, наприклад профспілка чи комітет.
admin-field-language = Мова тексту
admin-field-language-hint = Код мови, наприклад en, es, ru або uk.
admin-field-visibility = Хто може бачити імена підписантів
admin-field-visibility-hint = Рівні, з яких підписант може вибрати. Для листа уряду, що ув’язнює підписантів, залиште лише «Ніхто».
admin-field-default-visibility = Вибрано у формі за замовчуванням
admin-field-accepts = Хто може підписувати
admin-field-accepts-individuals = Особи
admin-field-accepts-organizations = Організації
admin-field-goal = Мета
admin-field-goal-hint = Скільки підписів ви хочете зібрати. Залиште порожнім, якщо мети немає.
admin-field-closes-on = Дата закриття
admin-field-closes-on-hint = Після цього дня підписати буде неможливо. Залиште порожнім, щоб закрити петицію вручну.
admin-field-body = Текст заяви
admin-field-body-hint = Markdown: порожній рядок між абзацами, # перед заголовком, **жирний**, *курсив*, - перед кожним пунктом списку.
admin-new-version-warning = Під цим текстом уже є підписи. Після збереження буде створено нову версію тексту; наявні підписи залишаться за тією версією, яку підписали.
admin-preview = Попередній перегляд
admin-save = Зберегти
admin-preview-heading = Попередній перегляд
admin-err-slug = Будь ласка, використайте від 1 до 80 малих латинських літер, цифр і поодиноких дефісів.
admin-err-slug-taken = Ця адреса вже зайнята іншою петицією.
admin-err-language = Будь ласка, введіть код мови, наприклад en або uk.
admin-err-goal = Будь ласка, введіть ціле число або залиште поле порожнім.
admin-err-date = Будь ласка, введіть дату або залиште поле порожнім.
admin-err-accepts = Будь ласка, дозвольте підписувати особам, організаціям або і тим, і іншим.
admin-err-addressees = Будь ласка, вкажіть принаймні одного адресата, по одному в рядку.

## Видалення підписів з одного домену
admin-bulk-title = Видалити підписи з домену { $domain }?
admin-bulk-text = { $count ->
    [one] { $n } підпис під «{ $title }» має адресу електронної пошти в домені { $domain }.
    [few] { $n } підписи під «{ $title }» мають адреси електронної пошти в домені { $domain }.
    [many] { $n } підписів під «{ $title }» мають адреси електронної пошти в домені { $domain }.
   *[other] { $n } підпису під «{ $title }» мають адреси електронної пошти в домені { $domain }.
} Якщо ви підтвердите, усі підписи з цього домену буде видалено: вони більше не враховуватимуться, не показуватимуться в списках і не експортуватимуться.
admin-bulk-nothing = Серед невидалених підписів під «{ $title }» немає жодного з адресою в домені { $domain }. Видаляти нічого.
admin-bulk-sample-caption = { $count ->
    [one] { $shown } з { $n } підпису
    [few] { $shown } з { $n } підписів
    [many] { $shown } з { $n } підписів
   *[other] { $shown } з { $n } підпису
}
admin-bulk-confirm = { $count ->
    [one] Видалити { $n } підпис
    [few] Видалити ці { $n } підписи
    [many] Видалити ці { $n } підписів
   *[other] Видалити ці { $n } підпису
}
admin-bulk-cancel = Скасувати й залишити їх

## Документ для передачі адресатам
admin-delivery-doc-title = { $title } — підписи
admin-delivery-print-hint = Цей документ призначено для друку: по одному примірнику для кожного адресата, кожен з нової сторінки. Скористайтеся командою «Друк» у браузері; щоб зберегти файл, оберіть як принтер «Зберегти як PDF».
admin-delivery-to = Кому: { $addressee }
admin-delivery-from = Від: { $author }
admin-delivery-date = Дата: { $date }
admin-delivery-totals = Підписи
admin-delivery-total = Усього підписів
admin-delivery-individuals = Особи
admin-delivery-organizations = Організації
admin-delivery-members = Членів, яких представляють організації
admin-delivery-countries = Країни
admin-delivery-versions = Підписаний текст
admin-delivery-versions-intro = Кожен підпис засвідчує ту версію тексту, яку було показано в момент підписання. Відбиток SHA-256 точно визначає кожну версію.
admin-delivery-versions-caption = Версії тексту
admin-delivery-org-heading = Організації
admin-delivery-ind-heading = Особи
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] { $n } член
    [few] { $n } члени
    [many] { $n } членів
   *[other] { $n } члена
}
admin-delivery-unnamed = { $count ->
    [one] і ще { $n } людина, що підписалася без імені
    [few] і ще { $n } людини, що підписалися без імені
    [many] і ще { $n } людей, що підписалися без імені
   *[other] і ще { $n } людини, що підписалися без імені
}
admin-delivery-signed-version = підписано версію { $version }
admin-delivery-none = Жодного підпису не підтверджено.

## Діаграми
chart-empty = Підписів поки що немає.
chart-numbers = Показати числа
chart-signatures = Підписи
chart-per-day-title = Підписи за днями
chart-per-week-title = Підписи за тижнями
chart-per-period-title = Підписи за { $days ->
    [one] кожен { $days } день
    [few] кожні { $days } дні
    [many] кожні { $days } днів
   *[other] кожні { $days } дня
}
chart-col-day = День
chart-col-week = Тиждень з
chart-col-period = Період з
chart-per-day-summary = Підписи за днями: { $count ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}, найбільше — { $max } за { $date }.
chart-per-week-summary = Підписи за тижнями: { $count ->
    [one] { $n } тиждень
    [few] { $n } тижні
    [many] { $n } тижнів
   *[other] { $n } тижня
}, найбільше — { $max } за тиждень з { $date }.
chart-per-period-summary = Підписи за { $days ->
    [one] кожен { $days } день
    [few] кожні { $days } дні
    [many] кожні { $days } днів
   *[other] кожні { $days } дня
}: { $count ->
    [one] { $n } період
    [few] { $n } періоди
    [many] { $n } періодів
   *[other] { $n } періоду
}, найбільше — { $max } за період з { $date }.
chart-by-country-title = Підписи за країнами
chart-col-country = Країна
chart-by-country-summary = Підписи за країнами: { $count ->
    [one] { $n } країна
    [few] { $n } країни
    [many] { $n } країн
   *[other] { $n } країни
}, найбільше — { $top } ({ $max }).
chart-other-countries = Інші країни

# Language versions of the declaration
admin-languages-heading = Мовні версії
admin-languages-caption = Заява кожною мовою, скільки підтверджених підписантів її прочитали, і документ для передачі
admin-col-language = Мова
admin-col-readers = Підтверджені підписанти, які прочитали цю версію
admin-language-original = оригінал
admin-language-outdated = застарів: оригінал відтоді змінився; імпортуйте цей переклад знову

# A signer's own request: look up, give, erase.
admin-nav-people = Запит підписанта
admin-people-title = Запит підписанта
admin-people-intro = Знайдіть адресу електронної пошти, щоб показати людині, що про неї зберігається, передати їй це або видалити. Її посилання для відкликання підпису й далі працює.
admin-people-email = Адреса електронної пошти
admin-people-search = Знайти
admin-people-none = Для цієї адреси підписи не зберігаються.
admin-people-caption = Підписи, що зберігаються для { $email }
admin-people-export = Завантажити як JSON
admin-people-erase = Видалити ці підписи
admin-people-erase-warning = Видалення стирає ім’я, адресу й усі дані цих підписів; вони більше не враховуються. Це не можна скасувати.
admin-col-visibility = Видно
admin-notice-saved = Петицію збережено.
admin-notice-state-changed = Стан петиції змінено.
admin-notice-hidden = Підпис приховано з публічного списку; він і далі враховується.
admin-notice-unhidden = Підпис знову показується в публічному списку.
admin-notice-removed = Підпис видалено; він більше не враховується.
admin-notice-removed-domain = Підписи з цього домену видалено.
admin-notice-erased = Підписи видалено.
admin-action-person-export = Передав людині її дані
admin-action-person-erase = Видалив підписи людини
admin-action-petition-purge = Видалив персональні дані після строку зберігання
admin-link-updates = Новини для підписантів
admin-state-notify = Під час зміни стану на «Передана» надіслати лист підписантам, які просили надсилати новини (з приміткою вище)
admin-updates-title = Новини для підписантів: { $title }
admin-updates-intro = Лист із новинами надходить кожному підтвердженому підписантові, який позначив «Надсилайте мені листи про цю петицію»: мовою, якою він підписав, якщо ви додали переклад цією мовою, а інакше мовою петиції. Кожен підписант отримує кожен лист лише один раз; ті, хто відкликав підпис або відписався, не отримують нічого. У кожному листі є посилання, щоб відписатися.
admin-updates-audience = { $count ->
    [one] Якщо надіслати лист зараз, його отримає { $n } підписант
    [few] Якщо надіслати лист зараз, його отримають { $n } підписанти
    [many] Якщо надіслати лист зараз, його отримають { $n } підписантів
   *[other] Якщо надіслати лист зараз, його отримають { $n } підписанта
}
admin-updates-refused = { $count ->
    [one] Поштовий сервер { $n } підписанта остаточно відмовився приймати листи: на цю адресу більше нічого не надсилається.
    [few] Поштові сервери { $n } підписантів остаточно відмовилися приймати листи: на ці адреси більше нічого не надсилається.
    [many] Поштові сервери { $n } підписантів остаточно відмовилися приймати листи: на ці адреси більше нічого не надсилається.
   *[other] Поштові сервери { $n } підписанта остаточно відмовилися приймати листи: на ці адреси більше нічого не надсилається.
}
admin-updates-sent-heading = Надіслані листи
admin-updates-none = Листів поки що не було.
admin-updates-col-subject = Тема
admin-updates-col-when = Написано
admin-updates-col-recipients = Одержувачів
admin-updates-col-queued = Чекають
admin-updates-col-sent = Надіслано
admin-updates-col-failed = Не доставлено
admin-updates-col-refused = Відхилено
admin-updates-col-cancelled = Не надіслано (відписалися або відкликали підпис)
admin-updates-delivered-subject = Петицію передано: { $title }
admin-updates-compose-heading = Новий лист
admin-updates-preview-heading = Попередній перегляд
admin-updates-preview-footer = Під текстом кожного листа пояснено, чому підписант його отримує, і є посилання: на петицію, для відкликання підпису та щоб відписатися від новин.
admin-updates-written-in = Пишіть мовою петиції: { $language }.
admin-updates-subject = Тема
admin-updates-body = Текст
admin-updates-body-hint = Markdown: порожній рядок між абзацами, *курсив*, **жирний**, [посилання](https://example.org).
admin-updates-translations = Переклади
admin-updates-translations-hint = Необов’язково. Ті, хто підписав однією з цих мов, отримають переклад; решта — лист вище.
admin-updates-preview = Попередній перегляд
admin-updates-send = { $count ->
    [one] Надіслати { $n } підписантові
    [few] Надіслати { $n } підписантам
    [many] Надіслати { $n } підписантам
   *[other] Надіслати { $n } підписанта
}
admin-notice-update-queued = Лист надсилається. У таблиці нижче видно, скільки вже надіслано.
admin-action-update-send = Надсилання листа підписантам
admin-action-update-delivered = Надсилання листа про передачу петиції
admin-error-update-subject = Будь ласка, вкажіть тему листа в один рядок, не більше 200 символів.
admin-error-update-body = Будь ласка, напишіть текст листа, не більше 20 000 символів.
admin-error-update-half = Будь ласка, вкажіть для перекладу і тему, і текст — або залиште обидва поля порожніми.

## Паперові аркуші та перевірені організації
admin-link-paper = Паперові аркуші
admin-back-to-petition = Назад до петиції
admin-paper-title = Паперові аркуші: { $title }
admin-paper-count = { $count ->
    [one] На папері зібрано { $n } підпис; внесено аркушів: { $sheets }.
    [few] На папері зібрано { $n } підписи; внесено аркушів: { $sheets }.
    [many] На папері зібрано { $n } підписів; внесено аркушів: { $sheets }.
   *[other] На папері зібрано { $n } підпису; внесено аркушів: { $sheets }.
}
admin-paper-print-heading = Друк аркушів
admin-paper-print-hint = Кожен аркуш отримує власний номер, який записується разом із вашим ім’ям, щоб аркуш, внесений пізніше, можна було перевірити. Друкуйте на A4; браузер може також зберегти аркуші як PDF.
admin-paper-print-count = Скільки аркушів
admin-paper-print-language = Мова аркушів
admin-paper-print-button = Підготувати аркуші
admin-paper-enter-heading = Внести аркуш
admin-paper-enter-number = Номер аркуша
admin-paper-enter-button = Відкрити аркуш
admin-paper-duplicates-heading = Імовірні повтори
admin-paper-duplicates-hint = Ці підписи мають однакові ім’я та місто (без урахування регістру, пробілів і діакритичних знаків). Вони враховуються, доки ви не вирішите: видаліть один або позначте, що це дві різні людини.
admin-paper-duplicates-caption = Підписи з однаковими ім’ям і містом, принаймні один — на папері
admin-paper-col-paper = На папері
admin-paper-col-other = Інший
admin-paper-not-duplicate = Дві різні людини
admin-paper-remove-one = Видалити #{ $id }
admin-paper-on-sheet = папір, аркуш { $sheet }
admin-paper-online = онлайн
admin-paper-sheets-heading = Аркуші
admin-paper-no-sheets = Аркушів ще не друкували.
admin-paper-sheets-caption = Аркуші, надруковані для цієї петиції, спочатку нові
admin-paper-col-number = Аркуш
admin-paper-col-printed = Надруковано
admin-paper-col-collected = Зібрано
admin-paper-col-entered = Внесено
admin-paper-scan = скан
admin-entry-title = Аркуш { $number }
admin-entry-back = Назад до паперових аркушів
admin-entry-printed = надруковано { $printed }
admin-entry-already = { $count ->
    [one] З цього аркуша вже внесено { $n } підпис; рядки, введені тут, буде додано.
    [few] З цього аркуша вже внесено { $n } підписи; рядки, введені тут, буде додано.
    [many] З цього аркуша вже внесено { $n } підписів; рядки, введені тут, буде додано.
   *[other] З цього аркуша вже внесено { $n } підпису; рядки, введені тут, буде додано.
}
admin-entry-problems = Нічого не внесено. Будь ласка, виправте:
admin-entry-row-problem = Рядок { $row }: { $problem }
admin-entry-sheet-legend = Аркуш
admin-entry-collected-by = Хто збирав
admin-entry-place = Де
admin-entry-collected-at = Дата збору
admin-entry-country = Країна підписантів
admin-entry-country-hint = Вказується один раз для всього аркуша.
admin-entry-scan = Скан аркуша
admin-entry-scan-hint = PDF, JPEG або PNG, не більше 10 МБ. Зберігається разом із його SHA-256 і ніколи не показується публічно.
admin-entry-rows-caption = Підписи на аркуші
admin-entry-col-kind = Підписує як
admin-entry-col-name = Ім’я
admin-entry-col-city = Місто
admin-entry-col-occupation = Професія або організація
admin-entry-col-visibility = Кому видно ім’я
admin-entry-cell = Рядок { $row }, { $column }
admin-entry-rows-hint = Порожні рядки пропускаються. Для організації впишіть її назву в графу «Професія або організація», а ім’я того, хто підписав, — у графу «Ім’я».
admin-entry-submit = Внести підписи
admin-entry-no-rows = Впишіть принаймні один підпис.
admin-err-scan-type = Скан має бути файлом PDF, JPEG або PNG, а назва файлу не повинна вказувати на інший формат.
admin-notice-paper-entered = Підписи з аркуша внесено й ураховано.
admin-notice-not-duplicate = Позначено, що це дві різні людини.
admin-notice-verified = Організацію позначено як перевірену.
admin-notice-unverified = Позначку про перевірку організації знято.
admin-action-sheets-print = Друк аркушів
admin-action-paper-enter = Внесення паперових підписів
admin-action-paper-not-duplicate = Позначення «не повтор»
admin-action-signature-verify = Перевірка організації
admin-action-signature-unverify = Зняття позначки про перевірку організації
admin-verified = Перевірено: { $note }
admin-verify-note = Як проведено перевірку
admin-verify-button = Позначити як перевірену
admin-unverify-button = Зняти позначку про перевірку
admin-delivery-paper = Підписи на папері
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, на { $sheets } аркуші
    [few] { $n }, на { $sheets } аркушах
    [many] { $n }, на { $sheets } аркушах
   *[other] { $n }, на { $sheets } аркуша
}
admin-delivery-verified-heading = Організації, перевірені організаторами
admin-delivery-verified-intro = Організатори безпосередньо перевірили кожну з цих організацій: дзвінком до її офісу, листом на її фірмовому бланку або через знайому їм членську організацію.
admin-delivery-unverified-heading = Інші організації
admin-delivery-unverified = { $count ->
    [one] Організатори не перевірили { $n } організацію.
    [few] Організатори не перевірили { $n } організації.
    [many] Організатори не перевірили { $n } організацій.
   *[other] Організатори не перевірили { $n } організації.
}
