//! The app's release build, finished: what trunk 0.21 cannot do itself (trunk-rs/trunk#1022).
//!
//! ```text
//! dist finalize STAGING --profile release|debug --cargo-wasm PATH
//! dist report DIST [--budget BYTES] [--markdown]
//! ```
//!
//! `finalize` runs as trunk's `post_build` hook (`scripts/finalize-dist.sh`) on trunk's staging
//! directory:
//! - release builds: splits cargo's wasm at the router's `#[lazy]` family functions
//!   (`wasm_split_cli_support`, what `cargo leptos --split` uses), runs `wasm-bindgen` on the main
//!   module and `wasm-opt -Oz` on every module, and names every piece by its content;
//! - every build: bundles the stylesheets into one file, names the icon and translation files by
//!   their content (so all of them may be cached for a year), rewrites `index.html` (names, SRI), and
//!   writes the asset manifest: `build-manifest.json`, and the part the app needs (translation files)
//!   as a JSON `<script>` in `index.html`.
//!
//! `report` prints what each widget family downloads before it paints (main module, glue, loader,
//! CSS, its chunks, the largest translation file), as served (the `.br` file when there is one), and
//! fails when a family passes the budget.

mod css;
mod finalize;
mod html;
mod names;
mod report;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("finalize") => parse_finalize(&args[1..]).and_then(|o| finalize::run(&o)),
        Some("report") => parse_report(&args[1..]).and_then(|o| report::run(&o)),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("dist: {error}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage:\n  dist finalize STAGING --profile release|debug --cargo-wasm PATH\n  dist report DIST [--budget BYTES] [--markdown]";

fn parse_finalize(args: &[String]) -> Result<finalize::Options, String> {
    let mut staging = None;
    let mut release = None;
    let mut cargo_wasm = None;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--profile" => {
                release = Some(match it.next().map(String::as_str) {
                    Some("release") => true,
                    Some("debug") => false,
                    other => return Err(format!("--profile release|debug, got {other:?}")),
                })
            }
            "--cargo-wasm" => cargo_wasm = it.next().map(PathBuf::from),
            other if staging.is_none() && !other.starts_with("--") => {
                staging = Some(PathBuf::from(other))
            }
            other => return Err(format!("unexpected argument {other:?}\n{USAGE}")),
        }
    }
    Ok(finalize::Options {
        staging: staging.ok_or(USAGE)?,
        release: release.ok_or("--profile is required")?,
        cargo_wasm: cargo_wasm.ok_or("--cargo-wasm is required")?,
    })
}

fn parse_report(args: &[String]) -> Result<report::Options, String> {
    let mut dist = None;
    let mut budget = None;
    let mut markdown = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--budget" => {
                budget = Some(
                    it.next()
                        .and_then(|b| b.parse::<u64>().ok())
                        .ok_or("--budget takes a number of bytes")?,
                )
            }
            "--markdown" => markdown = true,
            other if dist.is_none() && !other.starts_with("--") => {
                dist = Some(PathBuf::from(other))
            }
            other => return Err(format!("unexpected argument {other:?}\n{USAGE}")),
        }
    }
    Ok(report::Options {
        dist: dist.ok_or(USAGE)?,
        budget,
        markdown,
    })
}
