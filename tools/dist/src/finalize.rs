//! `dist finalize`: trunk's staging directory turned into what is served.

use crate::html::{link_tags, strip_css_comments};
use crate::names::{content_hash, hashed_name, integrity};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to finalize.
pub struct Options {
    /// Trunk's staging directory (becomes `dist/`).
    pub staging: PathBuf,
    /// Release build (split and optimise the wasm) or debug build (leave it as trunk made it).
    pub release: bool,
    /// The wasm cargo linked (release: with `--emit-relocs`), before trunk's wasm-bindgen.
    pub cargo_wasm: PathBuf,
}

/// The wasm features rustc ≥ 1.87 emits by default, which wasm-opt must be told about.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
];

/// The id of the JSON `<script>` in `index.html` that tells the app where its files are.
const ASSETS_SCRIPT_ID: &str = "b24w-assets";

type Result<T> = std::result::Result<T, String>;

fn io<T>(what: &str, path: &Path, result: std::io::Result<T>) -> Result<T> {
    result.map_err(|e| format!("{what} {}: {e}", path.display()))
}

fn read(path: &Path) -> Result<Vec<u8>> {
    io("cannot read", path, fs::read(path))
}

fn read_text(path: &Path) -> Result<String> {
    io("cannot read", path, fs::read_to_string(path))
}

fn write(path: &Path, bytes: impl AsRef<[u8]>) -> Result<()> {
    if let Some(dir) = path.parent() {
        io("cannot create", dir, fs::create_dir_all(dir))?;
    }
    io("cannot write", path, fs::write(path, bytes))
}

fn remove(path: &Path) -> Result<()> {
    io("cannot remove", path, fs::remove_file(path))
}

/// Runs the whole step.
pub fn run(options: &Options) -> Result<()> {
    let staging = &options.staging;
    let index_path = staging.join("index.html");
    let mut html = read_text(&index_path)?;
    let icons = rename_by_content(staging, "assets/icons", "svg")?;
    compile_locales(staging)?;
    let locales = rename_by_content(staging, "locales", "txt")?;
    html = bundle_css(staging, &html, &icons, &options.cargo_wasm)?;
    let wasm = if options.release {
        let (new_html, wasm) = split_wasm(staging, &html, &options.cargo_wasm)?;
        html = new_html;
        Some(wasm)
    } else {
        None
    };
    html = refresh_integrity(staging, &html)?;
    let locale_urls: Map<String, Value> = locales
        .iter()
        .map(|(stem, file)| (stem.clone(), json!(format!("/locales/{file}"))))
        .collect();
    html = insert_assets_script(&html, &json!({ "locales": locale_urls }))?;
    write(&index_path, &html)?;
    let manifest = json!({
        "profile": if options.release { "release" } else { "debug" },
        "locales": locale_urls,
        "icons": icons.iter().map(|(stem, file)| (stem.clone(), json!(format!("/assets/icons/{file}")))).collect::<Map<String, Value>>(),
        "css": css_links(&html),
        "wasm": wasm.unwrap_or(Value::Null),
    });
    write(
        &staging.join("build-manifest.json"),
        serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())? + "\n",
    )?;
    eprintln!(
        "dist: finalized {} ({} icons, {} languages{})",
        staging.display(),
        icons.len(),
        locales.len(),
        if options.release {
            ", wasm split per family"
        } else {
            ""
        }
    );
    Ok(())
}

/// Replaces every `locales/<tag>.ftl` trunk copied by its compiled form `locales/<tag>.txt`
/// (`i18n::compiled`): no comments, no ids, and the wasm reads it without a Fluent reader. The
/// messages of a family's part (`i18n::parts`) go to `locales/<tag>.<family>.txt` instead.
fn compile_locales(staging: &Path) -> Result<()> {
    let dir = staging.join("locales");
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(());
    };
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let files = i18n::compiled::compile_parts(&read_text(&path)?)
            .map_err(|e| format!("cannot compile {}: {e}", path.display()))?;
        for (family, compiled) in files {
            let name = match family {
                None => path.with_extension("txt"),
                Some(family) => path.with_extension(format!("{family}.txt")),
            };
            write(&name, compiled)?;
        }
        remove(&path)?;
    }
    Ok(())
}

