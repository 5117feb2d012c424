## undersign — catálogo en español para las páginas de los organizadores, los gráficos y el documento de entrega.
## Las cantidades llegan como dos placeables: $count (un número, para elegir la forma del plural) y $n (el
## mismo número con las cifras agrupadas, para mostrarlo).

## Estructura
admin-area = Organizadores
admin-title-suffix = Organizadores
admin-nav-label = Menú de organizadores
admin-nav-dashboard = Peticiones
admin-nav-new = Nueva petición
admin-signed-in-as = Sesión iniciada como { $email }
admin-logout = Cerrar sesión
admin-yes = Sí
admin-no = No

## Estados, tipos y situaciones
admin-state-draft = Borrador
admin-state-open = Abierta
admin-state-closed = Cerrada
admin-state-delivered = Entregada
admin-kind-individual = Persona
admin-kind-organization = Organización
admin-status-pending = Pendiente
admin-status-confirmed = Confirmada
admin-status-withdrawn = Retirada
admin-status-removed = Eliminada

## Inicio de sesión
admin-login-title = Acceso para organizadores
admin-login-intro = Esta parte del sitio es para quienes organizan las peticiones.
admin-login-email = Correo electrónico
admin-login-password = Contraseña
admin-login-submit = Iniciar sesión
admin-login-failed = La dirección o la contraseña no son correctas.
admin-login-wait-seconds = Demasiados intentos de inicio de sesión. Espera { $count ->
    [one] un segundo
   *[other] { $n } segundos
} e inténtalo de nuevo.
admin-login-wait-minutes = Demasiados intentos de inicio de sesión. Espera { $count ->
    [one] un minuto
   *[other] { $n } minutos
} e inténtalo de nuevo.

## Panel
admin-dashboard-title = Peticiones
admin-petitions-caption = Todas las peticiones y sus firmas
admin-no-petitions = Todavía no hay peticiones.
admin-col-title = Título
admin-col-state = Estado
admin-col-pending = Pendientes
admin-col-confirmed = Confirmadas
admin-col-withdrawn = Retiradas
admin-col-removed = Eliminadas
admin-col-people = Personas
admin-col-organizations = Organizaciones
admin-col-orgs-short = Org.
admin-col-members = Afiliados representados
admin-col-goal = Meta
admin-col-erasure = Datos personales
admin-erasure-kept = se conservan mientras esté abierta
admin-erasure-on = se borran el { $date }
admin-erasure-done = borrados el { $date }
admin-erasure-warning = Los datos personales de quienes firmaron «{ $title }» se borrarán el { $date }. Exporta antes lo que aún necesites.
admin-col-total = Total
admin-col-status = Estado
admin-no-goal = ninguna
admin-outbox-heading = Correo saliente
admin-outbox-queued = En espera de envío
admin-outbox-retrying = En reintento
admin-outbox-failed = Fallidos definitivamente
admin-outbox-healthy = Ningún mensaje ha fallado.
admin-outbox-failed-note = { $count ->
    [one] Un mensaje no se pudo entregar después de todos los intentos: su destinatario no lo recibió.
   *[other] { $n } mensajes no se pudieron entregar después de todos los intentos: sus destinatarios no los recibieron.
}
admin-outbox-failures-caption = Los últimos mensajes fallidos
admin-col-when = Cuándo
admin-col-attempts = Intentos
admin-col-error = Último error
admin-audit-heading = Registro de actividad
admin-audit-caption = Las últimas acciones de los organizadores
admin-audit-empty = Todavía no se ha registrado nada.
admin-col-time = Fecha y hora
admin-col-who = Quién
admin-col-action = Acción
admin-col-petition = Petición
admin-col-detail = Detalle
admin-col-count = Cantidad
admin-action-login = Inició sesión
admin-action-logout = Cerró sesión
admin-action-petition-create = Creó una petición
admin-action-petition-edit = Editó una petición
admin-action-petition-state = Cambió el estado
admin-action-signature-hide = Ocultó una firma
admin-action-signature-unhide = Volvió a mostrar una firma
admin-action-signature-remove = Eliminó una firma
admin-action-signatures-remove-domain = Eliminó las firmas de un dominio
admin-action-export = Exportó firmas

