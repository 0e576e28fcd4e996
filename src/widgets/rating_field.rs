//! `USERFIELD_TYPE`: the app's custom CRM field, a star rating with a note
//! (`domain::rating_field`).
//!
//! View mode (`MODE=view`) is compact and inline: the stars and the note on one line per value.
//! Edit mode checks the form (`MANDATORY`, a note needs stars, note length) and hands every valid
//! state to the card with `placement.call('setValue', …)`: one JSON **string** (an array of them for
//! `MULTIPLE=Y`), which the card stores when the user saves it. The value shown first is the
//! placement's `VALUE`, then what `getValue` answers (the card's current value, which a reopened
//! frame must show instead of the saved one). The frame keeps its height to the content through the
//! app's auto-fit (`fitWindow`).

use crate::context::use_app;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind};
use domain::rating_field::{self, Draft, FieldError, Rating, ValueError, MAX_NOTE, MAX_STARS};
use leptos::prelude::*;
use placement::{FieldMode, UserFieldContext};
use serde_json::Value;

/// The field in its mode.
#[component]
pub fn RatingFieldWidget(
    /// The field's context.
    field: UserFieldContext,
) -> impl IntoView {
    let ctx = use_app();
    let value = RwSignal::new(field.value.clone());
    // What the card holds now may differ from VALUE (the user changed it and the frame reloaded).
    let bx24 = ctx.with_value(|c| c.bx24.clone());
    let asked = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        if let Ok(current) = bx24.placement().call("getValue", &Value::Null).await {
            // An empty answer ([] from a portal without a value yet) keeps VALUE.
            let empty = current.is_null() || current.as_array().is_some_and(Vec::is_empty);
            if !empty {
                let _ = value.try_set(current);
            }
        }
        let _ = asked.try_set(true);
    });
    let view_mode = field.mode == FieldMode::View;
    view! {
        <div class="b-rating" data-widget="rating-field" data-mode=if view_mode { "view" } else { "edit" }>
            {if view_mode {
                (move || view! { <RatingView value=value.try_get().unwrap_or(Value::Null) /> }).into_any()
            } else {
                view! { <RatingEditor field=field.clone() value=value asked=asked /> }.into_any()
            }}
        </div>
    }
}

/// `★★★★☆`, with the rating as its accessible name.
#[component]
fn Stars(stars: u8) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let filled: String = (0..MAX_STARS)
        .map(|i| if i < stars { '★' } else { '☆' })
        .collect();
    view! {
        <span class="b-rating__stars" role="img" aria-label=msg::crm_rating_stars(locale, stars, MAX_STARS) data-stars=stars.to_string()>
            {filled}
        </span>
    }
}

/// View mode: every stored rating on one line, or "Not set".
#[component]
fn RatingView(value: Value) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let values = rating_field::read_values(&value);
    if values.is_empty() {
        return view! { <span class="b-rating__empty" data-testid="rating-empty">{Msg::NotSet.text(locale)}</span> }.into_any();
    }
    values
        .into_iter()
        .map(|entry| match entry {
            Ok(Rating { stars, note }) => view! {
                <span class="b-rating__value" data-testid="rating-value">
                    <Stars stars=stars />
                    {(!note.is_empty()).then(|| view! { <span class="b-rating__note" title=note.clone()>{note.clone()}</span> })}
                </span>
            }
            .into_any(),
            Err(error) => view! { <span class="b-rating__bad" data-testid="rating-unreadable">{unreadable(locale, error)}</span> }.into_any(),
        })
        .collect_view()
        .into_any()
}

fn unreadable(locale: crate::i18n::Locale, error: ValueError) -> String {
    msg::crm_rating_unreadable(locale, error.to_string())
}

fn field_error_text(locale: crate::i18n::Locale, error: FieldError) -> String {
    match error {
        FieldError::Required => Msg::CrmRatingRequired.text(locale).to_owned(),
        FieldError::NoStars { index } => msg::crm_rating_no_stars(locale, index + 1),
        FieldError::NoteTooLong { index } => {
            msg::crm_rating_note_too_long(locale, index + 1, MAX_NOTE)
        }
    }
}

