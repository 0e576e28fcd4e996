//! `server`: the production server for the widget app. `server serve --portal-domain …`; see
//! `server --help` and the README's *Production* section.

use std::process::ExitCode;

/// The usage text of the binary.
fn help() -> String {
    format!(
        "server — production server for the Bitrix24 widget app\n\nUSAGE:\n  server serve [OPTIONS]\n  server --help\n\nserver {}",
        server::cli::SERVE_HELP
    )
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match args.split_first() {
        None => None,
        Some((first, _)) if matches!(first.as_str(), "-h" | "--help" | "help") => None,
        Some((first, rest)) if first == "serve" => match server::cli::parse_serve(rest) {
            Ok(config) => config,
            Err(message) => return usage_error(&message),
        },
        Some((other, _)) => {
            return usage_error(&format!("unknown command {other:?} (expected serve)"))
        }
    };
    let Some(config) = config else {
        print!("{}", help());
        return ExitCode::SUCCESS;
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("server: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(server::run(config)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reports a command-line mistake (exit code 2).
fn usage_error(message: &str) -> ExitCode {
    eprintln!("server: {message}\nRun `server --help` for usage.");
    ExitCode::from(2)
}
