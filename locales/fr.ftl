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
