//! The `spotcheck` command: see `spotcheck --help` and `../shared/spec/cli.md`.

/// The CLI's allocator. An analysis makes many small allocations that live for one article
/// (tokens, words, hint strings); glibc's malloc/free were about 16% of the CLI's CPU time
/// on the PolNeAR articles, and mimalloc serves the same calls in a fraction of that. The
/// library and the wasm module are untouched: this is the binary's choice alone.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let code = spotcheck::cli::run(std::env::args().skip(1).collect());
    std::process::exit(code);
}

/// The CLI is native only, but `cargo test --target wasm32-unknown-unknown` (the browser
/// tests) builds every target of the package, this one included.
#[cfg(target_arch = "wasm32")]
fn main() {}
