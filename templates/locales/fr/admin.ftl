## undersign — catalogue français des pages des organisateurs, des graphiques et du document de remise.
## Les nombres arrivent sous forme de deux placeables : $count (un nombre, pour choisir la forme du
## pluriel) et $n (le même nombre avec ses chiffres groupés, pour l’affichage).

## Cadre
admin-area = Organisateurs
admin-title-suffix = Organisateurs
admin-nav-label = Menu des organisateurs
admin-nav-dashboard = Pétitions
admin-nav-new = Nouvelle pétition
admin-signed-in-as = Connecté en tant que { $email }
admin-logout = Se déconnecter
admin-yes = Oui
admin-no = Non

## États, types, statuts
admin-state-draft = Brouillon
admin-state-open = Ouverte
admin-state-closed = Clôturée
admin-state-delivered = Remise
admin-kind-individual = Personne
admin-kind-organization = Organisation
admin-status-pending = En attente
admin-status-confirmed = Confirmée
admin-status-withdrawn = Retirée
admin-status-removed = Supprimée

## Connexion
admin-login-title = Connexion des organisateurs
admin-login-intro = Cette partie du site est réservée aux organisateurs des pétitions.
admin-login-email = Adresse e-mail
admin-login-password = Mot de passe
admin-login-submit = Se connecter
admin-login-failed = L’adresse ou le mot de passe est incorrect.
admin-login-wait-seconds = Trop de tentatives de connexion. Veuillez patienter { $count ->
    [one] une seconde
   *[other] { $n } secondes
} et réessayer.
admin-login-wait-minutes = Trop de tentatives de connexion. Veuillez patienter { $count ->
    [one] une minute
   *[other] { $n } minutes
} et réessayer.

## Tableau de bord
admin-dashboard-title = Pétitions
admin-petitions-caption = Toutes les pétitions et leurs signatures
admin-no-petitions = Il n’y a encore aucune pétition.
admin-col-title = Titre
admin-col-state = État
admin-col-pending = En attente
admin-col-confirmed = Confirmées
admin-col-withdrawn = Retirées
admin-col-removed = Supprimées
admin-col-people = Personnes
admin-col-organizations = Organisations
admin-col-orgs-short = Org.
admin-col-members = Membres représentés
admin-col-goal = Objectif
admin-col-erasure = Données personnelles
admin-erasure-kept = conservées tant qu’elle est ouverte
admin-erasure-on = effacées le { $date }
admin-erasure-done = effacées depuis le { $date }
admin-erasure-warning = Les données personnelles des signataires de « { $title } » seront effacées le { $date }. Exportez avant cette date ce dont vous avez encore besoin.
admin-col-total = Total
admin-col-status = Statut
admin-no-goal = aucun
admin-outbox-heading = E-mails sortants
admin-outbox-queued = En attente d’envoi
admin-outbox-retrying = Nouvelle tentative en cours
admin-outbox-failed = Échec définitif
admin-outbox-healthy = Aucun message n’a échoué.
admin-outbox-failed-note = { $count ->
    [one] Un message n’a pas pu être remis malgré toutes les tentatives : son destinataire ne l’a pas reçu.
   *[other] { $n } messages n’ont pas pu être remis malgré toutes les tentatives : leurs destinataires ne les ont pas reçus.
}
admin-outbox-failures-caption = Les derniers messages en échec
admin-col-when = Quand
admin-col-attempts = Tentatives
admin-col-error = Dernière erreur
admin-audit-heading = Journal d’activité
admin-audit-caption = Les dernières actions des organisateurs
admin-audit-empty = Rien n’a encore été enregistré.
admin-col-time = Heure
admin-col-who = Qui
admin-col-action = Action
admin-col-petition = Pétition
admin-col-detail = Détail
admin-col-count = Nombre
admin-action-login = Connexion
admin-action-logout = Déconnexion
admin-action-petition-create = A créé une pétition
admin-action-petition-edit = A modifié une pétition
admin-action-petition-state = A changé l’état
admin-action-signature-hide = A masqué une signature
admin-action-signature-unhide = A de nouveau affiché une signature
admin-action-signature-remove = A supprimé une signature
admin-action-signatures-remove-domain = A supprimé les signatures d’un domaine
admin-action-export = A exporté des signatures

