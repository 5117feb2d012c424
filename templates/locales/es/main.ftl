## undersign — catálogo en español. Aquí está cada texto que lee una persona.

site-name = undersign
site-tagline = Cartas de solidaridad y peticiones de organizaciones de trabajadores
skip-to-content = Saltar al contenido
language-label = Idioma
footer-privacy = Usamos tu dirección de correo solo para confirmar tu firma y, si nos lo pides, para escribirte sobre esta petición. Tu dirección nunca se muestra ni se entrega a nadie.
digit-group-separator = .
optional = (opcional)
back-to-petition = Volver a la petición
back-to-index = Todas las peticiones

## Portada
index-heading = Firma en solidaridad
index-intro = Declaraciones de protesta y de solidaridad de mineros y organizaciones de trabajadores. Firma a título personal o en nombre de tu sindicato, comité u organización; nosotros entregamos la lista de firmas confirmadas a los destinatarios.
index-none-open = En este momento no hay ninguna petición abierta a firmas.
index-open = Abiertas a firmas
index-ended = Cerradas y entregadas

## Petición
addressed-to = Dirigida a:
state-draft = Borrador — no es pública
state-closed = Cerrada — ya no recibe firmas
state-delivered = Entregada a los destinatarios
signatures-label = { $count ->
    [one] firma
   *[other] firmas
}
progress-label = Avance hacia la meta
goal-of = Meta: { $goal }
counts-individuals = Personas
counts-organizations = Organizaciones
counts-members = Afiliados representados
declaration-by = Publicada por { $author }
declaration-excerpt = Este es un extracto de la declaración publicada.
tally-heading = Firmas hasta ahora
delivered-on = Entregada el { $date }.
closes-on = Se puede firmar hasta el { $date }.
petition-not-open = Esta petición no está recibiendo firmas.
sign-heading = Firma esta declaración
sign-intro = Te enviaremos por correo un enlace para confirmar tu firma. Solo se cuentan y se entregan las firmas confirmadas.
sign-as-individual = Firmar a título personal
sign-as-organization = Firmar en nombre de una organización
recent-heading = Últimos firmantes
recent-all = Ver todos los firmantes públicos
share-heading = Compartir
share-intro = Copia este enlace y envíalo a tus compañeros:
share-email = Enviar por correo
members-count = { $count ->
    [one] (1 afiliado)
   *[other] ({ $count } afiliados)
}

## Formulario de firma
field-name = Nombre completo
field-contact-name = Persona de contacto (nombre completo)
field-organization = Nombre de la organización
field-role = Cargo de la persona de contacto
field-email = Correo electrónico
field-country = País
field-country-choose = Elige tu país
field-city = Ciudad o localidad
field-occupation = Ocupación o lugar de trabajo
field-members = Número de afiliados que representa la organización
field-comment = Un mensaje de solidaridad
field-visibility = ¿Quién puede ver tu nombre?
visibility-public = Todo el mundo
visibility-public-hint = Aparece en la lista pública de este sitio y se entrega a los destinatarios junto con la carta.
visibility-addressees = Solo los destinatarios
visibility-addressees-hint = Se entrega a los destinatarios junto con la carta, pero no aparece en este sitio.
visibility-anonymous = Nadie
visibility-anonymous-hint = Se cuenta, pero no se muestra a nadie: a los destinatarios solo se les dice cuántas personas firmaron sin su nombre.
visibility-only = Esta petición solo acepta firmas así:
field-updates = Quiero recibir correos sobre esta petición (por ejemplo, cuando se entregue)
field-website = Deja este campo vacío
form-privacy = Tu dirección de correo nunca se muestra en el sitio ni se entrega a los destinatarios.
submit-individual = Firmar
submit-organization = Firmar en nombre de la organización

notice-fix-fields = Corrige los campos marcados. Todavía no se ha enviado nada.
notice-field-error = { $label }: { $error }
notice-try-again = Hubo un problema con el formulario. Revisa tus datos y vuelve a presionar el botón.
notice-expired = Este formulario estuvo abierto mucho tiempo. Tus datos siguen aquí: vuelve a presionar el botón.
notice-rate-limited = En este momento muchas personas están firmando desde tu red. Espera un momento y vuelve a presionar el botón; tus datos se conservan.

