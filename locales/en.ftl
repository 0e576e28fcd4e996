# English: the reference. Every other file has exactly these messages.
# Format: Fluent (https://projectfluent.org/fluent/guide/), the subset described in crates/i18n/src/ftl.rs.

## Boot and error screens: before and instead of a widget

# Boot splash.
loading = Loading…

# Screen title: page opened outside Bitrix24.
not-in-frame-title = Open this app inside Bitrix24

# Screen text: page opened outside Bitrix24.
not-in-frame-text = This page is a Bitrix24 widget. It works inside your Bitrix24 portal, where the portal passes it the context it needs. Open it from the portal's menu, a CRM card or any other place where the app is installed.

# Developer hint on the not-in-frame screen.
not-in-frame-dev-hint = Developers: run scripts/run.sh to try every widget in the local portal emulator.

# Screen title: BX24.init timed out.
init-timeout-title = Bitrix24 is not responding

# Screen text: BX24.init timed out.
init-timeout-text = The portal did not send the widget its context in time. Check your connection and try again.

# Screen title: PLACEMENT_OPTIONS could not be parsed.
malformed-title = This widget received data it cannot read

# Screen text: PLACEMENT_OPTIONS could not be parsed.
malformed-text = The portal opened the widget with options in an unexpected format. Nothing was changed. The details below help the app's developer.

# Screen title: unknown placement code.
unknown-title = This place is not supported yet

# Screen text: unknown placement code.
unknown-text = The portal opened the app in a place it does not know. Here is what it received:

# Screen title: unexpected failure.
crash-title = Something went wrong

# Screen text: unexpected failure.
crash-text = The widget hit an unexpected error. Reloading usually helps.

# Retry/reload button.
retry = Try again

# Reload button.
reload = Reload

# Label: placement code.
placement-code = Placement

# Label: error.
error = Error

## Actions every widget shares

# Open in the portal.
open = Open

# Open the details view in a slider.
details = Details

# Refresh the data.
refresh = Refresh

## Fields of the CRM entity card and the task card

# Field: amount.
amount = Amount

# Field: responsible person.
responsible = Responsible

# Field: creator.
created-by = Created by

# Field: contact.
contact = Contact

# Field: company.
company = Company

# Field: phone.
phone = Phone

# Field: e-mail.
email = E-mail

# Field: created.
created = Created

# Field: modified.
modified = Modified

# Field: start date.
start-date = Start date

# Field: close / due date.
close-date = Close date

# Field: deadline.
deadline = Deadline

# Field: project.
project = Project

# Field: checklist.
checklist = Checklist

# Not set.
not-set = Not set

# Deadline passed.
overdue = Overdue

# High priority.
important = High priority

# Closed CRM element.
closed-item = Closed

## Loading states

# Loading failed.
load-failed = Could not load the data

# Element not found.
not-found = Not found or no access

# Not found, explained.
not-found-text = It may have been deleted, or your permissions do not allow you to see it.

# The portal refused to open a page.
path-not-available = The portal cannot open this page here.

## Task statuses (tasks.task.get status 1–7)

# Task status 1.
task-new = New

# Task status 2.
task-pending = Pending

# Task status 3.
task-in-progress = In progress

# Task status 4.
task-awaiting-review = Awaiting review

# Task status 5.
task-completed = Completed

# Task status 6.
task-deferred = Deferred

# Task status 7.
task-declined = Declined

## CRM entity type names

# Entity: lead.
lead = Lead

# Entity: deal.
deal = Deal

# Entity: contact.
contact-entity = Contact

# Entity: company.
company-entity = Company

# Entity: quote.
quote = Quote

# Entity: smart invoice.
invoice = Invoice

# Entity: smart process item.
smart-process-item = Smart process item

# Entity: activity.
activity = Activity

# Entity: order.
order = Order

# Entity: task.
task = Task

## Call card (CALL_CARD)

# Call card: incoming call.
incoming-call = Incoming call

# Call card: outgoing call.
outgoing-call = Outgoing call

# Call card: callback.
callback = Callback

# Call card: line.
line = Line

# Call state: idle.
call-idle = waiting

# Call state: connecting.
call-connecting = connecting

# Call state: connected.
call-connected = connected

# Call card: no CRM binding.
no-crm-binding = The caller is not in the CRM yet.

# Call card: other bindings.
also-linked = Also linked

## Typed context view (placements without their own widget yet)

# Context view heading.
widget-context = Widget context

# Context view explanation.
widget-context-text = The portal opened the app here with this context. This place shows its context until its own widget is built.

# Label: page the widget was opened from.
opened-from = Opened from

# Label: how the frame is shown.
presentation = Shown as

## Home page (DEFAULT, LEFT_MENU)

# Home screen greeting.
welcome = Rust widgets for Bitrix24

# Home screen text.
welcome-text = The app adds widgets to CRM cards, tasks, the call card and other places of your portal.

# Home: signed-in user.
signed-in-as = Signed in as

# Home: portal.
portal = Portal

# Home: language.
language = Language

# Home: administrator.
administrator = Administrator

## Shared controls

# Theme toggle label.
toggle-theme = Switch light/dark theme

# Hidden worker text (screen readers only).
background-worker = Background worker is running.

## Task card

# Progress bar label of a task checklist: items done of all items.
checklist-progress = Checklist: { $done } of { $total } done

## Details view

# A yes/no field that is set.
yes = Yes

# A yes/no field that is not set.
no = No

## Setup: the install wizard and the app settings (DEFAULT with INSTALL, view=settings)

# Wizard group: the app's own pages.
setup-area-app = The app's own pages

# Wizard group: CRM.
setup-area-crm = CRM

# Wizard group: tasks.
setup-area-tasks = Tasks

# Wizard group: workgroups and projects.
setup-area-workgroups = Workgroups and projects

# Wizard group: employees.
setup-area-people = Employees

# Wizard group: calendar.
setup-area-calendar = Calendar

# Wizard group: telephony.
setup-area-telephony = Telephony

# Wizard group: messenger.
setup-area-messenger = Messenger

# Wizard group: contact center.
setup-area-contact-center = Contact center

