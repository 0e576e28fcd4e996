//! The languages of Bitrix24 cloud portals and how the app names them.
//!
//! The portal sends the user's language as `LANG` (`BX24.getLang()`), a two-letter Bitrix24 code that
//! is not always ISO 639-1: `la` is Latin-American Spanish, `br` Brazilian Portuguese, `sc`/`tc`
//! simplified/traditional Chinese, `ua` Ukrainian, `kz` Kazakh, `vn` Vietnamese, `in` Hindi (India).
//! Each maps to the BCP 47 tag the official Vue kit (`@bitrix24/b24ui-nuxt`) uses; that tag names the
//! translation file (`locales/<tag>.ftl`), goes into `<html lang>` and is what `Intl` formats with.

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ltr => "ltr",
            Self::Rtl => "rtl",
        }
    }
}

macro_rules! locales {
    ($($(#[$doc:meta])* $name:ident => $lang:literal, $tag:literal, $native:literal;)*) => {
        /// A language the app speaks: one per Bitrix24 cloud `LANG` code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        pub enum Locale {
            $($(#[$doc])* $name,)*
        }

        impl Locale {
            /// Every locale, in the order of the Bitrix24 language list.
            pub const ALL: &'static [Locale] = &[$(Locale::$name,)*];

            /// The Bitrix24 `LANG` code (`ua`, `br`, `sc`, ...).
            pub fn lang_code(self) -> &'static str {
                match self { $(Locale::$name => $lang,)* }
            }

            /// The BCP 47 tag (`uk`, `pt-BR`, `zh-CN`, ...): the translation file's name, `<html lang>`
            /// and the locale `Intl` formats in.
            pub fn tag(self) -> &'static str {
                match self { $(Locale::$name => $tag,)* }
            }

            /// The language's name in itself, for language pickers and test reports.
            pub fn native_name(self) -> &'static str {
                match self { $(Locale::$name => $native,)* }
            }

            /// The locale whose Bitrix24 `LANG` code or BCP 47 tag is `code` exactly (case-insensitive).
            fn exact(code: &str) -> Option<Locale> {
                $(if code.eq_ignore_ascii_case($lang) || code.eq_ignore_ascii_case($tag) {
                    return Some(Locale::$name);
                })*
                None
            }
        }
    };
}

locales! {
    /// Russian.
    Ru => "ru", "ru", "Русский";
    /// Indonesian.
    Id => "id", "id", "Bahasa Indonesia";
    /// Malay.
    Ms => "ms", "ms", "Bahasa Melayu";
    /// German.
    De => "de", "de", "Deutsch";
    /// English: the language of the source strings and the fallback for any unknown code.
    #[default]
    En => "en", "en", "English";
    /// Spanish (Bitrix24 `la`, Latin America).
    Es => "la", "es", "Español";
    /// French.
    Fr => "fr", "fr", "Français";
    /// Hindi (Bitrix24 `in`, India).
    Hi => "in", "hi", "हिन्दी";
    /// Italian.
    It => "it", "it", "Italiano";
    /// Polish.
    Pl => "pl", "pl", "Polski";
    /// Brazilian Portuguese (Bitrix24 `br`).
    PtBr => "br", "pt-BR", "Português (Brasil)";
    /// Vietnamese (Bitrix24 `vn`).
    Vi => "vn", "vi", "Tiếng Việt";
    /// Turkish.
    Tr => "tr", "tr", "Türkçe";
    /// Kazakh (Bitrix24 `kz`).
    Kk => "kz", "kk", "Қазақша";
    /// Ukrainian (Bitrix24 `ua`).
    Uk => "ua", "uk", "Українська";
    /// Arabic, written right to left.
    Ar => "ar", "ar", "العربية";
    /// Thai.
    Th => "th", "th", "ไทย";
    /// Simplified Chinese (Bitrix24 `sc`).
    ZhCn => "sc", "zh-CN", "简体中文";
    /// Traditional Chinese (Bitrix24 `tc`).
    ZhTw => "tc", "zh-TW", "繁體中文";
    /// Japanese.
    Ja => "ja", "ja", "日本語";
}

