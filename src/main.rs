//! Entry point of the wasm binary trunk builds.

fn main() {
    b24_widgets::start();
}
