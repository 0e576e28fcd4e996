//! Small building blocks in the Bitrix24 "Air" look (`style/app.css` on the kit's tokens).
//!
//! Every component renders text through Leptos text nodes, never as HTML: portal data is untrusted.
//! Dynamic styles go through `style:` (CSSOM), never a `style` attribute, so the production CSP can
//! keep `style-src 'self'` without `'unsafe-inline'`.

pub mod icon_data;

use domain::people::Person;
use icon_data::Icon;
use leptos::prelude::*;

/// An icon from the kit, drawn from its path data (no `innerHTML`). Decorative: hidden from screen
/// readers; give the surrounding control a label.
#[component]
pub fn SvgIcon(
    /// Which icon.
    icon: Icon,
    /// Extra classes (`b-icon--lg`, `b-icon--xl`).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let data = icon.data();
    view! {
        <svg class=format!("b-icon {class}") viewBox=data.view_box aria-hidden="true" focusable="false">
            {data
                .paths
                .iter()
                .map(|p| view! { <path d=p.d fill="currentColor" fill-rule=p.fill_rule clip-rule=p.clip_rule></path> })
                .collect_view()}
        </svg>
    }
}

/// The kit's button colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonKind {
    /// The one main action of a view (filled blue).
    Primary,
    /// A secondary action (tinted blue).
    Secondary,
    /// A neutral action (outline, the kit's default).
    Neutral,
    /// A quiet action (no background).
    Ghost,
}

impl ButtonKind {
    fn class(self) -> &'static str {
        match self {
            Self::Primary => "--style-filled",
            Self::Secondary => "--style-tinted",
            Self::Neutral => "--style-outline-no-accent",
            Self::Ghost => "--style-plain",
        }
    }
}

/// A button with an optional icon and a busy state.
#[component]
pub fn Button(
    /// Colour.
    kind: ButtonKind,
    /// Visible label.
    #[prop(into)]
    label: String,
    /// Leading icon.
    #[prop(optional)]
    icon: Option<Icon>,
    /// Shows a spinner and ignores clicks while true.
    #[prop(optional, into)]
    busy: Signal<bool>,
    /// Stable hook for tests and analytics.
    #[prop(optional)]
    test_id: &'static str,
    /// Click handler.
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("ui-btn --air ui-btn-md b-btn {}", kind.class())
            aria-busy=move || busy.try_get().unwrap_or(false).then_some("true")
            data-testid=(!test_id.is_empty()).then_some(test_id)
            on:click=move |_| {
                if !busy.get_untracked() {
                    on_click.run(());
                }
            }
        >
            {icon.map(|icon| view! { <span class="b-btn__icon"><SvgIcon icon=icon /></span> })}
            <span>{label}</span>
        </button>
    }
}

/// A round avatar: the photo, or initials when there is none (or it fails to load).
#[component]
pub fn Avatar(
    /// Whose avatar.
    person: Person,
    /// Absolute photo URL, already resolved against the portal.
    photo: Option<String>,
    /// `b-avatar--sm` / `b-avatar--lg`, or empty for the medium size.
    #[prop(optional)]
    size: &'static str,
) -> impl IntoView {
    let failed = RwSignal::new(false);
    let initials = person.initials();
    view! {
        <span class=format!("b-avatar {size}") aria-hidden="true">
            {move || match (&photo, failed.try_get().unwrap_or(true)) {
                (Some(url), false) => {
                    view! {
                        <img src=url.clone() alt="" referrerpolicy="no-referrer" on:error=move |_| failed.set(true) />
                    }
                        .into_any()
                }
                _ => view! { <span>{initials.clone()}</span> }.into_any(),
            }}
        </span>
    }
}

/// A person: avatar, name and a muted second line.
#[component]
pub fn PersonLine(
    /// The person.
    person: Person,
    /// Resolved photo URL.
    photo: Option<String>,
) -> impl IntoView {
    let meta = person.position.clone();
    let name = person.name.clone();
    view! {
        <span class="b-person">
            <Avatar person=person photo=photo size="b-avatar--sm" />
            <span class="b-person__body">
                <span class="b-person__name">{name}</span>
                {meta.map(|m| view! { <span class="b-person__meta">{m}</span> })}
            </span>
        </span>
    }
}

/// A pill label in one of the kit's styles (`style-tinted-success`, ...), optionally with a colour dot.
#[component]
pub fn Badge(
    /// The kit style class.
    style: &'static str,
    /// Text.
    #[prop(into)]
    label: String,
    /// A validated `#rrggbb` colour for the dot.
    #[prop(optional_no_strip)]
    dot: Option<String>,
) -> impl IntoView {
    view! {
        <span class=format!("ui-label__scope --air ui-label-md b-badge {style}")>
            {dot.map(|c| view! { <span class="b-badge__dot" style:--b-dot=c></span> })}
            <span class="b-badge__label">{label}</span>
        </span>
    }
}

