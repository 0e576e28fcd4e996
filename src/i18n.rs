//! The app's strings in every language it speaks (English, Russian, German; English is the fallback).
//!
//! Each message is one enum variant with its three translations side by side, so a missing
//! translation is a compile error, not a blank label.

use domain::Locale;

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => $en:literal, $ru:literal, $de:literal;)*) => {
        /// A translatable UI string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every message (for the translation tests).
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message in `locale`.
            pub fn text(self, locale: Locale) -> &'static str {
                match (self, locale) {
                    $((Msg::$name, Locale::En) => $en,
                      (Msg::$name, Locale::Ru) => $ru,
                      (Msg::$name, Locale::De) => $de,)*
                }
            }
        }
    };
}

messages! {
    /// Boot splash.
    Loading => "Loading…", "Загрузка…", "Wird geladen…";
    /// Screen title: page opened outside Bitrix24.
    NotInFrameTitle => "Open this app inside Bitrix24", "Откройте приложение в Битрикс24", "Öffnen Sie diese App in Bitrix24";
    /// Screen text: page opened outside Bitrix24.
    NotInFrameText => "This page is a Bitrix24 widget. It works inside your Bitrix24 portal, where the portal passes it the context it needs. Open it from the portal's menu, a CRM card or any other place where the app is installed.",
        "Эта страница — виджет Битрикс24. Она работает внутри вашего портала, который передаёт ей нужный контекст. Откройте её из меню портала, карточки CRM или другого места, где установлено приложение.",
        "Diese Seite ist ein Bitrix24-Widget. Sie funktioniert in Ihrem Bitrix24-Portal, das ihr den nötigen Kontext übergibt. Öffnen Sie sie über das Portalmenü, eine CRM-Karte oder eine andere Stelle, an der die App installiert ist.";
    /// Developer hint on the not-in-frame screen.
    NotInFrameDevHint => "Developers: run scripts/run.sh to try every widget in the local portal emulator.",
        "Разработчикам: запустите scripts/run.sh, чтобы попробовать все виджеты в локальном эмуляторе портала.",
        "Für Entwickler: scripts/run.sh startet den lokalen Portal-Emulator mit allen Widgets.";
    /// Screen title: BX24.init timed out.
    InitTimeoutTitle => "Bitrix24 is not responding", "Битрикс24 не отвечает", "Bitrix24 antwortet nicht";
    /// Screen text: BX24.init timed out.
    InitTimeoutText => "The portal did not send the widget its context in time. Check your connection and try again.",
        "Портал не передал виджету контекст вовремя. Проверьте соединение и попробуйте ещё раз.",
        "Das Portal hat dem Widget seinen Kontext nicht rechtzeitig übergeben. Prüfen Sie die Verbindung und versuchen Sie es erneut.";
    /// Screen title: PLACEMENT_OPTIONS could not be parsed.
    MalformedTitle => "This widget received data it cannot read", "Виджет получил данные, которые не может прочитать", "Das Widget hat Daten erhalten, die es nicht lesen kann";
    /// Screen text: PLACEMENT_OPTIONS could not be parsed.
    MalformedText => "The portal opened the widget with options in an unexpected format. Nothing was changed. The details below help the app's developer.",
        "Портал открыл виджет с параметрами в неожиданном формате. Ничего не изменено. Подробности ниже помогут разработчику приложения.",
        "Das Portal hat das Widget mit Optionen in einem unerwarteten Format geöffnet. Es wurde nichts geändert. Die Details unten helfen dem Entwickler der App.";
    /// Screen title: unknown placement code.
    UnknownTitle => "This place is not supported yet", "Это место пока не поддерживается", "Diese Stelle wird noch nicht unterstützt";
    /// Screen text: unknown placement code.
    UnknownText => "The portal opened the app in a place it does not know. Here is what it received:",
        "Портал открыл приложение в неизвестном ему месте. Вот что оно получило:",
        "Das Portal hat die App an einer ihr unbekannten Stelle geöffnet. Das wurde übergeben:";
    /// Screen title: unexpected failure.
    CrashTitle => "Something went wrong", "Что-то пошло не так", "Etwas ist schiefgelaufen";
    /// Screen text: unexpected failure.
    CrashText => "The widget hit an unexpected error. Reloading usually helps.", "В виджете произошла непредвиденная ошибка. Обычно помогает перезагрузка.", "Im Widget ist ein unerwarteter Fehler aufgetreten. Neu laden hilft meistens.";
    /// Retry/reload button.
    Retry => "Try again", "Повторить", "Erneut versuchen";
    /// Reload button.
    Reload => "Reload", "Обновить", "Neu laden";
    /// Label: placement code.
    PlacementCode => "Placement", "Место встройки", "Platzierung";
    /// Label: error.
    Error => "Error", "Ошибка", "Fehler";
    /// Open in the portal.
    Open => "Open", "Открыть", "Öffnen";
    /// Open the details view in a slider.
    Details => "Details", "Подробнее", "Details";
    /// Refresh the data.
    Refresh => "Refresh", "Обновить", "Aktualisieren";
    /// Field: amount.
    Amount => "Amount", "Сумма", "Betrag";
    /// Field: responsible person.
    Responsible => "Responsible", "Ответственный", "Verantwortlich";
    /// Field: creator.
    CreatedBy => "Created by", "Постановщик", "Erstellt von";
    /// Field: contact.
    Contact => "Contact", "Контакт", "Kontakt";
    /// Field: company.
    Company => "Company", "Компания", "Unternehmen";
    /// Field: phone.
    Phone => "Phone", "Телефон", "Telefon";
    /// Field: e-mail.
    Email => "E-mail", "E-mail", "E-Mail";
    /// Field: created.
    Created => "Created", "Создано", "Erstellt";
    /// Field: modified.
    Modified => "Modified", "Изменено", "Geändert";
    /// Field: start date.
    StartDate => "Start date", "Дата начала", "Startdatum";
    /// Field: close / due date.
    CloseDate => "Close date", "Дата завершения", "Abschlussdatum";
    /// Field: deadline.
    Deadline => "Deadline", "Крайний срок", "Frist";
    /// Field: project.
    Project => "Project", "Проект", "Projekt";
    /// Field: checklist.
    Checklist => "Checklist", "Чек-лист", "Checkliste";
    /// Not set.
    NotSet => "Not set", "Не указано", "Nicht angegeben";
    /// Deadline passed.
    Overdue => "Overdue", "Просрочена", "Überfällig";
    /// High priority.
    Important => "High priority", "Важная задача", "Hohe Priorität";
    /// Closed CRM element.
    ClosedItem => "Closed", "Закрыто", "Geschlossen";
    /// Loading failed.
    LoadFailed => "Could not load the data", "Не удалось загрузить данные", "Die Daten konnten nicht geladen werden";
    /// Element not found.
    NotFound => "Not found or no access", "Не найдено или нет доступа", "Nicht gefunden oder kein Zugriff";
    /// Not found, explained.
    NotFoundText => "It may have been deleted, or your permissions do not allow you to see it.",
        "Возможно, он удалён или ваши права не позволяют его видеть.",
        "Möglicherweise wurde es gelöscht, oder Ihre Rechte erlauben es nicht, es zu sehen.";
    /// The portal refused to open a page.
    PathNotAvailable => "The portal cannot open this page here.", "Портал не может открыть эту страницу здесь.", "Das Portal kann diese Seite hier nicht öffnen.";
    /// Task status 1.
    TaskNew => "New", "Новая", "Neu";
    /// Task status 2.
    TaskPending => "Pending", "Ждёт выполнения", "Wartet";
    /// Task status 3.
    TaskInProgress => "In progress", "Выполняется", "In Arbeit";
    /// Task status 4.
    TaskAwaitingReview => "Awaiting review", "Ждёт контроля", "Wartet auf Prüfung";
    /// Task status 5.
    TaskCompleted => "Completed", "Завершена", "Abgeschlossen";
    /// Task status 6.
    TaskDeferred => "Deferred", "Отложена", "Zurückgestellt";
    /// Task status 7.
    TaskDeclined => "Declined", "Отклонена", "Abgelehnt";
    /// Entity: lead.
    Lead => "Lead", "Лид", "Lead";
    /// Entity: deal.
    Deal => "Deal", "Сделка", "Auftrag";
    /// Entity: contact.
    ContactEntity => "Contact", "Контакт", "Kontakt";
    /// Entity: company.
    CompanyEntity => "Company", "Компания", "Unternehmen";
    /// Entity: quote.
    Quote => "Quote", "Предложение", "Angebot";
    /// Entity: smart invoice.
    Invoice => "Invoice", "Счёт", "Rechnung";
    /// Entity: smart process item.
    SmartProcessItem => "Smart process item", "Элемент смарт-процесса", "SPA-Element";
    /// Entity: activity.
    Activity => "Activity", "Дело", "Aktivität";
    /// Entity: order.
    Order => "Order", "Заказ", "Bestellung";
    /// Entity: task.
    Task => "Task", "Задача", "Aufgabe";
    /// Call card: incoming call.
    IncomingCall => "Incoming call", "Входящий звонок", "Eingehender Anruf";
    /// Call card: outgoing call.
    OutgoingCall => "Outgoing call", "Исходящий звонок", "Ausgehender Anruf";
    /// Call card: callback.
    Callback => "Callback", "Обратный звонок", "Rückruf";
    /// Call card: line.
    Line => "Line", "Линия", "Leitung";
    /// Call state: idle.
    CallIdle => "waiting", "ожидание", "wartet";
    /// Call state: connecting.
    CallConnecting => "connecting", "соединение", "verbindet";
    /// Call state: connected.
    CallConnected => "connected", "разговор", "verbunden";
    /// Call card: no CRM binding.
    NoCrmBinding => "The caller is not in the CRM yet.", "Звонящего пока нет в CRM.", "Der Anrufer ist noch nicht im CRM.";
    /// Call card: other bindings.
    AlsoLinked => "Also linked", "Также связано", "Ebenfalls verknüpft";
    /// Context view heading.
    WidgetContext => "Widget context", "Контекст виджета", "Widget-Kontext";
    /// Context view explanation.
    WidgetContextText => "The portal opened the app here with this context. This place shows its context until its own widget is built.",
        "Портал открыл приложение здесь с этим контекстом. Это место показывает контекст, пока для него не сделан собственный виджет.",
        "Das Portal hat die App hier mit diesem Kontext geöffnet. Diese Stelle zeigt ihren Kontext, bis ein eigenes Widget dafür gebaut ist.";
    /// Label: page the widget was opened from.
    OpenedFrom => "Opened from", "Открыто со страницы", "Geöffnet von";
    /// Label: how the frame is shown.
    Presentation => "Shown as", "Показ", "Darstellung";
    /// Home screen greeting.
    Welcome => "Rust widgets for Bitrix24", "Виджеты на Rust для Битрикс24", "Rust-Widgets für Bitrix24";
    /// Home screen text.
    WelcomeText => "The app adds widgets to CRM cards, tasks, the call card and other places of your portal.",
        "Приложение добавляет виджеты в карточки CRM, задачи, карточку звонка и другие места портала.",
        "Die App fügt Widgets zu CRM-Karten, Aufgaben, der Anrufkarte und anderen Stellen Ihres Portals hinzu.";
    /// Home: signed-in user.
    SignedInAs => "Signed in as", "Вы вошли как", "Angemeldet als";
    /// Home: portal.
    Portal => "Portal", "Портал", "Portal";
    /// Home: language.
    Language => "Language", "Язык", "Sprache";
    /// Home: administrator.
    Administrator => "Administrator", "Администратор", "Administrator";
    /// Theme toggle label.
    ToggleTheme => "Switch light/dark theme", "Переключить светлую/тёмную тему", "Helles/dunkles Design umschalten";
    /// Hidden worker text (screen readers only).
    BackgroundWorker => "Background worker is running.", "Фоновый обработчик работает.", "Hintergrundprozess läuft.";
    /// Progress of a checklist, e.g. "2 of 7".
    OfTotal => "of", "из", "von";
}

