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