## Petición
admin-petition-actions = Qué puedes hacer con esta petición
admin-link-edit = Editar el texto y la configuración
admin-link-delivery = Documento de entrega (para imprimir)
admin-link-public = Página pública
admin-link-export-delivery = Exportar para la entrega (CSV)
admin-link-package = Paquete de entrega (ZIP: CSV, documento, sumas de verificación)
admin-link-export-full = Exportar todo (CSV)
admin-figures-heading = Firmas
admin-figures-caption = Firmas por estado
admin-members-confirmed = Afiliados representados por las organizaciones confirmadas
admin-delivered-on = Entregada el { $date }.
admin-charts-heading = Cuándo y desde dónde se firmó
admin-charts-note = Solo se muestran las firmas confirmadas.
admin-state-heading = Estado
admin-state-label = Estado de la petición
admin-state-hint = Abierta: se puede firmar. Cerrada: la página sigue publicada, pero nadie puede firmar. Entregada: cerrada, y la página indica que las firmas fueron entregadas, con la nota de abajo. Borrador: no es pública.
admin-state-note = Nota de entrega
admin-state-note-hint = Se muestra en la página pública cuando el estado es Entregada; por ejemplo, dónde y a quién se entregaron las firmas.
admin-state-submit = Cambiar el estado
admin-search-heading = Buscar firmas
admin-search-label = Nombre, correo electrónico, organización o país
admin-search-submit = Buscar
admin-search-none = Ninguna firma coincide con “{ $query }”.
admin-search-caption = { $count ->
    [one] Una firma coincide con “{ $query }”
   *[other] { $n } firmas coinciden con “{ $query }”
}
admin-col-kind = Tipo
admin-col-name = Nombre
admin-col-organization = Organización
admin-col-email = Correo electrónico
admin-col-country = País
admin-col-city = Ciudad
admin-col-public = Pública
admin-col-hidden = Oculta
admin-col-signed = Fecha de firma
admin-col-comment = Mensaje
admin-col-actions = Acciones
admin-hide = Ocultar
admin-unhide = Volver a mostrar
admin-remove = Eliminar
admin-row-of = la firma de { $name }
admin-hidden-hint = Las firmas ocultas siguen contando, pero no aparecen en la lista pública.
admin-remove-hint = Eliminar una firma significa que deja de contarse, de aparecer en la lista y de exportarse.
admin-domain-heading = Eliminar todas las firmas de un dominio de correo
admin-domain-intro = Para una avalancha de firmas falsas desde un mismo dominio. Verás a cuántas firmas afecta y tendrás que confirmar antes de que se elimine nada.
admin-domain-label = Dominio de las direcciones de correo
admin-domain-hint = Solo la parte que va después de la @, por ejemplo spam.example
admin-domain-submit = Ver qué se eliminaría
admin-exports-heading = Exportaciones
admin-exports-caption = Listas de firmas exportadas
admin-exports-none = Todavía no se ha exportado nada.
admin-col-format = Formato
admin-col-rows = Filas
admin-col-sha = SHA-256
admin-col-destination = Destino
admin-format-delivery = Para la entrega
admin-format-full = Todo
admin-versions-heading = Versiones del texto
admin-versions-caption = Todas las versiones que se pudieron firmar
admin-versions-none = El texto todavía no tiene ninguna versión.
admin-col-version = Versión
admin-col-date = Fecha
admin-col-signatures = Firmas
admin-version-current = actual

