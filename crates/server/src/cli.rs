//! The `serve` command line, shared by the `server` binary and its alias `portal serve`, so both
//! accept exactly the same options.

use crate::{CompressionMode, ServeConfig};
use std::path::PathBuf;

/// The usage text of `serve` (printed by `server --help`, and inside `portal --help`).
pub const SERVE_HELP: &str = "\
serve [OPTIONS]
  Serves trunk's dist/ for GET, HEAD and the portal's POST on page paths, with a CSP that lets only
  your portal(s) frame the app and reach REST, hashes of index.html's inline scripts, nosniff,
  Referrer-Policy no-referrer, immutable caching of hashed assets, GET /healthz, and br/gzip from
  the .br/.gz files a release build writes beside the assets (a dist/ without them is served
  uncompressed, except pages). Request bodies over 1 MiB get 413, bodies slower than 20 s 408, and
  connections that send no complete request head for 20 s (idle ones too) are closed.
  Options:
    --dist DIR                trunk output (default dist; must contain index.html)
    --addr ADDR               listen address (default 0.0.0.0:8080)
    --portal-domain DOMAIN    a portal allowed to frame the app, e.g. acme.bitrix24.com or
                              '*.bitrix24.de' (https implied); repeat for several; at least one
    --compress-on-the-fly     compress every answer anew per request, the wasm included, ignoring
                              the .br/.gz files (the old behaviour; for benchmark comparisons)
";

/// Options that take no value (`--name` alone means `--name=true`).
const SWITCHES: &[&str] = &["compress-on-the-fly"];

/// Splits `--name=value` / `--name value` pairs; `None` when `--help`/`-h` appears anywhere.
pub fn flags(args: &[String]) -> Result<Option<Vec<(String, String)>>, String> {
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
            None if SWITCHES.contains(&flag) => (flag.to_owned(), "true".to_owned()),
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

/// Parses the options after `serve`; `Ok(None)` means help was asked for.
pub fn parse_serve(args: &[String]) -> Result<Option<ServeConfig>, String> {
    let Some(pairs) = flags(args)? else {
        return Ok(None);
    };
    let mut config = ServeConfig::new(
        PathBuf::from("dist"),
        ([0, 0, 0, 0], 8080).into(),
        Vec::new(),
    );
    for (name, value) in pairs {
        match name.as_str() {
            "dist" => config.dist = PathBuf::from(value),
            "addr" => {
                config.addr = value
                    .parse()
                    .map_err(|_| format!("--addr must be IP:PORT, got {value:?}"))?
            }
            "portal-domain" => config.portal_domains.push(value),
            "compress-on-the-fly" => {
                config.compression = match value.as_str() {
                    "true" => CompressionMode::OnTheFly,
                    "false" => CompressionMode::Precompressed,
                    _ => {
                        return Err(format!(
                            "--compress-on-the-fly takes no value, got {value:?}"
                        ))
                    }
                }
            }
            _ => return Err(format!("unknown option --{name} for serve")),
        }
    }
    if config.portal_domains.is_empty() {
        return Err(
            "serve needs at least one --portal-domain (e.g. --portal-domain acme.bitrix24.com)"
                .into(),
        );
    }
    Ok(Some(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn collects_portal_domains_and_requires_one() {
        let Ok(Some(c)) =
            parse_serve(&args("--dist dist --addr 127.0.0.1:9999 --portal-domain acme.bitrix24.com --portal-domain=*.bitrix24.de"))
        else {
            panic!("parses")
        };
        assert_eq!(c.dist, PathBuf::from("dist"));
        assert_eq!(c.addr, "127.0.0.1:9999".parse().unwrap());
        assert_eq!(c.portal_domains, ["acme.bitrix24.com", "*.bitrix24.de"]);
        assert_eq!(c.compression, CompressionMode::Precompressed);
        assert!(parse_serve(&args("--dist dist")).is_err());
        let Ok(Some(c)) = parse_serve(&args("--compress-on-the-fly --portal-domain a.com")) else {
            panic!("parses")
        };
        assert_eq!(c.compression, CompressionMode::OnTheFly);
        assert_eq!(c.portal_domains, ["a.com"]);
    }

    #[test]
    fn defaults_and_help() {
        let Ok(Some(c)) = parse_serve(&args("--portal-domain a.com")) else {
            panic!("parses")
        };
        assert_eq!(c.dist, PathBuf::from("dist"));
        assert_eq!(c.addr, "0.0.0.0:8080".parse().unwrap());
        assert_eq!(parse_serve(&args("-h")), Ok(None));
        assert_eq!(parse_serve(&args("--addr x --help")), Ok(None));
    }

    #[test]
    fn mistakes_are_reported() {
        for line in [
            "--addr nowhere --portal-domain a.com",
            "--addr",
            "--nope 1 --portal-domain a.com",
            "stray --portal-domain a.com",
        ] {
            assert!(parse_serve(&args(line)).is_err(), "{line}");
        }
    }
}
