//! A reader for the subset of Fluent (<https://projectfluent.org/fluent/guide/>) the translation files
//! use: messages, comments, variables, string literals and select expressions.
//!
//! ```ftl
//! # A comment for translators, attached to the next message.
//! ## A group heading
//! retry = Try again
//! of-total = { $done } of { $total }
//! deal-count = { $count ->
//!     [one] { $count } deal
//!    *[other] { $count } deals
//! }
//! ```
//!
//! Not supported (reported as errors, never silently misread): terms (`-brand`), attributes
//! (`.label`), function calls (`NUMBER()`), message references. A value may continue on lines indented
//! below its first line; the common indent is removed and the lines are joined with `\n`, as Fluent
//! does. Text cannot contain `{` or `}` themselves: write `{ "{" }`.

use std::borrow::Cow;
use std::fmt;

/// A parsed translation file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Resource<'a> {
    /// Its messages, in file order.
    pub messages: Vec<Message<'a>>,
}

/// One `id = value` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Message<'a> {
    /// The message id (`deal-count`).
    pub id: &'a str,
    /// The `#` comment lines directly above it, joined with `\n` (empty when there are none).
    pub comment: String,
    /// The `##` group heading it falls under (empty before the first).
    pub group: &'a str,
    /// Its value.
    pub value: Pattern<'a>,
    /// 1-based line of the id, for error messages.
    pub line: usize,
}

/// A message value: text and placeables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pattern<'a> {
    /// The pieces, in order.
    pub elements: Vec<Element<'a>>,
}

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq)]
pub enum Element<'a> {
    /// Literal text (string literals `{ "…" }` included).
    Text(Cow<'a, str>),
    /// `{ $name }`: a variable the caller supplies.
    Var(&'a str),
    /// `{ $name -> [key] … *[other] … }`.
    Select(Select<'a>),
}

/// A select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Select<'a> {
    /// The variable it selects on.
    pub selector: &'a str,
    /// Its variants, in file order.
    pub variants: Vec<Variant<'a>>,
    /// Index of the default (`*`) variant in [`Select::variants`].
    pub default: usize,
}

/// One `[key] value` of a select expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant<'a> {
    /// Its key.
    pub key: VariantKey<'a>,
    /// Its value.
    pub value: Pattern<'a>,
}

/// The key of a variant.
#[derive(Debug, Clone, PartialEq)]
pub enum VariantKey<'a> {
    /// A name: a plural category (`one`, `few`) or any other word a string variable may equal.
    Name(&'a str),
    /// An exact number (`[0]`).
    Number(f64),
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong there.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn error(line: usize, message: impl Into<String>) -> ParseError {
    ParseError {
        line,
        message: message.into(),
    }
}

/// Whether `c` may start an id.
fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic()
}

