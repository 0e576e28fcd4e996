//! `dist report`: what each widget family downloads before it paints, from `build-manifest.json`.
//!
//! A family's first load is the page's shared files (the main wasm, its glue, the chunk loader, the
//! stylesheet bundle), the family's own chunks, and one translation file (the largest, so the figure
//! holds for every language). Each file counts as served: its `.br` sibling when the build wrote one
//! (the server sends it to every browser that accepts brotli), else the file itself. Not counted:
//! `index.html` (a 2 KB page, different per server), BX24.js (the portal's shared library) and the
//! icons (a few hundred bytes each, fetched in parallel, only those on screen).

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

/// What to report on.
pub struct Options {
    /// The built `dist/`.
    pub dist: PathBuf,
    /// Fail when a family's first load passes this many bytes.
    pub budget: Option<u64>,
    /// Print a Markdown table (else plain text).
    pub markdown: bool,
}

/// One file as the browser receives it.
#[derive(Debug, Clone)]
struct Served {
    path: String,
    raw: u64,
    served: u64,
}

fn served(dist: &Path, url: &str) -> Result<Served, String> {
    let path = dist.join(url.trim_start_matches('/'));
    let raw = fs::metadata(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?
        .len();
    let br = fs::metadata(format!("{}.br", path.display()))
        .map(|m| m.len())
        .ok();
    Ok(Served {
        path: url.to_owned(),
        raw,
        served: br.unwrap_or(raw),
    })
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs the report.
pub fn run(options: &Options) -> Result<(), String> {
    let dist = &options.dist;
    let manifest_path = dist.join("build-manifest.json");
    let manifest: Value = serde_json::from_str(
        &fs::read_to_string(&manifest_path)
            .map_err(|e| format!("{}: {e} (build with trunk first)", manifest_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let wasm = manifest.get("wasm").filter(|w| !w.is_null()).ok_or(
        "build-manifest.json has no wasm part: this is a debug build (trunk build --release)",
    )?;
    let mut shared = Vec::new();
    for key in ["main", "glue", "loader"] {
        let url = wasm[key]
            .as_str()
            .ok_or_else(|| format!("manifest: wasm.{key} missing"))?;
        shared.push(served(dist, url)?);
    }
    for css in strings(&manifest["css"]) {
        shared.push(served(dist, &css)?);
    }
    // Translation files by asset-map key: `<tag>` (shared) or `<tag>.<family>` (a family's part).
    let mut largest_locale: Option<Served> = None;
    let mut largest_part: std::collections::BTreeMap<String, Served> = Default::default();
    if let Some(locales) = manifest["locales"].as_object() {
        for (key, url) in locales {
            let Some(url) = url.as_str() else { continue };
            let file = served(dist, url)?;
            let slot = match key.split_once('.') {
                None => &mut largest_locale,
                Some((_, family)) => {
                    let current = largest_part.remove(family);
                    let keep = match current {
                        Some(c) if c.served >= file.served => c,
                        _ => file,
                    };
                    largest_part.insert(family.to_owned(), keep);
                    continue;
                }
            };
            if slot.as_ref().is_none_or(|l| file.served > l.served) {
                *slot = Some(file);
            }
        }
    }
    let shared_bytes: u64 = shared.iter().map(|s| s.served).sum();
    let locale_bytes = largest_locale.as_ref().map_or(0, |l| l.served);
    let families = wasm["families"]
        .as_object()
        .ok_or("manifest: wasm.families missing")?;
    let mut rows = Vec::new();
    for (family, files) in families {
        let own: Vec<Served> = strings(files)
            .iter()
            .map(|url| served(dist, url))
            .collect::<Result<_, _>>()?;
        let own_bytes: u64 = own.iter().map(|s| s.served).sum::<u64>()
            + largest_part.get(family).map_or(0, |p| p.served);
        rows.push((
            family.clone(),
            own.len(),
            own_bytes,
            shared_bytes + own_bytes + locale_bytes,
        ));
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.3));
    let kb = |b: u64| format!("{:.1}", b as f64 / 1024.0);
    if options.markdown {
        println!("| family | its chunks | family KB | first load KB |");
        println!("|---|---:|---:|---:|");
        for (family, count, own, total) in &rows {
            println!("| {family} | {count} | {} | **{}** |", kb(*own), kb(*total));
        }
        println!();
        println!("Shared by every family (KB as served, brotli): ");
        for s in &shared {
            println!("- `{}`: {} ({} raw)", s.path, kb(s.served), kb(s.raw));
        }
        if let Some(l) = &largest_locale {
            println!(
                "- the largest translation file, `{}`: {} ({} raw)",
                l.path,
                kb(l.served),
                kb(l.raw)
            );
        }
    } else {
        println!(
            "{:<24} {:>7} {:>10} {:>14}",
            "family", "chunks", "family KB", "first load KB"
        );
        for (family, count, own, total) in &rows {
            println!(
                "{family:<24} {count:>7} {:>10} {:>14}",
                kb(*own),
                kb(*total)
            );
        }
        println!(
            "shared: {} KB (main, glue, loader, CSS) + translations {} KB",
            kb(shared_bytes),
            kb(locale_bytes)
        );
    }
    if let Some(budget) = options.budget {
        let over: Vec<_> = rows.iter().filter(|r| r.3 > budget).collect();
        if !over.is_empty() {
            let list: Vec<String> = over
                .iter()
                .map(|r| format!("{} ({} KB)", r.0, kb(r.3)))
                .collect();
            return Err(format!(
                "first load over the budget of {} KB: {}",
                kb(budget),
                list.join(", ")
            ));
        }
        eprintln!(
            "dist: every family's first load is within {} KB",
            kb(budget)
        );
    }
    Ok(())
}
