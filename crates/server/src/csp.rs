//! The Content-Security-Policy of the app: which portal may frame it, where its REST calls may go,
//! and the `'sha256-…'` hashes of the inline `<script>`/`<style>` blocks trunk writes into
//! `index.html` (the wasm loader is an inline `<script type="module">`).

use base64::Engine as _;
use sha2::{Digest, Sha256};
use std::fmt;

/// The official BX24.js host; `index.html` loads `https://api.bitrix24.com/api/v1/` from it.
pub const BX24_SCRIPT_ORIGIN: &str = "https://api.bitrix24.com";

/// The portal(s) allowed to frame the app, as CSP source expressions (`https://acme.bitrix24.com`,
/// `https://*.bitrix24.de`, or the emulator's `http://localhost:9000`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalSources(Vec<String>);

/// A `--portal-domain` (or emulator origin) that cannot be put into a CSP safely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPortalDomain(pub String);

impl fmt::Display for BadPortalDomain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a portal domain: {:?} (expected a host such as acme.bitrix24.com or *.bitrix24.de, optionally with :port)",
            self.0
        )
    }
}

impl std::error::Error for BadPortalDomain {}

impl PortalSources {
    /// Production: each domain becomes `https://<domain>`. A leading `https://` is accepted and dropped;
    /// a wildcard is allowed only as the whole first label (`*.bitrix24.de`).
    pub fn from_domains<S: AsRef<str>>(domains: &[S]) -> Result<Self, BadPortalDomain> {
        let mut sources = Vec::with_capacity(domains.len());
        for domain in domains {
            let raw = domain.as_ref().trim();
            let host = raw
                .strip_prefix("https://")
                .unwrap_or(raw)
                .trim_end_matches('/');
            if !is_valid_host_source(host) {
                return Err(BadPortalDomain(raw.to_owned()));
            }
            let source = format!("https://{}", host.to_ascii_lowercase());
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        Ok(Self(sources))
    }

    /// Emulator: exactly one origin (`http://localhost:9000`), scheme included.
    pub fn from_origin(origin: &str) -> Result<Self, BadPortalDomain> {
        let bad = || BadPortalDomain(origin.to_owned());
        let (scheme, host) = origin.split_once("://").ok_or_else(bad)?;
        if !(scheme == "http" || scheme == "https")
            || host.contains('*')
            || !is_valid_host_source(host)
        {
            return Err(bad());
        }
        Ok(Self(vec![format!(
            "{scheme}://{}",
            host.to_ascii_lowercase()
        )]))
    }

    /// The source expressions, in configuration order.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// Whether no portal is configured (then nothing may frame the app).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where the app may load images from: the portals, plus the file CDN of each Bitrix24 cloud
    /// zone among them. A cloud portal answers `PERSONAL_PHOTO` with a CDN address such as
    /// `https://cdn.bitrix24.ru/b4319915/main/6b2/…/a.png` (seen in published `user.get` answers), so
    /// `acme.bitrix24.ru` or `*.bitrix24.ru` also allows `https://cdn.bitrix24.ru`. Whether every zone
    /// uses exactly `cdn.bitrix24.<zone>` is not documented; a photo served elsewhere is blocked
    /// and the avatar falls back to initials. Self-hosted portals serve photos from their own host.
    pub fn image_sources(&self) -> Vec<String> {
        let mut sources = self.0.clone();
        for portal in &self.0 {
            let host = portal.strip_prefix("https://").unwrap_or_default();
            let zone = host
                .split_once('.')
                .and_then(|(_, rest)| rest.strip_prefix("bitrix24."))
                .filter(|zone| !zone.is_empty() && !zone.contains(':'));
            if let Some(zone) = zone {
                let cdn = format!("https://cdn.bitrix24.{zone}");
                if !sources.contains(&cdn) {
                    sources.push(cdn);
                }
            }
        }
        sources
    }
}

/// `host[:port]` made of DNS characters, optionally `*.` in front; nothing a CSP parser would split on.
fn is_valid_host_source(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port)) => (name, Some(port)),
        None => (host, None),
    };
    if let Some(port) = port {
        if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    let name = name.strip_prefix("*.").unwrap_or(name);
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

/// CSP hash sources (`'sha256-…'`) of a page's inline code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InlineHashes {
    /// One per inline `<script>` (no `src` attribute), in document order.
    pub scripts: Vec<String>,
    /// One per inline `<style>` block, in document order.
    pub styles: Vec<String>,
}

