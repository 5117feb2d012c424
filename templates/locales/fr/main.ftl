## undersign — catalogue français. Tous les textes qu’une personne lit se trouvent ici.

site-name = undersign
site-tagline = Lettres de solidarité et pétitions des organisations de travailleurs
skip-to-content = Aller au contenu
language-label = Langue
footer-privacy = Nous utilisons votre adresse e-mail uniquement pour confirmer votre signature et, si vous le demandez, pour vous écrire au sujet de cette pétition. Votre adresse n’est jamais affichée ni transmise à qui que ce soit.
digit-group-separator = { " " }
optional = (facultatif)
back-to-petition = Retour à la pétition
back-to-index = Toutes les pétitions

## Accueil
index-heading = Signez par solidarité
index-intro = Déclarations de protestation et de solidarité des mineurs et des organisations de travailleurs. Signez à titre individuel ou au nom de votre syndicat, de votre comité ou de votre organisation ; nous remettons la liste des signatures confirmées aux destinataires.
index-none-open = Aucune pétition n’est ouverte à la signature en ce moment.
index-open = Pétitions ouvertes à la signature
index-ended = Pétitions clôturées et remises

## Pétition
addressed-to = À :
state-draft = Brouillon — non publiée
state-closed = Clôturée — les signatures ne sont plus acceptées
state-delivered = Remise aux destinataires
signatures-label = { $count ->
    [one] signature
   *[other] signatures
}
progress-label = Progression vers l’objectif
goal-of = Objectif : { $goal }
counts-individuals = Personnes
counts-organizations = Organisations
counts-members = Membres représentés
declaration-by = Publiée par { $author }
declaration-excerpt = Ceci est un extrait de la déclaration publiée.
tally-heading = Signatures à ce jour
delivered-on = Remise le { $date }.
closes-on = Ouverte à la signature jusqu’au { $date }.
petition-not-open = Cette pétition n’accepte pas de signatures.
sign-heading = Signer cette déclaration
sign-intro = Nous vous enverrons par e-mail un lien pour confirmer votre signature. Seules les signatures confirmées sont comptées et remises.
sign-as-individual = Signer à titre individuel
sign-as-organization = Signer au nom d’une organisation
recent-heading = Derniers signataires
recent-all = Voir tous les signataires publics
share-heading = Partager
share-intro = Copiez ce lien et envoyez-le à vos collègues :
share-email = Envoyer par e-mail
members-count = { $count ->
    [one] ({ $count } membre)
   *[other] ({ $count } membres)
}

## Formulaire de signature
field-name = Nom et prénom
field-contact-name = Personne de contact (nom et prénom)
field-organization = Nom de l’organisation
field-role = Fonction de la personne de contact
field-email = Adresse e-mail
field-country = Pays
field-country-choose = Choisissez votre pays
field-city = Ville ou localité
field-occupation = Métier ou lieu de travail
field-members = Nombre de membres représentés par l’organisation
field-comment = Un message de solidarité
field-visibility = Qui peut voir votre nom ?
visibility-public = Tout le monde
visibility-public-hint = Affiché dans la liste publique de ce site et remis aux destinataires avec la lettre.
visibility-addressees = Seulement les destinataires
visibility-addressees-hint = Remis aux destinataires avec la lettre, mais pas affiché sur ce site.
visibility-anonymous = Personne
visibility-anonymous-hint = Compté, mais montré à personne : les destinataires apprennent seulement combien de personnes ont signé sans leur nom.
visibility-only = Cette pétition n’accepte les signatures que de cette façon :
field-updates = M’écrire au sujet de cette pétition (par exemple lorsqu’elle sera remise)
field-website = Laissez ce champ vide
form-privacy = Votre adresse e-mail n’est jamais affichée sur le site ni transmise aux destinataires.
submit-individual = Signer
submit-organization = Signer au nom de l’organisation

notice-fix-fields = Veuillez corriger les champs signalés. Rien n’a encore été envoyé.
notice-field-error = { $label } : { $error }
notice-try-again = Un problème est survenu avec le formulaire. Veuillez vérifier vos informations et appuyer de nouveau sur le bouton.
notice-expired = Ce formulaire est resté ouvert longtemps. Vos informations sont toujours là : veuillez appuyer de nouveau sur le bouton.
notice-rate-limited = Beaucoup de personnes signent en ce moment depuis votre réseau. Veuillez patienter un instant, puis appuyer de nouveau sur le bouton ; vos informations sont conservées.

