# French (fr)

## Écrans de chargement et d'erreur : avant un widget ou à sa place
loading = Chargement…
not-in-frame-title = Ouvrez cette application dans Bitrix24
not-in-frame-text = Cette page est un widget Bitrix24. Elle fonctionne dans votre portail Bitrix24, qui lui transmet le contexte dont elle a besoin. Ouvrez-la depuis le menu du portail, une fiche CRM ou tout autre endroit où l'application est installée.
not-in-frame-dev-hint = Développeurs : lancez scripts/run.sh pour essayer tous les widgets dans l'émulateur de portail local.
init-timeout-title = Bitrix24 ne répond pas
init-timeout-text = Le portail n'a pas transmis son contexte au widget à temps. Vérifiez votre connexion et réessayez.
malformed-title = Ce widget a reçu des données qu'il ne peut pas lire
malformed-text = Le portail a ouvert le widget avec des paramètres dans un format inattendu. Rien n'a été modifié. Les détails ci-dessous aideront le développeur de l'application.
unknown-title = Cet emplacement n'est pas encore pris en charge
unknown-text = Le portail a ouvert l'application à un emplacement qu'elle ne connaît pas. Voici ce qu'elle a reçu :
crash-title = Un problème est survenu
crash-text = Le widget a rencontré une erreur inattendue. Recharger la page suffit généralement.
retry = Réessayer
reload = Recharger
placement-code = Emplacement
error = Erreur

## Actions communes à tous les widgets
open = Ouvrir
details = Détails
refresh = Actualiser

## Champs de la fiche CRM et de la fiche de tâche
amount = Montant
responsible = Responsable
created-by = Créé par
contact = Contact
company = Entreprise
phone = Téléphone
email = E-mail
created = Créé le
modified = Modifié le
start-date = Date de début
close-date = Date de clôture
deadline = Date limite
project = Projet
checklist = Liste de contrôle
not-set = Non renseigné
overdue = En retard
important = Priorité élevée
closed-item = Fermé

## États de chargement
load-failed = Impossible de charger les données
not-found = Introuvable ou accès refusé
not-found-text = L'élément a peut-être été supprimé, ou vos droits d'accès ne vous permettent pas de le voir.
path-not-available = Le portail ne peut pas ouvrir cette page ici.

## Statuts des tâches (tasks.task.get status 1–7)
task-new = Nouvelle
task-pending = En attente
task-in-progress = En cours
task-awaiting-review = En attente de contrôle
task-completed = Terminée
task-deferred = Reportée
task-declined = Refusée

## Types d'entités CRM
lead = Prospect
deal = Transaction
contact-entity = Contact
company-entity = Entreprise
quote = Devis
invoice = Facture
smart-process-item = Élément de processus intelligent
activity = Activité
order = Commande
task = Tâche

## Fiche d'appel (CALL_CARD)
incoming-call = Appel entrant
outgoing-call = Appel sortant
callback = Rappel
line = Ligne
call-idle = en attente
call-connecting = connexion en cours
call-connected = connecté
no-crm-binding = L'appelant n'est pas encore dans le CRM.
also-linked = Également lié

## Vue du contexte (emplacements qui n'ont pas encore leur propre widget)
widget-context = Contexte du widget
widget-context-text = Le portail a ouvert l'application ici avec ce contexte. Cet emplacement affiche son contexte en attendant d'avoir son propre widget.
opened-from = Ouvert depuis
presentation = Affichage

## Page d'accueil (DEFAULT, LEFT_MENU)
welcome = Widgets Rust pour Bitrix24
welcome-text = L'application ajoute des widgets aux fiches CRM, aux tâches, à la fiche d'appel et à d'autres endroits de votre portail.
signed-in-as = Connecté en tant que
portal = Portail
language = Langue
administrator = Administrateur

## Contrôles communs
toggle-theme = Basculer entre thème clair et sombre
background-worker = Le processus en arrière-plan est en cours d'exécution.

## Fiche de tâche
checklist-progress = Liste de contrôle : { $done } sur { $total } terminés

## Vue détaillée
yes = Oui
no = Non

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

setup-area-app = Pages de l'application

setup-area-crm = CRM

setup-area-tasks = Tâches

