## undersign — русский каталог для страниц организаторов, графиков и документа для передачи.
## Числа приходят в двух переменных: $count (число для выбора формы множественного числа) и $n
## (то же число с разбивкой на разряды, для показа).

## Оболочка
admin-area = Для организаторов
admin-title-suffix = Для организаторов
admin-nav-label = Меню организаторов
admin-nav-dashboard = Петиции
admin-nav-new = Новая петиция
admin-signed-in-as = Вы вошли как { $email }
admin-logout = Выйти
admin-yes = Да
admin-no = Нет

## Состояния, виды, статусы
admin-state-draft = Черновик
admin-state-open = Открыта
admin-state-closed = Закрыта
admin-state-delivered = Передана
admin-kind-individual = Человек
admin-kind-organization = Организация
admin-status-pending = Ожидает подтверждения
admin-status-confirmed = Подтверждена
admin-status-withdrawn = Отозвана
admin-status-removed = Удалена

## Вход
admin-login-title = Вход для организаторов
admin-login-intro = Этот раздел сайта — для организаторов петиций.
admin-login-email = Адрес электронной почты
admin-login-password = Пароль
admin-login-submit = Войти
admin-login-failed = Неверный адрес или пароль.
admin-login-wait-seconds = Слишком много попыток входа. Пожалуйста, подождите { $count ->
    [one] { $n } секунду
    [few] { $n } секунды
    [many] { $n } секунд
   *[other] { $n } секунды
} и попробуйте снова.
admin-login-wait-minutes = Слишком много попыток входа. Пожалуйста, подождите { $count ->
    [one] { $n } минуту
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
} и попробуйте снова.

## Обзор
admin-dashboard-title = Петиции
admin-petitions-caption = Все петиции и подписи под ними
admin-no-petitions = Петиций пока нет.
admin-col-title = Название
admin-col-state = Состояние
admin-col-pending = Не подтверждены
admin-col-confirmed = Подтверждены
admin-col-withdrawn = Отозваны
admin-col-removed = Удалены
admin-col-people = Люди
admin-col-organizations = Организации
admin-col-orgs-short = Орг.
admin-col-members = Представлено членов
admin-col-goal = Цель
admin-col-erasure = Персональные данные
admin-erasure-kept = хранятся, пока открыта
admin-erasure-on = будут удалены { $date }
admin-erasure-done = удалены { $date }
admin-erasure-warning = Персональные данные подписавших «{ $title }» будут удалены { $date }. Экспортируйте до этого всё, что ещё нужно.
admin-col-total = Всего
admin-col-status = Статус
admin-no-goal = нет
admin-outbox-heading = Исходящая почта
admin-outbox-queued = Ждут отправки
admin-outbox-retrying = Отправляются повторно
admin-outbox-failed = Не доставлены окончательно
admin-outbox-healthy = Недоставленных писем нет.
admin-outbox-failed-note = { $count ->
    [one] { $n } письмо не доставлено после всех попыток: до получателя оно не дошло.
    [few] { $n } письма не доставлены после всех попыток: до получателей они не дошли.
    [many] { $n } писем не доставлено после всех попыток: до получателей они не дошли.
   *[other] { $n } письма не доставлено после всех попыток: до получателей они не дошли.
}
admin-outbox-failures-caption = Последние недоставленные письма
admin-col-when = Когда
admin-col-attempts = Попыток
admin-col-error = Последняя ошибка
admin-audit-heading = Журнал действий
admin-audit-caption = Последние действия организаторов
admin-audit-empty = Пока ничего не записано.
admin-col-time = Время
admin-col-who = Кто
admin-col-action = Действие
admin-col-petition = Петиция
admin-col-detail = Подробности
admin-col-count = Количество
admin-action-login = Вход
admin-action-logout = Выход
admin-action-petition-create = Создание петиции
admin-action-petition-edit = Правка петиции
admin-action-petition-state = Смена состояния
admin-action-signature-hide = Подпись скрыта
admin-action-signature-unhide = Подпись снова показана
admin-action-signature-remove = Подпись удалена
admin-action-signatures-remove-domain = Удалены подписи с одного домена
admin-action-export = Выгрузка подписей

