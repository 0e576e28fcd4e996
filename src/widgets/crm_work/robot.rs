//! `BIZPROC_ACTIVITY_PROPERTIES_DIALOG`: the settings form of the app's robot. Each property is a
//! field of its type with the saved value; every valid change goes to the robot form with
//! `setPropertyValue {<id>: value}` at once (the portal keeps it when the user saves the robot,
//! placements.md §5.9); an invalid one is marked and not sent, and the user's text stays.

use crate::context::use_app;
use crate::i18n::{msg, Locale, Msg};
use domain::crm_work::robot::{self, FieldKind, RobotField, ValueProblem};
use leptos::prelude::*;
use placement::RobotSettings;

fn problem_text(problem: ValueProblem, locale: Locale) -> &'static str {
    match problem {
        ValueProblem::Required => Msg::CrmRobotRequired,
        ValueProblem::NotInteger => Msg::CrmRobotNotInteger,
        ValueProblem::NotNumber => Msg::CrmRobotNotNumber,
        ValueProblem::NotDate => Msg::CrmRobotNotDate,
        ValueProblem::NotAnOption => Msg::CrmRobotNotOption,
    }
    .text(locale)
}

/// The robot's settings form.
#[component]
pub fn RobotSettingsWidget(
    /// The dialog's context.
    settings: RobotSettings,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let fields = robot::fields(&settings);
    let sent = RwSignal::new(None::<String>);
    let body = if fields.is_empty() {
        view! { <p class="crm-work-note" role="status">{Msg::CrmRobotNoProperties.text(locale)}</p> }.into_any()
    } else {
        fields
            .into_iter()
            .map(|field| view! { <PropertyField field=field sent=sent /> })
            .collect_view()
            .into_any()
    };
    // The kit card's markup without the shared `Card` component: this family then shares no UI code
    // with the card families, which keeps their first load small (the per-family wasm split).
    view! {
        <div data-widget="crm-robot">
            <section class="b-card">
                <header class="b-card__header">
                    <div class="b-grow">
                        <h2 class="b-card__title">{Msg::CrmRobotTitle.text(locale)}</h2>
                        <p class="b-card__subtitle">{settings.code.clone()}</p>
                    </div>
                </header>
                <div class="b-card__body">
                    <div class="b-stack crm-work-form">
                        <p class="crm-work-note">{Msg::CrmRobotHint.text(locale)}</p>
                        {body}
                        {move || sent.try_get().flatten().map(|name| view! {
                            <p class="crm-work-note" role="status" data-testid="robot-sent">{msg::crm_robot_sent(locale, &name)}</p>
                        })}
                    </div>
                </div>
            </section>
        </div>
    }
}

/// One property: its control, its help and its problem.
#[component]
fn PropertyField(field: RobotField, sent: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let value = RwSignal::new(field.value.clone());
    let problem = RwSignal::new(None::<ValueProblem>);
    let id = format!("robot-{}", field.id);
    let name = field.name.clone();
    let checked = field.clone();
    let on_change = move |raw: String| {
        value.set(raw.clone());
        match checked.change(&raw) {
            Ok(change) => {
                problem.set(None);
                let bx24 = ctx.with_value(|c| c.bx24.clone());
                // No answer is documented for setPropertyValue: sent without waiting for one.
                if bx24.placement().send("setPropertyValue", &change).is_ok() {
                    sent.set(Some(checked.name.clone()));
                }
            }
            Err(found) => problem.set(Some(found)),
        }
    };
    let invalid = move || problem.try_get().flatten().is_some().then_some("true");
    let control = match field.kind.clone() {
        FieldKind::Choice(options) => {
            let on_change = on_change.clone();
            let current = field.value.clone();
            let items = options
                .into_iter()
                .map(|(v, label)| {
                    let selected = v == current;
                    view! { <option value=v selected=selected>{label}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() class="crm-work-input" data-property=field.id.clone() aria-invalid=invalid on:change=move |ev| on_change(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {items}
                </select>
            }
            .into_any()
        }
        FieldKind::Flag => {
            let on_change = on_change.clone();
            let yes = field.value == "Y";
            view! {
                <select id=id.clone() class="crm-work-input" data-property=field.id.clone() on:change=move |ev| on_change(event_target_value(&ev))>
                    <option value="Y" selected=yes>{Msg::Yes.text(locale)}</option>
                    <option value="N" selected=!yes>{Msg::No.text(locale)}</option>
                </select>
            }
            .into_any()
        }
        FieldKind::LongText => view! {
            <textarea id=id.clone() class="crm-work-input" rows="3" data-property=field.id.clone() aria-invalid=invalid
                prop:value=move || value.try_get().unwrap_or_default()
                on:change=move |ev| on_change(event_target_value(&ev))></textarea>
        }
        .into_any(),
        _ if field.multiple => view! {
            <textarea id=id.clone() class="crm-work-input" rows="3" data-property=field.id.clone() aria-invalid=invalid
                prop:value=move || value.try_get().unwrap_or_default()
                on:change=move |ev| on_change(event_target_value(&ev))></textarea>
        }
        .into_any(),
        kind => {
            let input_type = match kind {
                FieldKind::Integer | FieldKind::Number => "text",
                FieldKind::Date => "date",
                _ => "text",
            };
            let mode = matches!(kind, FieldKind::Integer | FieldKind::Number).then_some("decimal");
            view! {
                <input id=id.clone() type=input_type inputmode=mode class="crm-work-input" data-property=field.id.clone() aria-invalid=invalid
                    prop:value=move || value.try_get().unwrap_or_default()
                    on:change=move |ev| on_change(event_target_value(&ev)) />
            }
            .into_any()
        }
    };
    let help = field
        .description
        .clone()
        .map(|d| view! { <span class="crm-work-note">{d}</span> });
    let multiple = field.multiple.then(
        || view! { <span class="crm-work-note">{Msg::CrmRobotOnePerLine.text(locale)}</span> },
    );
    let required = field.required.then_some(" *");
    view! {
        <div class="crm-work-field">
            <label class="crm-work-field__label" for=id>{name}{required}</label>
            {control}
            {help}
            {multiple}
            {move || problem.try_get().flatten().map(|p| view! {
                <span class="crm-work-field__error" role="alert">{problem_text(p, locale)}</span>
            })}
        </div>
    }
}
