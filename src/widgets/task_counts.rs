//! The task figures the workload report and the workgroup card both lead with: open, overdue (red
//! when any) and due this week (orange when any), as [`Stat`] tiles with stable test ids.

use crate::i18n::{Locale, Msg};
use crate::ui::{Stat, StatTone};

/// The three task tiles: `stat-open`, `stat-overdue`, `stat-due-week`.
pub fn task_counts(locale: Locale, open: u64, overdue: u64, due_this_week: u64) -> Vec<Stat> {
    let n = |v: u64| crate::fmt::number(locale, v as f64);
    let marked = |count: u64, tone: StatTone| if count > 0 { tone } else { StatTone::Plain };
    vec![
        Stat {
            label: Msg::WorkloadOpenTasks.text(locale).to_owned(),
            value: n(open),
            tone: StatTone::Plain,
            test_id: "stat-open",
        },
        Stat {
            label: Msg::Overdue.text(locale).to_owned(),
            value: n(overdue),
            tone: marked(overdue, StatTone::Alert),
            test_id: "stat-overdue",
        },
        Stat {
            label: Msg::WorkloadDueThisWeek.text(locale).to_owned(),
            value: n(due_this_week),
            tone: marked(due_this_week, StatTone::Warning),
            test_id: "stat-due-week",
        },
    ]
}
