//! The served form of a translation file: what the release build (`tools/dist`) makes of each
//! `locales/<tag>.ftl`, so the wasm needs only this small decoder instead of a Fluent reader, and the
//! file carries neither comments nor message ids (messages are keyed by [`id_hash`]).
//!
//! ```text
//! file     = "B24I18N1" RS { record }
//! record   = hash pattern RS          hash: 8 lower-case hex digits of id_hash(id), ascending
//! pattern  = { text | var | select }
//! var      = SOH name STX
//! select   = ETX selector STX { variant } ENQ
//! variant  = EOT [ "*" ] key STX pattern      "*" marks the default; key "#12" is the number 12
//! ```
//! (SOH..ENQ are U+0001..U+0005, RS is U+001E; translations never contain them, [`compile`] checks.)

use crate::bundle::{id_hash, Bundle};
use crate::ftl::{self, Element, Pattern, Select, Variant, VariantKey};
use crate::Locale;
use std::borrow::Cow;
use std::fmt;

const MAGIC: &str = "B24I18N1\u{1e}";
const VAR: char = '\u{1}';
const END: char = '\u{2}';
const SELECT: char = '\u{3}';
const VARIANT: char = '\u{4}';
const SELECT_END: char = '\u{5}';
const RECORD_END: char = '\u{1e}';

/// Why a file could not be compiled or decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Where: a line of the `.ftl` (compiling) or a byte offset of the compiled file (decoding).
    pub at: usize,
    /// What is wrong.
    pub message: &'static str,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (at {})", self.message, self.at)
    }
}

impl std::error::Error for FormatError {}

/// Compiles a translation file (Fluent subset, as [`ftl::parse`] reads it) into its served form.
/// Duplicate ids keep their first value, as [`Bundle::parse`] does.
pub fn compile(source: &str) -> Result<String, FormatError> {
    compile_where(source, |_| true)
}

/// Compiles a translation file into the shared file (`None`) and one file per
/// [`crate::parts::Part`] that has messages in it (`Some(family)`), the shared one first.
pub fn compile_parts(source: &str) -> Result<Vec<(Option<&'static str>, String)>, FormatError> {
    let mut files = vec![(
        None,
        compile_where(source, |id| crate::parts::part_of(id).is_none())?,
    )];
    for part in crate::parts::PARTS {
        let file = compile_where(source, |id| id.starts_with(part.prefix))?;
        if file.len() > MAGIC.len() {
            files.push((Some(part.family), file));
        }
    }
    Ok(files)
}