/// Where handing the value to the card is.
#[derive(Debug, Clone, PartialEq)]
enum Handover {
    /// Nothing changed yet.
    Untouched,
    /// The card has the current value.
    Kept,
    /// The form is invalid: nothing (or the empty value) was handed over.
    Invalid(FieldError),
    /// The card did not take it: why.
    Refused(String),
}

/// Edit mode: one entry per rating (several for `MULTIPLE=Y`), validated, handed to the card.
#[component]
fn RatingEditor(
    field: UserFieldContext,
    value: RwSignal<Value>,
    asked: RwSignal<bool>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let multiple = field.multiple;
    let mandatory = field.mandatory;
    let drafts_from = move |value: &Value| -> (Vec<Draft>, Vec<ValueError>) {
        let mut drafts = Vec::new();
        let mut bad = Vec::new();
        for entry in rating_field::read_values(value) {
            match entry {
                Ok(r) => drafts.push(Draft::from(&r)),
                Err(e) => bad.push(e),
            }
        }
        if drafts.is_empty() {
            drafts.push(Draft::default());
        }
        if !multiple {
            drafts.truncate(1);
        }
        (drafts, bad)
    };
    let (first, bad) = drafts_from(&value.get_untracked());
    let drafts = RwSignal::new(first);
    let bad = RwSignal::new(bad);
    let touched = RwSignal::new(false);
    // The getValue answer replaces the first value only while the user has not typed.
    Effect::new(move |_| {
        if asked.try_get() == Some(true) && !touched.get_untracked() {
            let (fresh, fresh_bad) = drafts_from(&value.get_untracked());
            drafts.set(fresh);
            bad.set(fresh_bad);
        }
    });
    let state = RwSignal::new(Handover::Untouched);
    let hand_over = Callback::new(move |_: ()| {
        let Some(current) = drafts.try_get_untracked() else {
            return;
        };
        let ratings = match rating_field::validate(&current, mandatory) {
            Ok(r) => r,
            Err(error) => {
                if error == FieldError::Required {
                    // The card holds "empty" too, so its own required check stops the save.
                    send(
                        ctx,
                        state,
                        rating_field::set_value_payload(&[], multiple),
                        Handover::Invalid(error),
                    );
                } else {
                    state.set(Handover::Invalid(error));
                }
                return;
            }
        };
        send(
            ctx,
            state,
            rating_field::set_value_payload(&ratings, multiple),
            Handover::Kept,
        );
    });
    let entries = move || {
        let count = drafts.try_with(Vec::len).unwrap_or(0);
        let removable = multiple && count > 1;
        (0..count)
            .map(|index| view! { <RatingEntry index=index drafts=drafts touched=touched on_change=hand_over removable=removable /> })
            .collect_view()
    };
    let add = multiple.then(|| {
        view! {
            <Button
                kind=ButtonKind::Ghost
                label=Msg::CrmRatingAdd.text(locale)
                test_id="rating-add"
                on_click=Callback::new(move |_| {
                    touched.set(true);
                    drafts.update(|d| d.push(Draft::default()));
                })
            />
        }
    });
    let status = move || {
        match state.try_get() {
        Some(Handover::Kept) => view! { <p class="b-rating__status" role="status" data-testid="rating-status">{Msg::CrmRatingKept.text(locale)}</p> }.into_any(),
        Some(Handover::Invalid(error)) => view! {
            <p class="b-rating__error" role="alert" data-testid="rating-error">{field_error_text(locale, error)}</p>
        }
        .into_any(),
        Some(Handover::Refused(reason)) => view! {
            <div class="b-rating__error" role="alert" data-testid="rating-refused">
                <p>{msg::crm_rating_set_failed(locale, reason)}</p>
                <Button kind=ButtonKind::Neutral label=Msg::Retry.text(locale) icon=Icon::Refresh test_id="retry" on_click=hand_over />
            </div>
        }
        .into_any(),
        _ => view! { <p class="b-rating__status" role="status" data-testid="rating-status"></p> }.into_any(),
    }
    };
    let warning = move || {
        bad.try_get()
            .unwrap_or_default()
            .first()
            .map(|e| view! { <p class="b-rating__bad" role="status" data-testid="rating-unreadable">{unreadable(locale, *e)}</p> })
    };
    view! {
        <div class="b-rating__editor" data-multiple=multiple.then_some("true") data-mandatory=mandatory.then_some("true")>
            {warning}
            {entries}
            {add}
            {status}
        </div>
    }
}

