//! The app's texts: one Fluent file per language in `locales/` (`en.ftl` is the reference), checked
//! against English at build time (build.rs), compiled by the release build into their served form
//! (`i18n::compiled`, no Fluent reader in the wasm) and loaded at run time for the user's language
//! only.
//!
//! `Msg::Retry.text(locale)` for a plain message, `msg::of_total(locale, done, total)` for one with
//! variables; both are generated from `locales/en.ftl`, so a message that does not exist or a missing
//! argument does not compile. Before a language's texts are [`load`]ed they read as empty strings;
//! the app loads them during boot, before anything but the skeleton renders.

pub use i18n::Locale;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// Why a language's texts could not be loaded.
#[cfg_attr(debug_assertions, derive(Debug))]
#[derive(Clone, PartialEq)]
pub enum LocaleLoadError {
    /// The file did not arrive (network, 404, no `window`).
    Fetch(String),
    /// The file arrived but is not a compiled translation file.
    Parse(i18n::compiled::FormatError),
}

impl std::fmt::Display for LocaleLoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Fetch(why) => write!(f, "the translations could not be downloaded: {why}"),
            Self::Parse(error) => write!(f, "the translations could not be read: {error}"),
        }
    }
}

impl std::error::Error for LocaleLoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Fetch(_) => None,
            Self::Parse(error) => Some(error),
        }
    }
}

/// Where the app serves a language's file: the content-hashed name the build gave it, from the
/// asset map in `index.html` (`<script type="application/json" id="b24w-assets">`, written by
/// `tools/dist`), else `/locales/<tag>.txt` (a page without the map, e.g. a hand-made `dist/`).
pub fn locale_url(locale: Locale) -> String {
    page_assets()
        .and_then(|assets| assets.locales.get(locale.tag()).cloned())
        .unwrap_or_else(|| format!("/locales/{}.txt", locale.tag()))
}

/// The part of the build's asset map the app reads.
#[derive(serde::Deserialize, Default)]
struct PageAssets {
    /// BCP 47 tag → URL of the translation file.
    #[serde(default)]
    locales: std::collections::BTreeMap<String, String>,
}

/// The asset map of the page, read once.
fn page_assets() -> Option<std::rc::Rc<PageAssets>> {
    thread_local! {
        static ASSETS: std::cell::OnceCell<Option<std::rc::Rc<PageAssets>>> = const { std::cell::OnceCell::new() };
    }
    ASSETS.with(|cell| {
        cell.get_or_init(|| {
            let text = web_sys::window()?
                .document()?
                .get_element_by_id("b24w-assets")?
                .text_content()?;
            serde_json::from_str(&text).ok().map(std::rc::Rc::new)
        })
        .clone()
    })
}

/// Makes `locale`'s texts available: nothing to do when they already are (a second widget, a test
/// that installed them), else one request for its file. Falls back to English when that file cannot
/// be had, so the user sees English rather than nothing; fails only when English fails too.
pub async fn load(locale: Locale) -> Result<(), LocaleLoadError> {
    if i18n::installed(locale) {
        return Ok(());
    }
    match fetch_bundle(locale).await {
        Ok(bundle) => {
            i18n::install(bundle);
            Ok(())
        }
        Err(error) if locale == Locale::En => Err(error),
        Err(_) if i18n::installed(Locale::En) => Ok(()),
        Err(_) => {
            i18n::install(fetch_bundle(Locale::En).await?);
            Ok(())
        }
    }
}

/// Makes a family's own texts (`i18n::parts`) available in `locale` before that family renders:
/// one request for `locales/<tag>.<family>.txt`. Nothing to do when the part is installed, or when
/// the build has no such file (the family has no part, or a page without the asset map, such as the
/// component tests, whose debug build embeds every text). Falls back to the English part, like
/// [`load`].
pub async fn load_part(locale: Locale, family: &'static str) -> Result<(), LocaleLoadError> {
    for (attempt, locale) in [locale, Locale::En].into_iter().enumerate() {
        if i18n::part_installed(locale, family) {
            return Ok(());
        }
        let key = format!("{}.{family}", locale.tag());
        let Some(url) = page_assets().and_then(|assets| assets.locales.get(&key).cloned()) else {
            return Ok(());
        };
        let part = match fetch_text(&url).await {
            Ok(text) => i18n::compiled::decode(locale, text).map_err(LocaleLoadError::Parse),
            Err(error) => Err(error),
        };
        match part {
            Ok(part) => {
                i18n::install_part(family, part);
                return Ok(());
            }
            Err(error) if attempt == 1 || locale == Locale::En => return Err(error),
            Err(_) => continue,
        }
    }
    Ok(())
}

/// Whether `locale`'s texts of `family`'s part read in that language: the part is installed, or the
/// build serves no such file (its texts are then in the shared file). `false` while only the English
/// fallback stands in for it.
pub fn part_ready(locale: Locale, family: &str) -> bool {
    let key = format!("{}.{family}", locale.tag());
    i18n::part_installed(locale, family)
        || !page_assets().is_some_and(|assets| assets.locales.contains_key(&key))
}

