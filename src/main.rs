//! The `spotcheck` command: see `spotcheck --help` and `../shared/spec/cli.md`.

fn main() {
    let code = spotcheck::cli::run(std::env::args().skip(1).collect());
    std::process::exit(code);
}