/// Whether `c` may continue an id.
fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Reads a whole file.
pub fn parse(source: &str) -> Result<Resource<'_>, ParseError> {
    let lines: Vec<&str> = source.lines().collect();
    let mut messages = Vec::new();
    let mut comment: Vec<&str> = Vec::new();
    let mut group = "";
    let mut at = 0;
    while at < lines.len() {
        let line = lines[at].trim_end_matches('\r');
        let number = at + 1;
        if line.trim().is_empty() {
            comment.clear();
            at += 1;
            continue;
        }
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(heading) = rest.strip_prefix("# ").or_else(|| rest.strip_prefix('#')) {
                if !heading.starts_with('#') {
                    group = heading.trim();
                }
                comment.clear();
            } else {
                comment.push(rest.strip_prefix(' ').unwrap_or(rest));
            }
            at += 1;
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first == '-' {
            return Err(error(
                number,
                "terms (-name) are not supported; write the text",
            ));
        }
        if !is_id_start(first) {
            return Err(error(
                number,
                format!("expected a message id at the start of the line, found {line:?}"),
            ));
        }
        let id_len = line.find(|c: char| !is_id_char(c)).unwrap_or(line.len());
        let id = &line[..id_len];
        let after = line[id_len..].trim_start();
        let Some(inline) = after.strip_prefix('=') else {
            return Err(error(number, format!("expected `=` after the id {id:?}")));
        };
        // The value: the rest of this line, then every following line that is indented (blank lines
        // belong to it only when an indented line follows).
        let mut block_lines = vec![inline.trim_start()];
        let mut next = at + 1;
        let mut last_content = at;
        while next < lines.len() {
            let candidate = lines[next].trim_end_matches('\r');
            if candidate.trim().is_empty() {
                next += 1;
                continue;
            }
            // Indented lines continue the value; so does the `}` that closes a select expression,
            // which Fluent allows at the start of a line.
            if candidate.starts_with([' ', '\t', '}']) {
                if candidate.trim_start().starts_with('.') {
                    return Err(error(next + 1, "attributes (.name) are not supported"));
                }
                last_content = next;
                next += 1;
                continue;
            }
            break;
        }
        let continuation: Vec<&str> = lines[at + 1..=last_content]
            .iter()
            .map(|l| l.trim_end_matches('\r'))
            .collect();
        block_lines.extend(dedent(&continuation));
        while block_lines.first().is_some_and(|l| l.trim().is_empty()) {
            block_lines.remove(0);
        }
        let block = block_lines.join("\n");
        let value = parse_pattern_block(&block, number)?;
        if value.elements.is_empty() {
            return Err(error(number, format!("the message {id:?} has no value")));
        }
        messages.push(Message {
            id,
            comment: comment.join("\n"),
            group,
            value,
            line: number,
        });
        comment.clear();
        at = last_content + 1;
    }
    Ok(Resource { messages })
}

/// Removes the indent common to the non-blank `lines`.
fn dedent<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('}'))
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| &l[indent.min(l.len() - l.trim_start().len())..])
        .collect()
}

/// Parses a message's value block (owned after dedenting, so its pieces are owned too).
fn parse_pattern_block(block: &str, line: usize) -> Result<Pattern<'static>, ParseError> {
    let mut reader = Reader {
        text: block,
        at: 0,
        line,
    };
    let pattern = reader.pattern(Stop::End)?;
    Ok(pattern.into_owned())
}

/// Where a pattern ends.
#[derive(Clone, Copy, PartialEq)]
enum Stop {
    /// At the end of the value.
    End,
    /// At the next variant or the `}` closing the select expression.
    Variant,
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
    /// Line of the message id (errors point there: values are short).
    line: usize,
}