async fn fetch_bundle(locale: Locale) -> Result<i18n::Bundle, LocaleLoadError> {
    let text = fetch_text(&locale_url(locale)).await?;
    i18n::compiled::decode(locale, text).map_err(LocaleLoadError::Parse)
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, LocaleLoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or_else(|| LocaleLoadError::Fetch("no window".into()))?;
    let failed = |what: &str| LocaleLoadError::Fetch(format!("{url}: {what}"));
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| failed("network error"))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let text = JsFuture::from(response.text().map_err(|_| failed("unreadable body"))?)
        .await
        .map_err(|_| failed("unreadable body"))?;
    text.as_string().ok_or_else(|| failed("not text"))
}

#[cfg(not(target_arch = "wasm32"))]
async fn fetch_text(url: &str) -> Result<String, LocaleLoadError> {
    Err(LocaleLoadError::Fetch(format!("{url}: no browser")))
}

#[cfg(debug_assertions)]
mod embedded {
    use super::Locale;
    include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));
}

/// Installs every language from the files compiled into debug builds (component tests, native
/// tests), so that they need no network. Release builds have no such copy.
#[cfg(debug_assertions)]
pub fn install_embedded() {
    for (locale, source) in embedded::EMBEDDED {
        if !i18n::installed(*locale) {
            match i18n::Bundle::parse(*locale, source) {
                Ok(bundle) => i18n::install(bundle),
                Err(error) => panic!(
                    "locales/{}.ftl passed the build check but not the reader: {error}",
                    locale.tag()
                ),
            }
        }
    }
}

/// The name of a task status in `locale`.
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
    fn every_message_reads_non_empty_in_every_language() {
        install_embedded();
        for msg in Msg::ALL {
            for locale in Locale::ALL {
                assert!(!msg.text(*locale).trim().is_empty(), "{msg:?} in {locale}");
            }
        }
        for (id, hash) in ALL_IDS {
            for locale in Locale::ALL {
                let bundle_has_it =
                    embedded::EMBEDDED
                        .iter()
                        .filter(|(l, _)| l == locale)
                        .any(|(_, source)| {
                            i18n::Bundle::parse(*locale, source)
                                .is_ok_and(|b| b.get(*hash).is_some())
                        });
                assert!(bundle_has_it, "{id} in {locale}");
            }
        }
    }

    #[test]
    fn messages_with_variables_fill_them_in() {
        install_embedded();
        assert_eq!(
            msg::checklist_progress(Locale::En, 2, 7),
            "Checklist: 2 of 7 done"
        );
        assert_eq!(
            msg::checklist_progress(Locale::Ru, 2, 7),
            "Чек-лист: выполнено 2 из 7"
        );
    }

    #[test]
    fn a_language_that_is_not_loaded_reads_english_once_english_is() {
        install_embedded();
        assert_eq!(Msg::Retry.text(Locale::En), "Try again");
    }
}

rest::release_debug_as_display!(LocaleLoadError);

/// A family's own translations (`i18n::parts`) are loaded only when that family renders, so no
/// other widget may show them: it would read an empty text (the home page's settings button once
/// had no name that way). Checked over the sources: every use of a part's messages (`Msg::Setup…`,
/// `msg::setup_…` for the `setup-` part) sits in that family's folder (`src/widgets/<family>/`).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod part_use {
    use std::path::{Path, PathBuf};

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src/ is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                rust_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }

    /// `setup-` → (`Msg::Setup`, `msg::setup_`).
    fn identifiers(prefix: &str) -> (String, String) {
        let words: Vec<&str> = prefix.split('-').filter(|w| !w.is_empty()).collect();
        let camel: String = words
            .iter()
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                    .unwrap_or_default()
            })
            .collect();
        (
            format!("Msg::{camel}"),
            format!("msg::{}_", words.join("_")),
        )
    }

    #[test]
    fn a_family_part_is_only_used_by_its_family() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        rust_files(&root.join("src"), &mut files);
        assert!(files.len() > 20, "found the sources");
        let mut misplaced = Vec::new();
        for part in i18n::parts::PARTS {
            let home = root.join("src/widgets").join(part.family);
            let (enum_name, fn_name) = identifiers(part.prefix);
            for file in &files {
                // This check's own file names the identifiers it looks for.
                if file.starts_with(&home) || file.ends_with("src/i18n.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(file).unwrap_or_default();
                for (n, line) in text.lines().enumerate() {
                    let code = !line.trim_start().starts_with("//");
                    if code && (line.contains(&enum_name) || line.contains(&fn_name)) {
                        misplaced.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                    }
                }
            }
        }
        assert!(
            misplaced.is_empty(),
            "texts of a family's own part used outside the family:\n{}",
            misplaced.join("\n")
        );
    }

    #[test]
    fn part_prefixes_map_to_the_generated_names() {
        assert_eq!(
            identifiers("setup-"),
            ("Msg::Setup".to_owned(), "msg::setup_".to_owned())
        );
    }
}
