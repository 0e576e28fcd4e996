//! [`StatTiles`]: a row of big numbers with their labels (a report's key figures).

use leptos::prelude::*;

/// How a figure is coloured: plain, or as a warning when it needs attention.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatTone {
    /// Plain text colour (the default).
    #[default]
    Plain,
    /// Red: overdue, failed.
    Alert,
    /// Orange: due soon.
    Warning,
}

impl StatTone {
    /// The class of this tone.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Plain => "",
            Self::Alert => "b-stat--alert",
            Self::Warning => "b-stat--warning",
        }
    }
}

/// One figure: a label, the value as shown, its tone and a `data-testid`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stat {
    /// What it counts.
    pub label: String,
    /// The value, formatted by `crate::fmt`.
    pub value: String,
    /// Colour.
    pub tone: StatTone,
    /// `data-testid` of the value.
    pub test_id: &'static str,
}

/// Key figures as a description list: each label with its value (read in that order).
#[component]
pub fn StatTiles(
    /// The figures.
    stats: Vec<Stat>,
) -> impl IntoView {
    view! {
        <dl class="b-stats">
            {stats
                .into_iter()
                .map(|s| {
                    view! {
                        <div class=format!("b-stat {}", s.tone.as_str())>
                            <dt class="b-stat__label">{s.label}</dt>
                            <dd class="b-stat__value" data-testid=s.test_id>{s.value}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