/// Renames every `*.ext` in `staging/dir` to `<stem>-<hash>.ext`; returns stem → new file name.
fn rename_by_content(staging: &Path, dir: &str, ext: &str) -> Result<BTreeMap<String, String>> {
    let dir = staging.join(dir);
    let mut renamed = BTreeMap::new();
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(renamed);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some(ext))
        .collect();
    paths.sort();
    for path in paths {
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or_else(|| format!("odd file name {}", path.display()))?
            .to_owned();
        let bytes = read(&path)?;
        let name = hashed_name(&stem, ext, &bytes);
        io("cannot rename", &path, fs::rename(&path, dir.join(&name)))?;
        renamed.insert(stem, name);
    }
    Ok(renamed)
}

/// Replaces trunk's one `<link rel="stylesheet">` per file by one bundle (one request instead of
/// one per component), with the icon URLs inside pointing at the hashed files.
///
/// The kit's custom properties that nothing reads are dropped (`css::prune_unused_custom_properties`):
/// what the bundle's rules, the HTML and the wasm cargo linked (`cargo_wasm`, its string literals;
/// skipped when the file is absent) mention stays.
fn bundle_css(
    staging: &Path,
    html: &str,
    icons: &BTreeMap<String, String>,
    cargo_wasm: &Path,
) -> Result<String> {
    let sheets: Vec<_> = link_tags(html)
        .into_iter()
        .filter(|t| t.get("rel") == Some("stylesheet"))
        .collect();
    if sheets.is_empty() {
        return Ok(html.to_owned());
    }
    let mut bundle = String::new();
    for sheet in &sheets {
        let href = sheet.get("href").ok_or("a stylesheet link without href")?;
        let path = staging.join(href.trim_start_matches('/'));
        bundle.push_str(&strip_css_comments(&read_text(&path)?));
        remove(&path)?;
    }
    for (stem, file) in icons {
        bundle = bundle.replace(
            &format!("url(assets/icons/{stem}.svg)"),
            &format!("url(assets/icons/{file})"),
        );
    }
    let mut rest = bundle.as_str();
    while let Some(at) = rest.find("url(assets/icons/") {
        let tail = &rest[at + "url(assets/icons/".len()..];
        let file = &tail[..tail.find(')').unwrap_or(tail.len())];
        if !icons.values().any(|known| known == file) {
            return Err(format!(
                "the CSS names an icon file that does not exist: assets/icons/{file}"
            ));
        }
        rest = tail;
    }
    if let Ok(wasm) = fs::read(cargo_wasm) {
        let mut used = BTreeSet::new();
        crate::css::mentioned_names(&wasm, &mut used);
        crate::css::mentioned_names(html.as_bytes(), &mut used);
        let (pruned, dropped) = crate::css::prune_unused_custom_properties(&bundle, &used);
        eprintln!("dist: {dropped} unused design tokens left out of the CSS");
        bundle = pruned;
    }
    let name = hashed_name("styles", "css", bundle.as_bytes());
    write(&staging.join(&name), &bundle)?;
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (i, sheet) in sheets.iter().enumerate() {
        out.push_str(&html[from..sheet.range.start]);
        if i == 0 {
            out.push_str(&format!(
                "<link rel=\"stylesheet\" href=\"/{name}\" integrity=\"{}\">",
                integrity(bundle.as_bytes())
            ));
        }
        from = sheet.range.end;
        // Drop the line break after a removed tag.
        if i > 0 && html[from..].starts_with('\n') {
            from += 1;
        }
    }
    out.push_str(&html[from..]);
    Ok(out)
}

fn css_links(html: &str) -> Vec<String> {
    link_tags(html)
        .into_iter()
        .filter(|t| t.get("rel") == Some("stylesheet"))
        .filter_map(|t| t.get("href").map(str::to_owned))
        .collect()
}