## Pétition
admin-petition-actions = Ce que vous pouvez faire avec cette pétition
admin-link-edit = Modifier le texte et les paramètres
admin-link-delivery = Document de remise (à imprimer)
admin-link-public = Page publique
admin-link-export-delivery = Exporter pour la remise (CSV)
admin-link-package = Dossier de remise (ZIP : CSV, document, sommes de contrôle)
admin-link-export-full = Tout exporter (CSV)
admin-figures-heading = Signatures
admin-figures-caption = Signatures par statut
admin-members-confirmed = Membres représentés par les organisations confirmées
admin-delivered-on = Remise le { $date }.
admin-charts-heading = Quand et d’où les gens ont signé
admin-charts-note = Seules les signatures confirmées sont prises en compte.
admin-state-heading = État
admin-state-label = État de la pétition
admin-state-hint = Ouverte : on peut signer. Clôturée : la page reste en ligne, mais personne ne peut plus signer. Remise : clôturée, et la page indique que les signatures ont été remises, avec la note ci-dessous. Brouillon : non publique.
admin-state-note = Note de remise
admin-state-note-hint = Affichée sur la page publique dès que l’état est « Remise », par exemple pour dire où et à qui les signatures ont été remises.
admin-state-submit = Changer l’état
admin-search-heading = Rechercher des signatures
admin-search-label = Nom, adresse e-mail, organisation ou pays
admin-search-submit = Rechercher
admin-search-none = Aucune signature ne correspond à « { $query } ».
admin-search-caption = { $count ->
    [one] Une signature correspond à « { $query } »
   *[other] { $n } signatures correspondent à « { $query } »
}
admin-col-kind = Type
admin-col-name = Nom
admin-col-organization = Organisation
admin-col-email = Adresse e-mail
admin-col-country = Pays
admin-col-city = Ville
admin-col-public = Publique
admin-col-hidden = Masquée
admin-col-signed = Signée le
admin-col-comment = Message
admin-col-actions = Actions
admin-hide = Masquer
admin-unhide = Afficher de nouveau
admin-remove = Supprimer
admin-row-of = la signature de { $name }
admin-hidden-hint = Les signatures masquées comptent toujours, mais n’apparaissent pas sur la liste publique.
admin-remove-hint = Une signature supprimée n’est plus comptée, ni affichée dans la liste, ni exportée.
admin-domain-heading = Supprimer toutes les signatures d’un domaine de messagerie
admin-domain-intro = En cas d’afflux de fausses signatures venant d’un même domaine. Vous verrez combien de signatures sont concernées et devrez confirmer avant toute suppression.
admin-domain-label = Domaine des adresses e-mail
admin-domain-hint = Seulement la partie après le @, par exemple spam.example
admin-domain-submit = Vérifier ce qui serait supprimé
admin-exports-heading = Exports
admin-exports-caption = Listes de signatures exportées
admin-exports-none = Rien n’a encore été exporté.
admin-col-format = Format
admin-col-rows = Lignes
admin-col-sha = SHA-256
admin-col-destination = Destination
admin-format-delivery = Pour la remise
admin-format-full = Tout
admin-versions-heading = Versions du texte
admin-versions-caption = Toutes les versions que l’on a pu signer
admin-versions-none = Le texte n’a encore aucune version.
admin-col-version = Version
admin-col-date = Date
admin-col-signatures = Signatures
admin-version-current = actuelle