label-kind = Type de signature
label-name = Nom
label-organization = Organisation
label-role = Fonction
label-email = Adresse e-mail
label-country = Pays
label-city = Ville ou localité
label-occupation = Métier
label-members = Membres
label-comment = Message
label-visibility = Qui peut voir votre nom
label-updates = Nouvelles par e-mail

err-required = Veuillez remplir ce champ.
err-too-long-120 = Veuillez utiliser 120 caractères au maximum.
err-too-long-200 = Veuillez utiliser 200 caractères au maximum.
err-too-long-254 = Veuillez utiliser 254 caractères au maximum.
err-too-long-1000 = Veuillez utiliser 1 000 caractères au maximum.
err-control-chars = Ce texte contient des caractères qui ne peuvent pas être utilisés ici (retours à la ligne, tabulations ou caractères de contrôle invisibles).
err-invisible-chars = Ce texte contient des caractères invisibles qui modifient l’affichage du texte. Veuillez le saisir de nouveau.
err-no-letters = Il faut ici au moins une lettre ou un chiffre.
err-address = Une adresse web ou une adresse e-mail ne peut pas être utilisée ici.
err-invalid-visibility = Veuillez choisir parmi les possibilités proposées qui peut voir votre nom.
err-invalid-email = Veuillez saisir une adresse e-mail du type nom@example.org.
err-invalid-country = Veuillez choisir un pays dans la liste.
err-invalid-number = Veuillez saisir un nombre entier, par exemple 250.
err-out-of-range = Veuillez saisir un nombre compris entre 0 et 100 000 000.
err-invalid-kind = Veuillez indiquer si vous signez à titre individuel ou au nom d’une organisation.
err-kind-not-accepted = Cette pétition n’accepte pas ce type de signature.

## Après la signature
thanks-heading = Consultez vos e-mails
thanks-text = Nous vous avons envoyé un e-mail au sujet de « { $title } ». Ouvrez-le et appuyez sur le bouton qu’il contient pour confirmer votre signature. Elle ne compte qu’une fois confirmée.
thanks-spam = Pas d’e-mail au bout de quelques minutes ? Regardez dans le dossier des courriers indésirables (spam) ou des promotions. Le lien de l’e-mail reste valable une semaine.

## Signataires
signatories-heading = Signataires
signatories-public-count = { $count ->
    [one] { $count } signataire a demandé à figurer sur la liste publique.
   *[other] { $count } signataires ont demandé à figurer sur la liste publique.
}
signatories-none = Personne ne figure encore sur la liste publique.
pager-label = Pages
pager-previous = Précédente
pager-next = Suivante
pager-position = Page { $page } sur { $pages }

## Liens reçus par e-mail
confirm-heading = Confirmez votre signature
confirm-text = Appuyez sur le bouton pour confirmer votre signature pour « { $title } ».
confirm-button = Je confirme ma signature
withdraw-heading = Retirer votre signature
withdraw-text = Appuyez sur le bouton pour retirer votre signature de « { $title } ». Votre nom et vos informations seront effacés.
withdraw-button = Je retire ma signature
confirmed-heading = Merci — votre signature compte
confirmed-text = Votre signature pour « { $title } » est confirmée. Partagez la pétition avec vos collègues.
withdrawn-heading = Votre signature a été retirée
withdrawn-text = Votre signature pour « { $title } » a été retirée et vos informations ont été effacées.
inactive-heading = Cette signature n’est plus active
inactive-text = Cette signature pour « { $title } » a été retirée ou supprimée. Vous pouvez signer de nouveau depuis la page de la pétition.
expired-heading = Ce lien a expiré
expired-text = Le lien pour « { $title } » n’est plus valable. Veuillez signer de nouveau : cela prend une minute, et nous vous enverrons un nouveau lien.
closed-heading = Cette pétition est clôturée
closed-text = « { $title } » n’accepte plus de signatures. Merci de votre soutien.

## Erreurs
error-not-found-heading = Page introuvable
error-not-found-text = Il n’y a rien à cette adresse. Le lien est peut-être mal saisi ou périmé.
error-bad-request-heading = La demande n’a pas pu être lue
error-bad-request-text = Votre navigateur a envoyé quelque chose que nous n’avons pas pu lire. Veuillez revenir en arrière et réessayer.
error-forbidden-heading = Ce formulaire a expiré
error-forbidden-text = Par sécurité, le formulaire a été refusé : il est arrivé sans le jeton de votre session, ou depuis un autre site. Revenez en arrière, rechargez la page et réessayez.
error-too-large-heading = Texte trop long
error-too-large-text = Le formulaire envoyé était trop volumineux. Veuillez raccourcir votre message et réessayer.
error-unsupported-type-heading = La demande n’a pas pu être lue
error-unsupported-type-text = Veuillez utiliser le formulaire de la page de la pétition.
error-rate-limited-heading = Veuillez patienter un instant
error-rate-limited-text = Beaucoup de demandes arrivent en ce moment depuis votre réseau. Veuillez réessayer dans une minute.
error-unavailable-heading = Service momentanément indisponible
error-unavailable-text = Le service ne peut pas répondre pour le moment. Veuillez réessayer dans quelques minutes.
error-internal-heading = Un problème est survenu de notre côté
error-internal-text = Vous n’y êtes pour rien. Veuillez réessayer dans quelques minutes.