/// Recomputes every `integrity` attribute of a `<link>` from the file it names (names and contents
/// changed since trunk wrote them).
fn refresh_integrity(staging: &Path, html: &str) -> Result<String> {
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for mut tag in link_tags(html) {
        let (Some(href), Some(_)) = (tag.get("href"), tag.get("integrity")) else {
            continue;
        };
        if href.starts_with("http") {
            continue;
        }
        if tag.get("rel") == Some("preload") && tag.get("as") == Some("fetch") {
            // Chromium ignores SRI on fetch preloads and warns about it on every load.
            tag.attrs.retain(|(k, _)| k != "integrity");
        } else {
            let bytes = read(&staging.join(href.trim_start_matches('/')))?;
            tag.set("integrity", &integrity(&bytes));
        }
        out.push_str(&html[from..tag.range.start]);
        out.push_str(&tag.render());
        from = tag.range.end;
    }
    out.push_str(&html[from..]);
    Ok(out)
}

/// Puts the asset map into the page as `<script type="application/json" id="b24w-assets">`, before
/// the first module script (data only: never executed, so the CSP needs no hash for it).
fn insert_assets_script(html: &str, assets: &Value) -> Result<String> {
    let json = serde_json::to_string(assets).map_err(|e| e.to_string())?;
    // `</` cannot end the element early: the JSON is ours (paths), but stay safe.
    let json = json.replace("</", "<\\/");
    let script =
        format!("<script type=\"application/json\" id=\"{ASSETS_SCRIPT_ID}\">{json}</script>\n");
    let at = html
        .find("<script type=\"module\"")
        .or_else(|| html.find("</head>"))
        .ok_or("index.html has neither a module script nor </head>")?;
    Ok(format!("{}{script}{}", &html[..at], &html[at..]))
}

/// trunk's glue and wasm names, from the module script it wrote:
/// `import init, * as bindings from '/NAME.js'; … init({ module_or_path: '/NAME_bg.wasm' })`.
fn trunk_names(html: &str) -> Result<(String, String)> {
    let quoted_after = |needle: &str| -> Option<String> {
        let at = html.find(needle)? + needle.len();
        let rest = &html[at..];
        let quote = rest.find(['\'', '"'])?;
        let rest = &rest[quote + 1..];
        let end = rest.find(['\'', '"'])?;
        Some(rest[..end].to_owned())
    };
    let glue =
        quoted_after("import init, * as bindings from").ok_or("no glue import in index.html")?;
    let wasm = quoted_after("module_or_path:").ok_or("no module_or_path in index.html")?;
    Ok((glue, wasm))
}