## Modification
admin-new-title = Nouvelle pétition
admin-edit-title = Modifier : { $title }
admin-edit-back = Retour à la pétition
admin-edit-fix = Veuillez corriger les champs signalés. Rien n’a encore été enregistré.
admin-edit-see-preview = Voir l’aperçu sous le formulaire.
admin-field-slug = Adresse web
admin-field-slug-hint = De 1 à 80 lettres minuscules, chiffres et tirets simples, par exemple krivoy-rog-2026. La page se trouvera à /petitions/ suivi de cette adresse. Elle ne pourra plus être modifiée ensuite.
admin-field-slug-fixed = L’adresse web ne peut pas être modifiée.
admin-field-title = Titre
admin-field-summary = Résumé
admin-field-summary-hint = Une ou deux phrases, affichées dans la liste des pétitions et dans les aperçus de liens.
admin-field-addressees = Destinataires
admin-field-addressees-hint = Un par ligne.
admin-field-author = Auteur
admin-field-author-hint = Qui publie la déclaration, par exemple un syndicat ou un comité.
admin-field-language = Langue du texte
admin-field-language-hint = Un code de langue, par exemple en, es, ru ou uk.
admin-field-visibility = Qui peut voir le nom des signataires
admin-field-visibility-hint = Les niveaux parmi lesquels les signataires choisissent. Pour une lettre à un gouvernement qui emprisonne les signataires, ne proposez que « Personne ».
admin-field-default-visibility = Présélectionné dans le formulaire
admin-field-accepts = Qui peut signer
admin-field-accepts-individuals = Personnes
admin-field-accepts-organizations = Organisations
admin-field-goal = Objectif
admin-field-goal-hint = Un nombre de signatures à atteindre. Laissez vide s’il n’y en a pas.
admin-field-closes-on = Clôture le
admin-field-closes-on-hint = Après ce jour, personne ne peut plus signer. Laissez vide pour la clôturer à la main.
admin-field-body = Texte de la déclaration
admin-field-body-hint = Markdown : une ligne vide entre les paragraphes, # devant un titre, **gras**, *italique*, - devant chaque élément d’une liste.
admin-new-version-warning = Des personnes ont signé ce texte. L’enregistrement en crée une nouvelle version ; les signatures existantes restent attachées à la version qu’elles ont signée.
admin-preview = Aperçu
admin-save = Enregistrer
admin-preview-heading = Aperçu
admin-err-slug = Veuillez utiliser de 1 à 80 lettres minuscules, chiffres et tirets simples.
admin-err-slug-taken = Une autre pétition a déjà cette adresse.
admin-err-language = Veuillez saisir un code de langue, comme en ou uk.
admin-err-goal = Veuillez saisir un nombre entier, ou laisser le champ vide.
admin-err-date = Veuillez saisir une date, ou laisser le champ vide.
admin-err-accepts = Veuillez permettre la signature aux personnes, aux organisations ou aux deux.
admin-err-addressees = Veuillez saisir au moins un destinataire, un par ligne.

## Suppression des signatures d’un domaine
admin-bulk-title = Supprimer les signatures du domaine { $domain } ?
admin-bulk-text = { $count ->
    [one] Une signature pour « { $title } » a une adresse e-mail du domaine { $domain }.
   *[other] { $n } signatures pour « { $title } » ont une adresse e-mail du domaine { $domain }.
} Si vous confirmez, elles seront supprimées : elles ne seront plus comptées, ni affichées dans la liste, ni exportées.
admin-bulk-nothing = Aucune signature pour « { $title } » qui ne soit pas déjà supprimée n’a d’adresse e-mail du domaine { $domain }. Il n’y a rien à supprimer.
admin-bulk-sample-caption = { $count ->
    [one] La signature
   *[other] { $shown } des { $n } signatures
}
admin-bulk-confirm = { $count ->
    [one] Supprimer cette signature
   *[other] Supprimer ces { $n } signatures
}
admin-bulk-cancel = Annuler et les conserver

## Document de remise
admin-delivery-doc-title = { $title } — signatures
admin-delivery-print-hint = Ce document est fait pour être imprimé : un exemplaire par destinataire, chacun commençant sur une nouvelle page. Utilisez la commande Imprimer de votre navigateur ; pour garder un fichier, choisissez « Enregistrer au format PDF » comme imprimante.
admin-delivery-to = À : { $addressee }
admin-delivery-from = De : { $author }
admin-delivery-date = Date : { $date }
admin-delivery-totals = Signatures
admin-delivery-total = Total des signatures
admin-delivery-individuals = Personnes
admin-delivery-organizations = Organisations
admin-delivery-members = Membres représentés par les organisations
admin-delivery-countries = Pays
admin-delivery-versions = Le texte signé
admin-delivery-versions-intro = Chaque signature vaut approbation de la version du texte affichée au moment où elle a été donnée. L’empreinte SHA-256 identifie chaque version avec exactitude.
admin-delivery-versions-caption = Versions du texte
admin-delivery-org-heading = Organisations
admin-delivery-ind-heading = Personnes
admin-delivery-group = { $country } ({ $n })
admin-delivery-members-count = { $count ->
    [one] { $n } membre
   *[other] { $n } membres
}
admin-delivery-unnamed = { $count ->
    [one] et 1 autre personne a signé sans son nom
   *[other] et { $n } autres personnes ont signé sans leur nom
}
admin-delivery-signed-version = a signé la version { $version }
admin-delivery-none = Aucune signature n’a été confirmée.