label-kind = Tipo de firma
label-name = Nombre
label-organization = Organización
label-role = Cargo
label-email = Correo electrónico
label-country = País
label-city = Ciudad o localidad
label-occupation = Ocupación
label-members = Afiliados
label-comment = Mensaje
label-visibility = Quién puede ver tu nombre
label-updates = Novedades por correo

err-required = Completa este campo.
err-too-long-120 = Usa 120 caracteres como máximo.
err-too-long-200 = Usa 200 caracteres como máximo.
err-too-long-254 = Usa 254 caracteres como máximo.
err-too-long-1000 = Usa 1000 caracteres como máximo.
err-control-chars = El texto contiene caracteres que no se pueden usar aquí (saltos de línea, tabulaciones o caracteres de control invisibles).
err-invisible-chars = El texto contiene caracteres invisibles que cambian la forma en que se muestra. Escríbelo de nuevo.
err-no-letters = Aquí hace falta al menos una letra o una cifra.
err-address = Aquí no se puede poner una dirección web ni una dirección de correo electrónico.
err-invalid-visibility = Elige entre las opciones ofrecidas quién puede ver tu nombre.
err-invalid-email = Escribe una dirección de correo como name@example.org.
err-invalid-country = Elige un país de la lista.
err-invalid-number = Escribe un número entero, por ejemplo 250.
err-out-of-range = Escribe un número entre 0 y 100.000.000.
err-invalid-kind = Indica si firmas a título personal o en nombre de una organización.
err-kind-not-accepted = Esta petición no admite este tipo de firma.

## Después de firmar
thanks-heading = Revisa tu correo
thanks-text = Te enviamos un correo sobre "{ $title }". Ábrelo y presiona el botón que aparece en él para confirmar tu firma. Solo cuenta una vez confirmada.
thanks-spam = ¿No te llegó el correo en unos minutos? Busca en la carpeta de spam o de promociones. El enlace funciona durante una semana.

## Firmantes
signatories-heading = Firmantes
signatories-public-count = { $count ->
    [one] Un firmante pidió figurar en la lista pública.
   *[other] { $count } firmantes pidieron figurar en la lista pública.
}
signatories-none = Todavía nadie figura en la lista pública.
pager-label = Páginas
pager-previous = Anterior
pager-next = Siguiente
pager-position = Página { $page } de { $pages }

## Enlaces de los correos
confirm-heading = Confirma tu firma
confirm-text = Presiona el botón para confirmar tu firma en "{ $title }".
confirm-button = Confirmar mi firma
withdraw-heading = Retira tu firma
withdraw-text = Presiona el botón para retirar tu firma de "{ $title }". Se borrarán tu nombre y tus datos.
withdraw-button = Retirar mi firma
confirmed-heading = Gracias — tu firma ya cuenta
confirmed-text = Tu firma en "{ $title }" está confirmada. Comparte la petición con tus compañeros.
withdrawn-heading = Tu firma fue retirada
withdrawn-text = Tu firma en "{ $title }" fue retirada y tus datos fueron borrados.
inactive-heading = Esta firma ya no está activa
inactive-text = Esta firma en "{ $title }" fue retirada o eliminada. Puedes volver a firmar desde la página de la petición.
expired-heading = Este enlace expiró
expired-text = El enlace para "{ $title }" ya no es válido. Vuelve a firmar: solo toma un minuto y te enviaremos un enlace nuevo.
closed-heading = Esta petición está cerrada
closed-text = "{ $title }" ya no recibe firmas. Gracias por tu apoyo.

## Errores
error-not-found-heading = Página no encontrada
error-not-found-text = No hay nada en esta dirección. Puede que el enlace esté mal escrito o desactualizado.
error-bad-request-heading = No se pudo leer la solicitud
error-bad-request-text = Tu navegador envió algo que no pudimos leer. Vuelve atrás e inténtalo de nuevo.
error-forbidden-heading = Este formulario expiró
error-forbidden-text = Por tu seguridad, el formulario fue rechazado: llegó sin el código de seguridad de tu sesión o desde otro sitio. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-too-large-heading = Demasiado texto
error-too-large-text = El formulario enviado era demasiado grande. Acorta tu mensaje e inténtalo de nuevo.
error-unsupported-type-heading = No se pudo leer la solicitud
error-unsupported-type-text = Usa el formulario de la página de la petición.
error-rate-limited-heading = Espera un momento
error-rate-limited-text = En este momento llegan muchas solicitudes desde tu red. Inténtalo de nuevo en un minuto.
error-unavailable-heading = No disponible por el momento
error-unavailable-text = El servicio no puede responder en este momento. Inténtalo de nuevo en unos minutos.
error-internal-heading = Algo falló de nuestro lado
error-internal-text = No es por nada que hayas hecho. Inténtalo de nuevo en unos minutos.