# Wizard group: custom CRM fields.
setup-area-fields = CRM fields

# Wizard group: sites and stores.
setup-area-sites = Sites and stores

# Widget name the portal shows (left menu item).
setup-purpose-app-page = Widgets

# What the widget does.
setup-purpose-app-page-text = The app's own page: who you are, your portal, and the app's settings.

# Widget name the portal shows.
setup-purpose-app-link = Open in Widgets

# What the widget does.
setup-purpose-app-link-text = Opens the CRM element, task or employee a link to the app names.

# Widget name the portal shows.
setup-purpose-call-watcher = Call watcher

# What the widget does.
setup-purpose-call-watcher-text = Runs in the background on every page and follows calls for the call card.

# Widget name the portal shows (a tab in a CRM card).
setup-purpose-entity-overview = Overview

# What the widget does.
setup-purpose-entity-overview-text = The element at a glance: stage, amount, people and contact details.

# Widget name the portal shows (a list row menu item).
setup-purpose-row-action = Widgets actions

# What the widget does.
setup-purpose-row-action-text = Acts on the rows chosen in the list.

# Widget name the portal shows (a button above a list).
setup-purpose-list-report = Stage report

# What the widget does.
setup-purpose-list-report-text = Count and amount per stage of the whole list, and conversion through the funnel.

# Widget name the portal shows (a card toolbar button).
setup-purpose-card-action = Summary

# What the widget does.
setup-purpose-card-action-text = The element's summary in a slider.

# Widget name the portal shows (an activity type).
setup-purpose-activity = To-do

# What the widget does.
setup-purpose-activity-text = A CRM activity type that adds a to-do to the element.

# Widget name the portal shows (a timeline record menu item).
setup-purpose-timeline-action = Record actions

# What the widget does.
setup-purpose-timeline-action-text = Works on the chosen timeline record.

# Widget name the portal shows (a documents button item).
setup-purpose-document = Printable summary

# What the widget does.
setup-purpose-document-text = Builds a printable document for the element.

# Widget name the portal shows.
setup-purpose-automation-triggers = Automation triggers

# What the widget does.
setup-purpose-automation-triggers-text = Adds the app's triggers to the automation designer and tries them on an item.

# Widget name the portal shows.
setup-purpose-search = Widgets search

# What the widget does.
setup-purpose-search-text = Finds CRM elements and company details for the search and the details form.

# Widget name the portal shows.
setup-purpose-analytics = Widgets report

# What the widget does.
setup-purpose-analytics-text = A report in the analytics section.

# Widget name the portal shows.
setup-purpose-task-summary = Task summary

# What the widget does.
setup-purpose-task-summary-text = The task at a glance: status, deadline, people and checklist.

# Widget name the portal shows.
setup-purpose-workload = Workload

# What the widget does.
setup-purpose-workload-text = A workload report over a person's or a group's tasks.

# Widget name the portal shows.
setup-purpose-group-card = Group overview

# What the widget does.
setup-purpose-group-card-text = The workgroup's members, roles and open tasks.

# Widget name the portal shows.
setup-purpose-employee-card = Employee card

# What the widget does.
setup-purpose-employee-card-text = Department, manager, contacts, open deals and tasks.

# Widget name the portal shows (a calendar view).
setup-purpose-calendar-view = Agenda

# What the widget does.
setup-purpose-calendar-view-text = A view of the calendar.

# Widget name the portal shows.
setup-purpose-call-notes = Call notes

# What the widget does.
setup-purpose-call-notes-text = Notes during a call, saved on the client's CRM element.

# Widget name the portal shows.
setup-purpose-calls-report = Calls report

# What the widget does.
setup-purpose-calls-report-text = A report over the portal's calls.

# Widget name the portal shows.
setup-purpose-chat-templates = Reply templates

# What the widget does.
setup-purpose-chat-templates-text = Reply templates above the chat's input.

# Widget name the portal shows.
setup-purpose-chat-context = Chat context

# What the widget does.
setup-purpose-chat-context-text = The CRM element or task the chat belongs to, in its sidebar.

# Widget name the portal shows.
setup-purpose-message-action = Create from message

# What the widget does.
setup-purpose-message-action-text = Turns a message into a task or a CRM activity.

# Widget name the portal shows.
setup-purpose-messenger-page = Widgets

# What the widget does.
setup-purpose-messenger-page-text = The app as a page inside the messenger.

# Widget name the portal shows.
setup-purpose-connector-tile = Widgets connector

# What the widget does.
setup-purpose-connector-tile-text = A contact center tile that opens the connector's setup.

# Widget name the portal shows.
setup-purpose-connector-settings = Connector settings

# What the widget does.
setup-purpose-connector-settings-text = The settings of the app's open channel connector.

# Widget name the portal shows (a CRM field type).
setup-purpose-rating-field = Rating

# What the widget does.
setup-purpose-rating-field-text = A CRM field type: a star rating with a note.

# Widget name the portal shows.
setup-purpose-site-settings = Site settings

# What the widget does.
setup-purpose-site-settings-text = The app's settings on a site.

# Widget name the portal shows.
setup-purpose-block-settings = Block settings

# What the widget does.
setup-purpose-block-settings-text = Settings of the app's blocks in the site editor.

# Where a widget appears.
setup-spot-left-menu = Left menu

# Where a widget appears.
setup-spot-app-links = Links to the app

# Where a widget appears.
setup-spot-every-page = Every page, in the background

# Where a widget appears (after the object, e.g. 'Deal · Card tab').
setup-spot-card-tab = Card tab

# Where a widget appears.
setup-spot-card-activity = Activity in the card

# Where a widget appears.
setup-spot-card-toolbar = Card toolbar

# Where a widget appears.
setup-spot-card-sidebar = Card sidebar

# Where a widget appears.
setup-spot-card-top-panel = Card top panel

# Where a widget appears.
setup-spot-list-toolbar = Above the list

# Where a widget appears.
setup-spot-funnels-toolbar = Above the funnels

# Where a widget appears.
setup-spot-list-row-menu = List row menu

# Where a widget appears.
setup-spot-timeline-menu = Timeline record menu

# Where a widget appears.
setup-spot-document-button = Documents button

