//! Orders, old invoices and activities (`CRM_ORDER_*`, `CRM_INVOICE_*`, `CRM_ACTIVITY_*`): their own
//! card from their own methods (`sale.order.get`, `crm.invoice.get`, `crm.activity.get`) with the
//! responsible user, in one batch. An activity links to the element it belongs to, an old invoice to
//! the deal it bills (`openPath`).
//!
//! `CRM_*_ACTIVITY_TIMELINE_MENU` opens the same card for the timeline record it was opened on (its
//! `ASSOCIATED_ENTITY_ID`, an activity), with *Mark as done* (`crm.activity.update`); a write whose
//! outcome is unknown is not resent: the card is re-read and says so.

use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::{entity_name, msg, Locale, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Badge, BadgeTone, Button, ButtonKind, Card, Field, PersonLine, ThemeToggle};
use crate::widgets::crm_entity::entity_icon;
use crate::widgets::{loaded_view, open_portal_path, Notice};
use domain::crm_work::record::{self, ActivityKind, DateRole, Mark, RecordCard};
use domain::write::WriteFailure;
use domain::LoadError;
use leptos::prelude::*;
use placement::{CrmEntityType, CrmRef};

/// Loads and shows the record (one batch).
#[component]
pub fn RecordCardWidget(
    /// The order, old invoice or activity.
    target: CrmRef,
    /// Offer *Mark as done* on an open activity (the timeline menu).
    #[prop(optional)]
    actions: bool,
) -> impl IntoView {
    let card = use_loader(move |client| async move {
        let (batch, commands) = record::plan(target).ok_or_else(|| LoadError::Missing {
            what: format!("{} {}", target.entity, target.id),
        })?;
        let results = client.batch(batch).await?;
        commands.read(target, &results)
    });
    view! {
        <div data-widget="crm-record">
            {loaded_view(card, move |card, reload| view! { <RecordView card=card on_refresh=reload actions=actions /> }.into_any())}
        </div>
    }
}

fn mark_badge(mark: &Mark, locale: Locale) -> (BadgeTone, String) {
    match mark {
        Mark::Paid => (BadgeTone::Success, Msg::CrmRecordPaid.text(locale).into()),
        Mark::Unpaid => (BadgeTone::Warning, Msg::CrmRecordUnpaid.text(locale).into()),
        Mark::Canceled => (BadgeTone::Alert, Msg::CrmRecordCanceled.text(locale).into()),
        Mark::Status(code) => (BadgeTone::NoAccent, msg::crm_record_status(locale, code)),
        Mark::Done => (BadgeTone::Success, Msg::CrmRecordDone.text(locale).into()),
        Mark::Open => (BadgeTone::Info, Msg::CrmRecordOpen.text(locale).into()),
        Mark::Incoming => (
            BadgeTone::NoAccent,
            Msg::CrmRecordIncoming.text(locale).into(),
        ),
        Mark::Outgoing => (
            BadgeTone::NoAccent,
            Msg::CrmRecordOutgoing.text(locale).into(),
        ),
        Mark::Kind(kind) => (
            BadgeTone::NoAccent,
            match kind {
                ActivityKind::Meeting => Msg::CrmRecordMeeting,
                ActivityKind::Call => Msg::CrmRecordCall,
                ActivityKind::Task => Msg::CrmRecordTask,
                ActivityKind::Email => Msg::CrmRecordEmail,
                ActivityKind::Todo => Msg::CrmRecordTodo,
            }
            .text(locale)
            .into(),
        ),
    }
}

fn date_label(role: DateRole, locale: Locale) -> &'static str {
    match role {
        DateRole::Created => Msg::Created,
        DateRole::Billed => Msg::CrmRecordBilled,
        DateRole::PayBefore => Msg::CrmRecordPayBefore,
        DateRole::Starts => Msg::CrmRecordStarts,
        DateRole::Deadline => Msg::Deadline,
    }
    .text(locale)
}

