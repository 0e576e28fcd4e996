//! `wasm-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS`
//!
//! Splits INPUT (linked with `-Clink-args=--emit-relocs`) at its `wasm_split` points (Leptos `#[lazy]`)
//! with `wasm_split_cli_support`, the library `cargo leptos --split` uses:
//! - MAIN_OUT.wasm: the main module, still to be run through `wasm-bindgen --target web
//!   --keep-lld-exports` (its split points import their loaders from `./__wasm_split.js`);
//! - OUT_DIR/<split>.wasm and OUT_DIR/chunk_*.wasm: the lazily loaded parts (no wasm-bindgen needed);
//! - OUT_DIR/__wasm_split.js: the loader, which imports `initSync` from MAIN_JS (the wasm-bindgen glue,
//!   relative to OUT_DIR) to reach the main module's memory, table and exports;
//! - OUT_DIR/__wasm_split_manifest.json: split -> the files it needs (for preloading).
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, main_out, main_js] = args.as_slice() else {
        eprintln!("usage: wasm-split INPUT.wasm OUT_DIR MAIN_OUT.wasm MAIN_JS");
        std::process::exit(2);
    };
    let wasm = std::fs::read(input)?;
    std::fs::create_dir_all(out_dir)?;
    let split = wasm_split_cli_support::transform({
        let mut opts = wasm_split_cli_support::Options::new(&wasm);
        opts.output_dir = Path::new(out_dir);
        opts.main_out_path = Path::new(main_out);
        opts.main_module = main_js;
        opts.link_name = "./__wasm_split.js";
        opts.verbose = std::env::var_os("WASM_SPLIT_VERBOSE").is_some();
        opts
    })
    .map_err(|e| format!("{e:?}"))?;
    let manifest = serde_json::to_string_pretty(&split.prefetch_map)?;
    std::fs::write(
        Path::new(out_dir).join("__wasm_split_manifest.json"),
        &manifest,
    )?;
    for path in &split.split_modules {
        println!("{}", path.display());
    }
    Ok(())
}