setup-area-workgroups = Groupes de travail et projets

setup-area-people = Employés

setup-area-calendar = Calendrier

setup-area-telephony = Téléphonie

setup-area-messenger = Messagerie

setup-area-contact-center = Centre de contact

setup-area-fields = Champs du CRM

setup-area-sites = Sites et boutiques

setup-purpose-app-page = Widgets

setup-purpose-app-page-text = La page de l'application : qui vous êtes, votre portail et les réglages de l'application.

setup-purpose-app-link = Ouvrir dans Widgets

setup-purpose-app-link-text = Ouvre l'élément CRM, la tâche ou l'employé désigné par un lien vers l'application.

setup-purpose-call-watcher = Suivi des appels

setup-purpose-call-watcher-text = Fonctionne en arrière-plan sur chaque page et suit les appels pour la fiche d'appel.

setup-purpose-entity-overview = Aperçu

setup-purpose-entity-overview-text = L'élément en un coup d'œil : étape, montant, personnes et coordonnées.

setup-purpose-row-action = Actions Widgets

setup-purpose-row-action-text = Agit sur les lignes choisies dans la liste.

setup-purpose-list-report = Rapport par étape

setup-purpose-list-report-text = Nombre et montant par étape de toute la liste, et conversion dans l'entonnoir.

setup-purpose-card-action = Résumé

setup-purpose-card-action-text = Le résumé de l'élément dans un panneau latéral.

setup-purpose-activity = À faire

setup-purpose-activity-text = Un type d'activité CRM qui ajoute une tâche à faire à l'élément.

setup-purpose-timeline-action = Actions sur l'entrée

setup-purpose-timeline-action-text = Agit sur l'entrée choisie de la chronologie.

setup-purpose-document = Résumé imprimable

setup-purpose-document-text = Crée un document imprimable pour l'élément.

setup-purpose-automation-triggers = Déclencheurs d'automatisation

setup-purpose-automation-triggers-text = Ajoute les déclencheurs de l'application au concepteur d'automatisation et les essaie sur un élément.

setup-purpose-search = Recherche Widgets

setup-purpose-search-text = Trouve des éléments CRM et des coordonnées d'entreprise pour la recherche et le formulaire des coordonnées.

setup-purpose-analytics = Rapport Widgets

setup-purpose-analytics-text = Un rapport dans la section Analytique.

setup-purpose-task-summary = Résumé de la tâche

setup-purpose-task-summary-text = La tâche en un coup d'œil : statut, échéance, personnes et liste de contrôle.

setup-purpose-workload = Charge de travail

setup-purpose-workload-text = Un rapport de charge sur les tâches d'une personne ou d'un groupe.

setup-purpose-group-card = Aperçu du groupe

setup-purpose-group-card-text = Les membres, rôles et tâches ouvertes du groupe de travail.

setup-purpose-employee-card = Fiche employé

setup-purpose-employee-card-text = Service, responsable, contacts, transactions et tâches en cours.

setup-purpose-calendar-view = Agenda

setup-purpose-calendar-view-text = Une vue du calendrier.

setup-purpose-call-notes = Notes d'appel

setup-purpose-call-notes-text = Notes prises pendant un appel, enregistrées sur l'élément CRM du client.

setup-purpose-calls-report = Rapport d'appels

setup-purpose-calls-report-text = Un rapport sur les appels du portail.

setup-purpose-chat-templates = Modèles de réponse

setup-purpose-chat-templates-text = Modèles de réponse au-dessus du champ de saisie du chat.

setup-purpose-chat-context = Contexte du chat

setup-purpose-chat-context-text = L'élément CRM ou la tâche auquel le chat se rapporte, dans sa barre latérale.

setup-purpose-message-action = Créer à partir du message

setup-purpose-message-action-text = Transforme un message en tâche ou en activité CRM.

setup-purpose-messenger-page = Widgets

setup-purpose-messenger-page-text = L'application comme page dans la messagerie.

setup-purpose-connector-tile = Connecteur Widgets

setup-purpose-connector-tile-text = Une tuile du centre de contact qui ouvre la configuration du connecteur.

setup-purpose-connector-settings = Réglages du connecteur

