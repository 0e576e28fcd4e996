//! Just enough HTML and CSS handling for trunk's `index.html` and the app's own stylesheets (both
//! ours: no general parser needed, but nothing is assumed beyond attribute syntax).

/// A `<link …>` tag in a page: where it is and its attributes, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkTag {
    /// Byte range of the whole tag in the page.
    pub range: std::ops::Range<usize>,
    /// Its attributes; a bare attribute has an empty value.
    pub attrs: Vec<(String, String)>,
}

impl LinkTag {
    /// The value of attribute `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets attribute `name` (replacing it, or appending it).
    pub fn set(&mut self, name: &str, value: &str) {
        match self.attrs.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value.to_owned(),
            None => self.attrs.push((name.to_owned(), value.to_owned())),
        }
    }

    /// The tag written back.
    pub fn render(&self) -> String {
        let mut out = String::from("<link");
        for (k, v) in &self.attrs {
            out.push(' ');
            out.push_str(k);
            if !v.is_empty() {
                out.push_str("=\"");
                out.push_str(&v.replace('&', "&amp;").replace('"', "&quot;"));
                out.push('"');
            }
        }
        out.push('>');
        out
    }
}

/// Every `<link>` tag of `html`, in order.
pub fn link_tags(html: &str) -> Vec<LinkTag> {
    let mut tags = Vec::new();
    let lower = html.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<link") {
        let start = from + at;
        let Some(len) = html[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        let inner = html[start + "<link".len()..end - 1].trim_end_matches('/');
        tags.push(LinkTag {
            range: start..end,
            attrs: attributes(inner),
        });
        from = end;
    }
    tags
}

/// `a="x" b='y' c` → [(a, x), (b, y), (c, "")].
fn attributes(inner: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    let bytes = inner.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let name_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'=' {
            i += 1;
        }
        if name_start == i {
            break;
        }
        let name = inner[name_start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < bytes.len() && bytes[i] == b'=' {
            i += 1;
            if i < bytes.len() && (bytes[i] == b'"' || bytes[i] == b'\'') {
                let quote = bytes[i];
                i += 1;
                let value_start = i;
                while i < bytes.len() && bytes[i] != quote {
                    i += 1;
                }
                value = inner[value_start..i]
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&");
                i += 1;
            } else {
                let value_start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = inner[value_start..i].to_owned();
            }
        }
        attrs.push((name, value));
    }
    attrs
}

/// Drops CSS comments except `/*! … */` (licence notices) and blank lines.
pub fn strip_css_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        let comment = &rest[at..];
        let end = comment.find("*/").map_or(comment.len(), |e| e + 2);
        if comment.starts_with("/*!") {
            out.push_str(&comment[..end]);
        }
        rest = &comment[end..];
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_tags_are_read_and_written_back() {
        let html = r#"<head><link rel="stylesheet" href="/a.css" integrity="sha384-x"/>
<link rel="modulepreload" href="/b.js" crossorigin="anonymous"><LINK rel=preload href='/c.wasm' as="fetch"></head>"#;
        let tags = link_tags(html);
        assert_eq!(tags.len(), 3);
        assert_eq!(tags[0].get("href"), Some("/a.css"));
        assert_eq!(tags[0].get("integrity"), Some("sha384-x"));
        assert_eq!(tags[1].get("crossorigin"), Some("anonymous"));
        assert_eq!(tags[2].get("href"), Some("/c.wasm"));
        assert_eq!(
            &html[tags[2].range.clone()],
            "<LINK rel=preload href='/c.wasm' as=\"fetch\">"
        );
        let mut t = tags[0].clone();
        t.set("integrity", "sha384-y");
        assert_eq!(
            t.render(),
            r#"<link rel="stylesheet" href="/a.css" integrity="sha384-y">"#
        );
    }

    #[test]
    fn css_comments_go_except_licences() {
        let css = "/*! MIT */\n/* note */\na { b: c; } /* x */\n\n  \nd{e:f}";
        assert_eq!(strip_css_comments(css), "/*! MIT */\na { b: c; }\nd{e:f}\n");
    }
}