/// The card of a loaded record.
#[component]
fn RecordView(card: RecordCard, on_refresh: Callback<()>, actions: bool) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let target = card.target;
    let busy = RwSignal::new(false);
    let complete = (actions && card.marks.contains(&Mark::Open)).then(|| {
        let done = Callback::new(move |_| {
            if busy.get_untracked() {
                return;
            }
            busy.set(true);
            let client = ctx.with_value(|c| c.rest.clone());
            leptos::task::spawn_local(async move {
                let answer = client
                    .call::<serde_json::Value>(
                        "crm.activity.update",
                        serde_json::json!({"id": target.id.get(), "fields": {"COMPLETED": "Y"}}),
                    )
                    .await;
                busy.try_set(false);
                match answer {
                    Ok(_) => on_refresh.run(()),
                    Err(error) => match WriteFailure::classify(error) {
                        WriteFailure::Refused(error) => {
                            notice.try_set(Some(msg::crm_record_done_failed(locale, error.to_string())));
                        }
                        WriteFailure::Unknown(_) => {
                            notice.try_set(Some(Msg::CrmRecordDoneUnknown.text(locale).to_owned()));
                            on_refresh.run(());
                        }
                    },
                }
            });
        });
        view! { <Button kind=ButtonKind::Primary label=Msg::CrmRecordMarkDone.text(locale) icon=Icon::Activity busy=busy test_id="record-done" on_click=done /> }
    });
    let title = match target.entity {
        CrmEntityType::Order => msg::crm_record_order_title(locale, &card.title),
        _ => card.title.clone(),
    };
    let subtitle = Some(format!(
        "{} #{}",
        entity_name(target.entity, locale),
        target.id
    ));
    let badges = card
        .marks
        .iter()
        .map(|m| {
            let (tone, label) = mark_badge(m, locale);
            view! { <Badge tone=tone label=label /> }
        })
        .collect_view()
        .into_any();
    let owner = card.owner.and_then(|owner| {
        let path = owner.entity.details_path(owner.id)?;
        let label = format!("{} #{}", entity_name(owner.entity, locale), owner.id);
        Some(view! {
            <Field label=Msg::CrmRecordBelongsTo.text(locale)>
                <button type="button" class="b-link" data-testid="record-owner" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{label}</button>
            </Field>
        })
    });
    let amount = card.amount.as_ref().map(|m| {
        let shown = crate::fmt::money(locale, m);
        view! { <Field label=Msg::Amount.text(locale)><span data-testid="record-amount">{shown}</span></Field> }
    });
    let responsible = card.responsible.clone().map(|p| {
        view! { <Field label=Msg::Responsible.text(locale)><PersonLine person=p /></Field> }
    });
    let dates = card
        .dates
        .iter()
        .map(|(role, at)| {
            let shown = crate::fmt::date(locale, *at);
            view! { <Field label=date_label(*role, locale)>{shown}</Field> }
        })
        .collect_view();
    let text = card
        .text
        .clone()
        .map(|t| view! { <p class="crm-work-text" data-testid="record-text">{t}</p> });
    let lines = (!card.lines.is_empty()).then(|| {
        let rows = card
            .lines
            .iter()
            .map(|line| {
                let quantity = crate::fmt::number(locale, line.quantity);
                let price = line.price.as_ref().map(|p| crate::fmt::money(locale, p)).unwrap_or_default();
                view! { <li><span>{line.name.clone()}</span>" "<span class="crm-work-note">{msg::crm_record_line(locale, &quantity, &price)}</span></li> }
            })
            .collect_view();
        view! {
            <section data-testid="record-lines">
                <h3 class="crm-work-subtitle">{Msg::CrmRecordItems.text(locale)}</h3>
                <ul class="crm-work-list">{rows}</ul>
            </section>
        }
    });
    let footer = view! {
        {complete}
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    view! {
        <Card icon=entity_icon(target.entity) title=title subtitle=subtitle badges=badges footer=footer.into_any()>
            <div class="b-stack">
                {text}
                <dl class="b-fields" data-testid="record-fields">
                    {amount}
                    {responsible}
                    {dates}
                    {owner}
                </dl>
                {lines}
                <Notice notice=notice />
            </div>
        </Card>
    }
}