setup-purpose-connector-settings-text = Les réglages du connecteur de canal ouvert de l'application.

setup-purpose-rating-field = Note

setup-purpose-rating-field-text = Un type de champ CRM : une note en étoiles avec un commentaire.

setup-purpose-site-settings = Réglages du site

setup-purpose-site-settings-text = Les réglages de l'application sur un site.

setup-purpose-block-settings = Réglages du bloc

setup-purpose-block-settings-text = Réglages des blocs de l'application dans l'éditeur de site.

setup-spot-left-menu = Menu de gauche

setup-spot-app-links = Liens vers l'application

setup-spot-every-page = Chaque page, en arrière-plan

setup-spot-card-tab = Onglet de la fiche

setup-spot-card-activity = Activité dans la fiche

setup-spot-card-toolbar = Barre d'outils de la fiche

setup-spot-card-sidebar = Barre latérale de la fiche

setup-spot-card-top-panel = Panneau supérieur de la fiche

setup-spot-list-toolbar = Au-dessus de la liste

setup-spot-funnels-toolbar = Au-dessus des entonnoirs

setup-spot-list-row-menu = Menu de la ligne

setup-spot-timeline-menu = Menu de l'entrée de chronologie

setup-spot-document-button = Bouton Documents

setup-spot-automation-toolbar = Concepteur d'automatisation

setup-spot-analytics-menu = Menu Analytique

setup-spot-analytics-toolbar = Barre d'outils Analytique

setup-spot-search = Recherche CRM

setup-spot-details-autocomplete = Formulaire des coordonnées d'entreprise et bancaires

setup-spot-profile-menu = Menu du profil

setup-spot-calendar-view = Vues du calendrier

setup-spot-call-card = Fiche d'appel

setup-spot-chat-input-panel = Panneau au-dessus de la saisie du chat

setup-spot-chat-sidebar = Barre latérale du chat

setup-spot-message-menu = Menu du message

setup-spot-mobile-message-menu = Menu du message dans l'application mobile

setup-spot-messenger-navigation = Navigation de la messagerie

setup-spot-contact-center-tile = Tuile du centre de contact

setup-spot-connector-settings = Réglages du canal ouvert

setup-spot-field-type = Types de champs du CRM

setup-spot-site-settings = Réglages du site

setup-spot-block-settings = Réglages du bloc dans l'éditeur de site

setup-spot-other = Ailleurs

setup-subject-old-invoice = Facture (ancienne)

setup-subject-workgroup = Groupe de travail

setup-subject-employee = Employé

setup-title = Installer l'application

setup-intro = Choisissez où l'application apparaît dans votre portail. Une sélection pertinente est déjà faite ; vous pourrez la modifier plus tard dans les réglages de l'application.

setup-selected = Sélectionnés : { $count }

setup-install = Installer

setup-installed = Installé

setup-progress = Étapes terminées : { $done } sur { $total }

setup-state-pending = En attente

setup-state-running = En cours

setup-state-done = Terminé

setup-state-already = Déjà présent

setup-state-failed = Échec

setup-state-unknown = Résultat inconnu

setup-problems-title = Certaines étapes n'ont pas abouti

setup-problems-text = Tout le reste est en place. Réessayez une fois la cause corrigée : seul ce qui manque encore est envoyé.

setup-rechecked-text = Le portail n'a pas indiqué si certaines étapes ont réussi ; l'application a donc vérifié le portail à nouveau. La liste montre ce qui manque encore ; rien n'a été envoyé deux fois.

setup-finishing = Finalisation de l'installation…

setup-finished = L'application est installée. Le portail la recharge.

setup-finish-failed = Le portail n'a pas accepté la fin de l'installation.

setup-nothing-new = Tout ce que vous avez choisi est déjà installé.

setup-not-admin-title = Demandez à votre administrateur d'installer l'application

setup-not-admin-text = Seul un administrateur Bitrix24 peut installer cette application et choisir où elle apparaît. Rien n'a été modifié.

setup-bad-address = L'application est ouverte à une adresse depuis laquelle le portail ne peut pas charger de widgets.

setup-settings-title = Réglages de l'application

setup-settings-intro = Où l'application apparaît dans votre portail, et ses options.

