//! Build script of the app:
//!
//! 1. Translations: checks every `locales/<tag>.ftl` against `locales/en.ftl` (same messages, same
//!    variables, plural forms that fit each language; see the `i18n` crate) and fails the build on any
//!    problem, then generates the typed message API (`Msg`, `msg::*`) into `$OUT_DIR/messages.rs`, and
//!    for debug builds `$OUT_DIR/embedded_locales.rs` (every file compiled in, for component tests and
//!    `trunk serve`; release builds fetch the user's language only).
//! 2. Release wasm builds are split per widget family (`tools/dist`, trunk's post-build hook): the
//!    splitter needs the linker's relocations, so the bin is linked with `--emit-relocs` (as
//!    `cargo leptos --split` does). Debug builds are one module (no split points, see src/router.rs).
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    translations();
    let release = std::env::var("PROFILE").as_deref() == Ok("release");
    if release && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}

fn translations() {
    let dir = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut files = Vec::new();
    for locale in i18n::Locale::ALL {
        let path = dir.join(format!("{}.ftl", locale.tag()));
        println!("cargo:rerun-if-changed={}", path.display());
        if let Ok(source) = std::fs::read_to_string(&path) {
            files.push((*locale, source));
        }
    }
    let borrowed: Vec<(i18n::Locale, &str)> = files.iter().map(|(l, s)| (*l, s.as_str())).collect();
    let specs = match i18n::check::check(&borrowed) {
        Ok(specs) => specs,
        Err(problems) => {
            for problem in &problems {
                println!("cargo:warning={problem}");
            }
            panic!(
                "{} problem(s) in the translation files (locales/*.ftl), listed above",
                problems.len()
            );
        }
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let code = i18n::codegen::generate(
        &specs,
        &i18n::codegen::Options {
            number_formatter: "crate::fmt::number".into(),
        },
    );
    std::fs::write(out.join("messages.rs"), code).expect("OUT_DIR is writable");
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut embedded = String::from(
        "/// Every translation file, compiled in (debug builds only).\npub const EMBEDDED: &[(Locale, &str)] = &[\n",
    );
    for (locale, _) in &files {
        let _ = writeln!(
            embedded,
            "    (Locale::{locale:?}, include_str!({:?})),",
            format!("{root}/locales/{}.ftl", locale.tag())
        );
    }
    embedded.push_str("];\n");
    std::fs::write(out.join("embedded_locales.rs"), embedded).expect("OUT_DIR is writable");
}