## Петиция
admin-petition-actions = Что можно сделать с этой петицией
admin-link-edit = Изменить текст и настройки
admin-link-delivery = Документ для передачи (для печати)
admin-link-public = Публичная страница
admin-link-export-delivery = Выгрузить для передачи (CSV)
admin-link-package = Пакет для передачи (ZIP: CSV, документ, контрольные суммы)
admin-link-export-full = Выгрузить всё (CSV)
admin-figures-heading = Подписи
admin-figures-caption = Подписи по статусам
admin-members-confirmed = Представлено членов подтверждёнными организациями
admin-delivered-on = Подписи переданы { $date }.
admin-charts-heading = Когда и откуда подписывали
admin-charts-note = Показаны только подтверждённые подписи.
admin-state-heading = Состояние
admin-state-label = Состояние петиции
admin-state-hint = Открыта: можно подписывать. Закрыта: страница остаётся, но подписать нельзя. Передана: закрыта, и на странице сказано, что подписи переданы, с примечанием ниже. Черновик: не опубликована.
admin-state-note = Примечание о передаче
admin-state-note-hint = Показывается на публичной странице, когда петиция в состоянии «Передана»: например, где и кому переданы подписи.
admin-state-submit = Изменить состояние
admin-search-heading = Поиск подписей
admin-search-label = Имя, адрес электронной почты, организация или страна
admin-search-submit = Найти
admin-search-none = По запросу «{ $query }» подписей не найдено.
admin-search-caption = { $count ->
    [one] По запросу «{ $query }» найдена { $n } подпись
    [few] По запросу «{ $query }» найдены { $n } подписи
    [many] По запросу «{ $query }» найдено { $n } подписей
   *[other] По запросу «{ $query }» найдено { $n } подписи
}
admin-col-kind = Вид
admin-col-name = Имя
admin-col-organization = Организация
admin-col-email = Электронная почта
admin-col-country = Страна
admin-col-city = Город
admin-col-public = Публично
admin-col-hidden = Скрыта
admin-col-signed = Дата подписи
admin-col-comment = Слова солидарности
admin-col-actions = Действия
admin-hide = Скрыть
admin-unhide = Показать снова
admin-remove = Удалить
admin-row-of = подпись: { $name }
admin-hidden-hint = Скрытые подписи учитываются, но не показываются в публичном списке.
admin-remove-hint = Удалённая подпись больше не учитывается, не показывается в списках и не выгружается.
admin-domain-heading = Удалить все подписи с одного почтового домена
admin-domain-intro = На случай наплыва поддельных подписей с одного домена. Вы увидите, сколько подписей это затронет, и подтвердите удаление, прежде чем что-либо будет удалено.
admin-domain-label = Домен адресов электронной почты
admin-domain-hint = Только часть после @, например spam.example
admin-domain-submit = Проверить, что будет удалено
admin-exports-heading = Выгрузки
admin-exports-caption = Выгруженные списки подписей
admin-exports-none = Пока ничего не выгружалось.
admin-col-format = Формат
admin-col-rows = Строк
admin-col-sha = SHA-256
admin-col-destination = Назначение
admin-format-delivery = Для передачи
admin-format-full = Полная
admin-versions-heading = Версии текста
admin-versions-caption = Все версии, которые можно было подписать
admin-versions-none = У текста пока нет ни одной версии.
admin-col-version = Версия
admin-col-date = Дата
admin-col-signatures = Подписи
admin-version-current = текущая

