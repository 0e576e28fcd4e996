//! Only for the `split` feature (scripts/build-split.sh): the wasm splitter needs the linker's
//! relocations, so the bin is linked with `--emit-relocs` (as `cargo leptos --split` does).
fn main() {
    println!("cargo:rerun-if-env-changed=CARGO_FEATURE_SPLIT");
    if std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