setup-read-only = Seul un administrateur peut modifier ces réglages.

setup-places = Où l'application apparaît

setup-bound = Intégré

setup-not-bound = Non intégré

setup-unavailable = Indisponible sur ce portail

setup-apply = Appliquer les modifications

setup-no-changes = Il n'y a rien à modifier.

setup-applied = Les modifications sont appliquées.

setup-app-options = Options pour tous

setup-my-options = Mes options

setup-theme = Thème

setup-theme-auto = Comme le système

setup-theme-light = Clair

setup-theme-dark = Sombre

setup-transport = Connexion REST

setup-transport-bx24 = Via la page du portail

setup-transport-fetch = Requêtes directes

setup-save = Enregistrer

setup-saved = Enregistré.

setup-save-failed = Les options n'ont pas été enregistrées.

home-open-settings = Réglages de l'application
## Messenger
im-templates-title = Réponses rapides
im-template-thanks = Merci ! Je reviens vers vous très vite.
im-template-details = Pourriez-vous m'envoyer les détails, s'il vous plaît ?
im-template-call = Discutons-en par téléphone. Quand êtes-vous disponible ?
im-template-bound = Nous travaillons sur { $element } et vous tiendrons informé dans ce chat.
im-draft-reply = { $name }, merci pour votre message : « { $about } » Je m'en occupe et je réponds aujourd'hui.
im-draft-reply-anonymous = Merci pour votre message : « { $about } » Je m'en occupe et je réponds aujourd'hui.
im-draft-button = Rédiger une réponse
im-read-input = Lire le champ de saisie
im-replace-text = Remplacer le texte du champ de saisie
im-input-text = Texte du champ de saisie : { $text } (longueur : { $count })
im-input-empty = Le champ de saisie est vide.
im-inserted = Le texte est dans le champ de saisie.
im-no-textarea = La messagerie n'a pas répondu : il n'y a pas de champ de saisie ici.
im-insert-failed = Impossible d'insérer le texte : { $reason }
im-task-ref = Tâche n° { $id }
im-belongs-to = Lié à :
im-ordinary-chat = Ce chat n'est lié ni à un élément CRM ni à une tâche.
im-private-chat = Un chat privé : il n'est lié ni à un élément CRM ni à une tâche.
im-members = Membres : { $count }
im-online = en ligne
im-write = Écrire
im-call-short = Appeler
im-write-to = Écrire à { $name }
im-call = Appeler { $name }
im-field-title = Titre
im-field-description = Description
im-field-deadline = Échéance
im-make-task = Créer une tâche
im-make-activity = Ajouter une activité CRM
im-title-required = Saisissez un titre.
im-deadline-required = Une activité CRM nécessite une échéance.
im-no-crm-binding = Ce chat n'est lié à aucun élément CRM : seule une tâche peut être créée.
im-from-message = D'après le message de { $author } dans « { $chat } ».
im-task-created = La tâche n° { $id } a été créée.
im-activity-created = L'activité n° { $id } a été ajoutée à { $element }.
im-write-refused = Le portail a refusé : { $reason }
im-write-unknown = Le portail n'a pas confirmé à temps : l'élément a peut-être été créé. Vérifiez avant de renvoyer.
im-check = Vérifier
im-check-not-found = Rien n'a été créé. Vous pouvez renvoyer.
im-recent-title = Vos chats
im-no-chats = Aucun chat pour l'instant.
im-unread = Non lus : { $count }
im-open-chat = Ouvrir le chat
im-more-chats = Seuls les chats les plus récents sont affichés ({ $count } au maximum).
im-smiles-deprecated = Cet emplacement est obsolète
im-smiles-deprecated-text = Depuis la version 25.1600.0 de la messagerie, les émojis ont été remplacés par des stickers et le portail n'ouvre plus cet emplacement. Les jeux ci-dessous s'insèrent toujours dans le champ de saisie lorsque le portail le permet.
im-smiles-faces = Visages
im-smiles-work = Travail
im-smiles-gestures = Gestes