/// The English name of a task status in `locale`.
pub fn task_status(status: domain::task_card::TaskStatus, locale: Locale) -> &'static str {
    use domain::task_card::TaskStatus as S;
    match status {
        S::New => Msg::TaskNew,
        S::Pending => Msg::TaskPending,
        S::InProgress => Msg::TaskInProgress,
        S::AwaitingReview => Msg::TaskAwaitingReview,
        S::Completed => Msg::TaskCompleted,
        S::Deferred => Msg::TaskDeferred,
        S::Declined => Msg::TaskDeclined,
    }
    .text(locale)
}

/// The name of a CRM entity type in `locale`.
pub fn entity_name(entity: placement::CrmEntityType, locale: Locale) -> &'static str {
    use placement::CrmEntityType as E;
    match entity {
        E::Lead => Msg::Lead,
        E::Deal => Msg::Deal,
        E::Contact => Msg::ContactEntity,
        E::Company => Msg::CompanyEntity,
        E::Quote => Msg::Quote,
        E::SmartInvoice | E::Invoice => Msg::Invoice,
        E::Dynamic(_) => Msg::SmartProcessItem,
        E::Activity => Msg::Activity,
        E::Order => Msg::Order,
    }
    .text(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_translated_and_non_empty() {
        for msg in Msg::ALL {
            for locale in Locale::ALL {
                assert!(!msg.text(locale).trim().is_empty(), "{msg:?} in {locale:?}");
            }
            if *msg != Msg::Details
                && *msg != Msg::Email
                && *msg != Msg::Lead
                && *msg != Msg::Portal
            {
                assert_ne!(
                    msg.text(Locale::En),
                    msg.text(Locale::Ru),
                    "{msg:?} is not translated to Russian"
                );
            }
        }
    }
}