impl Locale {
    /// The locale for a `LANG` value: a Bitrix24 code (`ua`, `la`, `sc`), or a BCP 47 / POSIX tag
    /// (`uk`, `pt-BR`, `zh_TW`, `de-AT`), case-insensitive. A tag whose full form is unknown falls back
    /// to its language (`de-AT` → German, `pt-PT` → Brazilian Portuguese, `zh-HK` → traditional
    /// Chinese); Belarusian (`by`) reads Russian; anything else is English.
    pub fn from_lang(lang: &str) -> Self {
        let lang = lang.trim();
        let normalised: String = lang
            .chars()
            .map(|c| if c == '_' { '-' } else { c })
            .collect();
        if let Some(exact) = Self::exact(&normalised) {
            return exact;
        }
        let mut parts = normalised.split('-');
        let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts.next().unwrap_or_default().to_ascii_lowercase();
        match (primary.as_str(), region.as_str()) {
            ("zh", "tw" | "hk" | "mo" | "hant") => Self::ZhTw,
            ("zh", _) => Self::ZhCn,
            ("pt", _) => Self::PtBr,
            ("by" | "be", _) => Self::Ru,
            _ => Self::exact(&primary).unwrap_or(Self::En),
        }
    }

    /// Text direction.
    pub fn direction(self) -> Direction {
        match self {
            Self::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Position in [`Locale::ALL`] (a dense index for per-locale tables).
    pub fn index(self) -> usize {
        self as usize
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bitrix24_cloud_code_maps_as_the_official_kit_does() {
        let expected = [
            ("ru", "ru"),
            ("id", "id"),
            ("ms", "ms"),
            ("de", "de"),
            ("en", "en"),
            ("la", "es"),
            ("fr", "fr"),
            ("in", "hi"),
            ("it", "it"),
            ("pl", "pl"),
            ("br", "pt-BR"),
            ("vn", "vi"),
            ("tr", "tr"),
            ("kz", "kk"),
            ("ua", "uk"),
            ("ar", "ar"),
            ("th", "th"),
            ("sc", "zh-CN"),
            ("tc", "zh-TW"),
            ("ja", "ja"),
        ];
        assert_eq!(expected.len(), Locale::ALL.len());
        for (lang, tag) in expected {
            let locale = Locale::from_lang(lang);
            assert_eq!(locale.tag(), tag, "{lang}");
            assert_eq!(locale.lang_code(), lang);
            assert_eq!(Locale::from_lang(tag), locale, "the tag {tag} reads back");
        }
    }

    #[test]
    fn tags_case_and_regions_are_read_leniently() {
        assert_eq!(Locale::from_lang("DE"), Locale::De);
        assert_eq!(Locale::from_lang(" de-AT "), Locale::De);
        assert_eq!(Locale::from_lang("en_US"), Locale::En);
        assert_eq!(Locale::from_lang("pt_BR"), Locale::PtBr);
        assert_eq!(Locale::from_lang("pt-PT"), Locale::PtBr);
        assert_eq!(Locale::from_lang("zh_TW"), Locale::ZhTw);
        assert_eq!(Locale::from_lang("zh-HK"), Locale::ZhTw);
        assert_eq!(Locale::from_lang("zh"), Locale::ZhCn);
        assert_eq!(Locale::from_lang("uk-UA"), Locale::Uk);
        assert_eq!(Locale::from_lang("by"), Locale::Ru);
        assert_eq!(Locale::from_lang("xx"), Locale::En);
        assert_eq!(Locale::from_lang(""), Locale::En);
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            let rtl = locale.direction() == Direction::Rtl;
            assert_eq!(rtl, *locale == Locale::Ar, "{locale}");
        }
        assert_eq!(Direction::Rtl.as_str(), "rtl");
    }

    #[test]
    fn indexes_are_dense() {
        for (i, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(locale.index(), i);
        }
    }
}