## Telephony
call-note-label = Note d'appel
call-note-save = Enregistrer la note
call-note-discard = Abandonner
call-note-held = La fiche d'appel reste ouverte jusqu'à ce que vous enregistriez ou abandonniez la note.
call-note-saving = Enregistrement de la note…
call-note-saved = La note est enregistrée comme activité n° { $id } sur { $element }.
call-note-refused = La note n'a pas été enregistrée : { $reason }
call-note-unknown = Le portail n'a pas confirmé à temps : la note a peut-être été enregistrée. Vérifiez le fil d'activité avant de l'enregistrer à nouveau.
call-note-no-target = Liez l'appel à un élément CRM pour enregistrer une note.
call-note-title = Note d'appel : { $phone }
call-note-title-no-phone = Note d'appel
softphone-waiting = Le softphone attend des appels.
softphone-title = Appel entrant de { $phone }
softphone-ringing = Sonnerie…
softphone-connected = Connecté
softphone-on-hold = En attente
softphone-ended = Appel terminé après { $minutes } min { $seconds } s
softphone-missed = Appel manqué
softphone-finish-failed = Impossible de terminer l'appel : { $reason }
softphone-command-failed = La fiche d'appel n'a pas accepté une commande : { $reason }
calls-title = Appels des { $days } derniers jours
calls-total = Appels
calls-incoming = Entrants
calls-outgoing = Sortants
calls-missed = Manqués
calls-talk-time = Temps de conversation
calls-average = Appel moyen
calls-duration = { $minutes } min { $seconds } s
calls-per-day = Appels par jour
calls-per-user = Par employé
calls-employee = Employé
calls-loading = Chargement du journal d'appels… Chargés : { $rows }
calls-stop = Arrêter
calls-partial = Le chargement a été arrêté : le rapport ne couvre que les appels déjà chargés.
calls-none = Aucun appel sur cette période.
calls-day = { $date } : { $answered } répondus, { $missed } manqués

## Open lines
connector-title = Connecteur de canal ouvert « { $name } »
connector-not-registered = Le connecteur de l'application n'est pas enregistré sur ce portail. Ouvrez les paramètres de l'application pour l'enregistrer.
connector-lines = Canaux ouverts
connector-setup = Configurer
connector-line-id = Canal ouvert n° { $id }
connector-line-inactive = Désactivé
connector-active = Actif
connector-inactive = Inactif
connector-configured = Données du canal définies
connector-not-configured = Données du canal manquantes
connector-error = Erreur
connector-ok = Fonctionne
connector-works = Le connecteur fonctionne sur ce canal ouvert.
connector-wants-on = Vous avez activé le connecteur pour ce canal ouvert : connectez-le pour terminer.
connector-wants-off = Vous avez désactivé le connecteur pour ce canal ouvert : déconnectez-le pour terminer.
connector-channel-name = Nom du canal
connector-default-name = Chat des widgets Rust
connector-channel-url = Lien du chat
connector-connect = Connecter
connector-disconnect = Déconnecter
connector-name-required = Saisissez le nom du canal.
connector-url-invalid = Le lien du chat doit commencer par https:// ou http://.
connector-refused = Le portail a refusé : { $reason }
connector-unknown = Le portail n'a pas confirmé à temps : la modification a peut-être été appliquée. Vérifiez le statut avant de réessayer.
connector-check = Vérifier le statut

## Unsupported spots
spot-hr-title = Salaire et congés (RH)
spot-hr-text = Le portail ouvre ce volet depuis le menu salaire et congés du module RH. Bitrix24 ne documente pas ce qu'il transmet ici à l'application : elle affiche donc ce qu'elle a reçu, et rien de plus.
spot-catalog-title = Catalogue de produits externe
spot-catalog-text = Le sélecteur de produits charge ce cadre masqué pour chercher dans un catalogue externe. Ses commandes et événements ne sont pas documentés (connus seulement par le code du portail) : l'application n'y répond pas et le sélecteur continue d'utiliser le catalogue du portail.
spot-options = Ce que le portail a transmis
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