/// Finds every inline `<script>` and `<style>` in `html` and hashes its exact text the way browsers
/// do (SHA-256 over the UTF-8 bytes between the tags). Scripts with a `src` attribute are skipped;
/// comments are skipped. A plain scanner is enough for trunk's output and never panics on odd input.
pub fn inline_hashes(html: &str) -> InlineHashes {
    let mut hashes = InlineHashes::default();
    let lower = html.to_ascii_lowercase();
    let mut pos = 0;
    while let Some(offset) = lower[pos..].find('<') {
        let start = pos + offset;
        let rest = &lower[start..];
        if rest.starts_with("<!--") {
            pos = match lower[start + 4..].find("-->") {
                Some(end) => start + 4 + end + 3,
                None => break,
            };
            continue;
        }
        let tag = if rest.starts_with("<script") && is_tag_boundary(rest.as_bytes().get(7)) {
            "script"
        } else if rest.starts_with("<style") && is_tag_boundary(rest.as_bytes().get(6)) {
            "style"
        } else {
            pos = start + 1;
            continue;
        };
        let Some(open_end) = lower[start..].find('>') else {
            break;
        };
        let attributes = &lower[start + 1 + tag.len()..start + open_end];
        let body_start = start + open_end + 1;
        let close = format!("</{tag}");
        let Some(body_len) = lower[body_start..].find(&close) else {
            break;
        };
        let body = &html[body_start..body_start + body_len];
        let is_external_script = tag == "script" && has_attribute(attributes, "src");
        if !is_external_script {
            let hash = sha256_source(body);
            if tag == "script" {
                hashes.scripts.push(hash)
            } else {
                hashes.styles.push(hash)
            }
        }
        pos = body_start + body_len + close.len();
    }
    hashes
}

fn is_tag_boundary(next: Option<&u8>) -> bool {
    matches!(next, Some(b' ' | b'>' | b'\t' | b'\n' | b'\r' | b'/'))
}

/// Whether an (already lower-cased) attribute list contains `name` as an attribute name.
fn has_attribute(attributes: &str, name: &str) -> bool {
    let bytes = attributes.as_bytes();
    let mut search = 0;
    while let Some(found) = attributes[search..].find(name) {
        let at = search + found;
        let before_ok = at == 0 || bytes[at - 1].is_ascii_whitespace();
        let after = bytes.get(at + name.len());
        let after_ok = matches!(
            after,
            None | Some(b'=' | b' ' | b'\t' | b'\n' | b'\r' | b'/')
        );
        if before_ok && after_ok {
            return true;
        }
        search = at + name.len();
    }
    false
}