## Правка
admin-new-title = Новая петиция
admin-edit-title = Правка: { $title }
admin-edit-back = Вернуться к петиции
admin-edit-fix = Пожалуйста, исправьте отмеченные поля. Пока ничего не сохранено.
admin-edit-see-preview = Предпросмотр — под формой.
admin-field-slug = Веб-адрес
admin-field-slug-hint = От 1 до 80 строчных латинских букв, цифр и одиночных дефисов, например krivoy-rog-2026. Страница будет доступна по адресу /petitions/ с этим окончанием. Изменить его потом будет нельзя.
admin-field-slug-fixed = Веб-адрес изменить нельзя.
admin-field-title = Название
admin-field-summary = Краткое описание
admin-field-summary-hint = Одно-два предложения; показываются в списке петиций и в превью ссылок.
admin-field-addressees = Адресаты
admin-field-addressees-hint = По одному на строку.
admin-field-author = Автор
admin-field-author-hint = Кто публикует заявление, например профсоюз или комитет.
admin-field-language = Язык текста
admin-field-language-hint = Код языка, например en, es, ru или uk.
admin-field-visibility = Кто может видеть имена подписавших
admin-field-visibility-hint = Уровни, из которых подписывающий может выбрать. Для письма правительству, которое бросает подписавших в тюрьму, оставьте только «Никто».
admin-field-default-visibility = Выбрано в форме по умолчанию
admin-field-accepts = Кто может подписать
admin-field-accepts-individuals = Люди
admin-field-accepts-organizations = Организации
admin-field-goal = Цель
admin-field-goal-hint = Сколько подписей нужно собрать. Оставьте пустым, если цели нет.
admin-field-closes-on = Дата закрытия
admin-field-closes-on-hint = После этого дня подписать будет нельзя. Оставьте пустым, чтобы закрыть сбор подписей вручную.
admin-field-body = Текст заявления
admin-field-body-hint = Markdown: пустая строка между абзацами, # перед заголовком, **жирный**, *курсив*, - перед каждым пунктом списка.
admin-new-version-warning = Этот текст уже подписывали. При сохранении будет создана его новая версия; уже поставленные подписи останутся за той версией, которую подписали.
admin-preview = Предпросмотр
admin-save = Сохранить
admin-preview-heading = Предпросмотр
admin-err-slug = Пожалуйста, используйте от 1 до 80 строчных латинских букв, цифр и одиночных дефисов.
admin-err-slug-taken = Этот адрес уже занят другой петицией.
admin-err-language = Пожалуйста, введите код языка, например en или uk.
admin-err-goal = Пожалуйста, введите целое число или оставьте поле пустым.
admin-err-date = Пожалуйста, введите дату или оставьте поле пустым.
admin-err-accepts = Пожалуйста, разрешите подписывать людям, организациям или и тем и другим.
admin-err-addressees = Пожалуйста, укажите хотя бы одного адресата, по одному на строку.

## Удаление подписей с одного домена
admin-bulk-title = Удалить подписи с домена { $domain }?
admin-bulk-text = { $count ->
    [one] Под петицией «{ $title }» { $n } подпись с адресом на домене { $domain }.
    [few] Под петицией «{ $title }» { $n } подписи с адресами на домене { $domain }.
    [many] Под петицией «{ $title }» { $n } подписей с адресами на домене { $domain }.
   *[other] Под петицией «{ $title }» { $n } подписи с адресами на домене { $domain }.
} Если вы подтвердите, удаление будет выполнено: удалённые подписи больше не учитываются, не показываются в списках и не выгружаются.
admin-bulk-nothing = Среди неудалённых подписей под петицией «{ $title }» нет ни одной с адресом на домене { $domain }. Удалять нечего.
admin-bulk-sample-caption = { $count ->
    [one] Показано подписей: { $shown } из { $n }
    [few] Показано подписей: { $shown } из { $n }
    [many] Показано подписей: { $shown } из { $n }
   *[other] Показано подписей: { $shown } из { $n }
}
admin-bulk-confirm = { $count ->
    [one] Удалить { $n } подпись
    [few] Удалить эти { $n } подписи
    [many] Удалить эти { $n } подписей
   *[other] Удалить эти { $n } подписи
}
admin-bulk-cancel = Отмена, оставить подписи

## Документ для передачи
admin-delivery-doc-title = { $title } — подписи
admin-delivery-print-hint = Этот документ предназначен для печати: по экземпляру для каждого адресата, каждый с новой страницы. Воспользуйтесь командой «Печать» в браузере; чтобы сохранить файл, выберите в качестве принтера «Сохранить как PDF».
admin-delivery-to = Кому: { $addressee }
admin-delivery-from = От кого: { $author }
admin-delivery-date = Дата: { $date }
admin-delivery-totals = Подписи
admin-delivery-total = Всего подписей
admin-delivery-individuals = Частные лица
admin-delivery-organizations = Организации
admin-delivery-members = Число членов, представленных организациями
admin-delivery-countries = Страны
admin-delivery-versions = Подписанный текст
admin-delivery-versions-intro = Каждая подпись поставлена под той версией текста, которая была показана в момент подписания. Отпечаток SHA-256 однозначно определяет каждую версию.
admin-delivery-versions-caption = Версии текста
admin-delivery-org-heading = Организации
admin-delivery-ind-heading = Частные лица
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] { $n } член
    [few] { $n } члена
    [many] { $n } членов
   *[other] { $n } члена
}
admin-delivery-unnamed = { $count ->
    [one] и ещё { $n } человек, подписавшийся без указания имени
    [few] и ещё { $n } человека, подписавшихся без указания имени
    [many] и ещё { $n } человек, подписавшихся без указания имени
   *[other] и ещё { $n } человека, подписавшихся без указания имени
}
admin-delivery-signed-version = подписана версия { $version }
admin-delivery-none = Нет ни одной подтверждённой подписи.