crm-report-title = Rapport par étape : { $entity }
crm-report-entity = Rapport sur
crm-report-counting = Comptage : { $done } sur { $total }
crm-report-stop = Arrêter
crm-report-stopped-early = Arrêté avant tout comptage.
crm-report-count-again = Recompter
crm-report-partial = Arrêt anticipé : ces chiffres couvrent { $done } sur { $total }.
crm-report-counted = Comptés : { $count }
crm-report-empty = Cette liste est vide.
crm-report-pipeline = Pipeline
crm-report-total = Au total
crm-report-won = Gagnés
crm-report-lost = Perdus
crm-report-win-rate = Taux de réussite
crm-report-percent = { $percent } %
crm-report-reached = { $percent } % ont atteint cette étape
crm-report-chart = Étapes de { $pipeline }
crm-report-open-hint = Choisissez une étape pour ouvrir la liste filtrée sur celle-ci.

## CRM list row actions (CRM_*_LIST_MENU)

crm-row-actions = Actions rapides
crm-row-stage = Étape
crm-row-move = Déplacer
crm-row-reassign = Changer de responsable
crm-row-pick-user = Choisissez le nouveau responsable
crm-row-saving = Enregistrement…
crm-row-moved = Déplacé vers « { $stage } ».
crm-row-reassigned = { $name } est désormais responsable.
crm-row-save-failed = La modification n'a pas été enregistrée : { $reason }
crm-row-unknown = Le portail n'a pas confirmé la modification : elle a pu être enregistrée ou non. L'élément a été relu : vérifiez-le avant de réessayer.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

automation-title = Déclencheurs d'automatisation
automation-hint = Placez l'un des déclencheurs de l'application sur une étape de ce concepteur : lorsque le déclencheur est activé pour un élément, celui-ci passe à cette étape.
automation-empty = L'application n'a encore aucun déclencheur.
automation-admin-only = Seul un administrateur peut ajouter, supprimer ou activer les déclencheurs de l'application.
automation-delete = Supprimer
automation-delete-label = Supprimer « { $name } »
automation-add-title = Nouveau déclencheur
automation-name = Nom
automation-code = Code
automation-code-hint = Lettres latines minuscules, chiffres, points, tirets et traits de soulignement. L'application en propose un à partir du nom.
automation-add = Ajouter le déclencheur
automation-empty-name = Donnez un nom au déclencheur.
automation-bad-code = Le code ne peut contenir que des lettres latines minuscules, des chiffres, des points, des tirets et des traits de soulignement (64 caractères au maximum).
automation-taken-code = L'application a déjà un déclencheur avec ce code.
automation-added = « { $name } » fait désormais partie des déclencheurs du concepteur.
automation-deleted = « { $name } » a été supprimé.
automation-fire-title = Essayer un déclencheur
automation-fire-trigger = Déclencheur
automation-fire-element = ID de l'élément
automation-fire-pick = Choisir l'élément
automation-fire = Activer
automation-bad-id = Saisissez l'ID de l'élément, un nombre entier.
automation-picked = Élément : { $title }
automation-fired = « { $name } » a été activé pour { $element }.
automation-no-fire = Les éléments de ce type n'exécutent aucune automatisation : les déclencheurs ne peuvent donc pas être activés pour eux.
automation-saving = Enregistrement…
automation-failed = Le portail a refusé : { $reason }
automation-unknown = Le portail n'a pas confirmé l'opération : elle a pu être effectuée ou non. La liste a été relue : vérifiez-la avant de réessayer.

## CRM rating field (USERFIELD_TYPE)