/// `'sha256-<base64>'` of `text`.
pub fn sha256_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The policy for the app's pages. Assets get the same policy with no hashes (harmless on non-HTML).
///
/// `default-src 'self'; script-src 'self' https://api.bitrix24.com 'wasm-unsafe-eval' <hashes>;
/// style-src 'self' <hashes>; connect-src 'self' <portals>; img-src 'self' data: <portals> <their CDNs>;
/// object-src 'none'; base-uri 'none'; frame-ancestors <portals>` (`'none'` when no portal is set).
pub fn content_security_policy(portals: &PortalSources, hashes: &InlineHashes) -> String {
    let join = |head: &[&str], tail: &[String]| {
        head.iter()
            .copied()
            .chain(tail.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let portal_list = portals.as_slice();
    let frame_ancestors = if portals.is_empty() {
        "'none'".to_owned()
    } else {
        portal_list.join(" ")
    };
    [
        "default-src 'self'".to_owned(),
        format!(
            "script-src {}",
            join(
                &["'self'", BX24_SCRIPT_ORIGIN, "'wasm-unsafe-eval'"],
                &hashes.scripts
            )
        ),
        format!("style-src {}", join(&["'self'"], &hashes.styles)),
        format!("connect-src {}", join(&["'self'"], portal_list)),
        format!(
            "img-src {}",
            join(&["'self'", "data:"], &portals.image_sources())
        ),
        "object-src 'none'".to_owned(),
        "base-uri 'none'".to_owned(),
        format!("frame-ancestors {frame_ancestors}"),
    ]
    .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_inline_scripts_and_styles_but_not_external_ones() {
        let html = r#"<!DOCTYPE html><html><head>
<script src="https://api.bitrix24.com/api/v1/"></script>
<!-- <script>ignored()</script> -->
<SCRIPT type="module">import init from '/app.js';init();</SCRIPT>
<style>body{margin:0}</style><link rel="modulepreload" href="/app-0123456789abcdef.js">
<scripts>not a script</scripts></head></html>"#;
        let h = inline_hashes(html);
        assert_eq!(
            h.scripts,
            vec![sha256_source("import init from '/app.js';init();")]
        );
        assert_eq!(h.styles, vec![sha256_source("body{margin:0}")]);
    }

    #[test]
    fn sha256_source_matches_a_known_vector() {
        // printf 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            sha256_source("alert(1)"),
            "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
        );
    }

    #[test]
    fn unterminated_tags_do_not_panic() {
        for html in [
            "<script",
            "<script>",
            "<style>x",
            "<!--",
            "<script src=x>",
            "<",
        ] {
            let _ = inline_hashes(html);
        }
    }

    #[test]
    fn portal_domains_become_https_sources_and_bad_ones_are_refused() {
        let s = PortalSources::from_domains(&[
            "acme.bitrix24.com",
            "*.bitrix24.de",
            "https://Portal.example:8443/",
        ])
        .unwrap();
        assert_eq!(
            s.as_slice(),
            [
                "https://acme.bitrix24.com",
                "https://*.bitrix24.de",
                "https://portal.example:8443"
            ]
        );
        for bad in [
            "",
            "a b",
            "x;script-src *",
            "'self'",
            "*",
            "a.*.b",
            "http://x.com",
            "x.com:abc",
            "-x.com",
        ] {
            assert!(
                PortalSources::from_domains(&[bad]).is_err(),
                "{bad} must be refused"
            );
        }
    }

    #[test]
    fn emulator_origin_keeps_its_scheme() {
        assert_eq!(
            PortalSources::from_origin("http://localhost:9000")
                .unwrap()
                .as_slice(),
            ["http://localhost:9000"]
        );
        assert!(PortalSources::from_origin("localhost:9000").is_err());
        assert!(PortalSources::from_origin("ftp://x").is_err());
    }

    #[test]
    fn cloud_portals_may_show_photos_from_their_zone_cdn() {
        let portals = PortalSources::from_domains(&[
            "acme.bitrix24.ru",
            "*.bitrix24.com.br",
            "beta.bitrix24.ru",
            "crm.example.com",
            "bitrix24.de",
        ])
        .unwrap();
        assert_eq!(
            portals.image_sources(),
            [
                "https://acme.bitrix24.ru",
                "https://*.bitrix24.com.br",
                "https://beta.bitrix24.ru",
                "https://crm.example.com",
                "https://bitrix24.de",
                "https://cdn.bitrix24.ru",
                "https://cdn.bitrix24.com.br",
            ]
        );
        let emulator = PortalSources::from_origin("http://localhost:9000").unwrap();
        assert_eq!(emulator.image_sources(), ["http://localhost:9000"]);
    }

    #[test]
    fn policy_lists_every_directive() {
        let portals = PortalSources::from_domains(&["acme.bitrix24.com"]).unwrap();
        let hashes = InlineHashes {
            scripts: vec!["'sha256-A'".into()],
            styles: vec![],
        };
        assert_eq!(
            content_security_policy(&portals, &hashes),
            "default-src 'self'; script-src 'self' https://api.bitrix24.com 'wasm-unsafe-eval' 'sha256-A'; \
             style-src 'self'; connect-src 'self' https://acme.bitrix24.com; \
             img-src 'self' data: https://acme.bitrix24.com https://cdn.bitrix24.com; \
             object-src 'none'; base-uri 'none'; frame-ancestors https://acme.bitrix24.com"
        );
        let none = content_security_policy(
            &PortalSources::from_domains::<&str>(&[]).unwrap(),
            &InlineHashes::default(),
        );
        assert!(none.ends_with("frame-ancestors 'none'"));
    }
}
