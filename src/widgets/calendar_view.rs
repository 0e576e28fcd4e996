//! `CALENDAR_GRIDVIEW`: a custom calendar view. It draws the range the portal gives, day by day,
//! from `calendar.event.get`; tells the portal the range it shows with `getEvents`; opens, adds,
//! edits and deletes events through the calendar's own commands (`viewEvent`, `addEvent`,
//! `editEvent`, `deleteEvent`: the portal's forms do the writing); and follows the
//! `Calendar.customView:*` events (arrows, jump to a date, refresh).

use super::{loaded_view, Notice};
use crate::context::{use_app, Ctx};
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Button, ButtonKind, Card, ThemeToggle};
use bx24::EventSubscription;
use domain::calendar_view::{self, adjust_date, date_text, midnight, Agenda, Event, Range};
use leptos::prelude::*;
use placement::CalendarView;
use serde_json::{json, Value};

/// The portal's events the view follows.
pub mod event {
    /// The calendar's entries changed: load again.
    pub const REFRESH: &str = "Calendar.customView:refreshEntries";
    /// The portal's "back" arrow.
    pub const PREVIOUS: &str = "Calendar.customView:decreaseViewRangeDate";
    /// The portal's "forward" arrow.
    pub const NEXT: &str = "Calendar.customView:increaseViewRangeDate";
    /// Jump to a date (`'Y-m-d'`).
    pub const ADJUST: &str = "Calendar.customView:adjustToDate";
}

/// Loads the range's events (one `batch` per range) and follows the calendar.
#[component]
pub fn CalendarWidget(
    /// The portal's range and the calendar's owner.
    calendar: CalendarView,
) -> impl IntoView {
    let ctx = use_app();
    let range = RwSignal::new(Range::of(&calendar));
    let owner = calendar.owner;
    let agenda = use_loader(move |client| {
        let shown = range.get();
        async move {
            tell_portal(ctx, shown);
            let (batch, commands) = calendar_view::plan(owner, shown);
            let results = client.batch(batch).await?;
            commands.read(shown, &results)
        }
    });
    let reload = agenda.reload;
    let subscriptions = StoredValue::new_local(Vec::<EventSubscription>::new());
    let placement = ctx.with_value(|c| c.bx24.clone());
    let bind = |name: &str, handler: Box<dyn FnMut(Value)>| {
        if let Ok(sub) = placement.placement().bind_event(name, handler) {
            subscriptions.update_value(|subs| subs.push(sub));
        }
    };
    bind(event::REFRESH, Box::new(move |_| reload.run(())));
    bind(
        event::PREVIOUS,
        Box::new(move |_| {
            let _ = range.try_update(|r| *r = r.shifted(false));
        }),
    );
    bind(
        event::NEXT,
        Box::new(move |_| {
            let _ = range.try_update(|r| *r = r.shifted(true));
        }),
    );
    bind(
        event::ADJUST,
        Box::new(move |payload| {
            if let Some(date) = adjust_date(&payload) {
                let _ = range.try_update(|r| *r = r.starting(date));
            }
        }),
    );
    view! {
        <div data-widget="calendar-view">
            {loaded_view(agenda, move |agenda, reload| view! { <AgendaView agenda=agenda range=range on_refresh=reload /> }.into_any())}
        </div>
    }
}

/// `getEvents {dateFrom, dateTo, entries}`: the portal's calendar now shows this range (the command
/// sets its displayed range; its answer, the portal's own entries, is not needed: the view reads
/// `calendar.event.get`). A portal that does not answer changes nothing here.
fn tell_portal(ctx: Ctx, range: Range) {
    let bx24 = ctx.with_value(|c| c.bx24.clone());
    let params =
        json!({"dateFrom": date_text(range.from), "dateTo": date_text(range.to), "entries": []});
    leptos::task::spawn_local(async move {
        let _ = bx24.placement().call("getEvents", &params).await;
    });
}