crm-rating-stars = { $stars } étoiles sur { $max }
crm-rating-choose = Choisissez la note
crm-rating-entry = Note { $number }
crm-rating-note = Remarque
crm-rating-note-count = { $used } / { $max }
crm-rating-add = Ajouter une note
crm-rating-remove = Supprimer
crm-rating-required = Ce champ est obligatoire : choisissez au moins une étoile.
crm-rating-no-stars = Choisissez les étoiles de la note { $number }.
crm-rating-note-too-long = La remarque de la note { $number } est trop longue : { $max } caractères au maximum.
crm-rating-unreadable = Une valeur enregistrée ne peut pas être affichée ({ $reason }). L'enregistrement de la fiche la remplace.
crm-rating-kept = Conservé dans la fiche : enregistré lorsque vous enregistrez la fiche.
crm-rating-set-failed = La fiche n'a pas accepté la valeur : { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)
workload-title = Charge de travail : { $name }
workload-title-visible = Charge de travail des tâches que vous pouvez voir
workload-tasks-total = Tâches dans la liste : { $total }
workload-progress = Tâches chargées : { $loaded } sur { $total }
workload-stop = Arrêter le chargement
workload-stopped = Chargement arrêté
workload-partial = Le rapport ne porte que sur les tâches déjà chargées : { $loaded } sur { $total }.
workload-load-again = Recharger
workload-open-tasks = Tâches ouvertes
workload-due-this-week = Échéance cette semaine
workload-no-deadline = Sans échéance
workload-by-status = Tâches par statut
workload-per-person = Tâches ouvertes par responsable
workload-person-load = { $open } (en retard : { $overdue })
workload-other-status = Autre statut
workload-open-list = Ouvrir la liste des tâches
workload-empty = Cette liste ne contient aucune tâche.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)
group-kind-workgroup = Groupe de travail
group-open-to-join = Ouvert à tous
group-members = Membres
group-role-owner = Propriétaire
group-role-moderator = Modérateur
group-role-member = Membre
group-deadlines = Prochaines échéances
group-no-deadlines = Aucune tâche ouverte de ce groupe n'a d'échéance.
group-open-page = Ouvrir le groupe
group-no-group-title = Aucun groupe ici
group-no-group-text = Le portail a ouvert ce bouton sur une page qui n'indique aucun groupe : il n'y a donc pas de fiche de groupe à afficher.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)
profile-department = Service
profile-manager = Responsable
profile-work-phone = Téléphone professionnel
profile-mobile = Téléphone mobile
profile-extension = Poste
profile-online = En ligne
profile-dismissed = Parti de l'entreprise
profile-message = Envoyer un message
profile-call = Appeler
profile-open-profile = Ouvrir le profil
profile-open-deals = Transactions en cours : { $count }
profile-open-tasks = Tâches ouvertes : { $count }
profile-no-deals = Aucune transaction en cours.
profile-no-tasks = Aucune tâche ouverte.
profile-messenger-failed = La messagerie ne peut pas être ouverte d'ici.

## App links (REST_APP_URI)
link-unknown-title = Ce lien ne désigne rien que l'application puisse ouvrir
link-unknown-text = L'application ouvre les liens dont les paramètres désignent un élément du CRM (entityTypeId et id, ou deal, lead, contact, company, quote, invoice), une tâche (task) ou un collaborateur (user). Ce lien a transmis :
link-no-params = Le lien n'a transmis aucun paramètre.

## Calendar view (CALENDAR_GRIDVIEW)
calendar-range = { $from } – { $to }
calendar-events-count = Événements sur cette période : { $count }
calendar-previous = Période précédente
calendar-next = Période suivante
calendar-add = Nouvel événement
calendar-all-day = Toute la journée
calendar-edit = Modifier
calendar-delete = Supprimer
calendar-edit-event = Modifier « { $name } »
calendar-delete-event = Supprimer « { $name } »
calendar-no-events = Aucun événement
calendar-not-found = Le calendrier n'a pas trouvé cet événement. Actualisez la vue et réessayez.