/// Splits cargo's wasm, binds and optimises the pieces, names them by content and points
/// `index.html` at them. Returns the new page and the manifest's `wasm` part.
fn split_wasm(staging: &Path, html: &str, cargo_wasm: &Path) -> Result<(String, Value)> {
    let (old_glue, old_wasm) = trunk_names(html)?;
    let work = staging.join(".split-work");
    if work.exists() {
        io("cannot clear", &work, fs::remove_dir_all(&work))?;
    }
    let input = read(cargo_wasm)?;
    let main_unbound = work.join("main.wasm");
    // Code that four or more families share goes to the main module: with a chunk per combination
    // of families, twenty-three families made over a hundred small files per first load, each its
    // own request and compression window (measured 2026-12-02, largest first load: upstream
    // behaviour 386.6 KB as 124 files; threshold 8: 363.1 KB; 4: 347.2 KB; 2: 372.2 KB, main alone
    // 281 KB). `DIST_SHARED_TO_MAIN` sets another threshold for such comparisons.
    let shared_to_main = std::env::var("DIST_SHARED_TO_MAIN")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(4);
    wasm_split_cli_support::SHARED_CODE_TO_MAIN_AT
        .store(shared_to_main, std::sync::atomic::Ordering::Relaxed);
    let split = {
        let mut opts = wasm_split_cli_support::Options::new(&input);
        opts.output_dir = &work;
        opts.main_out_path = &main_unbound;
        opts.main_module = "./__B24W_GLUE__.js";
        opts.link_name = "./__wasm_split.js";
        wasm_split_cli_support::transform(opts).map_err(|e| format!("splitting the wasm: {e:?}"))?
    };
    // wasm-bindgen on the main module only: the chunks use its memory and table through the loader.
    let bindgen = work.join("bindgen");
    run_tool(
        Command::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--keep-lld-exports",
                "--out-name",
                "app",
            ])
            .arg("--out-dir")
            .arg(&bindgen)
            .arg(&main_unbound),
    )?;
    let main_wasm = bindgen.join("app_bg.wasm");
    let mut modules = vec![main_wasm.clone()];
    modules.extend(split.split_modules.iter().cloned());
    optimise_all(&modules)?;

    // Chunks and splits: `chunk_12-<hash>.wasm`, `crm_entity-<hash>.wasm` (the family's name).
    let mut loader = read_text(&work.join("__wasm_split.js"))?;
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    for module in &split.split_modules {
        let stem = module
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("odd chunk name")?
            .to_owned();
        let bytes = read(module)?;
        let name = hashed_name(&family_of(&stem), "wasm", &bytes);
        let old_ref = format!("\"./{stem}.wasm\"");
        if !loader.contains(&old_ref) {
            return Err(format!("the loader does not load {stem}.wasm"));
        }
        loader = loader.replace(&old_ref, &format!("\"./{name}\""));
        write(&staging.join(&name), &bytes)?;
        renamed.insert(stem, name);
    }

    // The glue imports the loader and the loader imports the glue: both are named after the build
    // (every byte the pair depends on).
    let main_bytes = read(&main_wasm)?;
    let wasm_name = hashed_name("b24-widgets", "wasm", &main_bytes).replace(".wasm", "_bg.wasm");
    let mut glue = read_text(&bindgen.join("app.js"))?;
    let build = content_hash(&[&main_bytes, loader.as_bytes(), glue.as_bytes()]);
    let glue_name = format!("b24-widgets-{build}.js");
    let loader_name = format!("__wasm_split-{build}.js");
    loader = loader.replace("\"./__B24W_GLUE__.js\"", &format!("\"./{glue_name}\""));
    // Only the import statements: the import object's keys stay the module name the wasm imports.
    glue = glue.replace(
        "from \"./__wasm_split.js\"",
        &format!("from \"./{loader_name}\""),
    );
    glue = glue.replace(
        "from './__wasm_split.js'",
        &format!("from './{loader_name}'"),
    );
    glue = glue.replace("'app_bg.wasm'", &format!("'{wasm_name}'"));
    if loader.contains("__B24W_GLUE__") || glue.contains("from \"./__wasm_split.js\"") {
        return Err("could not point the glue and the loader at each other".into());
    }
    write(&staging.join(&wasm_name), &main_bytes)?;
    write(&staging.join(&glue_name), &glue)?;
    write(&staging.join(&loader_name), &loader)?;
    for old in [&old_glue, &old_wasm] {
        let path = staging.join(old.trim_start_matches('/'));
        if path.exists() {
            remove(&path)?;
        }
    }
    if staging.join("snippets").exists() || bindgen.join("snippets").exists() {
        return Err("wasm-bindgen snippets are not handled by the split build".into());
    }
    io("cannot clear", &work, fs::remove_dir_all(&work))?;

    let mut page = html
        .replace(&old_glue, &format!("/{glue_name}"))
        .replace(&old_wasm, &format!("/{wasm_name}"));
    // The loader is the glue's first import: fetch it alongside instead of after the glue.
    let preload =
        format!("<link rel=\"modulepreload\" href=\"/{loader_name}\" crossorigin=\"anonymous\">");
    page = match page.find("</head>") {
        Some(at) => format!("{}{preload}{}", &page[..at], &page[at..]),
        None => page,
    };

    let mut families = Map::new();
    for (split_name, stems) in &split.prefetch_map {
        let files: Vec<Value> = stems
            .iter()
            .map(|stem| {
                renamed
                    .get(stem)
                    .map(|f| json!(format!("/{f}")))
                    .ok_or_else(|| {
                        format!("the split {split_name} needs {stem}, which was not written")
                    })
            })
            .collect::<Result<_>>()?;
        families.insert(family_of(split_name), Value::Array(files));
    }
    let wasm = json!({
        "main": format!("/{wasm_name}"),
        "glue": format!("/{glue_name}"),
        "loader": format!("/{loader_name}"),
        "families": families,
    });
    Ok((page, wasm))
}

/// `split_crm_entity_3223021795355731728` / `crm_entity_3223021795355731728` → `crm_entity`;
/// `chunk_12` stays.
fn family_of(stem: &str) -> String {
    let stem = stem.strip_prefix("split_").unwrap_or(stem);
    match stem.rsplit_once('_') {
        Some((name, digits)) if digits.len() > 8 && digits.bytes().all(|b| b.is_ascii_digit()) => {
            name.to_owned()
        }
        _ => stem.to_owned(),
    }
}