## Graphiques
chart-empty = Pas encore de signatures.
chart-numbers = Afficher les chiffres
chart-signatures = Signatures
chart-per-day-title = Signatures par jour
chart-per-week-title = Signatures par semaine
chart-per-period-title = Signatures par période de { $days } jours
chart-col-day = Jour
chart-col-week = Semaine du
chart-col-period = Période du
chart-per-day-summary = Signatures par jour, sur { $count ->
    [one] un jour
   *[other] { $n } jours
}, maximum de { $max } le { $date }.
chart-per-week-summary = Signatures par semaine, sur { $count ->
    [one] une semaine
   *[other] { $n } semaines
}, maximum de { $max } la semaine du { $date }.
chart-per-period-summary = Signatures par période de { $days } jours, sur { $count ->
    [one] une période
   *[other] { $n } périodes
}, maximum de { $max } pour la période du { $date }.
chart-by-country-title = Signatures par pays
chart-col-country = Pays
chart-by-country-summary = Signatures par pays, { $count ->
    [one] un pays
   *[other] { $n } pays
}, le plus grand nombre venant de { $top } ({ $max }).
chart-other-countries = Autres pays

# Language versions of the declaration
admin-languages-heading = Versions linguistiques
admin-languages-caption = La déclaration dans chaque langue, le nombre de signataires confirmés qui l’ont lue, et son document de remise
admin-col-language = Langue
admin-col-readers = Signataires confirmés qui l’ont lue
admin-language-original = originale
admin-language-outdated = périmée : l’original a changé depuis ; importez de nouveau cette traduction