# Where a widget appears.
setup-spot-automation-toolbar = Automation designer

# Where a widget appears.
setup-spot-analytics-menu = Analytics menu

# Where a widget appears.
setup-spot-analytics-toolbar = Analytics toolbar

# Where a widget appears.
setup-spot-search = CRM search

# Where a widget appears.
setup-spot-details-autocomplete = Company and bank details form

# Where a widget appears.
setup-spot-profile-menu = Profile menu

# Where a widget appears.
setup-spot-calendar-view = Calendar views

# Where a widget appears.
setup-spot-call-card = Call card

# Where a widget appears.
setup-spot-chat-input-panel = Panel above the chat input

# Where a widget appears.
setup-spot-chat-sidebar = Chat sidebar

# Where a widget appears.
setup-spot-message-menu = Message menu

# Where a widget appears.
setup-spot-mobile-message-menu = Message menu in the mobile app

# Where a widget appears.
setup-spot-messenger-navigation = Messenger navigation

# Where a widget appears.
setup-spot-contact-center-tile = Contact center tile

# Where a widget appears.
setup-spot-connector-settings = Open channel settings

# Where a widget appears.
setup-spot-field-type = Field types of CRM

# Where a widget appears.
setup-spot-site-settings = Site settings

# Where a widget appears.
setup-spot-block-settings = Block settings in the site editor

# Where a widget appears: no better description.
setup-spot-other = Elsewhere

# Object: an invoice of the old (pre-smart) kind.
setup-subject-old-invoice = Invoice (old)

# Object: a workgroup.
setup-subject-workgroup = Workgroup

# Object: an employee.
setup-subject-employee = Employee

# First-run wizard: title.
setup-title = Install the app

# First-run wizard: intro.
setup-intro = Choose where the app appears in your portal. A sensible set is already selected; you can change it later in the app's settings.

# How many widgets are selected.
setup-selected = Selected: { $count }

# Button: run the installation.
setup-install = Install

# Badge: this widget is already in the portal.
setup-installed = Installed

# Progress of an install or a settings change.
setup-progress = Steps done: { $done } of { $total }

# Step state.
setup-state-pending = Waiting

# Step state.
setup-state-running = In progress

# Step state.
setup-state-done = Done

# Step state: the portal already had it.
setup-state-already = Already there

# Step state.
setup-state-failed = Failed

# Step state: no answer says whether it worked.
setup-state-unknown = Outcome unknown

# Alert title: some steps did not complete.
setup-problems-title = Some steps did not complete

# Alert text under the failed steps.
setup-problems-text = Everything else is in place. Try again once the cause is fixed: only what is still missing is sent.

# Alert text: some answers were lost and the app re-read the portal.
setup-rechecked-text = The portal did not say whether some steps worked, so the app checked the portal again. What is listed is still missing; nothing was sent twice.

# Status: telling the portal the installation is done.
setup-finishing = Finishing the installation…

# Status: installation complete.
setup-finished = The app is installed. The portal now reloads it.

# Alert: the portal refused installFinish.
setup-finish-failed = The portal did not take the end of the installation.

# Status: nothing left to install.
setup-nothing-new = Everything you chose is already installed.

# Refusal screen for non-admins: title.
setup-not-admin-title = Ask your administrator to install the app

# Refusal screen for non-admins: text.
setup-not-admin-text = Only a Bitrix24 administrator can install this app and choose where it appears. Nothing has been changed.

# Alert: the app runs from an address the portal cannot use as a handler.
setup-bad-address = The app is open at an address the portal cannot load widgets from.

# Settings page: title.
setup-settings-title = App settings

# Settings page: intro.
setup-settings-intro = Where the app appears in your portal, and its options.

# Settings page: note for non-admins.
setup-read-only = Only an administrator can change these settings.

# Settings section: placements.
setup-places = Where the app appears

# Badge: the widget is bound in the portal.
setup-bound = Bound

# Badge: the widget is not bound.
setup-not-bound = Not bound

# Badge: the portal does not offer this placement (missing scope or module).
setup-unavailable = Not available on this portal

# Button: apply the placement changes.
setup-apply = Apply changes

# Status: nothing to change.
setup-no-changes = There is nothing to change.

# Status: changes applied.
setup-applied = The changes are applied.

# Settings section: options for everyone.
setup-app-options = Options for everyone

# Settings section: the user's own options.
setup-my-options = My options

# Option: colour theme.
setup-theme = Theme

# Theme option: follow the system.
setup-theme-auto = As in the system

# Theme option.
setup-theme-light = Light

# Theme option.
setup-theme-dark = Dark

# Option: how the app talks to the portal's REST API.
setup-transport = REST connection

# Transport option: through the portal page.
setup-transport-bx24 = Through the portal page

# Transport option: direct requests.
setup-transport-fetch = Direct requests

# Button: save options.
setup-save = Save

# Status: options saved.
setup-saved = Saved.

# Alert: options not saved.
setup-save-failed = The options were not saved.

# Button on the home page: open the app's settings.
home-open-settings = App settings
## Messenger

# IM_TEXTAREA: heading above the quick replies.
im-templates-title = Quick replies

# IM_TEXTAREA: a quick reply.
im-template-thanks = Thank you! I will get back to you shortly.

# IM_TEXTAREA: a quick reply.
im-template-details = Could you send me the details, please?

# IM_TEXTAREA: a quick reply.
im-template-call = Let's discuss this on a call. When suits you?

# IM_TEXTAREA: quick reply in a chat of a CRM element or task; $element is e.g. “Deal #5” or “Task #12”.
im-template-bound = We are working on { $element } and will keep you posted in this chat.

# IM_TEXTAREA: drafted reply; $name is the author's first name, $about the start of their message.
im-draft-reply = { $name }, thank you for your message: “{ $about }” I will look into it and reply today.

# IM_TEXTAREA: drafted reply when the author's name is unknown.
im-draft-reply-anonymous = Thank you for your message: “{ $about }” I will look into it and reply today.

# IM_TEXTAREA: button that puts a drafted reply into the message input.
im-draft-button = Draft a reply

# IM_TEXTAREA: button that reads what is in the message input.
im-read-input = Read the input