## E-mails
email-confirm-subject = Veuillez confirmer votre signature : { $title }
email-confirm-intro = Merci d’avoir signé « { $title } ».
email-signed-as = La signature, telle qu’elle a été saisie dans le formulaire :
email-confirm-action = Pour confirmer votre signature, ouvrez ce lien et appuyez sur le bouton :
email-confirm-button = Je confirme ma signature
email-valid-for = Le lien reste valable { $hours } heures.
email-withdraw-line = Si vous changez d’avis, vous pouvez retirer votre signature ici :
email-confirm-ignore = Si vous n’avez pas signé, ignorez cet e-mail : rien ne sera compté et votre adresse sera effacée.
email-already-subject = Vous avez déjà signé : { $title }
email-already-intro = Quelqu’un (probablement vous) a envoyé avec cette adresse une signature pour « { $title } ». Votre signature était déjà confirmée et elle est comptée : vous n’avez rien d’autre à faire.
email-already-ignore = Vous n’avez rien à faire. Nous n’enverrons pas ce message plus de quelques fois par jour.

# A declaration in several languages
declaration-versions = Lire cette déclaration en :
declaration-translated = Ceci est une traduction. Langue originale : { $language }.
declaration-untranslated = Cette déclaration n’est pas encore traduite dans cette langue. Langue originale : { $language }.
email-update-why = Vous recevez ce message parce que vous avez signé « { $title } » et demandé des nouvelles de cette pétition :
email-unsubscribe-line = Pour ne plus recevoir de nouvelles de cette pétition (votre signature compte toujours) :
email-delivered-subject = Pétition remise : { $title }
email-delivered-intro = La pétition « { $title } » a été remise à ses destinataires le { $date }. Merci de l’avoir signée.
email-delivered-note = Les organisateurs ont écrit :
unsubscribe-title = Ne plus recevoir de nouvelles de cette pétition
unsubscribe-lead = Appuyez sur le bouton pour ne plus recevoir de nouvelles de « { $title } ». Votre signature compte toujours.
unsubscribe-button = Ne plus recevoir de nouvelles
unsubscribe-done-title = Vous ne recevrez plus de nouvelles
unsubscribe-done = Vous ne recevrez plus de nouvelles de « { $title } ». Votre signature compte toujours ; pour la retirer, utilisez le lien qui figure dans n’importe lequel de nos e-mails.

## Feuilles de signatures imprimées
sheet-doc-title = Feuilles de signatures : { $title }
sheet-print-hint = Imprimez en A4, une feuille par page (ou enregistrez en PDF). Chaque feuille a son propre numéro.
sheet-number = Feuille n° { $number }
sheet-text-version = Version du texte { $sha }
sheet-to = À : { $addressees }
sheet-from = De : { $author }
sheet-names-not-delivered = Votre nom ne sera ni publié ni remis aux destinataires : seul le nombre de signatures leur est remis.
sheet-names-delivered-publish-tick = Votre nom sera remis aux destinataires. Il ne sera publié en ligne que si vous cochez la case.
sheet-names-delivered-not-published = Votre nom sera remis aux destinataires. Il ne sera pas publié en ligne.
sheet-collected-by = Signatures recueillies par :
sheet-place-date = Lieu et date :
sheet-col-name = Nom
sheet-col-city = Ville
sheet-col-occupation = Métier ou organisation
sheet-col-publish = Publier mon nom
sheet-col-signature = Signature
sheet-footer = Feuille { $number }, imprimée le { $at }. Lisez le texte complet, ou signez en ligne, à l’adresse ci-dessus.
err-invalid-date = Veuillez saisir une date comme 2026-12-01.
err-date-future = Cette date est dans le futur.
signatory-verified = ✓ vérifiée par les organisateurs
signatories-past-end = Cette page n’existe pas : la liste compte { $pages ->
    [one] { $pages } page
   *[other] { $pages } pages
}.
signatories-deep = Au-delà de la page { $max }, les pages s’atteignent une à une avec « Suivante ».
signatories-first-page = Aller à la première page.