# A signer's own request: look up, give, erase.
admin-nav-people = Demande d’un·e signataire
admin-people-title = Demande d’un·e signataire
admin-people-intro = Recherchez une adresse e-mail pour montrer à une personne ce qui est conservé sur elle, le lui remettre ou l’effacer. Son lien de retrait continue de fonctionner.
admin-people-email = Adresse e-mail
admin-people-search = Rechercher
admin-people-none = Aucune signature n’est conservée pour cette adresse.
admin-people-caption = Signatures conservées pour { $email }
admin-people-export = Télécharger en JSON
admin-people-erase = Effacer ces signatures
admin-people-erase-warning = L’effacement supprime le nom, l’adresse et tous les détails de ces signatures ; elles ne comptent plus. C’est irréversible.
admin-col-visibility = Visible par
admin-notice-saved = La pétition a été enregistrée.
admin-notice-state-changed = L’état de la pétition a été modifié.
admin-notice-hidden = La signature est masquée dans la liste publique ; elle compte toujours.
admin-notice-unhidden = La signature apparaît de nouveau dans la liste publique.
admin-notice-removed = La signature a été retirée ; elle ne compte plus.
admin-notice-removed-domain = Les signatures de ce domaine ont été retirées.
admin-notice-erased = Les signatures ont été effacées.
admin-action-person-export = A remis à une personne ses données
admin-action-person-erase = A effacé les signatures d’une personne
admin-action-petition-purge = A effacé des données personnelles après la durée de conservation
admin-link-updates = Messages aux signataires
admin-state-notify = En la marquant comme remise, écrire aux signataires qui ont demandé des nouvelles (avec la note ci-dessus)
admin-updates-title = Messages aux signataires : { $title }
admin-updates-intro = Chaque message part par e-mail à tous les signataires confirmés qui ont coché « M’écrire au sujet de cette pétition » : dans la langue dans laquelle ils ont signé si vous fournissez une traduction dans cette langue, sinon dans la langue de la pétition. Chaque signataire reçoit chaque message une seule fois ; ceux qui ont retiré leur signature ou se sont désabonnés n’en reçoivent aucun. Chaque message contient un lien pour se désabonner.
admin-updates-audience = { $count ->
    [one] Un message envoyé maintenant parviendrait à { $n } signataire
   *[other] Un message envoyé maintenant parviendrait à { $n } signataires
}
admin-updates-refused = { $count ->
    [one] Le serveur de messagerie de { $n } signataire a définitivement refusé le courrier : plus rien n’est envoyé à cette adresse.
   *[other] Les serveurs de messagerie de { $n } signataires ont définitivement refusé le courrier : plus rien n’est envoyé à ces adresses.
}
admin-updates-sent-heading = Messages envoyés
admin-updates-none = Aucun message pour l’instant.
admin-updates-col-subject = Objet
admin-updates-col-when = Rédigé le
admin-updates-col-recipients = Destinataires
admin-updates-col-queued = En attente
admin-updates-col-sent = Envoyés
admin-updates-col-failed = En échec
admin-updates-col-refused = Refusés
admin-updates-col-cancelled = Non envoyés (désabonnement ou signature retirée)
admin-updates-delivered-subject = Pétition remise : { $title }
admin-updates-compose-heading = Rédiger un message
admin-updates-preview-heading = Aperçu
admin-updates-preview-footer = Sous le message, chaque e-mail indique au signataire pourquoi il le reçoit, avec des liens vers la pétition, pour retirer sa signature et pour se désabonner.
admin-updates-written-in = Rédigez-le dans la langue de la pétition : { $language }.
admin-updates-subject = Objet
admin-updates-body = Texte
admin-updates-body-hint = Markdown : une ligne vide entre les paragraphes, *italique*, **gras**, [un lien](https://example.org).
admin-updates-translations = Traductions
admin-updates-translations-hint = Facultatif. Les signataires qui ont signé dans l’une de ces langues reçoivent sa traduction ; les autres reçoivent le message ci-dessus.
admin-updates-preview = Aperçu
admin-updates-send = { $count ->
    [one] Envoyer à { $n } signataire
   *[other] Envoyer à { $n } signataires
}
admin-notice-update-queued = Le message est en cours d’envoi. Le tableau ci-dessous montre où en est l’envoi.
admin-action-update-send = A envoyé un message aux signataires
admin-action-update-delivered = A envoyé l’avis « Remise »
admin-error-update-subject = Donnez au message un objet d’une seule ligne, de 200 caractères au maximum.
admin-error-update-body = Rédigez le texte, de 20 000 caractères au maximum.
admin-error-update-half = Donnez à une traduction à la fois un objet et un texte, ou laissez les deux vides.

## Feuilles papier et organisations vérifiées
admin-link-paper = Feuilles papier
admin-back-to-petition = Retour à la pétition
admin-paper-title = Feuilles papier : { $title }
admin-paper-count = { $count ->
    [one] { $n } signature est arrivée sur papier ; feuilles saisies : { $sheets }.
   *[other] { $n } signatures sont arrivées sur papier ; feuilles saisies : { $sheets }.
}
admin-paper-print-heading = Imprimer des feuilles
admin-paper-print-hint = Chaque feuille reçoit son propre numéro, enregistré avec votre nom, pour qu’une feuille saisie plus tard puisse être vérifiée. Imprimez-les en A4 ; le navigateur peut aussi les enregistrer en PDF.
admin-paper-print-count = Nombre de feuilles
admin-paper-print-language = Langue des feuilles
admin-paper-print-button = Préparer les feuilles
admin-paper-enter-heading = Saisir une feuille
admin-paper-enter-number = Numéro de la feuille
admin-paper-enter-button = Ouvrir la feuille
admin-paper-duplicates-heading = Doublons probables
admin-paper-duplicates-hint = Ces signatures ont le même nom et la même ville (sans tenir compte des majuscules, des espaces ni des accents). Elles sont comptées jusqu’à ce que vous décidiez : supprimez-en une, ou indiquez qu’il s’agit de deux personnes.
admin-paper-duplicates-caption = Signatures avec le même nom et la même ville, dont au moins une sur papier
admin-paper-col-paper = Sur papier
admin-paper-col-other = L’autre
admin-paper-not-duplicate = Deux personnes différentes
admin-paper-remove-one = Supprimer #{ $id }
admin-paper-on-sheet = papier, feuille { $sheet }
admin-paper-online = en ligne
admin-paper-sheets-heading = Feuilles
admin-paper-no-sheets = Aucune feuille n’a encore été imprimée.
admin-paper-sheets-caption = Feuilles imprimées pour cette pétition, les plus récentes d’abord
admin-paper-col-number = Feuille
admin-paper-col-printed = Imprimée
admin-paper-col-collected = Recueillie
admin-paper-col-entered = Saisie
admin-paper-scan = scan
admin-entry-title = Feuille { $number }
admin-entry-back = Retour aux feuilles papier
admin-entry-printed = imprimée { $printed }
admin-entry-already = { $count ->
    [one] { $n } signature de cette feuille est déjà saisie ; les lignes tapées ici s’y ajoutent.
   *[other] { $n } signatures de cette feuille sont déjà saisies ; les lignes tapées ici s’y ajoutent.
}
admin-entry-problems = Rien n’a été saisi. Veuillez corriger :
admin-entry-row-problem = Ligne { $row } : { $problem }
admin-entry-sheet-legend = La feuille
admin-entry-collected-by = Recueillie par
admin-entry-place = Lieu
admin-entry-collected-at = Recueillie le
admin-entry-country = Pays des signataires
admin-entry-country-hint = Indiqué une seule fois pour toute la feuille.
admin-entry-scan = Scan de la feuille
admin-entry-scan-hint = PDF, JPEG ou PNG, 10 Mo au maximum. Conservé avec son SHA-256, jamais affiché publiquement.
admin-entry-rows-caption = Les signatures de la feuille
admin-entry-col-kind = Signe en tant que
admin-entry-col-name = Nom
admin-entry-col-city = Ville
admin-entry-col-occupation = Métier ou organisation
admin-entry-col-visibility = Nom visible par
admin-entry-cell = Ligne { $row }, { $column }
admin-entry-rows-hint = Les lignes vides sont ignorées. Pour une organisation, tapez son nom sous « Métier ou organisation » et la personne qui a signé sous « Nom ».
admin-entry-submit = Saisir les signatures
admin-entry-no-rows = Tapez au moins une signature.
admin-err-scan-type = Le scan doit être un fichier PDF, JPEG ou PNG, et son nom ne doit pas indiquer un autre type.
admin-notice-paper-entered = Les signatures de la feuille ont été saisies et comptées.
admin-notice-not-duplicate = Marquées comme deux personnes différentes.
admin-notice-verified = L’organisation est marquée comme vérifiée.
admin-notice-unverified = L’organisation n’est plus marquée comme vérifiée.
admin-action-sheets-print = A imprimé des feuilles
admin-action-paper-enter = A saisi des signatures papier
admin-action-paper-not-duplicate = A indiqué que ce n’est pas un doublon
admin-action-signature-verify = A vérifié une organisation
admin-action-signature-unverify = A retiré la vérification d’une organisation
admin-verified = Vérifiée : { $note }
admin-verify-note = Comment elle a été vérifiée
admin-verify-button = Marquer comme vérifiée
admin-unverify-button = Retirer la vérification
admin-delivery-paper = Signatures sur papier
admin-delivery-paper-value = { $sheetcount ->
    [one] { $n }, sur { $sheets } feuille
   *[other] { $n }, sur { $sheets } feuilles
}
admin-delivery-verified-heading = Organisations vérifiées par les organisateurs
admin-delivery-verified-intro = Les organisateurs ont vérifié directement chacune de ces organisations : par un appel à son siège, par une lettre sur son papier à en-tête ou par l’intermédiaire d’une organisation affiliée qu’ils connaissent.
admin-delivery-unverified-heading = Autres organisations
admin-delivery-unverified = { $count ->
    [one] { $n } organisation n’a pas été vérifiée par les organisateurs.
   *[other] { $n } organisations n’ont pas été vérifiées par les organisateurs.
}