/// `wasm-opt -Oz` on every module, two at a time (the machines have two cores).
fn optimise_all(modules: &[PathBuf]) -> Result<()> {
    let queue = std::sync::Mutex::new(modules.iter());
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| loop {
                let next = queue.lock().map(|mut q| q.next().cloned()).unwrap_or(None);
                let Some(module) = next else { break };
                let result = run_tool(
                    Command::new("wasm-opt")
                        .arg("-Oz")
                        .args(WASM_FEATURES)
                        .arg(&module)
                        .arg("-o")
                        .arg(&module),
                );
                if let Err(e) = result {
                    if let Ok(mut f) = failures.lock() {
                        f.push(e);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_default();
    match failures.first() {
        Some(first) => Err(first.clone()),
        None => Ok(()),
    }
}

fn run_tool(command: &mut Command) -> Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let status = command.status().map_err(|e| {
        format!("cannot run {program} (is it on PATH? scripts/bootstrap.sh installs it): {e}")
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{program} failed ({status})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_names_drop_the_split_hash() {
        assert_eq!(
            family_of("split_crm_entity_3223021795355731728"),
            "crm_entity"
        );
        assert_eq!(family_of("crm_entity_3223021795355731728"), "crm_entity");
        assert_eq!(family_of("chunk_12"), "chunk_12");
        assert_eq!(family_of("split_home_233754391886821525"), "home");
    }

    #[test]
    fn trunk_names_come_from_the_module_script() {
        let html = "<script type=\"module\">\nimport init, * as bindings from '/b24-widgets-1.js';\nconst wasm = await init({ module_or_path: '/b24-widgets-1_bg.wasm' });\n</script>";
        assert_eq!(
            trunk_names(html).unwrap(),
            (
                "/b24-widgets-1.js".to_owned(),
                "/b24-widgets-1_bg.wasm".to_owned()
            )
        );
    }

    #[test]
    fn the_assets_script_goes_before_the_module_script() {
        let html = "<head><script>theme()</script><script type=\"module\">go()</script></head>";
        let out =
            insert_assets_script(html, &json!({"locales": {"en": "/locales/en-1.ftl"}})).unwrap();
        assert_eq!(
            out,
            "<head><script>theme()</script><script type=\"application/json\" id=\"b24w-assets\">{\"locales\":{\"en\":\"/locales/en-1.ftl\"}}</script>\n<script type=\"module\">go()</script></head>"
        );
    }

    #[test]
    fn stylesheets_become_one_bundle_with_hashed_icon_urls() {
        let dir = std::env::temp_dir().join(format!("dist-css-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("a-1.css"), "/*! keep */\n.a { x: y; }\n").unwrap();
        fs::write(
            dir.join("b-2.css"),
            "/* drop */\n.i { mask-image: url(assets/icons/deal.svg); }\n",
        )
        .unwrap();
        let html = "<head>\n<link rel=\"stylesheet\" href=\"/a-1.css\" integrity=\"sha384-a\"/>\n<link rel=\"stylesheet\" href=\"/b-2.css\" integrity=\"sha384-b\"/>\n</head>";
        let icons = BTreeMap::from([("deal".to_owned(), "deal-0123.svg".to_owned())]);
        let out = bundle_css(&dir, html, &icons, Path::new("/nonexistent.wasm")).unwrap();
        let links = css_links(&out);
        assert_eq!(links.len(), 1, "{out}");
        let bundle = fs::read_to_string(dir.join(links[0].trim_start_matches('/'))).unwrap();
        assert_eq!(
            bundle,
            "/*! keep */\n.a { x: y; }\n.i { mask-image: url(assets/icons/deal-0123.svg); }\n"
        );
        assert!(!dir.join("a-1.css").exists() && !dir.join("b-2.css").exists());
        assert!(out.contains(&integrity(bundle.as_bytes())), "{out}");
        let missing = bundle_css(
            &dir,
            &out.replace(&links[0], "/c.css"),
            &icons,
            Path::new("/nonexistent.wasm"),
        );
        assert!(missing.is_err());
        let _ = fs::remove_dir_all(&dir);
    }
}
