//! The wizard's and the settings page's words for the `install` crate's areas, purposes, spots and
//! objects, in the user's language (one message each, `locales/*.ftl`, group "Setup").

use crate::i18n::{Locale, Msg};
use install::{Area, Purpose, Spot, Subject};

/// The group heading of an area.
pub fn area(area: Area, locale: Locale) -> &'static str {
    match area {
        Area::App => Msg::SetupAreaApp.text(locale),
        Area::Crm => Msg::SetupAreaCrm.text(locale),
        Area::Tasks => Msg::SetupAreaTasks.text(locale),
        Area::Workgroups => Msg::SetupAreaWorkgroups.text(locale),
        Area::People => Msg::SetupAreaPeople.text(locale),
        Area::Calendar => Msg::SetupAreaCalendar.text(locale),
        Area::Telephony => Msg::SetupAreaTelephony.text(locale),
        Area::Messenger => Msg::SetupAreaMessenger.text(locale),
        Area::ContactCenter => Msg::SetupAreaContactCenter.text(locale),
        Area::Fields => Msg::SetupAreaFields.text(locale),
        Area::Sites => Msg::SetupAreaSites.text(locale),
    }
}

/// A widget's name as the portal shows it (`TITLE`) and its one line on what it does
/// (`DESCRIPTION`).
pub fn purpose(purpose: Purpose) -> (Msg, Msg) {
    match purpose {
        Purpose::AppPage => (Msg::SetupPurposeAppPage, Msg::SetupPurposeAppPageText),
        Purpose::AppLink => (Msg::SetupPurposeAppLink, Msg::SetupPurposeAppLinkText),
        Purpose::CallWatcher => (
            Msg::SetupPurposeCallWatcher,
            Msg::SetupPurposeCallWatcherText,
        ),
        Purpose::EntityOverview => (
            Msg::SetupPurposeEntityOverview,
            Msg::SetupPurposeEntityOverviewText,
        ),
        Purpose::RowAction => (Msg::SetupPurposeRowAction, Msg::SetupPurposeRowActionText),
        Purpose::ListReport => (Msg::SetupPurposeListReport, Msg::SetupPurposeListReportText),
        Purpose::CardAction => (Msg::SetupPurposeCardAction, Msg::SetupPurposeCardActionText),
        Purpose::Activity => (Msg::SetupPurposeActivity, Msg::SetupPurposeActivityText),
        Purpose::TimelineAction => (
            Msg::SetupPurposeTimelineAction,
            Msg::SetupPurposeTimelineActionText,
        ),
        Purpose::Document => (Msg::SetupPurposeDocument, Msg::SetupPurposeDocumentText),
        Purpose::AutomationTriggers => (
            Msg::SetupPurposeAutomationTriggers,
            Msg::SetupPurposeAutomationTriggersText,
        ),
        Purpose::Search => (Msg::SetupPurposeSearch, Msg::SetupPurposeSearchText),
        Purpose::Analytics => (Msg::SetupPurposeAnalytics, Msg::SetupPurposeAnalyticsText),
        Purpose::TaskSummary => (
            Msg::SetupPurposeTaskSummary,
            Msg::SetupPurposeTaskSummaryText,
        ),
        Purpose::Workload => (Msg::SetupPurposeWorkload, Msg::SetupPurposeWorkloadText),
        Purpose::GroupCard => (Msg::SetupPurposeGroupCard, Msg::SetupPurposeGroupCardText),
        Purpose::EmployeeCard => (
            Msg::SetupPurposeEmployeeCard,
            Msg::SetupPurposeEmployeeCardText,
        ),
        Purpose::CalendarView => (
            Msg::SetupPurposeCalendarView,
            Msg::SetupPurposeCalendarViewText,
        ),
        Purpose::CallNotes => (Msg::SetupPurposeCallNotes, Msg::SetupPurposeCallNotesText),
        Purpose::CallsReport => (
            Msg::SetupPurposeCallsReport,
            Msg::SetupPurposeCallsReportText,
        ),
        Purpose::ChatTemplates => (
            Msg::SetupPurposeChatTemplates,
            Msg::SetupPurposeChatTemplatesText,
        ),
        Purpose::ChatContext => (
            Msg::SetupPurposeChatContext,
            Msg::SetupPurposeChatContextText,
        ),
        Purpose::MessageAction => (
            Msg::SetupPurposeMessageAction,
            Msg::SetupPurposeMessageActionText,
        ),
        Purpose::MessengerPage => (
            Msg::SetupPurposeMessengerPage,
            Msg::SetupPurposeMessengerPageText,
        ),
        Purpose::ConnectorTile => (
            Msg::SetupPurposeConnectorTile,
            Msg::SetupPurposeConnectorTileText,
        ),
        Purpose::ConnectorSettings => (
            Msg::SetupPurposeConnectorSettings,
            Msg::SetupPurposeConnectorSettingsText,
        ),
        Purpose::RatingField => (
            Msg::SetupPurposeRatingField,
            Msg::SetupPurposeRatingFieldText,
        ),
        Purpose::SiteSettings => (
            Msg::SetupPurposeSiteSettings,
            Msg::SetupPurposeSiteSettingsText,
        ),
        Purpose::BlockSettings => (
            Msg::SetupPurposeBlockSettings,
            Msg::SetupPurposeBlockSettingsText,
        ),
    }
}

