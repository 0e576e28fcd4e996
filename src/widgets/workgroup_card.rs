//! The workgroup card (`SONET_GROUP_DETAIL_TAB`, `SONET_GROUP_TOOLBAR`,
//! `SONET_GROUP_ROBOT_DESIGNER_TOOLBAR`): members and roles, open tasks, deadlines.

use super::task_workload::clock;
use super::{loaded_view, open_portal_path, Notice};
use crate::context::use_app;
use crate::hooks::use_loader;
use crate::i18n::Msg;
use crate::ui::icon_data::Icon;
use crate::ui::{
    AlertBox, AlertTone, Badge, BadgeTone, Button, ButtonKind, Card, PersonLine, Stat, StatTiles,
    StatTone, ThemeToggle,
};
use domain::workgroup_card::{self, GroupCard, Member, Role};
use leptos::prelude::*;
use placement::GroupId;

/// Loads and shows one group; a toolbar opened on a page without a group says so.
#[component]
pub fn WorkgroupWidget(
    /// The group, when the placement names one.
    group: Option<GroupId>,
) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let Some(group) = group else {
        return view! {
            <div data-widget="workgroup" data-testid="no-group">
                <AlertBox tone=AlertTone::Info title=Msg::GroupNoGroupTitle.text(locale) text=Msg::GroupNoGroupText.text(locale) />
            </div>
        }
        .into_any();
    };
    let card = use_loader(move |client| async move {
        let now = clock();
        let (batch, commands) = workgroup_card::plan(group, now);
        let results = client.batch(batch).await?;
        let card = commands.read(group, now, &results)?;
        // The members' names (see the domain module): optional, members show as `#id` without them.
        let Some((names, users)) = workgroup_card::member_names_plan(&card) else {
            return Ok(card);
        };
        Ok(
            match client.batch(names).await.and_then(|r| users.read(&r)) {
                Ok(rows) => card.with_names(&rows.0),
                Err(_) => card,
            },
        )
    });
    view! {
        <div data-widget="workgroup">
            {loaded_view(card, |card, reload| view! { <GroupCardView card=card on_refresh=reload /> }.into_any())}
        </div>
    }
    .into_any()
}

/// Renders a loaded group.
#[component]
pub fn GroupCardView(
    /// The data.
    card: GroupCard,
    /// Reloads the data.
    on_refresh: Callback<()>,
) -> impl IntoView {
    let ctx = use_app();
    let locale = ctx.with_value(|c| c.locale);
    let notice = RwSignal::new(None::<String>);
    let n = move |v: u64| crate::fmt::number(locale, v as f64);
    let kind = if card.project {
        Msg::Project
    } else {
        Msg::GroupKindWorkgroup
    };
    let badges = card.opened.then(
        || view! { <Badge tone=BadgeTone::Success label=Msg::GroupOpenToJoin.text(locale) /> },
    );
    let mut stats =
        super::task_counts::task_counts(locale, card.open_tasks, card.overdue, card.due_this_week);
    stats.push(Stat {
        label: Msg::GroupMembers.text(locale).to_owned(),
        value: n(card.members.len() as u64),
        tone: StatTone::Plain,
        test_id: "stat-members",
    });
    let group_id = card.id;
    let path = card.path();
    let footer = view! {
        <Button
            kind=ButtonKind::Primary
            label=Msg::GroupOpenPage.text(locale)
            icon=Icon::ExternalLink
            test_id="open-group"
            on_click=Callback::new(move |_| open_portal_path(ctx, path.clone(), notice))
        />
        <Button kind=ButtonKind::Ghost label=Msg::Refresh.text(locale) icon=Icon::Refresh test_id="refresh" on_click=on_refresh />
        <span class="b-grow"></span>
        <ThemeToggle />
    };
    let deadlines = if card.deadlines.is_empty() {
        view! { <p class="b-secondary" data-testid="no-deadlines">{Msg::GroupNoDeadlines.text(locale)}</p> }.into_any()
    } else {
        view! {
            <ul class="b-list" data-testid="deadlines">
                {card
                    .deadlines
                    .into_iter()
                    .map(|line| {
                        let task_path = format!("/workgroups/group/{group_id}/tasks/task/view/{}/", line.id);
                        let when = crate::fmt::date_time(locale, line.deadline);
                        view! {
                            <li class="b-list__item b-row">
                                <button type="button" class="b-link b-grow" on:click=move |_| open_portal_path(ctx, task_path.clone(), notice)>{line.title}</button>
                                {line.overdue.then(|| view! { <Badge tone=BadgeTone::Alert label=Msg::Overdue.text(locale) /> })}
                                <span class="b-secondary">{when}</span>
                                {line.responsible.map(|p| view! { <span class="b-secondary">{p.name}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <Card icon=Icon::Group title=card.name.clone() subtitle=Some(kind.text(locale).to_owned()) badges=badges.into_any() footer=footer.into_any()>
            {card.description.clone().map(|d| view! { <p data-testid="group-description">{d}</p> })}
            <StatTiles stats=stats />
            <section class="b-stack">
                <h3 class="b-section-title">{Msg::GroupMembers.text(locale)}</h3>
                <ul class="b-list" data-testid="members">
                    {card.members.into_iter().map(|m| view! { <MemberLine member=m /> }).collect_view()}
                </ul>
            </section>
            <section class="b-stack">
                <h3 class="b-section-title">{Msg::GroupDeadlines.text(locale)}</h3>
                {deadlines}
            </section>
            <Notice notice=notice />
        </Card>
    }
}

/// A member with their role.
#[component]
fn MemberLine(member: Member) -> impl IntoView {
    let locale = use_app().with_value(|c| c.locale);
    let role = match member.role {
        Role::Owner => Some((BadgeTone::Info, Msg::GroupRoleOwner)),
        Role::Moderator => Some((BadgeTone::Warning, Msg::GroupRoleModerator)),
        Role::Member => None,
    };
    let who = match member.person {
        Some(person) => view! { <PersonLine person=person /> }.into_any(),
        None => view! { <span>{format!("#{}", member.id)}</span> }.into_any(),
    };
    view! {
        <li class="b-list__item b-row" data-user=member.id.to_string()>
            <span class="b-grow">{who}</span>
            {match role {
                Some((tone, label)) => view! { <Badge tone=tone label=label.text(locale) /> }.into_any(),
                None => view! { <span class="b-secondary">{Msg::GroupRoleMember.text(locale)}</span> }.into_any(),
            }}
        </li>
    }
}