## Edición
admin-new-title = Nueva petición
admin-edit-title = Editar: { $title }
admin-edit-back = Volver a la petición
admin-edit-fix = Corrige los campos marcados. Todavía no se ha guardado nada.
admin-edit-see-preview = Mira la vista previa debajo del formulario.
admin-field-slug = Dirección web
admin-field-slug-hint = De 1 a 80 letras minúsculas, dígitos y guiones (nunca dos seguidos), por ejemplo krivoy-rog-2026. La página estará en /petitions/ seguido de esa dirección. No se puede cambiar después.
admin-field-slug-fixed = La dirección web no se puede cambiar.
admin-field-title = Título
admin-field-summary = Resumen
admin-field-summary-hint = Una o dos frases; se muestran en la lista de peticiones y en las vistas previas de los enlaces.
admin-field-addressees = Destinatarios
admin-field-addressees-hint = Uno por línea.
admin-field-author = Autor
admin-field-author-hint = Quién publica la declaración, por ejemplo un sindicato o un comité.
admin-field-language = Idioma del texto
admin-field-language-hint = Un código de idioma, por ejemplo en, es, ru o uk.
admin-field-visibility = Quién puede ver los nombres de quienes firman
admin-field-visibility-hint = Los niveles entre los que se puede elegir. Para una carta a un gobierno que encarcela a quienes firman, ofrece solo «Nadie».
admin-field-default-visibility = Preseleccionado en el formulario
admin-field-accepts = Quién puede firmar
admin-field-accepts-individuals = Personas
admin-field-accepts-organizations = Organizaciones
admin-field-goal = Meta
admin-field-goal-hint = Un número de firmas que se quiere alcanzar. Déjalo vacío si no hay meta.
admin-field-closes-on = Se cierra el
admin-field-closes-on-hint = Después de este día nadie podrá firmar. Déjalo vacío para cerrarla a mano.
admin-field-body = Texto de la declaración
admin-field-body-hint = Markdown: una línea vacía entre párrafos, # antes de un título, **negrita**, *cursiva*, - antes de cada elemento de una lista.
admin-new-version-warning = Ya hay personas que firmaron este texto. Al guardar se crea una nueva versión; las firmas existentes conservan la versión que firmaron.
admin-preview = Vista previa
admin-save = Guardar
admin-preview-heading = Vista previa
admin-err-slug = Usa de 1 a 80 letras minúsculas, dígitos y guiones (nunca dos seguidos).
admin-err-slug-taken = Otra petición ya tiene esta dirección.
admin-err-language = Escribe un código de idioma, como en o uk.
admin-err-goal = Escribe un número entero o deja el campo vacío.
admin-err-date = Escribe una fecha o deja el campo vacío.
admin-err-accepts = Permite firmar a personas, a organizaciones o a ambas.
admin-err-addressees = Escribe al menos un destinatario, uno por línea.

## Eliminar las firmas de un dominio
admin-bulk-title = ¿Eliminar las firmas de { $domain }?
admin-bulk-text = { $count ->
    [one] Una firma en “{ $title }” tiene una dirección de correo de { $domain }. Si confirmas, se eliminará: dejará de contarse, de aparecer en la lista y de exportarse.
   *[other] { $n } firmas en “{ $title }” tienen una dirección de correo de { $domain }. Si confirmas, se eliminarán: dejarán de contarse, de aparecer en la lista y de exportarse.
}
admin-bulk-nothing = Ninguna firma en “{ $title }” que no esté ya eliminada tiene una dirección de correo de { $domain }. No hay nada que eliminar.
admin-bulk-sample-caption = { $count ->
    [one] La firma
   *[other] { $shown } de las { $n } firmas
}
admin-bulk-confirm = { $count ->
    [one] Eliminar esta firma
   *[other] Eliminar estas { $n } firmas
}
admin-bulk-cancel = Cancelar, no eliminar nada