# IM_TEXTAREA: checkbox: inserted text replaces the input's text instead of being added.
im-replace-text = Replace the text in the input

# IM_TEXTAREA: what the message input holds; $count is its number of characters.
im-input-text = Text in the input: { $text } (length: { $count })

# IM_TEXTAREA: the message input holds nothing.
im-input-empty = The message input is empty.

# Messenger: text was put into the message input.
im-inserted = The text is in the message input.

# Messenger: the portal ignored the textarea command.
im-no-textarea = The messenger did not answer: there is no message input here.

# Messenger: the textarea command failed; $reason is the error.
im-insert-failed = The text could not be inserted: { $reason }

# Messenger: a task by number.
im-task-ref = Task #{ $id }

# Messenger: label before the CRM element or task a chat belongs to.
im-belongs-to = Belongs to:

# IM_SIDEBAR: a chat without a CRM element or task.
im-ordinary-chat = This chat is not linked to a CRM element or a task.

# IM_SIDEBAR: a one-to-one chat.
im-private-chat = A private chat: it is not linked to a CRM element or a task.

# IM_SIDEBAR: number of chat members.
im-members = Members: { $count }

# IM_SIDEBAR: badge of a member who is online.
im-online = online

# IM_SIDEBAR: opens a chat with a member.
im-write = Write

# IM_SIDEBAR: calls a member.
im-call-short = Call

# IM_SIDEBAR: accessible name of the Write button.
im-write-to = Write to { $name }

# IM_SIDEBAR: accessible name of the Call button.
im-call = Call { $name }

# IM_CONTEXT_MENU: field label.
im-field-title = Title

# IM_CONTEXT_MENU: field label.
im-field-description = Description

# IM_CONTEXT_MENU: field label.
im-field-deadline = Deadline

# IM_CONTEXT_MENU: creates a task from the message.
im-make-task = Create task

# IM_CONTEXT_MENU: adds a to-do activity to the chat's CRM element.
im-make-activity = Add CRM activity

# IM_CONTEXT_MENU: the title is empty.
im-title-required = Enter a title.

# IM_CONTEXT_MENU: the deadline is empty.
im-deadline-required = A CRM activity needs a deadline.

# IM_CONTEXT_MENU: no CRM element to add an activity to.
im-no-crm-binding = This chat is not linked to a CRM element, so only a task can be created.

# IM_CONTEXT_MENU: last line of the task description; $author is a name, $chat the chat title.
im-from-message = From the message of { $author } in “{ $chat }”.

# IM_CONTEXT_MENU: success.
im-task-created = Task #{ $id } has been created.

# IM_CONTEXT_MENU: success; $element is e.g. “Deal #5”.
im-activity-created = Activity #{ $id } has been added to { $element }.

# IM_CONTEXT_MENU: the portal refused to create it; $reason is its message.
im-write-refused = The portal refused: { $reason }

# IM_CONTEXT_MENU: the outcome of the write is unknown.
im-write-unknown = The portal did not confirm in time: it may have been created. Check before sending it again.

# IM_CONTEXT_MENU: looks for what may have been created.
im-check = Check

# IM_CONTEXT_MENU: the check found nothing.
im-check-not-found = Nothing was created. You can send it again.

# IM_NAVIGATION: page title.
im-recent-title = Your chats

# IM_NAVIGATION: empty list.
im-no-chats = No chats yet.

# IM_NAVIGATION: unread messages in a chat.
im-unread = Unread: { $count }

# IM_NAVIGATION: opens the chat in the messenger.
im-open-chat = Open chat

# IM_NAVIGATION: the list is cut.
im-more-chats = Only the latest chats are shown (up to { $count }).

# IM_SMILES_SELECTOR: notice title.
im-smiles-deprecated = This place is deprecated

# IM_SMILES_SELECTOR: notice text.
im-smiles-deprecated-text = Since version 25.1600.0 of the messenger, emoji have been replaced by stickers and the portal no longer opens this place. The sets below still go into the message input where the portal allows it.

# IM_SMILES_SELECTOR: name of an emoji set.
im-smiles-faces = Faces

# IM_SMILES_SELECTOR: name of an emoji set.
im-smiles-work = Work

# IM_SMILES_SELECTOR: name of an emoji set.
im-smiles-gestures = Gestures

## Telephony

# CALL_CARD: label of the note field.
call-note-label = Call note

# CALL_CARD: saves the note as an activity.
call-note-save = Save note

# CALL_CARD: throws the note away.
call-note-discard = Discard

# CALL_CARD: auto-close is off while writing.
call-note-held = The call card stays open until you save or discard the note.

# CALL_CARD: the note is on its way.
call-note-saving = Saving the note…

# CALL_CARD: success; $element is e.g. “Deal #25”.
call-note-saved = The note is saved as activity #{ $id } on { $element }.

# CALL_CARD: the portal refused; $reason is its message.
call-note-refused = The note was not saved: { $reason }

# CALL_CARD: the outcome of the save is unknown.
call-note-unknown = The portal did not confirm the note in time: it may have been saved. Check the timeline before saving it again.

# CALL_CARD: the call is not bound to any element.
call-note-no-target = Bind the call to a CRM element to save a note.

# CALL_CARD: title of the activity; $phone is the caller's number.
call-note-title = Call note: { $phone }

# CALL_CARD: title of the activity without a number.
call-note-title-no-phone = Call note

# PAGE_BACKGROUND_WORKER: hidden status (screen readers only).
softphone-waiting = The softphone is waiting for calls.

# Background call card: title; $phone is the caller's number.
softphone-title = Incoming call from { $phone }

# Background call card: status line.
softphone-ringing = Ringing…

# Background call card: status line.
softphone-connected = Connected

# Background call card: status line.
softphone-on-hold = On hold

# Background call card: status line with the talk time.
softphone-ended = Call ended after { $minutes } min { $seconds } s

# Background call card: status line.
softphone-missed = Missed call

# PAGE_BACKGROUND_WORKER: telephony.externalCall.finish failed.
softphone-finish-failed = The call could not be finished: { $reason }

# PAGE_BACKGROUND_WORKER: a call-card command failed.
softphone-command-failed = The call card did not accept a command: { $reason }