fn compile_where(source: &str, keep: impl Fn(&str) -> bool) -> Result<String, FormatError> {
    let resource = ftl::parse(source).map_err(|e| FormatError {
        at: e.line,
        message: "not a readable translation file",
    })?;
    let mut messages: Vec<(u32, &ftl::Message<'_>)> = resource
        .messages
        .iter()
        .filter(|m| keep(m.id))
        .map(|m| (id_hash(m.id), m))
        .collect();
    messages.sort_by_key(|(hash, _)| *hash);
    messages.dedup_by_key(|(hash, _)| *hash);
    let mut out = String::from(MAGIC);
    for (hash, message) in messages {
        out.push_str(&format!("{hash:08x}"));
        write_pattern(&message.value, &mut out).map_err(|message| FormatError {
            at: message_line(source, hash),
            message,
        })?;
        out.push(RECORD_END);
    }
    Ok(out)
}

fn message_line(source: &str, hash: u32) -> usize {
    ftl::parse(source)
        .ok()
        .and_then(|r| r.messages.into_iter().find(|m| id_hash(m.id) == hash))
        .map_or(0, |m| m.line)
}

fn is_markup(c: char) -> bool {
    matches!(c, VAR | END | SELECT | VARIANT | SELECT_END | RECORD_END)
}

fn write_pattern(pattern: &Pattern<'_>, out: &mut String) -> Result<(), &'static str> {
    for element in &pattern.elements {
        match element {
            Element::Text(text) => {
                if text.chars().any(is_markup) {
                    return Err("a translation holds a control character");
                }
                out.push_str(text);
            }
            Element::Var(name) => {
                out.push(VAR);
                out.push_str(name);
                out.push(END);
            }
            Element::Select(select) => {
                out.push(SELECT);
                out.push_str(select.selector);
                out.push(END);
                for (i, variant) in select.variants.iter().enumerate() {
                    out.push(VARIANT);
                    if i == select.default {
                        out.push('*');
                    }
                    match variant.key {
                        VariantKey::Name(name) => out.push_str(name),
                        VariantKey::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
                            out.push_str(&format!("#{}", n as i64))
                        }
                        VariantKey::Number(_) => return Err("a variant key is not a whole number"),
                    }
                    out.push(END);
                    write_pattern(&variant.value, out)?;
                }
                out.push(SELECT_END);
            }
        }
    }
    Ok(())
}

/// Reads a compiled file. The text is kept for the page's life (bundles are never dropped), so the
/// messages borrow from it instead of copying every string.
pub fn decode(locale: Locale, text: String) -> Result<Bundle, FormatError> {
    let text: &'static str = Box::leak(text.into_boxed_str());
    let body = text.strip_prefix(MAGIC).ok_or(FormatError {
        at: 0,
        message: "not a compiled translation file",
    })?;
    let mut reader = Reader {
        text: body,
        at: 0,
        base: MAGIC.len(),
    };
    let mut messages = Vec::new();
    while !reader.done() {
        let hash = reader.hash()?;
        let pattern = reader.pattern()?;
        reader.expect(RECORD_END)?;
        messages.push((hash, pattern));
    }
    messages.sort_by_key(|(hash, _)| *hash);
    messages.dedup_by_key(|(hash, _)| *hash);
    Ok(Bundle::from_messages(locale, messages))
}

struct Reader {
    text: &'static str,
    at: usize,
    base: usize,
}

impl Reader {
    fn error(&self, message: &'static str) -> FormatError {
        FormatError {
            at: self.base + self.at,
            message,
        }
    }

    fn done(&self) -> bool {
        self.at >= self.text.len()
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn expect(&mut self, c: char) -> Result<(), FormatError> {
        if self.peek() == Some(c) {
            self.at += c.len_utf8();
            Ok(())
        } else {
            Err(self.error("the compiled file is cut or damaged"))
        }
    }

    fn hash(&mut self) -> Result<u32, FormatError> {
        let digits = self
            .text
            .get(self.at..self.at + 8)
            .ok_or_else(|| self.error("a message hash is cut"))?;
        let mut hash = 0u32;
        for b in digits.bytes() {
            let digit = match b {
                b'0'..=b'9' => b - b'0',
                b'a'..=b'f' => b - b'a' + 10,
                _ => return Err(self.error("a message hash is not hexadecimal")),
            };
            hash = hash << 4 | u32::from(digit);
        }
        self.at += 8;
        Ok(hash)
    }

    /// Text up to the next markup character.
    fn text_run(&mut self) -> &'static str {
        let rest = &self.text[self.at..];
        let end = rest.find(is_markup).unwrap_or(rest.len());
        self.at += end;
        &rest[..end]
    }

    /// A name closed by [`END`].
    fn name(&mut self) -> Result<&'static str, FormatError> {
        let name = self.text_run();
        self.expect(END)?;
        Ok(name)
    }

    fn pattern(&mut self) -> Result<Pattern<'static>, FormatError> {
        let mut elements = Vec::new();
        loop {
            match self.peek() {
                Some(VAR) => {
                    self.at += 1;
                    elements.push(Element::Var(self.name()?));
                }
                Some(SELECT) => {
                    self.at += 1;
                    elements.push(Element::Select(self.select()?));
                }
                Some(c) if is_markup(c) => break,
                None => break,
                Some(_) => elements.push(Element::Text(Cow::Borrowed(self.text_run()))),
            }
        }
        Ok(Pattern { elements })
    }

    fn select(&mut self) -> Result<Select<'static>, FormatError> {
        let selector = self.name()?;
        let mut variants = Vec::new();
        let mut default = None;
        while self.peek() == Some(VARIANT) {
            self.at += 1;
            if self.peek() == Some('*') {
                self.at += 1;
                default = Some(variants.len());
            }
            let key = self.name()?;
            let key = match key.strip_prefix('#') {
                Some(number) => VariantKey::Number(
                    number
                        .parse::<i64>()
                        .map_err(|_| self.error("a variant key is not a number"))?
                        as f64,
                ),
                None => VariantKey::Name(key),
            };
            let value = self.pattern()?;
            variants.push(Variant { key, value });
        }
        self.expect(SELECT_END)?;
        let default = default.ok_or_else(|| self.error("a select has no default variant"))?;
        Ok(Select {
            selector,
            variants,
            default,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{format_pattern, Arg};

    const SOURCE: &str = "\
# comment for translators
hello = Hello, { $name }!
items = { $count ->
    [0] nothing
    [one] one item
   *[other] { $count } items
}
plain = Just text
";

    fn render(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut out = String::new();
        format_pattern(bundle.get(id_hash(id)).unwrap(), Locale::En, args, &mut out);
        out
    }

    #[test]
    fn a_compiled_file_reads_back_as_the_source_does() {
        let compiled = compile(SOURCE).unwrap();
        assert!(!compiled.contains("comment") && !compiled.contains("hello"));
        let decoded = decode(Locale::En, compiled).unwrap();
        let parsed = Bundle::parse(Locale::En, SOURCE).unwrap();
        assert_eq!(decoded, parsed);
        let n = |value: f64, shown| Arg::Number { value, shown };
        assert_eq!(
            render(&decoded, "hello", &[("name", Arg::Text("Ann"))]),
            "Hello, Ann!"
        );
        assert_eq!(
            render(&decoded, "items", &[("count", n(0.0, "0"))]),
            "nothing"
        );
        assert_eq!(
            render(&decoded, "items", &[("count", n(1.0, "1"))]),
            "one item"
        );
        assert_eq!(
            render(&decoded, "items", &[("count", n(5.0, "5"))]),
            "5 items"
        );
        assert_eq!(render(&decoded, "plain", &[]), "Just text");
    }

    #[test]
    fn every_shipped_language_compiles_and_reads_back() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
        let mut seen = 0;
        for locale in Locale::ALL {
            let path = format!("{dir}/{}.ftl", locale.tag());
            let source = std::fs::read_to_string(&path).unwrap();
            let decoded = decode(*locale, compile(&source).unwrap()).unwrap();
            assert_eq!(decoded, Bundle::parse(*locale, &source).unwrap(), "{path}");
            seen += 1;
        }
        assert_eq!(seen, 20);
    }

    #[test]
    fn parts_split_a_file_and_together_read_as_the_whole() {
        let source = format!("{SOURCE}setup-title = Install\nsetup-done = Done\n");
        let files = compile_parts(&source).unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].0, None);
        assert_eq!(files[1].0, Some("setup"));
        let shared = decode(Locale::En, files[0].1.clone()).unwrap();
        let setup = decode(Locale::En, files[1].1.clone()).unwrap();
        assert_eq!((shared.len(), setup.len()), (3, 2));
        assert!(shared.get(id_hash("setup-title")).is_none());
        assert!(setup.get(id_hash("setup-title")).is_some());
        let whole = Bundle::parse(Locale::En, &source).unwrap();
        assert_eq!(shared.merged(setup), whole);
        // A file without any part's messages has no part file.
        assert_eq!(compile_parts(SOURCE).unwrap().len(), 1);
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_panic() {
        let good = compile(SOURCE).unwrap();
        assert!(decode(Locale::En, "hello = x".into()).is_err());
        for cut in 1..good.len() {
            if good.is_char_boundary(cut) {
                // Any prefix either decodes (cut between records) or fails cleanly.
                let _ = decode(Locale::En, good[..cut].to_owned());
            }
        }
        let damaged = good.replacen('\u{5}', "", 1);
        assert!(decode(Locale::En, damaged).is_err());
    }
}