## Графики
chart-empty = Подписей пока нет.
chart-numbers = Показать цифры
chart-signatures = Подписи
chart-per-day-title = Подписи по дням
chart-per-week-title = Подписи по неделям
chart-per-period-title = Подписи по { $days }-дневным периодам
chart-col-day = День
chart-col-week = Неделя с
chart-col-period = Период с
chart-per-day-summary = Подписи по дням за { $count ->
    [one] { $n } день
    [few] { $n } дня
    [many] { $n } дней
   *[other] { $n } дня
}; больше всего ({ $max }) — { $date }.
chart-per-week-summary = Подписи по неделям за { $count ->
    [one] { $n } неделю
    [few] { $n } недели
    [many] { $n } недель
   *[other] { $n } недели
}; больше всего ({ $max }) — за неделю с { $date }.
chart-per-period-summary = Подписи по { $days }-дневным периодам за { $count ->
    [one] { $n } период
    [few] { $n } периода
    [many] { $n } периодов
   *[other] { $n } периода
}; больше всего ({ $max }) — за период с { $date }.
chart-by-country-title = Подписи по странам
chart-col-country = Страна
chart-by-country-summary = Подписи по странам: { $count ->
    [one] { $n } страна
    [few] { $n } страны
    [many] { $n } стран
   *[other] { $n } страны
}; больше всего — { $top } ({ $max }).
chart-other-countries = Другие страны

# Language versions of the declaration
admin-languages-heading = Языковые версии
admin-languages-caption = Заявление на каждом языке, сколько подтверждённых подписантов его прочитали, и документ для передачи
admin-col-language = Язык
admin-col-readers = Подтверждённые подписанты, прочитавшие эту версию
admin-language-original = оригинал
admin-language-outdated = устарел: оригинал с тех пор изменился; импортируйте этот перевод заново