# TELEPHONY_ANALYTICS_MENU: report title; $days is 30.
calls-title = Calls in the last { $days } days

# Calls report: number of calls.
calls-total = Calls

# Calls report: incoming calls.
calls-incoming = Incoming

# Calls report: outgoing calls.
calls-outgoing = Outgoing

# Calls report: calls not answered.
calls-missed = Missed

# Calls report: total conversation time.
calls-talk-time = Talk time

# Calls report: average conversation time.
calls-average = Average call

# Calls report: a duration.
calls-duration = { $minutes } min { $seconds } s

# Calls report: chart heading.
calls-per-day = Calls per day

# Calls report: table heading.
calls-per-user = By employee

# Calls report: table column.
calls-employee = Employee

# Calls report: progress; $rows is the number of calls loaded.
calls-loading = Loading the call log… Loaded: { $rows }

# Calls report: stops loading.
calls-stop = Stop

# Calls report: partial data.
calls-partial = Loading was stopped: the report covers only the calls loaded so far.

# Calls report: nothing to show.
calls-none = No calls in this period.

# Calls report: one day of the chart.
calls-day = { $date }: answered { $answered }, missed { $missed }

## Open lines

# CONTACT_CENTER: tile title; $name is the connector's name.
connector-title = Open channel connector “{ $name }”

# CONTACT_CENTER: no connector.
connector-not-registered = The app's connector is not registered on this portal. Open the app's settings to register it.

# CONTACT_CENTER: list heading.
connector-lines = Open lines

# CONTACT_CENTER: opens the connector's setup for a line.
connector-setup = Set up

# SETTING_CONNECTOR: title.
connector-line-id = Open line #{ $id }

# CONTACT_CENTER: badge of an open line that is off.
connector-line-inactive = Switched off

# Connector status: switched on for the line.
connector-active = Active

# Connector status: switched off for the line.
connector-inactive = Not active

# Connector status: the channel's data is set.
connector-configured = Channel data set

# Connector status: the channel's data is missing.
connector-not-configured = Channel data not set

# Connector status: the connector reports an error.
connector-error = Error

# Connector status: everything works.
connector-ok = Working

# Connector: summary when it works.
connector-works = The connector works on this open line.

# SETTING_CONNECTOR: ACTIVE_STATUS is on but the connector does not work yet.
connector-wants-on = You switched the connector on for this open line: connect it to finish.

# SETTING_CONNECTOR: ACTIVE_STATUS is off but the connector is still active.
connector-wants-off = You switched the connector off for this open line: disconnect it to finish.

# Connector form: label.
connector-channel-name = Channel name

# Connector form: default channel name.
connector-default-name = Rust widgets chat

# Connector form: label of the link to the external chat.
connector-channel-url = Chat link

# Connector form: activates the connector and sets the channel's data.
connector-connect = Connect

# Connector form: switches the connector off.
connector-disconnect = Disconnect

# Connector form: empty name.
connector-name-required = Enter the channel name.

# Connector form: bad link.
connector-url-invalid = The chat link must start with https:// or http://.

# Connector: the portal refused; $reason is its message.
connector-refused = The portal refused: { $reason }

# Connector: outcome unknown.
connector-unknown = The portal did not confirm in time: the change may have been applied. Check the status before trying again.

# Connector: re-reads the status.
connector-check = Check status

## Unsupported spots

# HCMLINK_SALARY_VACATION: screen title.
spot-hr-title = Salary and vacation (HR)

# HCMLINK_SALARY_VACATION: why nothing more is shown.
spot-hr-text = The portal opens this slider from the HR module's salary and vacation menu. Bitrix24 does not document what it passes to the app here, so the app shows what arrived and nothing more.

# CATALOG_EXTERNAL_PRODUCT: screen title.
spot-catalog-title = External product catalogue

