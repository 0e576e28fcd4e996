//! The printable document of `CRM_*_DOCUMENTGENERATOR_BUTTON` (a commercial offer for the element):
//! its content as label/value rows, and the stand-alone HTML file the user downloads. Every value is
//! escaped: titles and names come from the portal and are untrusted.

/// The document: a heading, a number, the rows and a closing note (all texts already localised).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OfferDocument {
    /// "Commercial offer".
    pub heading: String,
    /// The element's title.
    pub title: String,
    /// "No. DEAL-8".
    pub number: String,
    /// Label/value rows (issued, client, amount, ...).
    pub rows: Vec<(String, String)>,
    /// A closing note ("valid for 14 days").
    pub note: String,
}

/// `text` with `& < > " '` escaped for HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The document number of an element: `DEAL-8`, `DYNAMIC_128-3`.
pub fn number(entity_code: &str, id: u64) -> String {
    format!("{entity_code}-{id}")
}

/// A file name for the download: `offer-deal-8.html`.
pub fn file_name(number: &str) -> String {
    let slug: String = number
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("offer-{slug}.html")
}

impl OfferDocument {
    /// A stand-alone HTML file of the document (`lang`: BCP 47 tag, `rtl`: right-to-left script),
    /// with its own print-friendly styles and no scripts.
    pub fn html(&self, lang: &str, rtl: bool) -> String {
        let rows: String = self
            .rows
            .iter()
            .map(|(label, value)| {
                format!(
                    "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                    escape(label),
                    escape(value)
                )
            })
            .collect();
        format!(
            "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{heading} {number}</title>\
<style>body{{font-family:system-ui,sans-serif;color:#333;max-width:720px;margin:40px auto;padding:0 24px}}\
h1{{font-size:24px;font-weight:400;margin:0}}h2{{font-size:18px;margin:8px 0 24px}}\
table{{border-collapse:collapse;width:100%}}th,td{{text-align:start;padding:8px;border-bottom:1px solid #dfe0e3;vertical-align:top}}\
th{{color:#525c69;font-weight:400;width:35%}}p{{color:#525c69}}</style></head>\
<body><h1>{heading}</h1><p>{number}</p><h2>{title}</h2><table>{rows}</table><p>{note}</p></body></html>\n",
            lang = escape(lang),
            dir = if rtl { "rtl" } else { "ltr" },
            heading = escape(&self.heading),
            number = escape(&self.number),
            title = escape(&self.title),
            note = escape(&self.note),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_escapes_every_portal_text() {
        let doc = OfferDocument {
            heading: "Offer".into(),
            title: "<script>alert(1)</script> & \"Co\"".into(),
            number: "No. DEAL-5".into(),
            rows: vec![("Client".into(), "O'Brien <b>Ltd</b>".into())],
            note: "Valid 14 days".into(),
        };
        let html = doc.html("en", false);
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assert!(html
            .contains("<th scope=\"row\">Client</th><td>O&#39;Brien &lt;b&gt;Ltd&lt;/b&gt;</td>"));
        assert!(html.contains("dir=\"ltr\""));
        assert!(doc
            .html("ar", true)
            .contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    #[test]
    fn numbers_and_file_names_are_stable() {
        assert_eq!(number("DEAL", 8), "DEAL-8");
        assert_eq!(file_name("DYNAMIC_128-3"), "offer-dynamic-128-3.html");
    }
}