# A signer's own request: look up, give, erase.
admin-nav-people = Запрос подписавшего
admin-people-title = Запрос подписавшего
admin-people-intro = Найдите адрес электронной почты, чтобы показать человеку, что о нём хранится, передать ему это или удалить. Его ссылка для отзыва подписи продолжает работать.
admin-people-email = Адрес электронной почты
admin-people-search = Найти
admin-people-none = Для этого адреса подписи не хранятся.
admin-people-caption = Подписи, хранящиеся для { $email }
admin-people-export = Скачать в формате JSON
admin-people-erase = Удалить эти подписи
admin-people-erase-warning = Удаление стирает имя, адрес и все данные этих подписей; они перестают учитываться. Это нельзя отменить.
admin-col-visibility = Видно
admin-notice-saved = Петиция сохранена.
admin-notice-state-changed = Состояние петиции изменено.
admin-notice-hidden = Подпись скрыта из публичного списка; она по-прежнему учитывается.
admin-notice-unhidden = Подпись снова показывается в публичном списке.
admin-notice-removed = Подпись удалена; она больше не учитывается.
admin-notice-removed-domain = Подписи с этого домена удалены.
admin-notice-erased = Подписи удалены.
admin-action-person-export = Передал человеку его данные
admin-action-person-erase = Удалил подписи человека
admin-action-petition-purge = Удалил персональные данные по истечении срока хранения
admin-link-updates = Новости для подписантов
admin-state-notify = При переводе в состояние «Передана» отправить письмо подписантам, которые просили присылать новости (с примечанием выше)
admin-updates-title = Новости для подписантов: { $title }
admin-updates-intro = Письмо с новостями уходит каждому подтверждённому подписанту, который отметил «Сообщать мне по электронной почте о судьбе этой петиции»: на языке, на котором он подписывал, если вы добавили перевод на этот язык, а иначе на языке петиции. Каждый подписант получает каждое письмо только один раз; те, кто отозвал подпись или отписался, не получают ничего. В каждом письме есть ссылка, чтобы отписаться.
admin-updates-audience = { $count ->
    [one] Если отправить письмо сейчас, его получит { $n } подписант
    [few] Если отправить письмо сейчас, его получат { $n } подписанта
    [many] Если отправить письмо сейчас, его получат { $n } подписантов
   *[other] Если отправить письмо сейчас, его получат { $n } подписанта
}
admin-updates-refused = { $count ->
    [one] Почтовый сервер { $n } подписанта окончательно отказался принимать письма: на этот адрес больше ничего не отправляется.
    [few] Почтовые серверы { $n } подписантов окончательно отказались принимать письма: на эти адреса больше ничего не отправляется.
    [many] Почтовые серверы { $n } подписантов окончательно отказались принимать письма: на эти адреса больше ничего не отправляется.
   *[other] Почтовые серверы { $n } подписанта окончательно отказались принимать письма: на эти адреса больше ничего не отправляется.
}
admin-updates-sent-heading = Отправленные письма
admin-updates-none = Писем пока не было.
admin-updates-col-subject = Тема
admin-updates-col-when = Написано
admin-updates-col-recipients = Получателей
admin-updates-col-queued = Ждут отправки
admin-updates-col-sent = Отправлено
admin-updates-col-failed = Не доставлено
admin-updates-col-refused = Отклонено
admin-updates-col-cancelled = Не отправлено (отписались или отозвали подпись)
admin-updates-delivered-subject = Петиция передана: { $title }
admin-updates-compose-heading = Новое письмо
admin-updates-preview-heading = Предпросмотр
admin-updates-preview-footer = Под текстом каждого письма сказано, почему подписант его получает, и есть ссылки: на петицию, для отзыва подписи и для отказа от новостей.
admin-updates-written-in = Пишите на языке петиции: { $language }.
admin-updates-subject = Тема
admin-updates-body = Текст
admin-updates-body-hint = Markdown: пустая строка между абзацами, *курсив*, **жирный**, [ссылка](https://example.org).
admin-updates-translations = Переводы
admin-updates-translations-hint = Необязательно. Те, кто подписывал на одном из этих языков, получат перевод; остальные — письмо выше.
admin-updates-preview = Предпросмотр
admin-updates-send = { $count ->
    [one] Отправить { $n } подписанту
    [few] Отправить { $n } подписантам
    [many] Отправить { $n } подписантам
   *[other] Отправить { $n } подписанта
}
admin-notice-update-queued = Письмо отправляется. В таблице ниже видно, сколько уже отправлено.
admin-action-update-send = Отправка письма подписантам
admin-action-update-delivered = Отправка письма о передаче петиции
admin-error-update-subject = Пожалуйста, укажите тему письма в одну строку, не больше 200 символов.
admin-error-update-body = Пожалуйста, напишите текст письма, не больше 20 000 символов.
admin-error-update-half = Пожалуйста, укажите для перевода и тему, и текст — или оставьте оба поля пустыми.

## Подписные листы и проверенные организации
admin-link-paper = Подписные листы
admin-back-to-petition = Вернуться к петиции
admin-paper-title = Подписные листы: { $title }
admin-paper-count = { $count ->
    [one] На бумаге собрана { $n } подпись; внесено листов: { $sheets }.
    [few] На бумаге собраны { $n } подписи; внесено листов: { $sheets }.
    [many] На бумаге собрано { $n } подписей; внесено листов: { $sheets }.
   *[other] На бумаге собрано { $n } подписи; внесено листов: { $sheets }.
}
admin-paper-print-heading = Печать листов
admin-paper-print-hint = Каждый лист получает свой номер, который записывается вместе с вашим именем, чтобы лист, внесённый позже, можно было проверить. Печатайте на A4; браузер может сохранить листы и в PDF.
admin-paper-print-count = Сколько листов
admin-paper-print-language = Язык листов
admin-paper-print-button = Подготовить листы
admin-paper-enter-heading = Внести лист
admin-paper-enter-number = Номер листа
admin-paper-enter-button = Открыть лист
admin-paper-duplicates-heading = Возможные повторы
admin-paper-duplicates-hint = У этих подписей одинаковые имя и город (без учёта регистра, пробелов и диакритических знаков). Они учитываются, пока вы не решите: удалите одну или отметьте, что это два разных человека.
admin-paper-duplicates-caption = Подписи с одинаковыми именем и городом, хотя бы одна — на бумаге
admin-paper-col-paper = На бумаге
admin-paper-col-other = Другая
admin-paper-not-duplicate = Два разных человека
admin-paper-remove-one = Удалить #{ $id }
admin-paper-on-sheet = бумага, лист { $sheet }
admin-paper-online = онлайн
admin-paper-sheets-heading = Листы
admin-paper-no-sheets = Листы ещё не печатались.
admin-paper-sheets-caption = Листы, напечатанные для этой петиции, сначала новые
admin-paper-col-number = Лист
admin-paper-col-printed = Напечатан
admin-paper-col-collected = Собран
admin-paper-col-entered = Внесён
admin-paper-scan = скан
admin-entry-title = Лист { $number }
admin-entry-back = Вернуться к подписным листам
admin-entry-printed = напечатан { $printed }
admin-entry-already = { $count ->
    [one] С этого листа уже внесена { $n } подпись; строки, введённые здесь, будут добавлены.
    [few] С этого листа уже внесены { $n } подписи; строки, введённые здесь, будут добавлены.
    [many] С этого листа уже внесено { $n } подписей; строки, введённые здесь, будут добавлены.
   *[other] С этого листа уже внесено { $n } подписи; строки, введённые здесь, будут добавлены.
}
admin-entry-problems = Ничего не внесено. Пожалуйста, исправьте:
admin-entry-row-problem = Строка { $row }: { $problem }
admin-entry-sheet-legend = Лист
admin-entry-collected-by = Кто собирал
admin-entry-place = Где
admin-entry-collected-at = Дата сбора
admin-entry-country = Страна подписавших
admin-entry-country-hint = Указывается один раз для всего листа.
admin-entry-scan = Скан листа
admin-entry-scan-hint = PDF, JPEG или PNG, не больше 10 МБ. Хранится вместе с его SHA-256 и никогда не показывается публично.
admin-entry-rows-caption = Подписи на листе
admin-entry-col-kind = Подписывает как
admin-entry-col-name = Имя
admin-entry-col-city = Город
admin-entry-col-occupation = Профессия или организация
admin-entry-col-visibility = Кому видно имя
admin-entry-cell = Строка { $row }, { $column }
admin-entry-rows-hint = Пустые строки пропускаются. Для организации впишите её название в графу «Профессия или организация», а имя подписавшего — в графу «Имя».
admin-entry-submit = Внести подписи
admin-entry-no-rows = Впишите хотя бы одну подпись.
admin-err-scan-type = Скан должен быть файлом PDF, JPEG или PNG, и имя файла не должно указывать на другой формат.
admin-notice-paper-entered = Подписи с листа внесены и учтены.
admin-notice-not-duplicate = Отмечено, что это два разных человека.
admin-notice-verified = Организация отмечена как проверенная.
admin-notice-unverified = Отметка о проверке организации снята.
admin-action-sheets-print = Печать листов
admin-action-paper-enter = Внесение подписей с бумаги
admin-action-paper-not-duplicate = Отмечено: не повтор
admin-action-signature-verify = Организация проверена
admin-action-signature-unverify = Снята отметка о проверке организации
admin-verified = Проверено: { $note }
admin-verify-note = Как проводилась проверка
admin-verify-button = Отметить как проверенную
admin-unverify-button = Снять отметку о проверке
admin-delivery-paper = Подписи на бумаге
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, на { $sheets } листе
    [few] { $n }, на { $sheets } листах
    [many] { $n }, на { $sheets } листах
   *[other] { $n }, на { $sheets } листа
}
admin-delivery-verified-heading = Организации, проверенные организаторами
admin-delivery-verified-intro = Организаторы напрямую проверили каждую из этих организаций: звонком в её офис, письмом на её фирменном бланке или через знакомую им членскую организацию.
admin-delivery-unverified-heading = Другие организации
admin-delivery-unverified = { $count ->
    [one] Организаторы не проверили { $n } организацию.
    [few] Организаторы не проверили { $n } организации.
    [many] Организаторы не проверили { $n } организаций.
   *[other] Организаторы не проверили { $n } организации.
}