/// Runs one of the calendar's event commands; a refusal or `{result: false}` (the calendar does
/// not know the event) is reported in `notice`.
fn command(ctx: Ctx, name: &'static str, params: Value, notice: RwSignal<Option<String>>) {
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    leptos::task::spawn_local(async move {
        match bx24.placement().call(name, &params).await {
            Ok(reply) if reply.get("result") == Some(&Value::Bool(false)) => {
                let _ = notice.try_set(Some(Msg::CalendarNotFound.text(locale).to_owned()));
            }
            Ok(_) => {
                let _ = notice.try_set(None);
            }
            Err(error) => {
                let _ = notice.try_set(Some(error.to_string()));
            }
        }
    });
}

/// The range, its days and their events.
#[component]
fn AgendaView(
    /// The loaded range.
    agenda: Agenda,
    /// The range signal (the app's own arrows move it).
    range: RwSignal<Range>,
    /// Reloads.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let title = msg::calendar_range(
        locale,
        crate::fmt::date(locale, midnight(agenda.range.from)),
        crate::fmt::date(locale, midnight(agenda.range.to)),
    );
    let subtitle = msg::calendar_events_count(locale, agenda.total);
    let footer = view! {
        <Button kind=ButtonKind::Neutral label=Msg::CalendarPrevious.text(locale) test_id="previous-range"
            on_click=Callback::new(move |_| range.update(|r| *r = r.shifted(false))) />
        <Button kind=ButtonKind::Neutral label=Msg::CalendarNext.text(locale) test_id="next-range"
            on_click=Callback::new(move |_| range.update(|r| *r = r.shifted(true))) />
        <Button kind=ButtonKind::Primary label=Msg::CalendarAdd.text(locale) icon=Icon::Calendar test_id="add-event"
            on_click=Callback::new(move |_| command(ctx, "addEvent", json!({}), notice)) />
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    view! {
        <Card icon=Icon::Calendar title=title subtitle=Some(subtitle) footer=footer.into_any()>
            <Notice notice=notice />
            <ol class="b-agenda" data-testid="agenda" data-from=date_text(agenda.range.from) data-to=date_text(agenda.range.to)>
                {agenda
                    .days
                    .into_iter()
                    .map(|(day, events)| {
                        let label = crate::fmt::date(locale, midnight(day));
                        let empty = events.is_empty();
                        view! {
                            <li class="b-agenda__day" class:b-agenda__day--empty=empty data-date=date_text(day)>
                                <h3 class="b-agenda__date">{label}</h3>
                                {if empty {
                                    view! { <p class="b-secondary">{Msg::CalendarNoEvents.text(locale)}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="b-list">
                                            {events.into_iter().map(|e| view! { <EventLine event=e notice=notice /> }).collect_view()}
                                        </ul>
                                    }
                                    .into_any()
                                }}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </Card>
    }
}

/// One event: its time, its name (opens it) and the edit and delete commands.
#[component]
fn EventLine(event: Event, notice: RwSignal<Option<String>>) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let when = if event.all_day {
        Msg::CalendarAllDay.text(locale).to_owned()
    } else {
        msg::calendar_range(
            locale,
            crate::fmt::date_time(locale, event.start),
            crate::fmt::date_time(locale, event.end),
        )
    };
    let params = event.command_params();
    let (view_params, edit_params, delete_params) = (params.clone(), params.clone(), params);
    let edit_label = msg::calendar_edit_event(locale, &event.name);
    let delete_label = msg::calendar_delete_event(locale, &event.name);
    view! {
        <li class="b-list__item b-agenda__event" data-event=event.id.to_string()>
            <span class="b-agenda__time b-secondary">{when}</span>
            <span class="b-grow">
                <button type="button" class="b-link" data-testid="view-event"
                    on:click=move |_| command(ctx, "viewEvent", view_params.clone(), notice)>{event.name.clone()}</button>
                {event.location.clone().map(|l| view! { <span class="b-secondary">{format!(" · {l}")}</span> })}
            </span>
            <button type="button" class="b-link" data-testid="edit-event" aria-label=edit_label
                on:click=move |_| command(ctx, "editEvent", edit_params.clone(), notice)>{Msg::CalendarEdit.text(locale)}</button>
            <button type="button" class="b-link b-link--alert" data-testid="delete-event" aria-label=delete_label
                on:click=move |_| command(ctx, "deleteEvent", delete_params.clone(), notice)>{Msg::CalendarDelete.text(locale)}</button>
        </li>
    }
}