impl<'a> Reader<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    fn peek(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn skip_blank(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    fn err(&self, message: impl Into<String>) -> ParseError {
        error(self.line, message)
    }

    fn pattern(&mut self, stop: Stop) -> Result<Pattern<'a>, ParseError> {
        let mut elements: Vec<Element<'a>> = Vec::new();
        let mut text_start = self.at;
        loop {
            let rest = self.rest();
            let Some(c) = rest.chars().next() else {
                if stop == Stop::Variant {
                    return Err(self.err("a select expression is not closed with `}`"));
                }
                break;
            };
            match c {
                '{' => {
                    push_text(&mut elements, &self.text[text_start..self.at]);
                    self.at += 1;
                    elements.push(self.placeable()?);
                    text_start = self.at;
                }
                '}' if stop == Stop::Variant => break,
                '}' => return Err(self.err("`}` in text: write { \"}\" }")),
                '\n' if stop == Stop::Variant => {
                    let next = rest[1..].trim_start();
                    if next.starts_with('[') || next.starts_with('*') || next.starts_with('}') {
                        break;
                    }
                    self.at += 1;
                }
                _ => self.at += c.len_utf8(),
            }
        }
        push_text(&mut elements, &self.text[text_start..self.at]);
        trim_pattern(&mut elements);
        Ok(Pattern { elements })
    }

    fn placeable(&mut self) -> Result<Element<'a>, ParseError> {
        self.skip_blank();
        match self.peek() {
            Some('$') => {
                self.at += 1;
                let name = self.identifier()?;
                self.skip_blank();
                if self.rest().starts_with("->") {
                    self.at += 2;
                    let select = self.select(name)?;
                    return Ok(Element::Select(select));
                }
                self.close()?;
                Ok(Element::Var(name))
            }
            Some('"') => {
                let text = self.string_literal()?;
                self.close()?;
                Ok(Element::Text(text))
            }
            Some('-') => Err(self.err("terms (-name) are not supported")),
            Some(c) if c.is_ascii_uppercase() => {
                Err(self.err("functions such as NUMBER() are not supported"))
            }
            Some(c) if is_id_start(c) => Err(self.err("message references are not supported")),
            _ => Err(self.err("expected $variable or \"text\" inside { }")),
        }
    }

    fn close(&mut self) -> Result<(), ParseError> {
        self.skip_blank();
        if self.peek() == Some('}') {
            self.at += 1;
            Ok(())
        } else {
            Err(self.err("expected `}`"))
        }
    }

    fn identifier(&mut self) -> Result<&'a str, ParseError> {
        let rest = self.rest();
        if !rest.chars().next().is_some_and(is_id_start) {
            return Err(self.err("expected a name"));
        }
        let len = rest.find(|c: char| !is_id_char(c)).unwrap_or(rest.len());
        self.at += len;
        Ok(&rest[..len])
    }

    fn string_literal(&mut self) -> Result<Cow<'a, str>, ParseError> {
        self.at += 1; // the opening quote
        let start = self.at;
        let mut owned: Option<String> = None;
        loop {
            let Some(c) = self.peek() else {
                return Err(self.err("a string literal is not closed"));
            };
            match c {
                '"' => {
                    let text = match owned {
                        Some(s) => Cow::Owned(s),
                        None => Cow::Borrowed(&self.text[start..self.at]),
                    };
                    self.at += 1;
                    return Ok(text);
                }
                '\n' => return Err(self.err("a string literal cannot span lines")),
                '\\' => {
                    let buf = owned.get_or_insert_with(|| self.text[start..self.at].to_owned());
                    self.at += 1;
                    match self.peek() {
                        Some('"') => buf.push('"'),
                        Some('\\') => buf.push('\\'),
                        Some('u') => {
                            let hex = self.rest().get(1..5).unwrap_or_default();
                            let ch = u32::from_str_radix(hex, 16)
                                .ok()
                                .filter(|_| hex.len() == 4)
                                .and_then(char::from_u32)
                                .ok_or_else(|| self.err("bad \\uXXXX escape"))?;
                            buf.push(ch);
                            self.at += 4;
                        }
                        _ => return Err(self.err("unknown escape in a string literal")),
                    }
                    self.at += 1;
                }
                other => {
                    if let Some(buf) = owned.as_mut() {
                        buf.push(other);
                    }
                    self.at += other.len_utf8();
                }
            }
        }
    }

    fn select(&mut self, selector: &'a str) -> Result<Select<'a>, ParseError> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.skip_blank();
            match self.peek() {
                Some('}') => {
                    self.at += 1;
                    break;
                }
                Some('*') => {
                    self.at += 1;
                    if default.replace(variants.len()).is_some() {
                        return Err(self.err("a select expression has two default (*) variants"));
                    }
                }
                Some('[') => {}
                _ => return Err(self.err("expected a variant `[key] value` or `}`")),
            }
            if self.peek() != Some('[') {
                return Err(self.err("expected `[` after `*`"));
            }
            self.at += 1;
            self.skip_blank();
            let key = self.variant_key()?;
            self.skip_blank();
            if self.peek() != Some(']') {
                return Err(self.err("expected `]` after the variant key"));
            }
            self.at += 1;
            let value = self.pattern(Stop::Variant)?;
            variants.push(Variant { key, value });
        }
        if variants.is_empty() {
            return Err(self.err("a select expression has no variants"));
        }
        let Some(default) = default else {
            return Err(self.err("a select expression needs a default variant, marked with *"));
        };
        Ok(Select {
            selector,
            variants,
            default,
        })
    }

    fn variant_key(&mut self) -> Result<VariantKey<'a>, ParseError> {
        let rest = self.rest();
        if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
            let len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .unwrap_or(rest.len());
            let number = rest[..len]
                .parse::<f64>()
                .map_err(|_| self.err("bad number in a variant key"))?;
            self.at += len;
            return Ok(VariantKey::Number(number));
        }
        Ok(VariantKey::Name(self.identifier()?))
    }
}