/// A kit "outline" card with a header (icon, title, subtitle, badges), a body and a footer.
#[component]
pub fn Card(
    /// Header icon.
    icon: Icon,
    /// Title.
    #[prop(into)]
    title: String,
    /// Second header line.
    #[prop(optional_no_strip)]
    subtitle: Option<String>,
    /// Badges next to the title.
    #[prop(optional)]
    badges: Option<AnyView>,
    /// Footer actions.
    #[prop(optional)]
    footer: Option<AnyView>,
    /// Body.
    children: Children,
) -> impl IntoView {
    view! {
        <section class="b-card">
            <header class="b-card__header">
                <div class="b-row">
                    <SvgIcon icon=icon class="b-icon--lg" />
                    <div class="b-grow">
                        <h2 class="b-card__title">{title}</h2>
                        {subtitle.map(|s| view! { <p class="b-card__subtitle">{s}</p> })}
                    </div>
                </div>
                {badges.map(|b| view! { <div class="b-row">{b}</div> })}
            </header>
            <div class="b-card__body">{children()}</div>
            {footer.map(|f| view! { <footer class="b-card__footer b-row">{f}</footer> })}
        </section>
    }
}

/// A label/value row of a `b-fields` list; empty values show a muted dash.
#[component]
pub fn Field(
    /// Label.
    #[prop(into)]
    label: String,
    /// Value.
    children: Children,
) -> impl IntoView {
    view! {
        <dt>{label}</dt>
        <dd>{children()}</dd>
    }
}

/// A progress bar (0.0..=1.0) with an accessible value.
#[component]
pub fn ProgressBar(
    /// Share done.
    ratio: f64,
    /// Accessible label.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let ratio = if ratio.is_finite() {
        ratio.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let class = if ratio >= 1.0 {
        "b-progress b-progress--success"
    } else {
        "b-progress"
    };
    view! {
        <div
            class=class
            role="progressbar"
            aria-label=label
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=format!("{:.0}", ratio * 100.0)
            style:--b-progress=format!("{ratio:.4}")
        >
            <div class="b-progress__bar"></div>
        </div>
    }
}

/// A full-frame message: boot states and failures.
#[component]
pub fn Screen(
    /// Icon in the circle.
    icon: Icon,
    /// `b-screen--error`, `b-screen--warning` or empty.
    #[prop(optional)]
    tone: &'static str,
    /// Title.
    #[prop(into)]
    title: String,
    /// Explanation.
    #[prop(into)]
    text: String,
    /// Stable hook for tests.
    test_id: &'static str,
    /// Buttons and details under the text.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class=format!("b-screen {tone}") data-testid=test_id role=(!tone.is_empty()).then_some("alert")>
            <div class="b-screen__icon">
                <SvgIcon icon=icon class="b-icon--xl" />
            </div>
            <h1 class="b-screen__title">{title}</h1>
            <p class="b-screen__text">{text}</p>
            {children.map(|c| view! { <div class="b-screen__actions">{c()}</div> })}
        </section>
    }
}

/// An inline alert (kit alert) for errors inside a widget.
#[component]
pub fn AlertBox(
    /// `style-tinted-alert`, `style-tinted-warning`, `style-tinted` (info).
    style: &'static str,
    /// Title.
    #[prop(into)]
    title: String,
    /// Text.
    #[prop(optional, into)]
    text: String,
    /// Actions.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let icon = if style.contains("alert") {
        Icon::Alert
    } else if style.contains("warning") {
        Icon::Warning
    } else {
        Icon::Info
    };
    view! {
        <div class=format!("b-alert {style}") role="alert">
            <span class="b-alert__icon"><SvgIcon icon=icon /></span>
            <div class="b-alert__body">
                <p class="b-alert__title">{title}</p>
                {(!text.is_empty()).then(|| view! { <p>{text}</p> })}
                {children.map(|c| view! { <div class="b-alert__actions">{c()}</div> })}
            </div>
        </div>
    }
}

/// A loading placeholder shaped like a card: title line, avatar and a few field lines.
#[component]
pub fn CardSkeleton() -> impl IntoView {
    view! {
        <section class="b-card" aria-busy="true" data-testid="skeleton">
            <div class="b-card__header">
                <div class="b-skeleton b-skeleton--title"></div>
            </div>
            <div class="b-card__body b-stack">
                <div class="b-row">
                    <div class="b-skeleton b-skeleton--avatar"></div>
                    <div class="b-skeleton b-skeleton--line b-grow"></div>
                </div>
                <div class="b-skeleton b-skeleton--line"></div>
                <div class="b-skeleton b-skeleton--line"></div>
                <div class="b-skeleton b-skeleton--line"></div>
            </div>
        </section>
    }
}

/// A key/value table for developer information (placement code, options).
#[component]
pub fn KeyValues(
    /// Rows.
    rows: Vec<(String, String)>,
) -> impl IntoView {
    view! {
        <table class="b-kv">
            <tbody>
                {rows.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td>{v}</td></tr> }).collect_view()}
            </tbody>
        </table>
    }
}

/// Pretty-printed JSON shown as text (never interpreted as HTML).
#[component]
pub fn CodeBlock(
    /// The value.
    value: serde_json::Value,
) -> impl IntoView {
    let text = serde_json::to_string_pretty(&value).unwrap_or_else(|_| value.to_string());
    view! { <pre class="b-code">{text}</pre> }
}
