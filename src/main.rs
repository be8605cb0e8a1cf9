//! The `spotcheck` command: see `spotcheck --help` and `../shared/spec/cli.md`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let code = spotcheck::cli::run(std::env::args().skip(1).collect());
    std::process::exit(code);
}

/// The CLI is native only, but `cargo test --target wasm32-unknown-unknown` (the browser
/// tests) builds every target of the package, this one included.
#[cfg(target_arch = "wasm32")]
fn main() {}
