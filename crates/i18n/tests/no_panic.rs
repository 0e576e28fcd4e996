//! A translation file is fetched at run time: whatever it holds, reading and formatting it must
//! never panic (a broken file is an error the app shows, not a dead page).

use i18n::{bundle::format_pattern, Arg, Bundle, Locale};
use proptest::prelude::*;

/// Text built from the characters that matter to the format, so that the generator hits its syntax.
fn ftl_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just("a = ".to_owned()),
            Just("\n".to_owned()),
            Just("    ".to_owned()),
            Just("{ $n ->".to_owned()),
            Just("[one]".to_owned()),
            Just("*[other]".to_owned()),
            Just("[0]".to_owned()),
            Just("}".to_owned()),
            Just("{".to_owned()),
            Just("\"".to_owned()),
            Just("\\u00".to_owned()),
            Just("# c".to_owned()),
            Just("## g".to_owned()),
            Just("-t".to_owned()),
            Just(".x = ".to_owned()),
            "[a-zé日 ]{0,4}",
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_files_never_panic(source in ftl_like(), n in -5.0f64..1e7) {
        for locale in [Locale::En, Locale::Ru, Locale::Ar, Locale::Ja] {
            if let Ok(bundle) = Bundle::parse(locale, &source) {
                let resource = i18n::ftl::parse(&source).expect("parsed once already");
                for message in &resource.messages {
                    let pattern = bundle.get(i18n::id_hash(message.id)).expect("every id is in the bundle");
                    let mut out = String::new();
                    format_pattern(pattern, locale, &[("n", Arg::Number { value: n, shown: "N" })], &mut out);
                }
            }
        }
    }

    #[test]
    fn random_bytes_never_panic(source in "\\PC{0,200}") {
        let _ = Bundle::parse(Locale::En, &source);
    }
}
