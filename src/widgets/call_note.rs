//! The call card's note: saved as a to-do on the element the call is bound to
//! (`crm.activity.todo.add`). The first keystroke keeps the card open (`disableAutoClose`); saving or
//! discarding lets it close by itself again (`enableAutoClose`). `CallCard::BeforeClose` (which may
//! fire twice) saves an unsaved note, once. A refused save keeps the text; a save whose outcome is
//! unknown is not repeated: the user is told to check the timeline first.

use crate::context::use_app;
use crate::i18n::{entity_name, msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, InputKind, TextInput};
use bx24::call_card::BEFORE_CLOSE;
use domain::messenger::NewId;
use domain::write::WriteFailure;
use leptos::prelude::*;
use placement::CrmRef;

/// Where the note stands.
#[derive(Debug, Clone, PartialEq)]
enum NoteState {
    /// Nothing typed (or saved / discarded): the card may close by itself.
    Idle,
    /// Being written: the card is kept open.
    Writing,
    /// On its way.
    Saving,
    /// Saved as this activity, on this element.
    Saved { id: u64, on: CrmRef },
    /// The portal refused; the text is still there.
    Refused(String),
    /// No answer: it may have been saved.
    Unknown,
}

/// The note editor under the call.
#[component]
pub fn CallNote(
    /// The element the call is bound to now.
    target: RwSignal<Option<CrmRef>>,
    /// The caller's number (for the to-do's title).
    phone: Option<String>,
) -> impl IntoView {
    let ctx = use_app();
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let note = RwSignal::new(String::new());
    let state = RwSignal::new(NoteState::Idle);
    let held = RwSignal::new(false);
    let problem = RwSignal::new(None::<String>);
    let title = match &phone {
        Some(p) => msg::call_note_title(locale, p.clone()),
        None => Msg::CallNoteTitleNoPhone.text(locale).to_owned(),
    };
    let title = StoredValue::new(title);

    let set_auto_close = {
        let bx24 = bx24.clone();
        move |keep_open: bool| {
            let bx24 = bx24.clone();
            leptos::task::spawn_local(async move {
                let result = if keep_open {
                    bx24.call_card().disable_auto_close().await
                } else {
                    bx24.call_card().enable_auto_close().await
                };
                if let Err(e) = result {
                    let _ = problem.try_set(Some(e.to_string()));
                }
            });
        }
    };
    let set_auto_close = StoredValue::new_local(set_auto_close);

    // The first keystroke keeps the card open.
    Effect::new(move |_| {
        let typed = !note.get().trim().is_empty();
        if typed && !held.get_untracked() {
            held.set(true);
            if state.get_untracked() == NoteState::Idle {
                state.set(NoteState::Writing);
            }
            set_auto_close.with_value(|f| f(true));
        }
    });

    let release = move || {
        if held.get_untracked() {
            held.set(false);
            set_auto_close.with_value(|f| f(false));
        }
    };

    let save = move || {
        let text = note.get_untracked();
        if text.trim().is_empty()
            || matches!(
                state.get_untracked(),
                NoteState::Saving | NoteState::Unknown
            )
        {
            return;
        }
        let Some(on) = target.get_untracked() else {
            problem.set(Some(Msg::CallNoteNoTarget.text(locale).to_owned()));
            return;
        };
        problem.set(None);
        state.set(NoteState::Saving);
        let client = ctx.with_value(|c| c.rest.clone());
        let deadline = String::from(js_sys::Date::new_0().to_iso_string());
        let params = domain::call_card::note_params(on, &title.get_value(), &text, &deadline);
        leptos::task::spawn_local(async move {
            let next = match client.call::<NewId>("crm.activity.todo.add", params).await {
                Ok(NewId { id: Some(id) }) => NoteState::Saved { id, on },
                Ok(NewId { id: None }) => NoteState::Unknown,
                Err(e) => match WriteFailure::classify(e) {
                    WriteFailure::Unknown(_) => NoteState::Unknown,
                    WriteFailure::Refused(e) => NoteState::Refused(e.to_string()),
                },
            };
            if matches!(next, NoteState::Saved { .. }) {
                let _ = note.try_set(String::new());
                release();
            }
            let _ = state.try_set(next);
        });
    };

    let subscription = bx24.placement().bind_event(BEFORE_CLOSE, move |_| {
        if !note.get_untracked().trim().is_empty() {
            save();
        }
    });
    StoredValue::new_local(subscription);

    let busy = Signal::derive(move || state.get() == NoteState::Saving);
    let status = move || {
        let line = match state.get() {
            NoteState::Idle => None,
            NoteState::Writing => Some(Msg::CallNoteHeld.text(locale).to_owned()),
            NoteState::Saving => Some(Msg::CallNoteSaving.text(locale).to_owned()),
            NoteState::Saved { id, on } => Some(msg::call_note_saved(
                locale,
                id,
                format!("{} #{}", entity_name(on.entity, locale), on.id),
            )),
            NoteState::Refused(reason) => Some(msg::call_note_refused(locale, reason)),
            NoteState::Unknown => Some(Msg::CallNoteUnknown.text(locale).to_owned()),
        };
        line.map(
            |l| view! { <p class="b-call-note__status" data-testid="call-note-status">{l}</p> },
        )
    };
    view! {
        <div class="b-stack b-call-note" data-testid="call-note">
            <TextInput label=Msg::CallNoteLabel.text(locale) value=note kind=InputKind::MultiLine disabled=busy test_id="call-note-text" />
            <div class="b-row">
                <Button kind=ButtonKind::Primary label=Msg::CallNoteSave.text(locale) icon=Icon::Activity busy=busy test_id="call-note-save"
                    on_click=Callback::new(move |_| save()) />
                <Button kind=ButtonKind::Ghost label=Msg::CallNoteDiscard.text(locale) test_id="call-note-discard"
                    on_click=Callback::new(move |_| { note.set(String::new()); state.set(NoteState::Idle); problem.set(None); release(); }) />
            </div>
            <div role="status">{status}</div>
            {move || problem.get().map(|p| view! { <p class="b-call-note__problem" role="alert" data-testid="call-note-problem">{p}</p> })}
        </div>
    }
}
