//! `portal`: the Bitrix24 portal emulator (`portal emulate`), and `portal serve`, an alias of the
//! production server (the `server` crate and binary). See `portal --help` and crates/portal/README.md.

use portal::host::EmulateOptions;
use server::ServeConfig;
use std::path::PathBuf;
use std::process::ExitCode;

/// The usage text (`portal --help`); the `serve` part is the server crate's.
fn help() -> String {
    format!("{EMULATE_HELP}{}", server::cli::SERVE_HELP)
}

const EMULATE_HELP: &str = "\
portal — Bitrix24 portal emulator and production server for the widget app

USAGE:
  portal emulate [OPTIONS]     run the emulator (host page + fake REST + app origin)
  portal serve   [OPTIONS]     alias of `server serve`: dist/ in production (behind TLS)
  portal --help                this text

portal emulate
  Starts two origins exactly like a real portal and app host:
    P = http://HOST:PORT      the host page (a fake Bitrix24 page playing the parent side of the
                              frame protocol), the fake REST API (/rest/…) and /emulator/api/…
    A = http://HOST:APP_PORT  the app: DIST served by GET and POST with the production headers
                              (frame-ancestors P); index.html loads the offline BX24 library instead
                              of https://api.bitrix24.com/api/v1/
  Options:
    --host HOST               host name of both origins, as you will type it in the browser
                              (default localhost; localhost and 127.0.0.1 are different origins)
    --port PORT               port of P (default 9000; 0 = any free port)
    --app-port PORT           port of A (default 8080; 0 = any free port)
    --dist DIR                trunk output served on A (default dist)
    --app-url URL             load the frame from URL instead (e.g. trunk serve); A is not started
    --open-placement CODE     placement opened when the page URL names none (default DEFAULT)
    --extra-app-dir DIR       also serve DIR on A under /__extra/ (test pages; .html accepts POST)
    --gallery DIR             screenshots shown at P/gallery, light beside dark (default
                              e2e/screenshots, written by the e2e run's a11y spec)
    --fresh                   start as a portal the app was never installed on: not installed,
                              nothing bound; the placement picker offers only what the app binds
                              (the host page's 'every placement' switch brings the full list back)
  Open P in a browser. Deep links: P/?placement=CODE&options=<json>&lang=en&theme=dark&app=<url>
                              [&fresh=1: reset to a fresh portal] [&all=0|1: picker lists all or only bound]

portal serve is an alias of the production server `server serve` (same options, same library):
  server ";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    Help,
    Emulate(EmulateOptions),
    Serve(ServeConfig),
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse(&args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("portal: {message}\nRun `portal --help` for usage.");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("portal: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match command {
        Command::Help => {
            print!("{}", help());
            Ok(())
        }
        Command::Emulate(options) => runtime
            .block_on(portal::host::run(options))
            .map_err(|e| e.to_string()),
        Command::Serve(config) => runtime
            .block_on(server::run(config))
            .map_err(|e| e.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("portal: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Parses the arguments after the program name. `--flag value` and `--flag=value` both work.
fn parse(args: &[String]) -> Result<Command, String> {
    let Some((first, rest)) = args.split_first() else {
        return Ok(Command::Help);
    };
    match first.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "emulate" => parse_emulate(rest),
        "serve" => parse_serve(rest),
        other => Err(format!(
            "unknown command {other:?} (expected emulate or serve)"
        )),
    }
}

fn port(name: &str, value: &str) -> Result<u16, String> {
    value
        .parse()
        .map_err(|_| format!("--{name} must be a port number (0-65535), got {value:?}"))
}

fn parse_emulate(args: &[String]) -> Result<Command, String> {
    // `--fresh` is the one flag without a value.
    let (fresh, args): (Vec<&String>, Vec<&String>) = args.iter().partition(|a| *a == "--fresh");
    let args: Vec<String> = args.into_iter().cloned().collect();
    let Some(pairs) = server::cli::flags(&args)? else {
        return Ok(Command::Help);
    };
    let mut options = EmulateOptions {
        fresh: !fresh.is_empty(),
        ..EmulateOptions::default()
    };
    for (name, value) in pairs {
        match name.as_str() {
            "host" if !value.is_empty() => options.host = value,
            "port" => options.port = port(&name, &value)?,
            "app-port" => options.app_port = port(&name, &value)?,
            "dist" => options.dist = PathBuf::from(value),
            "app-url" if value.starts_with("http://") || value.starts_with("https://") => {
                options.app_url = Some(value)
            }
            "app-url" => return Err(format!("--app-url must be an http(s) URL, got {value:?}")),
            "open-placement" if !value.is_empty() => {
                options.open_placement = Some(value.to_ascii_uppercase())
            }
            "extra-app-dir" => options.extra_app_dir = Some(PathBuf::from(value)),
            "gallery" => options.gallery = PathBuf::from(value),
            _ => return Err(format!("unknown or empty option --{name} for emulate")),
        }
    }
    Ok(Command::Emulate(options))
}

/// `portal serve`: the server crate's parser, so the alias takes exactly `server serve`'s options.
fn parse_serve(args: &[String]) -> Result<Command, String> {
    Ok(match server::cli::parse_serve(args)? {
        Some(config) => Command::Serve(config),
        None => Command::Help,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn no_arguments_or_help_flags_print_help() {
        for line in ["", "--help", "-h", "help", "emulate --help", "serve -h"] {
            assert_eq!(parse(&args(line)), Ok(Command::Help), "{line}");
        }
    }

    #[test]
    fn emulate_defaults_and_every_option() {
        assert_eq!(
            parse(&args("emulate")),
            Ok(Command::Emulate(EmulateOptions::default()))
        );
        let Ok(Command::Emulate(o)) = parse(&args(
            "emulate --host 127.0.0.1 --port=0 --app-port 0 --dist ../dist --app-url http://127.0.0.1:8081/ --open-placement crm_deal_detail_tab --extra-app-dir e2e",
        )) else {
            panic!("parses")
        };
        assert_eq!(o.host, "127.0.0.1");
        assert_eq!((o.port, o.app_port), (0, 0));
        assert_eq!(o.dist, PathBuf::from("../dist"));
        assert_eq!(o.app_url.as_deref(), Some("http://127.0.0.1:8081/"));
        assert_eq!(o.open_placement.as_deref(), Some("CRM_DEAL_DETAIL_TAB"));
        assert_eq!(o.extra_app_dir, Some(PathBuf::from("e2e")));
        assert!(!o.fresh, "a seeded, installed portal unless asked");
        let Ok(Command::Emulate(o)) = parse(&args("emulate --port 0 --fresh")) else {
            panic!("parses")
        };
        assert!(o.fresh);
        assert_eq!(o.port, 0);
    }

    #[test]
    fn serve_collects_portal_domains_and_requires_one() {
        let Ok(Command::Serve(c)) =
            parse(&args("serve --dist dist --addr 127.0.0.1:9999 --portal-domain acme.bitrix24.com --portal-domain *.bitrix24.de"))
        else {
            panic!("parses")
        };
        assert_eq!(c.addr, "127.0.0.1:9999".parse().unwrap());
        assert_eq!(c.portal_domains, ["acme.bitrix24.com", "*.bitrix24.de"]);
        assert!(parse(&args("serve --dist dist")).is_err());
    }

    #[test]
    fn mistakes_are_reported() {
        for line in [
            "frobnicate",
            "emulate --port",
            "emulate --port x",
            "emulate --nope 1",
            "emulate stray",
            "emulate --app-url ftp://x",
            "serve --addr nowhere --portal-domain a.com",
        ] {
            assert!(parse(&args(line)).is_err(), "{line}");
        }
    }
}