/// The spot on a page where a widget appears.
pub fn spot(spot: Spot, locale: Locale) -> &'static str {
    match spot {
        Spot::LeftMenu => Msg::SetupSpotLeftMenu.text(locale),
        Spot::AppLinks => Msg::SetupSpotAppLinks.text(locale),
        Spot::EveryPage => Msg::SetupSpotEveryPage.text(locale),
        Spot::CardTab => Msg::SetupSpotCardTab.text(locale),
        Spot::CardActivity => Msg::SetupSpotCardActivity.text(locale),
        Spot::CardToolbar => Msg::SetupSpotCardToolbar.text(locale),
        Spot::CardSidebar => Msg::SetupSpotCardSidebar.text(locale),
        Spot::CardTopPanel => Msg::SetupSpotCardTopPanel.text(locale),
        Spot::ListToolbar => Msg::SetupSpotListToolbar.text(locale),
        Spot::FunnelsToolbar => Msg::SetupSpotFunnelsToolbar.text(locale),
        Spot::ListRowMenu => Msg::SetupSpotListRowMenu.text(locale),
        Spot::TimelineMenu => Msg::SetupSpotTimelineMenu.text(locale),
        Spot::DocumentButton => Msg::SetupSpotDocumentButton.text(locale),
        Spot::AutomationToolbar => Msg::SetupSpotAutomationToolbar.text(locale),
        Spot::AnalyticsMenu => Msg::SetupSpotAnalyticsMenu.text(locale),
        Spot::AnalyticsToolbar => Msg::SetupSpotAnalyticsToolbar.text(locale),
        Spot::Search => Msg::SetupSpotSearch.text(locale),
        Spot::DetailsAutocomplete => Msg::SetupSpotDetailsAutocomplete.text(locale),
        Spot::ProfileMenu => Msg::SetupSpotProfileMenu.text(locale),
        Spot::CalendarView => Msg::SetupSpotCalendarView.text(locale),
        Spot::CallCard => Msg::SetupSpotCallCard.text(locale),
        Spot::ChatInputPanel => Msg::SetupSpotChatInputPanel.text(locale),
        Spot::ChatSidebar => Msg::SetupSpotChatSidebar.text(locale),
        Spot::MessageMenu => Msg::SetupSpotMessageMenu.text(locale),
        Spot::MobileMessageMenu => Msg::SetupSpotMobileMessageMenu.text(locale),
        Spot::MessengerNavigation => Msg::SetupSpotMessengerNavigation.text(locale),
        Spot::ContactCenterTile => Msg::SetupSpotContactCenterTile.text(locale),
        Spot::ConnectorSettings => Msg::SetupSpotConnectorSettings.text(locale),
        Spot::FieldType => Msg::SetupSpotFieldType.text(locale),
        Spot::SiteSettings => Msg::SetupSpotSiteSettings.text(locale),
        Spot::BlockSettings => Msg::SetupSpotBlockSettings.text(locale),
        Spot::Other => Msg::SetupSpotOther.text(locale),
    }
}

/// The object a widget belongs to; a smart process by its name on the portal (`process_title`).
pub fn subject(subject: Subject, process_title: Option<&str>, locale: Locale) -> String {
    let text = match subject {
        Subject::Lead => Msg::Lead,
        Subject::Deal => Msg::Deal,
        Subject::Contact => Msg::ContactEntity,
        Subject::Company => Msg::CompanyEntity,
        Subject::Quote => Msg::Quote,
        Subject::SmartInvoice => Msg::Invoice,
        Subject::OldInvoice => Msg::SetupSubjectOldInvoice,
        Subject::Order => Msg::Order,
        Subject::Activity => Msg::Activity,
        Subject::SmartProcess(_) => match process_title.filter(|t| !t.trim().is_empty()) {
            Some(title) => return title.to_owned(),
            None => Msg::SmartProcessItem,
        },
        Subject::Task => Msg::Task,
        Subject::Workgroup => Msg::SetupSubjectWorkgroup,
        Subject::Employee => Msg::SetupSubjectEmployee,
    };
    text.text(locale).to_owned()
}
