//! CLDR cardinal plural rules for the app's languages (Unicode CLDR 46, `plurals.xml`).
//!
//! A message that depends on a count selects its variant by the count's category (`one`, `few`,
//! `many`, ...). Written in Rust rather than asked of `Intl.PluralRules` so that native tests and the
//! build-time check of the translation files use the very rules the app runs, and so that the check can
//! tell a Russian translator that `[few]` is missing.

use crate::Locale;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PluralCategory {
    /// `zero` (Arabic 0).
    Zero,
    /// `one`.
    One,
    /// `two` (Arabic 2).
    Two,
    /// `few` (Russian 2–4, Arabic 3–10, ...).
    Few,
    /// `many` (Russian 5–20, Arabic 11–99, Romance languages' exact millions).
    Many,
    /// `other`: everything else; every language has it.
    Other,
}

impl PluralCategory {
    /// Every category.
    pub const ALL: [PluralCategory; 6] = [
        Self::Zero,
        Self::One,
        Self::Two,
        Self::Few,
        Self::Many,
        Self::Other,
    ];

    /// The category as a Fluent variant key (`one`, `few`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }

    /// The category a Fluent variant key names, if it names one.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == key)
    }
}

/// The category of `n` in `locale`. `n` is read as a count: its integer part `i`, and whether it shows
/// fraction digits (`v > 0`, decimals select as CLDR says for them, mostly `other`).
pub fn category(locale: Locale, n: f64) -> PluralCategory {
    use PluralCategory::*;
    if !n.is_finite() {
        return Other;
    }
    let n = n.abs();
    let i = n.trunc() as u64;
    let integer = n.fract() == 0.0;
    let exact = |k: u64| integer && i == k;
    let million = integer && i != 0 && i % 1_000_000 == 0;
    match locale {
        Locale::Ru | Locale::Uk => match (integer, i % 10, i % 100) {
            (false, _, _) => Other,
            (true, 1, m) if m != 11 => One,
            (true, 2..=4, m) if !(12..=14).contains(&m) => Few,
            _ => Many,
        },
        Locale::Pl => match (integer, i, i % 10, i % 100) {
            (false, _, _, _) => Other,
            (true, 1, _, _) => One,
            (true, _, 2..=4, m) if !(12..=14).contains(&m) => Few,
            _ => Many,
        },
        Locale::En | Locale::De => {
            if exact(1) {
                One
            } else {
                Other
            }
        }
        Locale::It => {
            if exact(1) {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        Locale::Es => {
            if n == 1.0 {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        Locale::Fr | Locale::PtBr => {
            if i <= 1 {
                One
            } else if million {
                Many
            } else {
                Other
            }
        }
        Locale::Tr | Locale::Kk => {
            if n == 1.0 {
                One
            } else {
                Other
            }
        }
        Locale::Hi => {
            if i == 0 || n == 1.0 {
                One
            } else {
                Other
            }
        }
        Locale::Ar => {
            if !integer {
                Other
            } else {
                match (i, i % 100) {
                    (0, _) => Zero,
                    (1, _) => One,
                    (2, _) => Two,
                    (_, 3..=10) => Few,
                    (_, 11..=99) => Many,
                    _ => Other,
                }
            }
        }
        Locale::Id
        | Locale::Ms
        | Locale::Th
        | Locale::Vi
        | Locale::Ja
        | Locale::ZhCn
        | Locale::ZhTw => Other,
    }
}

/// The categories whole counts below a million fall into in `locale`: what a plural message in that
/// language must distinguish (by its own variants or its default). `other` is always among them for
/// languages where decimals or large numbers need it.
pub fn integer_categories(locale: Locale) -> Vec<PluralCategory> {
    let mut found: Vec<PluralCategory> = (0..1000u32)
        .map(|n| category(locale, f64::from(n)))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Every category `locale` has at all (integers, decimals, millions).
pub fn all_categories(locale: Locale) -> Vec<PluralCategory> {
    let mut found = integer_categories(locale);
    found.extend([
        category(locale, 1.5),
        category(locale, 1_000_000.0),
        category(locale, 0.5),
    ]);
    found.sort();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::PluralCategory::*;
    use super::*;

    fn cats(locale: Locale, ns: &[f64]) -> Vec<PluralCategory> {
        ns.iter().map(|n| category(locale, *n)).collect()
    }

    #[test]
    fn slavic_rules() {
        let ns = [
            0.0, 1.0, 2.0, 4.0, 5.0, 11.0, 12.0, 14.0, 21.0, 22.0, 25.0, 101.0, 111.0, 1.5,
        ];
        assert_eq!(
            cats(Locale::Ru, &ns),
            [Many, One, Few, Few, Many, Many, Many, Many, One, Few, Many, One, Many, Other]
        );
        assert_eq!(cats(Locale::Uk, &ns), cats(Locale::Ru, &ns));
        assert_eq!(
            cats(Locale::Pl, &ns),
            [Many, One, Few, Few, Many, Many, Many, Many, Many, Few, Many, Many, Many, Other]
        );
    }

    #[test]
    fn germanic_romance_and_others() {
        assert_eq!(
            cats(Locale::En, &[0.0, 1.0, 2.0, 1.5]),
            [Other, One, Other, Other]
        );
        assert_eq!(cats(Locale::De, &[1.0, 1_000_000.0]), [One, Other]);
        assert_eq!(
            cats(Locale::Fr, &[0.0, 1.0, 1.5, 2.0, 1_000_000.0]),
            [One, One, One, Other, Many]
        );
        assert_eq!(cats(Locale::PtBr, &[0.0, 1.0, 2.0]), [One, One, Other]);
        assert_eq!(
            cats(Locale::Es, &[0.0, 1.0, 2.0, 2_000_000.0]),
            [Other, One, Other, Many]
        );
        assert_eq!(
            cats(Locale::It, &[1.0, 1.5, 3_000_000.0]),
            [One, Other, Many]
        );
        assert_eq!(cats(Locale::Hi, &[0.0, 1.0, 2.0]), [One, One, Other]);
        assert_eq!(cats(Locale::Tr, &[1.0, 2.0]), [One, Other]);
        assert_eq!(cats(Locale::Kk, &[1.0, 2.0]), [One, Other]);
        for locale in [
            Locale::Ja,
            Locale::ZhCn,
            Locale::ZhTw,
            Locale::Th,
            Locale::Vi,
            Locale::Id,
            Locale::Ms,
        ] {
            assert_eq!(
                cats(locale, &[0.0, 1.0, 2.0]),
                [Other, Other, Other],
                "{locale}"
            );
        }
    }

    #[test]
    fn arabic_has_all_six() {
        assert_eq!(
            cats(
                Locale::Ar,
                &[0.0, 1.0, 2.0, 3.0, 10.0, 11.0, 99.0, 100.0, 102.0, 103.0, 111.0, 1.5]
            ),
            [Zero, One, Two, Few, Few, Many, Many, Other, Other, Few, Many, Other]
        );
        assert_eq!(all_categories(Locale::Ar), PluralCategory::ALL.to_vec());
    }

    #[test]
    fn what_whole_counts_need() {
        assert_eq!(integer_categories(Locale::Ru), [One, Few, Many]);
        assert_eq!(integer_categories(Locale::En), [One, Other]);
        assert_eq!(integer_categories(Locale::Fr), [One, Other]);
        assert_eq!(integer_categories(Locale::Ja), [Other]);
        assert_eq!(all_categories(Locale::Ru), [One, Few, Many, Other]);
        assert_eq!(all_categories(Locale::Fr), [One, Many, Other]);
    }

    #[test]
    fn negative_and_odd_numbers_never_panic() {
        for locale in Locale::ALL {
            for n in [-1.0, -21.0, f64::NAN, f64::INFINITY, 1e300, 0.0001] {
                let _ = category(*locale, n);
            }
            assert_eq!(category(*locale, -1.0), category(*locale, 1.0));
        }
    }

    #[test]
    fn keys_round_trip() {
        for c in PluralCategory::ALL {
            assert_eq!(PluralCategory::from_key(c.as_str()), Some(c));
        }
        assert_eq!(PluralCategory::from_key("several"), None);
    }
}