fn push_text<'a>(elements: &mut Vec<Element<'a>>, text: &'a str) {
    if !text.is_empty() {
        elements.push(Element::Text(Cow::Borrowed(text)));
    }
}

/// Drops the whitespace a pattern starts and ends with (Fluent trims both ends of a value and of each
/// variant).
fn trim_pattern(elements: &mut Vec<Element<'_>>) {
    if let Some(Element::Text(first)) = elements.first_mut() {
        let trimmed = first.trim_start();
        if trimmed.len() != first.len() {
            *first = Cow::Owned(trimmed.to_owned());
        }
    }
    if let Some(Element::Text(last)) = elements.last_mut() {
        let trimmed = last.trim_end();
        if trimmed.len() != last.len() {
            *last = Cow::Owned(trimmed.to_owned());
        }
    }
    elements.retain(|e| !matches!(e, Element::Text(t) if t.is_empty()));
}

impl Pattern<'_> {
    /// The same pattern owning all its text.
    pub fn into_owned(self) -> Pattern<'static> {
        Pattern {
            elements: self.elements.into_iter().map(Element::into_owned).collect(),
        }
    }

    /// The text when the pattern has no placeables at all.
    pub fn as_plain(&self) -> Option<&str> {
        match self.elements.as_slice() {
            [Element::Text(text)] => Some(text),
            _ => None,
        }
    }

    /// Every variable the pattern uses (selectors included), in first-use order, without repeats.
    pub fn variables(&self) -> Vec<&str> {
        let mut found = Vec::new();
        self.collect_variables(&mut found);
        found
    }

    fn collect_variables<'s>(&'s self, found: &mut Vec<&'s str>) {
        for element in &self.elements {
            match element {
                Element::Text(_) => {}
                Element::Var(name) => push_unique(found, name),
                Element::Select(select) => {
                    push_unique(found, select.selector);
                    for variant in &select.variants {
                        variant.value.collect_variables(found);
                    }
                }
            }
        }
    }

    /// Every select expression in the pattern, nested ones included.
    pub fn selects(&self) -> Vec<&Select<'_>> {
        let mut found = Vec::new();
        for element in &self.elements {
            if let Element::Select(select) = element {
                found.push(select);
                for variant in &select.variants {
                    found.extend(variant.value.selects());
                }
            }
        }
        found
    }
}

fn push_unique<'s>(found: &mut Vec<&'s str>, name: &'s str) {
    if !found.contains(&name) {
        found.push(name);
    }
}

impl Element<'_> {
    fn into_owned(self) -> Element<'static> {
        match self {
            Element::Text(text) => Element::Text(Cow::Owned(text.into_owned())),
            Element::Var(name) => Element::Var(leak_name(name)),
            Element::Select(select) => Element::Select(Select {
                selector: leak_name(select.selector),
                default: select.default,
                variants: select
                    .variants
                    .into_iter()
                    .map(|v| Variant {
                        key: match v.key {
                            VariantKey::Name(name) => VariantKey::Name(leak_name(name)),
                            VariantKey::Number(n) => VariantKey::Number(n),
                        },
                        value: v.value.into_owned(),
                    })
                    .collect(),
            }),
        }
    }
}