## Sites
landing-site-settings = Paramètres du site
landing-page = Page : { $page }
landing-site-title = Titre du site
landing-site-description = Description
landing-save = Enregistrer
landing-site-saved = Les paramètres du site sont enregistrés.
landing-title-required = Saisissez le titre du site.
landing-refused = Le portail a refusé : { $reason }
landing-unknown = Le portail n'a pas confirmé à temps : la modification a peut-être été enregistrée. Rechargez la page avant d'enregistrer à nouveau.
landing-block-settings = Textes du bloc
landing-block-hint = Remplissez les textes à modifier ; les champs vides restent tels qu'ils sont dans l'éditeur.
landing-no-text-nodes = Ce bloc n'a pas de texte modifiable ici.
landing-nothing-to-save = Remplissez au moins un texte.
landing-block-saved = Le bloc est mis à jour et rechargé dans l'éditeur.
landing-block-saved-no-refresh = Le bloc est mis à jour, mais l'éditeur ne l'a pas rechargé : { $reason }
## CRM work
crm-todo-title = Nouvelle tâche à faire
crm-todo-for = Pour { $title }
crm-todo-heading = Nouvelle tâche pour « { $title } »
crm-todo-text = À faire
crm-todo-text-placeholder = Par exemple : rappeler au sujet de l’offre
crm-todo-deadline = Échéance
crm-todo-due = Échéance
crm-todo-due-today = Aujourd’hui, 18:00
crm-todo-due-tomorrow = Demain, 10:00
crm-todo-due-three-days = Dans 3 jours
crm-todo-due-week = Dans une semaine
crm-todo-responsible = Responsable
crm-todo-me = Vous
crm-todo-choose-user = Choisir
crm-todo-create = Créer la tâche
crm-todo-create-again = Créer quand même
crm-todo-cancel = Annuler
crm-todo-saving = Création de la tâche…
crm-todo-created = Tâche créée : { $text }
crm-todo-failed-title = La tâche n’a pas été créée
crm-todo-failed = La tâche n’a pas été créée : { $reason }
crm-todo-unknown-title = Non confirmé
crm-todo-unknown = Le portail n’a pas confirmé la tâche : elle a peut-être été créée. Vérifiez les tâches ouvertes avant de la recréer.
crm-todo-open = Tâches ouvertes : { $count }
crm-todo-open-none = Aucune tâche ouverte pour l’instant.
crm-todo-empty-text = Indiquez ce qu’il faut faire.
crm-todo-bad-deadline = Choisissez une date et une heure.
crm-todo-driver-loading = Préparation du formulaire…
crm-todo-driver-ready = Le formulaire est affiché.
crm-todo-load-failed = Impossible de charger l’élément : { $reason }
crm-todo-layout-refused = Le portail n’a pas pu afficher le formulaire.
crm-record-paid = Payé
crm-record-unpaid = Non payé
crm-record-canceled = Annulé
crm-record-status = Statut : { $code }
crm-record-done = Terminé
crm-record-open = À faire
crm-record-incoming = Entrant
crm-record-outgoing = Sortant
crm-record-meeting = Réunion
crm-record-call = Appel
crm-record-task = Tâche
crm-record-email = E-mail
crm-record-todo = Tâche à faire
crm-record-billed = Émise le
crm-record-pay-before = À payer avant
crm-record-starts = Début
crm-record-order-title = Commande { $number }
crm-record-belongs-to = Rattaché à
crm-record-items = Articles
crm-record-line = { $quantity } × { $price }
crm-search-running = Recherche…
crm-search-found = Résultats envoyés au formulaire : { $count }
crm-search-failed = La recherche a échoué : { $reason }
crm-search-picked = Le résultat choisi a été repris dans le formulaire.
crm-search-unknown-pick = L’option choisie ne vient pas de cette application.
crm-doc-title = Offre commerciale
crm-doc-number = N° { $number }
crm-doc-issued = Date
crm-doc-subject = Objet
crm-doc-client = Client
crm-doc-stage = Étape
crm-doc-prepared-by = Préparé par
crm-doc-note = Cette offre est valable 14 jours à compter de la date ci-dessus.
crm-doc-print = Imprimer
crm-doc-download = Télécharger
crm-doc-downloaded = Enregistré sous { $file }.
crm-doc-download-failed = Le fichier n’a pas pu être enregistré.
crm-doc-print-failed = Le navigateur n’a pas pu imprimer la page.
crm-record-mark-done = Marquer comme terminé
crm-record-done-failed = Impossible de marquer comme terminé : { $reason }
crm-record-done-unknown = Le portail n’a pas confirmé la modification. La fiche a été relue : vérifiez-la avant de réessayer.
crm-robot-title = Paramètres du robot
crm-robot-hint = Les modifications vont aussitôt dans le formulaire du robot ; enregistrez le robot pour les conserver.
crm-robot-sent = Envoyé au formulaire du robot : { $name }
crm-robot-required = Remplissez ce champ.
crm-robot-not-integer = Saisissez un nombre entier.
crm-robot-not-number = Saisissez un nombre.
crm-robot-not-date = Saisissez une date.
crm-robot-not-option = Choisissez l’une des options.
crm-robot-no-properties = Ce robot n’a aucun paramètre.
crm-robot-one-per-line = Une valeur par ligne.