# CATALOG_EXTERNAL_PRODUCT: why nothing more is shown.
spot-catalog-text = The product selector loads this hidden frame to search an external catalogue. Its commands and events are not documented (they are known only from the portal's code), so the app does not answer them and the selector keeps using the portal's own catalogue.

# Spot screens: heading above the options.
spot-options = What the portal sent
## CRM list report (CRM_*_LIST_TOOLBAR, CRM_ANALYTICS_*, CRM_*FUNNELS_TOOLBAR)

# Report title; $entity is the entity type name (Deal, Lead, ...).
crm-report-title = Stage report: { $entity }

# Label of the entity type picker on analytics pages.
crm-report-entity = Report on

# Progress while the whole list is read: $done items counted of $total.
crm-report-counting = Counting: { $done } of { $total }

# Button that stops reading the list.
crm-report-stop = Stop

# Shown when the user stopped before anything was counted.
crm-report-stopped-early = Stopped before anything was counted.

# Button that reads the whole list again.
crm-report-count-again = Count again

# Stopped report: the numbers cover $done of $total items.
crm-report-partial = Stopped early: these numbers cover { $done } of { $total }.

# How many items the report counted; $count is a number.
crm-report-counted = Counted: { $count }

# The list has no items.
crm-report-empty = This list is empty.

# Name of a type's only pipeline when the portal gives none.
crm-report-pipeline = Pipeline

# Label: items in a pipeline in total.
crm-report-total = In total

# Label: items in success stages.
crm-report-won = Won

# Label: items in failure stages.
crm-report-lost = Lost

# Label: won as a share of the closed items.
crm-report-win-rate = Win rate

# A share in percent; $percent is a whole number 0-100.
crm-report-percent = { $percent }%

# Funnel conversion under a stage: $percent (whole number) of the pipeline's items got this far.
crm-report-reached = { $percent }% reached this stage

# Accessible name of a pipeline's chart; $pipeline is its name.
crm-report-chart = Stages of { $pipeline }

# Hint under the chart.
crm-report-open-hint = Select a stage to open the list filtered to it.

## CRM list row actions (CRM_*_LIST_MENU)

# Heading of the actions panel under a list row's card.
crm-row-actions = Quick actions

# Label of the stage picker.
crm-row-stage = Stage

# Button: move the row to the picked stage.
crm-row-move = Move

# Button: choose another responsible person.
crm-row-reassign = Change responsible

# Title of the portal's user picker.
crm-row-pick-user = Choose the new responsible person

# While a change is being saved.
crm-row-saving = Saving…

# After a successful stage change; $stage is the stage name.
crm-row-moved = Moved to “{ $stage }”.

# After a successful reassignment; $name is the new responsible person.
crm-row-reassigned = { $name } is now responsible.

# A refused change; $reason is the portal's reason. The user's choice stays on screen.
crm-row-save-failed = The change was not saved: { $reason }

# A change whose outcome is unknown (no answer, network error, server error). It is not sent again.
crm-row-unknown = The portal did not confirm the change, so it may or may not have been saved. The row has been read again: check it before you try again.

## CRM automation triggers (CRM_*_ROBOT_DESIGNER_TOOLBAR)

# Title of the trigger manager opened from the automation designer.
automation-title = Automation triggers

# Under the title: what the app's triggers do.
automation-hint = Place one of the app's triggers on a stage in this designer: when the trigger fires on an item, the item moves to that stage.

# The app has registered no trigger yet.
automation-empty = The app has no triggers yet.

# For users who are not administrators.
automation-admin-only = Only an administrator can add, delete or fire the app's triggers.

# Button: delete a trigger.
automation-delete = Delete

# Accessible name of a trigger's delete button; $name is the trigger's name.
automation-delete-label = Delete “{ $name }”

# Heading of the form that adds a trigger.
automation-add-title = New trigger

# Label: the trigger's name, as the designer shows it.
automation-name = Name

# Label: the trigger's code, unique within the app.
automation-code = Code

# Under the code field: which characters a code may hold.
automation-code-hint = Lower-case Latin letters, digits, dots, hyphens and underscores. The app proposes one from the name.

# Button: add the trigger.
automation-add = Add trigger

# The form has no name.
automation-empty-name = Give the trigger a name.

# The code breaks the rule.
automation-bad-code = The code may only hold lower-case Latin letters, digits, dots, hyphens and underscores (at most 64).

# Another trigger of the app has this code.
automation-taken-code = The app already has a trigger with this code.

# After adding; $name is the trigger's name.
automation-added = “{ $name }” is among the designer's triggers now.

# After deleting; $name is the trigger's name.
automation-deleted = “{ $name }” was deleted.

# Heading of the form that fires a trigger on one item.
automation-fire-title = Try a trigger

# Label: which trigger to fire.
automation-fire-trigger = Trigger

# Label: the number (ID) of the item to fire it on.
automation-fire-element = Item ID

# Button: choose the item in the portal's CRM dialog.
automation-fire-pick = Choose the item

# Button: fire the trigger on the item.
automation-fire = Fire

# The item ID is not a positive whole number.
automation-bad-id = Enter the item's ID, a whole number.

# After choosing an item; $title is its title.
automation-picked = Item: { $title }

# After firing; $name is the trigger's name, $element the item's title or number.
automation-fired = “{ $name }” fired on { $element }.

# Items of this type run no automation.
automation-no-fire = Items of this type run no automation, so triggers cannot be fired on them.

# While a change is being saved.
automation-saving = Saving…

# The portal refused; $reason is its reason. The form keeps what the user typed.
automation-failed = The portal refused: { $reason }

# No answer (timeout, network or server error): it may or may not have happened; nothing is resent.
automation-unknown = The portal did not confirm it, so it may or may not have happened. The list was read again: check it before you try again.

## CRM rating field (USERFIELD_TYPE)

# Accessible name of a star rating: $stars stars of $max.
crm-rating-stars = { $stars } of { $max } stars

# Accessible name of the star buttons.
crm-rating-choose = Choose the rating

# Legend of one rating in the form; $number counts from 1.
crm-rating-entry = Rating { $number }

# Label of the note under a rating.
crm-rating-note = Note

# Characters used of the note's limit.
crm-rating-note-count = { $used } / { $max }

# Button of a multiple field: add one more rating.
crm-rating-add = Add a rating

# Button: remove this rating from a multiple field.
crm-rating-remove = Remove

# The field is mandatory and empty.
crm-rating-required = This field is required: choose at least one star.

# A rating has a note but no stars; $number is the rating's number.
crm-rating-no-stars = Choose the stars for rating { $number }.

# A note is over the limit; $number is the rating, $max the limit in characters.
crm-rating-note-too-long = The note of rating { $number } is too long: at most { $max } characters.

# A stored value is not a rating; $reason says why (English, technical).
crm-rating-unreadable = A stored value cannot be shown ({ $reason }). Saving the card replaces it.

# The card took the value; it is stored when the user saves the card.
crm-rating-kept = Kept in the card: it is saved when you save the card.

# The card refused the value; $reason is the technical reason.
crm-rating-set-failed = The card did not take the value: { $reason }
## Task workload (TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR, TASK_ROBOT_DESIGNER_TOOLBAR)

# Workload report title; $name is the user's or the project's name.
workload-title = Workload: { $name }

# Workload report title when the portal named no user or project: all tasks the current user can see.
workload-title-visible = Workload of the tasks you can see

# Subtitle: how many tasks the list holds.
workload-tasks-total = Tasks in the list: { $total }

# Progress while the tasks load page by page.
workload-progress = Tasks loaded: { $loaded } of { $total }

# Button: stop loading the remaining tasks.
workload-stop = Stop loading

# Alert title after the user stopped loading.
workload-stopped = Loading stopped

# The report is based on part of the list only.
workload-partial = The report covers only the tasks loaded so far: { $loaded } of { $total }.

# Button: load all tasks again.
workload-load-again = Load again

# Figure: tasks not completed and not declined.
workload-open-tasks = Open tasks

# Figure: open tasks whose deadline falls before the end of this week.
workload-due-this-week = Due this week

# Figure: open tasks without a deadline.
workload-no-deadline = No deadline

# Chart title: number of tasks in each status.
workload-by-status = Tasks by status

# Chart title: open tasks per responsible person.
workload-per-person = Open tasks per responsible person

# Chart value of one person: open tasks, and how many of them are overdue.
workload-person-load = { $open } (overdue: { $overdue })

# Chart bar: tasks whose status the app does not know.
workload-other-status = Other status

# Button: open the portal's task list.
workload-open-list = Open the task list

# The list has no tasks.
workload-empty = There are no tasks in this list.

## Workgroup card (SONET_GROUP_DETAIL_TAB, SONET_GROUP_TOOLBAR, SONET_GROUP_ROBOT_DESIGNER_TOOLBAR)

# Subtitle of a workgroup that is not a project.
group-kind-workgroup = Workgroup

# Badge: anyone may join the group.
group-open-to-join = Open to join

# Section title and figure: the group's members.
group-members = Members

# Role badge: the group's owner.
group-role-owner = Owner

# Role badge: a moderator of the group.
group-role-moderator = Moderator

# Role of an ordinary member.
group-role-member = Member

# Section title: open tasks of the group with the nearest deadlines.
group-deadlines = Upcoming deadlines

# No open task of the group has a deadline.
group-no-deadlines = No open task of this group has a deadline.

# Button: open the group's page in the portal.
group-open-page = Open the group

# The toolbar was opened on a page without a group.
group-no-group-title = No group here

# Explains the screen above.
group-no-group-text = The portal opened this button on a page that names no group, so there is no group card to show.

## Employee card (USER_PROFILE_TOOLBAR, USER_PROFILE_MENU)

# Field: the employee's department.
profile-department = Department

# Field: the employee's manager.
profile-manager = Manager

# Field: work phone number.
profile-work-phone = Work phone

# Field: mobile phone number.
profile-mobile = Mobile phone

# Field: internal phone extension.
profile-extension = Extension

# Badge: the employee is online now.
profile-online = Online

# Badge: the employee no longer works at the company.
profile-dismissed = Dismissed

# Button: open a chat with the employee in the messenger.
profile-message = Send message

# Button: call the employee through the messenger.
profile-call = Call

# Button: open the employee's profile page.
profile-open-profile = Open profile

# Section title with the number of the employee's open deals.
profile-open-deals = Open deals: { $count }

# Section title with the number of the employee's open tasks.
profile-open-tasks = Open tasks: { $count }

# The employee has no open deals.
profile-no-deals = No open deals.

# The employee has no open tasks.
profile-no-tasks = No open tasks.

# The portal page offers no messenger to the app.
profile-messenger-failed = The messenger cannot be opened from here.

## App links (REST_APP_URI)

# A /marketplace/view/ link opened the app with parameters that name nothing it can show.
link-unknown-title = This link names nothing the app can open

# Explains which link parameters the app understands; the parameters received follow.
link-unknown-text = The app opens links whose parameters name a CRM element (entityTypeId and id, or deal, lead, contact, company, quote, invoice), a task (task) or an employee (user). This link brought:

# The link brought no parameters at all.
link-no-params = The link brought no parameters.

## Calendar view (CALENDAR_GRIDVIEW)

# A span of two dates or times: from – to.
calendar-range = { $from } – { $to }

# Subtitle: how many events the shown range holds.
calendar-events-count = Events in this range: { $count }

# Button: show the previous period.
calendar-previous = Previous period

# Button: show the next period.
calendar-next = Next period

# Button: open the calendar's form for a new event.
calendar-add = New event

# An event that lasts the whole day.
calendar-all-day = All day

# Button: open the calendar's edit form for the event.
calendar-edit = Edit

# Button: delete the event (the calendar asks to confirm).
calendar-delete = Delete

# Accessible name of the edit button; $name is the event's name.
calendar-edit-event = Edit “{ $name }”

# Accessible name of the delete button; $name is the event's name.
calendar-delete-event = Delete “{ $name }”

# A day without events.
calendar-no-events = No events

# The portal's calendar did not find the event the user clicked.
calendar-not-found = The calendar could not find this event. Refresh the view and try again.

## Sites

# LANDING_SETTINGS: card title.
landing-site-settings = Site settings

# LANDING_SETTINGS: the page open in the editor.
landing-page = Page: { $page }

# LANDING_SETTINGS: field label.
landing-site-title = Site title

# LANDING_SETTINGS: field label.
landing-site-description = Description

# Sites: save button.
landing-save = Save

# LANDING_SETTINGS: success.
landing-site-saved = The site settings are saved.

# LANDING_SETTINGS: empty title.
landing-title-required = Enter the site title.

# Sites: the portal refused; $reason is its message.
landing-refused = The portal refused: { $reason }

# Sites: outcome unknown.
landing-unknown = The portal did not confirm in time: the change may have been saved. Reload the page before saving again.

# LANDING_BLOCK_*: card title.
landing-block-settings = Block texts

# LANDING_BLOCK_*: hint above the fields.
landing-block-hint = Fill in the texts to change; empty fields stay as they are in the editor.

# LANDING_BLOCK_*: a block without text nodes.
landing-no-text-nodes = This block has no text to change here.

# LANDING_BLOCK_*: all fields empty.
landing-nothing-to-save = Fill in at least one text.

# LANDING_BLOCK_*: success.
landing-block-saved = The block is updated and reloaded in the editor.

# LANDING_BLOCK_*: refreshBlock failed.
landing-block-saved-no-refresh = The block is updated, but the editor did not reload it: { $reason }
## CRM work

# Card title of the to-do form (CRM_*_DETAIL_ACTIVITY).
crm-todo-title = New to-do

# Subtitle: the CRM element the to-do is for. $title: the element's title.
crm-todo-for = For { $title }

# Heading of the form the portal draws (built-in interface). $title: the element's title.
crm-todo-heading = New to-do for { $title }

# Label of the to-do text field.
crm-todo-text = What to do

# Placeholder of the to-do text field.
crm-todo-text-placeholder = For example: call back about the offer

# Label of the deadline field.
crm-todo-deadline = Deadline

# Label of the due menu in the portal-drawn form.
crm-todo-due = Due

# Due choice: today at 18:00.
crm-todo-due-today = Today, 18:00

# Due choice: tomorrow at 10:00.
crm-todo-due-tomorrow = Tomorrow, 10:00

# Due choice: in three days at 10:00.
crm-todo-due-three-days = In 3 days

# Due choice: in a week at 10:00.
crm-todo-due-week = In a week

# Label of the responsible person; also the title of the user picker.
crm-todo-responsible = Responsible

# The responsible person when nobody else was chosen: the current user.
crm-todo-me = You

# Button: choose another responsible person.
crm-todo-choose-user = Choose

# Primary button: create the to-do.
crm-todo-create = Create to-do

# Primary button after an unknown outcome: the user decides to create it again.
crm-todo-create-again = Create anyway

# Secondary button of the portal-drawn form.
crm-todo-cancel = Cancel

# Status while the to-do is being created.
crm-todo-saving = Creating the to-do…

# Status after success. $text: the to-do's text.
crm-todo-created = To-do created: { $text }

# Alert title: the portal refused the to-do.
crm-todo-failed-title = The to-do was not created

# Status line in the portal-drawn form: refused. $reason: the portal's error.
crm-todo-failed = The to-do was not created: { $reason }

# Alert title: no answer from the portal, the to-do may exist.
crm-todo-unknown-title = Not confirmed

# The create got no answer: it may have been created. Nothing is resent automatically.
crm-todo-unknown = The portal did not confirm the to-do, so it may have been created. Check the open to-dos before you create it again.

# Heading of the element's open to-dos. $count: how many.
crm-todo-open = Open to-dos: { $count }

# The element has no open to-dos.
crm-todo-open-none = No open to-dos yet.

# Validation: the to-do has no text.
crm-todo-empty-text = Write what needs to be done.

# Validation: the deadline is missing or not a date.
crm-todo-bad-deadline = Pick a date and time.

# Screen-reader status of the hidden frame that drives the portal-drawn form: loading.
crm-todo-driver-loading = Preparing the to-do form…

# Screen-reader status: the portal shows the form.
crm-todo-driver-ready = The to-do form is shown.

# Shown in the portal-drawn form when the element could not be loaded. $reason: why.
crm-todo-load-failed = Could not load the element: { $reason }

# Screen-reader status: the portal refused the form layout.
crm-todo-layout-refused = The portal could not show the to-do form.

# Badge: the order or invoice is paid.
crm-record-paid = Paid

# Badge: not paid yet.
crm-record-unpaid = Not paid

# Badge: canceled or declined.
crm-record-canceled = Canceled

# Badge: the status code the portal keeps. $code: e.g. N, P.
crm-record-status = Status: { $code }

# Badge: the activity is done.
crm-record-done = Done

# Badge: the activity is still to do.
crm-record-open = To do

# Badge: an incoming call or e-mail.
crm-record-incoming = Incoming

# Badge: an outgoing call or e-mail.
crm-record-outgoing = Outgoing

# Activity kind: meeting.
crm-record-meeting = Meeting

# Activity kind: call.
crm-record-call = Call

# Activity kind: task.
crm-record-task = Task

# Activity kind: e-mail.
crm-record-email = E-mail

# Activity kind: to-do (or an app's activity).
crm-record-todo = To-do

# Date label: when the invoice was issued.
crm-record-billed = Issued

# Date label: when the invoice is due.
crm-record-pay-before = Pay by

# Date label: when the activity starts.
crm-record-starts = Starts

# Title of an order's card. $number: the order number.
crm-record-order-title = Order { $number }

# Field label: the CRM element the record belongs to.
crm-record-belongs-to = Belongs to

# Heading of the product lines.
crm-record-items = Items

# A product line: quantity times unit price. $quantity and $price come formatted.
crm-record-line = { $quantity } × { $price }

# Screen-reader status of the hidden search provider: searching.
crm-search-running = Searching…

# Status: how many options were sent to the form. $count: the number.
crm-search-found = Matches sent to the form: { $count }

# Status: the search failed; the form got no options. $reason: why.
crm-search-failed = The search failed: { $reason }

# Status: the option the user picked was filled into the form.
crm-search-picked = The chosen match was filled into the form.

# Status: the portal reported a pick this app did not offer.
crm-search-unknown-pick = The chosen option did not come from this app.

# Heading of the printable document.
crm-doc-title = Commercial offer

# The document's number. $number: e.g. DEAL-8.
crm-doc-number = No. { $number }

# Row label: date of issue.
crm-doc-issued = Issued

# Row label: the CRM element the offer is about.
crm-doc-subject = Regarding

# Row label: the client (company, contact).
crm-doc-client = Client

# Row label: the element's stage.
crm-doc-stage = Stage

# Row label: who prepared the offer (the responsible person).
crm-doc-prepared-by = Prepared by

# Closing note of the offer.
crm-doc-note = This offer is valid for 14 days from the date above.

# Button: print the document.
crm-doc-print = Print

# Button: download the document as a file.
crm-doc-download = Download

# Status after the download. $file: the file name.
crm-doc-downloaded = Saved as { $file }.

# The download could not start.
crm-doc-download-failed = The file could not be saved.

# The browser refused to print.
crm-doc-print-failed = The browser could not print this page.

# Button on a timeline record: complete the activity.
crm-record-mark-done = Mark as done

# The portal refused to complete the activity. $reason: why.
crm-record-done-failed = Could not mark it as done: { $reason }

# No answer to the change: the card was re-read; nothing is resent.
crm-record-done-unknown = The portal did not confirm the change. The card was read again: check it before you try again.

# Title of the robot settings form.
crm-robot-title = Robot settings

# Explains that changes go to the robot form and are kept when the robot is saved.
crm-robot-hint = Changes go to the robot form right away; save the robot to keep them.

# Status: a value went to the robot form. $name: the property's name.
crm-robot-sent = Sent to the robot form: { $name }

# Validation: a required property is empty.
crm-robot-required = Fill in this field.

# Validation: not a whole number.
crm-robot-not-integer = Enter a whole number.

# Validation: not a number.
crm-robot-not-number = Enter a number.

# Validation: not a date.
crm-robot-not-date = Enter a date.

# Validation: not one of the allowed values.
crm-robot-not-option = Choose one of the options.

# The robot has no properties to set.
crm-robot-no-properties = This robot has no settings.

# Hint under a property that takes several values.
crm-robot-one-per-line = One value per line.