## Correos
email-confirm-subject = Confirma tu firma: { $title }
email-confirm-intro = Gracias por firmar "{ $title }".
email-signed-as = La firma, tal como se escribió en el formulario:
email-confirm-action = Para confirmar tu firma, abre este enlace y presiona el botón:
email-confirm-button = Confirmar mi firma
email-valid-for = El enlace funciona durante { $hours } horas.
email-withdraw-line = Si cambias de opinión, puedes retirar tu firma aquí:
email-confirm-ignore = Si no firmaste, ignora este correo: no se contará nada y tu dirección se borrará.
email-already-subject = Ya firmaste: { $title }
email-already-intro = Alguien (probablemente tú) envió con esta dirección una firma para "{ $title }". Tu firma ya estaba confirmada y cuenta: no hace falta hacer nada más.
email-already-ignore = No necesitas hacer nada. No enviaremos este mensaje más de unas pocas veces al día.

# A declaration in several languages
declaration-versions = Leer esta declaración en:
declaration-translated = Esta es una traducción. Idioma original: { $language }.
declaration-untranslated = Esta declaración aún no está traducida a este idioma. Idioma original: { $language }.
email-update-why = Recibes este correo porque firmaste "{ $title }" y pediste recibir novedades sobre esta petición:
email-unsubscribe-line = Para no recibir más novedades sobre esta petición (tu firma sigue contando):
email-delivered-subject = Entregada: { $title }
email-delivered-intro = La petición "{ $title }" fue entregada a sus destinatarios el { $date }. Gracias por firmarla.
email-delivered-note = Los organizadores escribieron:
unsubscribe-title = Dejar de recibir novedades sobre esta petición
unsubscribe-lead = Presiona el botón para no recibir más novedades sobre "{ $title }". Tu firma sigue contando.
unsubscribe-button = No recibir más novedades
unsubscribe-done-title = Ya no recibirás novedades
unsubscribe-done = Ya no recibirás novedades sobre "{ $title }". Tu firma sigue contando; si quieres retirarla, usa el enlace de cualquiera de los correos que te enviamos.

## Hojas de firmas impresas
sheet-doc-title = Hojas de firmas: { $title }
sheet-print-hint = Imprime en A4, una hoja por página (o guárdalas como PDF). Cada hoja tiene su propio número.
sheet-number = Hoja n.º { $number }
sheet-text-version = Versión del texto { $sha }
sheet-to = Para: { $addressees }
sheet-from = De: { $author }
sheet-names-not-delivered = Tu nombre no se publicará ni se entregará a los destinatarios: solo se les entrega el número de firmas.
sheet-names-delivered-publish-tick = Tu nombre se entregará a los destinatarios. No se publicará en internet, salvo que marques la casilla.
sheet-names-delivered-not-published = Tu nombre se entregará a los destinatarios. No se publicará en internet.
sheet-collected-by = Firmas recogidas por:
sheet-place-date = Lugar y fecha:
sheet-col-name = Nombre
sheet-col-city = Ciudad
sheet-col-occupation = Ocupación u organización
sheet-col-publish = Publicar mi nombre
sheet-col-signature = Firma
sheet-footer = Hoja { $number }, impresa el { $at }. Lee el texto completo, o firma por internet, en la dirección de arriba.
err-invalid-date = Escribe una fecha como 2026-12-01.
err-date-future = Esta fecha está en el futuro.
signatory-verified = ✓ verificada por los organizadores
signatories-past-end = Esa página no existe: la lista tiene { $pages ->
    [one] una página
   *[other] { $pages } páginas
}.
signatories-deep = A las páginas posteriores a la página { $max } se llega con "Siguiente", de una en una.
signatories-first-page = Ir a la primera página.