/// Variable and key names are a handful of short words (`count`, `one`); the first use of each is kept
/// for the life of the page so that owned patterns can refer to them.
fn leak_name(name: &str) -> &'static str {
    use std::cell::RefCell;
    thread_local! {
        static NAMES: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    }
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(known) = names.iter().find(|n| **n == name) {
            return *known;
        }
        let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
        names.push(leaked);
        leaked
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Element<'static> {
        Element::Text(Cow::Owned(s.to_owned()))
    }

    #[test]
    fn plain_messages_comments_and_groups() {
        let r = parse(
            "# the title\n## Boot\nloading = Loading…\n\n# unattached\n\nretry = Try again\n",
        )
        .unwrap();
        assert_eq!(r.messages.len(), 2);
        assert_eq!(r.messages[0].id, "loading");
        assert_eq!(r.messages[0].value.as_plain(), Some("Loading…"));
        assert_eq!(r.messages[0].comment, "");
        assert_eq!(r.messages[0].group, "Boot");
        assert_eq!(r.messages[1].comment, "", "a blank line detaches a comment");
        let r = parse("# says hi\nhi = Hello\n").unwrap();
        assert_eq!(r.messages[0].comment, "says hi");
        assert_eq!(r.messages[0].line, 2);
    }

    #[test]
    fn variables_and_literals() {
        let r = parse("of = { $done } of { $total }\nbrace = a { \"{\" } b\n").unwrap();
        assert_eq!(
            r.messages[0].value.elements,
            vec![Element::Var("done"), text(" of "), Element::Var("total")]
        );
        assert_eq!(r.messages[0].value.variables(), ["done", "total"]);
        assert_eq!(
            r.messages[1].value.elements,
            vec![text("a "), text("{"), text(" b")]
        );
        let r = parse("q = { \"say \\\"hi\\\" \\u00e9\" }\n").unwrap();
        assert_eq!(r.messages[0].value.elements, vec![text("say \"hi\" é")]);
    }

    #[test]
    fn multiline_values_are_dedented_and_joined() {
        let r =
            parse("long =\n    First line\n      indented more\n\n    after a blank\nnext = x\n")
                .unwrap();
        assert_eq!(
            r.messages[0].value.as_plain(),
            Some("First line\n  indented more\n\nafter a blank")
        );
        assert_eq!(r.messages[1].id, "next");
        let r = parse("long = Starts here\n    and goes on\n").unwrap();
        assert_eq!(
            r.messages[0].value.as_plain(),
            Some("Starts here\nand goes on")
        );
    }

    #[test]
    fn select_expressions() {
        let src = "deals = { $count ->\n    [0] No deals\n    [one] { $count } deal\n   *[other] { $count } deals\n}\n";
        let r = parse(src).unwrap();
        let Element::Select(select) = &r.messages[0].value.elements[0] else {
            panic!("not a select: {:?}", r.messages[0].value);
        };
        assert_eq!(select.selector, "count");
        assert_eq!(select.default, 2);
        assert_eq!(select.variants[0].key, VariantKey::Number(0.0));
        assert_eq!(select.variants[0].value.as_plain(), Some("No deals"));
        assert_eq!(select.variants[1].key, VariantKey::Name("one"));
        assert_eq!(
            select.variants[2].value.elements,
            vec![Element::Var("count"), text(" deals")]
        );
        assert_eq!(r.messages[0].value.variables(), ["count"]);
        // Text around a select (variants start on their own lines, as in Fluent).
        let r = parse("x = You have { $n ->\n    [one] one\n   *[other] many\n} items\n").unwrap();
        assert_eq!(r.messages[0].value.elements.len(), 3);
        assert_eq!(r.messages[0].value.elements[2], text(" items"));
    }

    #[test]
    fn errors_name_the_line() {
        let cases = [
            ("a = ok\n=oops\n", 2, "expected a message id"),
            ("a ok\n", 1, "expected `=`"),
            ("a =\n", 1, "has no value"),
            ("a = { $n ->\n [one] x\n}\n", 1, "default variant"),
            ("a = { $n ->\n *[one] x\n *[other] y\n}\n", 1, "two default"),
            ("a = { $n ->\n *[other] x\n", 1, "not closed"),
            ("a = text } more\n", 1, "`}` in text"),
            ("a = { -brand }\n", 1, "terms"),
            ("-brand = B\n", 1, "terms"),
            ("a = { NUMBER($n) }\n", 1, "functions"),
            ("a = { other }\n", 1, "message references"),
            ("a = x\n    .title = y\n", 2, "attributes"),
            ("a = { \"open\n", 1, "not closed"),
            ("a = { $n\n", 1, "expected `}`"),
        ];
        for (src, line, needle) in cases {
            let err = parse(src).expect_err(src);
            assert_eq!(err.line, line, "{src:?}: {err}");
            assert!(err.message.contains(needle), "{src:?}: {err}");
        }
    }

    #[test]
    fn crlf_files_read_like_lf_files() {
        let lf = parse("a = one\nb = { $x ->\n   *[other] y\n}\n").unwrap();
        let crlf = parse("a = one\r\nb = { $x ->\r\n   *[other] y\r\n}\r\n").unwrap();
        assert_eq!(lf, crlf);
    }
}