## Documento de entrega
admin-delivery-doc-title = { $title } — firmas
admin-delivery-print-hint = Este documento está hecho para imprimirse: un ejemplar para cada destinatario, cada uno empezando en una página nueva. Usa la opción Imprimir de tu navegador; para guardar un archivo, elige "Guardar como PDF" como impresora.
admin-delivery-to = Para: { $addressee }
admin-delivery-from = De: { $author }
admin-delivery-date = Fecha: { $date }
admin-delivery-totals = Firmas
admin-delivery-total = Total de firmas
admin-delivery-individuals = Personas
admin-delivery-organizations = Organizaciones
admin-delivery-members = Afiliados representados por las organizaciones
admin-delivery-countries = Países
admin-delivery-versions = El texto firmado
admin-delivery-versions-intro = Cada firma respalda la versión del texto que se mostraba en el momento de firmar. La huella SHA-256 identifica cada versión con exactitud.
admin-delivery-versions-caption = Versiones del texto
admin-delivery-org-heading = Organizaciones
admin-delivery-ind-heading = Personas
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] 1 afiliado
   *[other] { $n } afiliados
}
admin-delivery-unnamed = { $count ->
    [one] y 1 persona más firmó sin su nombre
   *[other] y { $n } personas más firmaron sin su nombre
}
admin-delivery-signed-version = firmó la versión { $version }
admin-delivery-none = No se ha confirmado ninguna firma.

## Gráficos
chart-empty = Todavía no hay firmas.
chart-numbers = Mostrar las cifras
chart-signatures = Firmas
chart-per-day-title = Firmas por día
chart-per-week-title = Firmas por semana
chart-per-period-title = Firmas cada { $days } días
chart-col-day = Día
chart-col-week = Semana desde
chart-col-period = Desde
chart-per-day-summary = Firmas por día, { $count ->
    [one] un día
   *[other] { $n } días
}, máximo { $max } el { $date }.
chart-per-week-summary = Firmas por semana, { $count ->
    [one] una semana
   *[other] { $n } semanas
}, máximo { $max } en la semana desde el { $date }.
chart-per-period-summary = Firmas cada { $days } días, { $count ->
    [one] un período
   *[other] { $n } períodos
}, máximo { $max } en el período desde el { $date }.
chart-by-country-title = Firmas por país
chart-col-country = País
chart-by-country-summary = Firmas por país, { $count ->
    [one] un país
   *[other] { $n } países
}, con más firmas desde { $top } ({ $max }).
chart-other-countries = Otros países

# Language versions of the declaration
admin-languages-heading = Versiones por idioma
admin-languages-caption = La declaración en cada idioma, cuántas firmas confirmadas la leyeron y su documento de entrega
admin-col-language = Idioma
admin-col-readers = Firmantes confirmados que la leyeron
admin-language-original = original
admin-language-outdated = desactualizada: el original ha cambiado desde entonces; vuelve a importar esta traducción

