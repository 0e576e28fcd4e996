//! The employee card (`USER_PROFILE_TOOLBAR`, `USER_PROFILE_MENU`, and `REST_APP_URI` links naming a
//! user): department, manager, contacts with call and message through the messenger (`BX24.im`), and
//! the employee's open deals and tasks.

use super::{loaded_view, open_portal_path, Notice};
use crate::context::{use_app, Ctx};
use crate::hooks::use_loader;
use crate::i18n::{msg, Msg};
use crate::ui::icon_data::Icon;
use crate::ui::{Badge, BadgeTone, Button, ButtonKind, Card, Field, PersonLine, ThemeToggle};
use domain::employee_card::{self, EmployeeCard};
use leptos::prelude::*;
use placement::UserId;

/// Loads and shows one employee (one `batch`).
#[component]
pub fn EmployeeCardWidget(
    /// The employee.
    user: UserId,
) -> impl IntoView {
    let card = use_loader(move |client| async move {
        let (batch, commands) = employee_card::plan(user);
        let results = client.batch(batch).await?;
        commands.read(user, &results)
    });
    view! {
        <div data-widget="employee-card">
            {loaded_view(card, move |card, reload| view! { <EmployeeCardView user=user card=card on_refresh=reload /> }.into_any())}
        </div>
    }
}

/// What the messenger buttons do.
#[derive(Debug, Clone)]
enum Im {
    Chat(u64),
    Call(u64),
    Dial(String),
}

/// Runs a messenger command; a portal without `BX24.im` is reported in `notice`.
fn messenger(ctx: Ctx, command: Im, notice: RwSignal<Option<String>>) {
    let (bx24, locale) = ctx.with_value(|c| (c.bx24.clone(), c.locale));
    let im = bx24.messenger();
    let done = match &command {
        Im::Chat(user) => im.open_messenger(&user.to_string()),
        Im::Call(user) => im.call_to(*user, false),
        Im::Dial(phone) => im.phone_to(phone),
    };
    notice.set(
        done.err()
            .map(|_| Msg::ProfileMessengerFailed.text(locale).to_owned()),
    );
}

/// Renders a loaded employee.
#[component]
pub fn EmployeeCardView(
    /// The employee's id.
    user: UserId,
    /// The data.
    card: EmployeeCard,
    /// Reloads the data.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let id = user.get();
    let badges = view! {
        {card.online.then(|| view! { <Badge tone=BadgeTone::Success label=Msg::ProfileOnline.text(locale) /> })}
        {card.dismissed.then(|| view! { <Badge tone=BadgeTone::Alert label=Msg::ProfileDismissed.text(locale) /> })}
    };
    let profile = card.person.profile_path();
    let footer = view! {
        <Button kind=ButtonKind::Primary label=Msg::ProfileMessage.text(locale) icon=Icon::Chat test_id="message"
            on_click=Callback::new(move |_| messenger(ctx, Im::Chat(id), notice)) />
        <Button kind=ButtonKind::Secondary label=Msg::ProfileCall.text(locale) icon=Icon::Phone test_id="call"
            on_click=Callback::new(move |_| messenger(ctx, Im::Call(id), notice)) />
        <Button kind=ButtonKind::Ghost label=Msg::ProfileOpenProfile.text(locale) icon=Icon::ExternalLink test_id="open-profile"
            on_click=Callback::new(move |_| open_portal_path(ctx, profile.clone(), notice)) />
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    let phone = move |number: Option<String>, test_id: &'static str| {
        number.map(|number| {
            let dial = number.clone();
            view! {
                <button type="button" class="b-link" data-testid=test_id
                    on:click=move |_| messenger(ctx, Im::Dial(dial.clone()), notice)>{number}</button>
            }
        })
    };
    let empty = || view! { <span class="b-fields__empty"></span> };
    let deals = card.deals.clone().map(|deals| {
        let heading = msg::profile_open_deals(locale, deals.total);
        view! {
            <section class="b-stack" data-testid="open-deals">
                <h3 class="b-section-title">{heading}</h3>
                {if deals.rows.is_empty() {
                    view! { <p class="b-secondary">{Msg::ProfileNoDeals.text(locale)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="b-list">
                            {deals.rows.into_iter().map(|deal| {
                                let path = format!("/crm/deal/details/{}/", deal.id);
                                let amount = deal.amount.map(|m| crate::fmt::money(locale, &m));
                                view! {
                                    <li class="b-list__item b-row">
                                        <button type="button" class="b-link b-grow" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{deal.title}</button>
                                        {amount.map(|a| view! { <span class="b-secondary">{a}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }
    });
    let tasks = card.tasks.clone().map(|tasks| {
        let heading = msg::profile_open_tasks(locale, tasks.total);
        view! {
            <section class="b-stack" data-testid="open-tasks">
                <h3 class="b-section-title">{heading}</h3>
                {if tasks.rows.is_empty() {
                    view! { <p class="b-secondary">{Msg::ProfileNoTasks.text(locale)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="b-list">
                            {tasks.rows.into_iter().map(|task| {
                                let path = format!("/company/personal/user/{id}/tasks/task/view/{}/", task.id);
                                let deadline = task.deadline.map(|d| crate::fmt::date_time(locale, d));
                                view! {
                                    <li class="b-list__item b-row">
                                        <button type="button" class="b-link b-grow" on:click=move |_| open_portal_path(ctx, path.clone(), notice)>{task.title}</button>
                                        {deadline.map(|d| view! { <span class="b-secondary">{d}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }
    });
    let email = card.email.clone().map(|email| {
        let href = format!("mailto:{email}");
        view! { <a class="b-link" href=href>{email}</a> }
    });
    view! {
        <Card icon=Icon::User title=card.person.name.clone() subtitle=card.person.position.clone() badges=badges.into_any() footer=footer.into_any()>
            <dl class="b-fields" data-testid="employee-fields">
                <Field label=Msg::ProfileDepartment.text(locale)>
                    {match card.department.clone() { Some(d) => view! { <span data-testid="department">{d}</span> }.into_any(), None => empty().into_any() }}
                </Field>
                <Field label=Msg::ProfileManager.text(locale)>
                    {match card.manager.clone() { Some(p) => view! { <span data-testid="manager"><PersonLine person=p /></span> }.into_any(), None => empty().into_any() }}
                </Field>
                <Field label=Msg::Email.text(locale)>{match email { Some(e) => e.into_any(), None => empty().into_any() }}</Field>
                <Field label=Msg::ProfileWorkPhone.text(locale)>{match phone(card.work_phone.clone(), "work-phone") { Some(p) => p.into_any(), None => empty().into_any() }}</Field>
                <Field label=Msg::ProfileMobile.text(locale)>{match phone(card.mobile.clone(), "mobile") { Some(p) => p.into_any(), None => empty().into_any() }}</Field>
                <Field label=Msg::ProfileExtension.text(locale)>{match card.extension.clone() { Some(x) => view! { <span>{x}</span> }.into_any(), None => empty().into_any() }}</Field>
            </dl>
            {deals}
            {tasks}
            <Notice notice=notice />
        </Card>
    }
}