/// Hands `payload` to the card (`setValue`), then shows `ok` or why it was refused.
fn send(ctx: crate::context::Ctx, state: RwSignal<Handover>, payload: Value, ok: Handover) {
    let bx24 = ctx.with_value(|c| c.bx24.clone());
    leptos::task::spawn_local(async move {
        let outcome = match bx24.placement().call("setValue", &payload).await {
            Ok(_) => ok,
            Err(error) => Handover::Refused(error.to_string()),
        };
        let _ = state.try_set(outcome);
    });
}

/// The classes of a star button, lit or not.
fn star_class(on: bool) -> &'static str {
    if on {
        "b-rating__star b-rating__star--on"
    } else {
        "b-rating__star"
    }
}

/// One rating of the form: star buttons and the note.
#[component]
fn RatingEntry(
    index: usize,
    drafts: RwSignal<Vec<Draft>>,
    touched: RwSignal<bool>,
    on_change: Callback<()>,
    removable: bool,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let stars = move || {
        drafts
            .try_with(|d| d.get(index).map(|d| d.stars))
            .flatten()
            .unwrap_or(0)
    };
    let note = move || {
        drafts
            .try_with(|d| d.get(index).map(|d| d.note.clone()))
            .flatten()
            .unwrap_or_default()
    };
    let edit = move |f: &dyn Fn(&mut Draft)| {
        touched.set(true);
        drafts.update(|d| {
            if let Some(draft) = d.get_mut(index) {
                f(draft);
            }
        });
    };
    let buttons = (1..=MAX_STARS)
        .map(|n| {
            view! {
                <button
                    type="button"
                    class=move || star_class(stars() >= n)
                    aria-pressed=move || if stars() == n { "true" } else { "false" }
                    aria-label=msg::crm_rating_stars(locale, n, MAX_STARS)
                    data-testid=format!("rating-star-{n}")
                    on:click=move |_| {
                        edit(&|d: &mut Draft| d.stars = if d.stars == n { 0 } else { n });
                        on_change.run(());
                    }
                >
                    "★"
                </button>
            }
        })
        .collect_view();
    let note_id = format!("rating-note-{index}");
    let legend = msg::crm_rating_entry(locale, index + 1);
    let count = move || msg::crm_rating_note_count(locale, note().chars().count(), MAX_NOTE);
    view! {
        <fieldset class="b-rating__entry" data-testid="rating-entry">
            <legend class="b-rating__legend">{legend}</legend>
            <div class="b-rating__stars-edit" role="group" aria-label=Msg::CrmRatingChoose.text(locale)>{buttons}</div>
            <label class="b-rating__label" for=note_id.clone()>{Msg::CrmRatingNote.text(locale)}</label>
            <textarea
                id=note_id
                class="b-rating__input"
                rows="2"
                data-testid="rating-note"
                prop:value=note
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    edit(&|d: &mut Draft| d.note = text.clone());
                }
                on:change=move |_| on_change.run(())
            ></textarea>
            <div class="b-row">
                <span class="b-rating__count" aria-live="polite">{count}</span>
                <span class="b-grow"></span>
                {removable.then(|| view! {
                    <Button
                        kind=ButtonKind::Ghost
                        label=Msg::CrmRatingRemove.text(locale)
                        test_id="rating-remove"
                        on_click=Callback::new(move |_| {
                            touched.set(true);
                            drafts.update(|d| {
                                if index < d.len() {
                                    d.remove(index);
                                }
                            });
                            on_change.run(());
                        })
                    />
                })}
            </div>
        </fieldset>
    }
}