# A signer's own request: look up, give, erase.
admin-nav-people = Solicitud de una persona
admin-people-title = Solicitud de una persona que firmó
admin-people-intro = Busca una dirección de correo para mostrar a una persona lo que se guarda sobre ella, entregárselo o borrarlo. Su enlace para retirar la firma sigue funcionando.
admin-people-email = Dirección de correo electrónico
admin-people-search = Buscar
admin-people-none = No se guarda ninguna firma con esta dirección.
admin-people-caption = Firmas guardadas de { $email }
admin-people-export = Descargar como JSON
admin-people-erase = Borrar estas firmas
admin-people-erase-warning = Al borrar se eliminan el nombre, la dirección y todos los datos de estas firmas; dejan de contar. No se puede deshacer.
admin-col-visibility = Visible para
admin-notice-saved = Se guardó la petición.
admin-notice-state-changed = Se cambió el estado de la petición.
admin-notice-hidden = La firma está oculta en la lista pública; sigue contando.
admin-notice-unhidden = La firma vuelve a aparecer en la lista pública.
admin-notice-removed = Se eliminó la firma; ya no cuenta.
admin-notice-removed-domain = Se eliminaron las firmas de ese dominio.
admin-notice-erased = Se borraron las firmas.
admin-action-person-export = Entregó a una persona sus datos
admin-action-person-erase = Borró las firmas de una persona
admin-action-petition-purge = Borró datos personales tras el plazo de conservación
admin-link-updates = Novedades para los firmantes
admin-state-notify = Al marcarla como entregada, enviar un correo a los firmantes que pidieron novedades (con la nota de arriba)
admin-updates-title = Novedades: { $title }
admin-updates-intro = Cada novedad se envía por correo a todos los firmantes confirmados que marcaron «Quiero recibir correos sobre esta petición»: en el idioma en que firmaron si das una traducción a ese idioma, y si no, en el idioma de la petición. Cada firmante recibe cada novedad una sola vez; quienes retiraron su firma o se dieron de baja no reciben ninguna. Cada novedad lleva un enlace para darse de baja.
admin-updates-audience = { $count ->
    [one] Una novedad enviada ahora llegaría a { $n } firmante
   *[other] Una novedad enviada ahora llegaría a { $n } firmantes
}
admin-updates-refused = { $count ->
    [one] El servidor de correo de { $n } firmante rechazó los correos de forma definitiva: ya no se envía nada a esa dirección.
   *[other] Los servidores de correo de { $n } firmantes rechazaron los correos de forma definitiva: ya no se envía nada a esas direcciones.
}
admin-updates-sent-heading = Novedades enviadas
admin-updates-none = Todavía no hay novedades.
admin-updates-col-subject = Asunto
admin-updates-col-when = Escrita
admin-updates-col-recipients = Destinatarios
admin-updates-col-queued = En espera
admin-updates-col-sent = Enviados
admin-updates-col-failed = Fallidos
admin-updates-col-refused = Rechazados
admin-updates-col-cancelled = No enviados (se dieron de baja o retiraron su firma)
admin-updates-delivered-subject = Entregada: { $title }
admin-updates-compose-heading = Escribir una novedad
admin-updates-preview-heading = Vista previa
admin-updates-preview-footer = Debajo, cada correo explica por qué el firmante lo recibe e incluye enlaces a la petición, para retirar la firma y para darse de baja.
admin-updates-written-in = Escríbela en el idioma de la petición: { $language }.
admin-updates-subject = Asunto
admin-updates-body = Mensaje
admin-updates-body-hint = Markdown: una línea vacía entre párrafos, *cursiva*, **negrita**, [un enlace](https://example.org).
admin-updates-translations = Traducciones
admin-updates-translations-hint = Opcional. Quienes firmaron en uno de estos idiomas reciben su traducción; los demás reciben el mensaje de arriba.
admin-updates-preview = Vista previa
admin-updates-send = { $count ->
    [one] Enviar a { $n } firmante
   *[other] Enviar a { $n } firmantes
}
admin-notice-update-queued = La novedad está en camino. La tabla de abajo muestra cómo va el envío.
admin-action-update-send = Envió una novedad
admin-action-update-delivered = Envió el aviso de «Entregada»
admin-error-update-subject = Ponle a la novedad un asunto de una sola línea, de 200 caracteres como máximo.
admin-error-update-body = Escribe el mensaje, de 20.000 caracteres como máximo.
admin-error-update-half = Pon en cada traducción un asunto y un mensaje, o deja los dos vacíos.

## Hojas de firmas en papel y organizaciones verificadas
admin-link-paper = Hojas de firmas
admin-back-to-petition = Volver a la petición
admin-paper-title = Hojas de firmas: { $title }
admin-paper-count = { $count ->
    [one] { $n } firma llegó en papel; hojas registradas: { $sheets }.
   *[other] { $n } firmas llegaron en papel; hojas registradas: { $sheets }.
}
admin-paper-print-heading = Imprimir hojas
admin-paper-print-hint = Cada hoja recibe un número propio, que queda anotado con tu nombre, para poder comprobar una hoja que se registre más tarde. Imprímelas en A4; el navegador puede guardarlas como PDF.
admin-paper-print-count = Cuántas hojas
admin-paper-print-language = Idioma de las hojas
admin-paper-print-button = Preparar las hojas
admin-paper-enter-heading = Registrar una hoja
admin-paper-enter-number = Número de hoja
admin-paper-enter-button = Abrir la hoja
admin-paper-duplicates-heading = Posibles firmas repetidas
admin-paper-duplicates-hint = Estas firmas tienen el mismo nombre y la misma ciudad (sin contar mayúsculas, espacios ni acentos). Se cuentan hasta que decidas: elimina una o indica que son dos personas distintas.
admin-paper-duplicates-caption = Firmas con el mismo nombre y ciudad, al menos una en papel
admin-paper-col-paper = En papel
admin-paper-col-other = La otra
admin-paper-not-duplicate = Son dos personas distintas
admin-paper-remove-one = Eliminar #{ $id }
admin-paper-on-sheet = en papel, hoja { $sheet }
admin-paper-online = en internet
admin-paper-sheets-heading = Hojas
admin-paper-no-sheets = Todavía no se ha impreso ninguna hoja.
admin-paper-sheets-caption = Hojas impresas para esta petición, primero las más recientes
admin-paper-col-number = Hoja
admin-paper-col-printed = Impresa
admin-paper-col-collected = Recogida
admin-paper-col-entered = Registrada
admin-paper-scan = escaneo
admin-entry-title = Hoja { $number }
admin-entry-back = Volver a las hojas de firmas
admin-entry-printed = impresa { $printed }
admin-entry-already = { $count ->
    [one] Ya hay { $n } firma registrada de esta hoja; las filas que escribas aquí se suman.
   *[other] Ya hay { $n } firmas registradas de esta hoja; las filas que escribas aquí se suman.
}
admin-entry-problems = No se registró nada. Corrige lo siguiente:
admin-entry-row-problem = Fila { $row }: { $problem }
admin-entry-sheet-legend = La hoja
admin-entry-collected-by = Recogida por
admin-entry-place = Dónde
admin-entry-collected-at = Recogida el
admin-entry-country = País de quienes firman
admin-entry-country-hint = Se indica una sola vez para toda la hoja.
admin-entry-scan = Escaneo de la hoja
admin-entry-scan-hint = PDF, JPEG o PNG, 10 MB como máximo. Se guarda con su SHA-256 y nunca se muestra públicamente.
admin-entry-rows-caption = Las firmas de la hoja
admin-entry-col-kind = Firma como
admin-entry-col-name = Nombre
admin-entry-col-city = Ciudad
admin-entry-col-occupation = Ocupación u organización
admin-entry-col-visibility = Nombre visible para
admin-entry-cell = Fila { $row }, { $column }
admin-entry-rows-hint = Las filas vacías no se tienen en cuenta. Para una organización, escribe su nombre en «Ocupación u organización» y el de la persona que firmó en «Nombre».
admin-entry-submit = Registrar las firmas
admin-entry-no-rows = Escribe al menos una firma.
admin-err-scan-type = El escaneo debe ser un archivo PDF, JPEG o PNG, y su nombre no debe indicar otro tipo.
admin-notice-paper-entered = Las firmas de la hoja se registraron y se contaron.
admin-notice-not-duplicate = Se marcaron como dos personas distintas.
admin-notice-verified = La organización está marcada como verificada.
admin-notice-unverified = La organización ya no está marcada como verificada.
admin-action-sheets-print = Imprimió hojas
admin-action-paper-enter = Registró firmas en papel
admin-action-paper-not-duplicate = Marcó que no es una firma repetida
admin-action-signature-verify = Verificó una organización
admin-action-signature-unverify = Quitó la verificación de una organización
admin-verified = Verificada: { $note }
admin-verify-note = Cómo se verificó
admin-verify-button = Marcar como verificada
admin-unverify-button = Quitar la verificación
admin-delivery-paper = Firmas en papel
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, en { $sheets } hoja
   *[other] { $n }, en { $sheets } hojas
}
admin-delivery-verified-heading = Organizaciones verificadas por los organizadores
admin-delivery-verified-intro = Los organizadores comprobaron directamente cada una de estas organizaciones: llamando a su sede, mediante una carta con su membrete o a través de una organización afiliada que conocen.
admin-delivery-unverified-heading = Otras organizaciones
admin-delivery-unverified = { $count ->
    [one] 1 organización no ha sido verificada por los organizadores.
   *[other] { $n } organizaciones no han sido verificadas por los organizadores.
}
