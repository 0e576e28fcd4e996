//! `portal`: the Bitrix24 portal emulator (`portal emulate`) and the production server for the app
//! (`portal serve`). See `portal --help` and crates/portal/README.md.

use portal::host::EmulateOptions;
use portal::serve::ServeConfig;
use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
portal — Bitrix24 portal emulator and production server for the widget app

USAGE:
  portal emulate [OPTIONS]     run the emulator (host page + fake REST + app origin)
  portal serve   [OPTIONS]     serve dist/ in production (behind TLS, framed by your portal)
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
  Open P in a browser. Deep links: P/?placement=CODE&options=<json>&lang=en&theme=dark&app=<url>

portal serve
  Serves trunk's dist/ for GET, HEAD and the portal's POST on page paths, with a CSP that lets only
  your portal(s) frame the app and reach REST, hashes of index.html's inline scripts, nosniff,
  Referrer-Policy no-referrer, immutable caching of hashed assets, br/gzip, and GET /healthz.
  Options:
    --dist DIR                trunk output (default dist; must contain index.html)
    --addr ADDR               listen address (default 0.0.0.0:8080)
    --portal-domain DOMAIN    a portal allowed to frame the app, e.g. acme.bitrix24.com or
                              '*.bitrix24.de' (https implied); repeat for several; at least one
";

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
            print!("{HELP}");
            Ok(())
        }
        Command::Emulate(options) => runtime
            .block_on(portal::host::run(options))
            .map_err(|e| e.to_string()),
        Command::Serve(config) => runtime
            .block_on(portal::serve::run(config))
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

/// Splits `--name=value` / `--name value` pairs; `--help` anywhere means help.
fn flags(args: &[String]) -> Result<Option<Vec<(String, String)>>, String> {
    let mut pairs = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(None);
        }
        let Some(flag) = arg.strip_prefix("--") else {
            return Err(format!("unexpected argument {arg:?}"));
        };
        let (name, value) = match flag.split_once('=') {
            Some((name, value)) => (name.to_owned(), value.to_owned()),
            None => {
                let value = iter
                    .next()
                    .ok_or_else(|| format!("--{flag} needs a value"))?;
                (flag.to_owned(), value.clone())
            }
        };
        pairs.push((name, value));
    }
    Ok(Some(pairs))
}

fn port(name: &str, value: &str) -> Result<u16, String> {
    value
        .parse()
        .map_err(|_| format!("--{name} must be a port number (0-65535), got {value:?}"))
}

fn parse_emulate(args: &[String]) -> Result<Command, String> {
    let Some(pairs) = flags(args)? else {
        return Ok(Command::Help);
    };
    let mut options = EmulateOptions::default();
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
            _ => return Err(format!("unknown or empty option --{name} for emulate")),
        }
    }
    Ok(Command::Emulate(options))
}

fn parse_serve(args: &[String]) -> Result<Command, String> {
    let Some(pairs) = flags(args)? else {
        return Ok(Command::Help);
    };
    let mut config = ServeConfig {
        dist: PathBuf::from("dist"),
        addr: ([0, 0, 0, 0], 8080).into(),
        portal_domains: Vec::new(),
    };
    for (name, value) in pairs {
        match name.as_str() {
            "dist" => config.dist = PathBuf::from(value),
            "addr" => {
                config.addr = value
                    .parse()
                    .map_err(|_| format!("--addr must be IP:PORT, got {value:?}"))?
            }
            "portal-domain" => config.portal_domains.push(value),
            _ => return Err(format!("unknown option --{name} for serve")),
        }
    }
    if config.portal_domains.is_empty() {
        return Err(
            "serve needs at least one --portal-domain (e.g. --portal-domain acme.bitrix24.com)"
                .into(),
        );
    }
    Ok(Command::Serve(config))
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
