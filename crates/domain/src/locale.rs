//! The user's language and the locale conventions that follow from it (number and date formats).

/// Languages the app speaks. Bitrix24 passes `LANG` (`en`, `ru`, `de`, `ua`, ...); anything we have no
/// translation for falls back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    /// English (`en`, and the fallback).
    #[default]
    En,
    /// Russian (`ru`).
    Ru,
    /// German (`de`).
    De,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: [Locale; 3] = [Self::En, Self::Ru, Self::De];

    /// The locale for a Bitrix24 `LANG` code (`en`, `ru`, `de`, `la` ...; case-insensitive, region
    /// suffixes ignored). Unknown codes fall back to English.
    pub fn from_lang(lang: &str) -> Self {
        let primary = lang
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "ru" | "by" | "kz" => Self::Ru,
            "de" => Self::De,
            _ => Self::En,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::De => "de",
        }
    }

    /// Decimal separator.
    pub fn decimal_separator(self) -> char {
        match self {
            Self::En => '.',
            Self::Ru | Self::De => ',',
        }
    }

    /// Thousands separator (a no-break space in Russian, so amounts never wrap).
    pub fn group_separator(self) -> char {
        match self {
            Self::En => ',',
            Self::Ru => '\u{a0}',
            Self::De => '.',
        }
    }

    /// Abbreviated month names, January first.
    pub fn months(self) -> [&'static str; 12] {
        match self {
            Self::En => [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ],
            Self::Ru => [
                "янв.",
                "февр.",
                "мар.",
                "апр.",
                "мая",
                "июн.",
                "июл.",
                "авг.",
                "сент.",
                "окт.",
                "нояб.",
                "дек.",
            ],
            Self::De => [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                "Nov.", "Dez.",
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_codes_map_to_locales() {
        assert_eq!(Locale::from_lang("ru"), Locale::Ru);
        assert_eq!(Locale::from_lang("DE"), Locale::De);
        assert_eq!(Locale::from_lang("de-AT"), Locale::De);
        assert_eq!(Locale::from_lang("en_US"), Locale::En);
        assert_eq!(Locale::from_lang("la"), Locale::En);
        assert_eq!(Locale::from_lang(""), Locale::En);
    }
}
