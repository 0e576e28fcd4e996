//! The build-time check of the translation files: every language has exactly English's messages, with
//! the same variables, and plural variants that fit its grammar.
//!
//! The app's `build.rs` runs it over `locales/*.ftl` and fails the build on any [`Problem`], so a
//! missing or broken translation never reaches a user; it also returns the [`MessageSpec`]s that the
//! code generator turns into the typed API ([`crate::codegen`]).

use crate::bundle::id_hash;
use crate::ftl::{self, Element, Message, Pattern, Resource, Select, VariantKey};
use crate::plural::{self, PluralCategory};
use crate::Locale;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// One thing wrong with a translation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file's language.
    pub locale: Locale,
    /// 1-based line (0 for problems of the file as a whole).
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "locales/{}.ftl:{}: {}",
            self.locale.tag(),
            self.line,
            self.message
        )
    }
}

/// How a variable is passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarKind {
    /// Text the caller formats.
    Text,
    /// A number: English selects plural variants on it, so every language may.
    Number,
}

/// A variable of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarSpec {
    /// Its name (`count`).
    pub name: String,
    /// How it is passed.
    pub kind: VarKind,
}

/// What the code generator needs to know of one message (read from English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSpec {
    /// The id (`deal-count`).
    pub id: String,
    /// Its lookup key.
    pub hash: u32,
    /// Its variables, in first-use order; empty for plain messages.
    pub variables: Vec<VarSpec>,
    /// The English value, written back as Fluent on one line (for doc comments).
    pub english: String,
    /// The translators' comment above it.
    pub comment: String,
    /// Its group heading.
    pub group: String,
}

/// Checks the English file and every other language's file against it. `files` holds each file's
/// locale and text; English must be among them. Returns the messages on success, else every problem
/// found (not only the first), in file order.
pub fn check(files: &[(Locale, &str)]) -> Result<Vec<MessageSpec>, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some((_, english_source)) = files.iter().find(|(l, _)| *l == Locale::En) else {
        return Err(vec![Problem {
            locale: Locale::En,
            line: 0,
            message: "there is no English file (locales/en.ftl): it is the reference".into(),
        }]);
    };
    let english = match ftl::parse(english_source) {
        Ok(r) => r,
        Err(e) => {
            return Err(vec![Problem {
                locale: Locale::En,
                line: e.line,
                message: e.message,
            }])
        }
    };
    let specs = reference_specs(&english, &mut problems);
    for locale in Locale::ALL {
        if !files.iter().any(|(l, _)| l == locale) {
            problems.push(Problem {
                locale: *locale,
                line: 0,
                message: format!("the file for {} is missing", locale.native_name()),
            });
        }
    }
    for (locale, source) in files.iter().filter(|(l, _)| *l != Locale::En) {
        match ftl::parse(source) {
            Ok(resource) => check_translation(*locale, &resource, &english, &specs, &mut problems),
            Err(e) => problems.push(Problem {
                locale: *locale,
                line: e.line,
                message: e.message,
            }),
        }
    }
    if problems.is_empty() {
        Ok(specs)
    } else {
        Err(problems)
    }
}

/// The specs of the English messages, and what is wrong with English itself.
fn reference_specs(english: &Resource<'_>, problems: &mut Vec<Problem>) -> Vec<MessageSpec> {
    let mut hashes: BTreeMap<u32, &str> = BTreeMap::new();
    let mut specs = Vec::new();
    let problem = |line: usize, message: String| Problem {
        locale: Locale::En,
        line,
        message,
    };
    for message in &english.messages {
        if !is_kebab(message.id) {
            problems.push(problem(
                message.line,
                format!(
                    "the id {:?} should be lower-case words joined by `-`",
                    message.id
                ),
            ));
        }
        match hashes.insert(id_hash(message.id), message.id) {
            Some(other) if other == message.id => {
                problems.push(problem(
                    message.line,
                    format!("{:?} is defined twice", message.id),
                ));
                continue;
            }
            Some(other) => {
                problems.push(problem(
                    message.line,
                    format!(
                        "{:?} and {other:?} have the same hash: rename one",
                        message.id
                    ),
                ));
            }
            None => {}
        }
        let numbers = number_variables(&message.value);
        for select in message.value.selects() {
            check_select(Locale::En, message, select, &numbers, problems);
        }
        specs.push(MessageSpec {
            id: message.id.to_owned(),
            hash: id_hash(message.id),
            variables: message
                .value
                .variables()
                .into_iter()
                .map(|name| VarSpec {
                    name: name.to_owned(),
                    kind: if numbers.contains(name) {
                        VarKind::Number
                    } else {
                        VarKind::Text
                    },
                })
                .collect(),
            english: display(&message.value),
            comment: message.comment.clone(),
            group: message.group.to_owned(),
        });
    }
    specs
}

fn is_kebab(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Variables English selects on with plural or number keys.
fn number_variables<'a>(pattern: &'a Pattern<'a>) -> BTreeSet<&'a str> {
    pattern
        .selects()
        .into_iter()
        .filter(|s| is_plural(s))
        .map(|s| s.selector)
        .collect()
}

/// A select whose keys are plural categories or numbers (not free words).
fn is_plural(select: &Select<'_>) -> bool {
    select.variants.iter().all(|v| match v.key {
        VariantKey::Number(_) => true,
        VariantKey::Name(name) => PluralCategory::from_key(name).is_some(),
    })
}

fn check_select(
    locale: Locale,
    message: &Message<'_>,
    select: &Select<'_>,
    numbers: &BTreeSet<&str>,
    problems: &mut Vec<Problem>,
) {
    let mut push = |text: String| {
        problems.push(Problem {
            locale,
            line: message.line,
            message: format!("{}: {text}", message.id),
        })
    };
    for variant in &select.variants {
        if variant.value.elements.is_empty() {
            push("a variant has no text".into());
        }
    }
    if !is_plural(select) {
        return;
    }
    if !numbers.contains(select.selector) {
        push(format!(
            "${} is not a number in English; only numbers select plural forms",
            select.selector
        ));
        return;
    }
    let allowed = plural::all_categories(locale);
    let mut named: BTreeSet<PluralCategory> = BTreeSet::new();
    for variant in &select.variants {
        if let VariantKey::Name(name) = variant.key {
            match PluralCategory::from_key(name) {
                Some(c) if allowed.contains(&c) => {
                    named.insert(c);
                }
                _ => push(format!(
                    "[{name}] is not a plural form of {} (it has {})",
                    locale.native_name(),
                    list(&allowed)
                )),
            }
        }
    }
    let needed = plural::integer_categories(locale);
    let missing: Vec<PluralCategory> = needed
        .iter()
        .copied()
        .filter(|c| !named.contains(c))
        .collect();
    // The default variant may stand for one form the variants do not name, never for several:
    // Russian `[one] *[other]` would give 2–4 and 5–20 the same ending.
    if missing.len() > 1 {
        push(format!(
            "{} distinguishes {}; add [{}]",
            locale.native_name(),
            list(&needed),
            missing
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("], [")
        ));
    }
}

fn list(categories: &[PluralCategory]) -> String {
    categories
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn check_translation(
    locale: Locale,
    resource: &Resource<'_>,
    english: &Resource<'_>,
    specs: &[MessageSpec],
    problems: &mut Vec<Problem>,
) {
    let by_id: BTreeMap<&str, &MessageSpec> = specs.iter().map(|s| (s.id.as_str(), s)).collect();
    let english_by_id: BTreeMap<&str, &Message<'_>> =
        english.messages.iter().map(|m| (m.id, m)).collect();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for message in &resource.messages {
        let mut push = |line: usize, text: String| {
            problems.push(Problem {
                locale,
                line,
                message: text,
            })
        };
        if !seen.insert(message.id) {
            push(message.line, format!("{:?} is defined twice", message.id));
            continue;
        }
        let Some(spec) = by_id.get(message.id) else {
            push(
                message.line,
                format!(
                    "{:?} is not in English (a typo, or a message removed there?)",
                    message.id
                ),
            );
            continue;
        };
        let used = message.value.variables();
        for name in &used {
            if !spec.variables.iter().any(|v| v.name == *name) {
                push(
                    message.line,
                    format!(
                        "{}: ${name} is not a variable of the English message",
                        message.id
                    ),
                );
            }
        }
        for variable in &spec.variables {
            if !used.contains(&variable.name.as_str()) {
                push(
                    message.line,
                    format!(
                        "{}: ${} is missing (English: {})",
                        message.id, variable.name, spec.english
                    ),
                );
            }
        }
        let numbers: BTreeSet<&str> = spec
            .variables
            .iter()
            .filter(|v| v.kind == VarKind::Number)
            .map(|v| v.name.as_str())
            .collect();
        let selects = message.value.selects();
        for select in &selects {
            check_select(locale, message, select, &numbers, problems);
        }
        // Where English varies with a count, a language with several forms must vary too.
        if plural::integer_categories(locale).len() > 1 {
            for name in &numbers {
                if !selects.iter().any(|s| s.selector == *name && is_plural(s)) {
                    problems.push(Problem {
                        locale,
                        line: message.line,
                        message: format!(
                            "{}: English changes with ${name}; {} needs a {{ ${name} -> … }} with {}",
                            message.id,
                            locale.native_name(),
                            list(&plural::integer_categories(locale))
                        ),
                    });
                }
            }
        }
    }
    for (id, english_message) in &english_by_id {
        if !seen.contains(id) {
            problems.push(Problem {
                locale,
                line: 0,
                message: format!(
                    "{id:?} is missing (English, line {}: {})",
                    english_message.line, by_id[id].english
                ),
            });
        }
    }
}

/// A pattern written back as one line of Fluent.
pub fn display(pattern: &Pattern<'_>) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            Element::Text(text) => out.push_str(&text.replace('\n', " ")),
            Element::Var(name) => {
                out.push_str("{ $");
                out.push_str(name);
                out.push_str(" }");
            }
            Element::Select(select) => {
                out.push_str("{ $");
                out.push_str(select.selector);
                out.push_str(" ->");
                for (i, variant) in select.variants.iter().enumerate() {
                    out.push(' ');
                    if i == select.default {
                        out.push('*');
                    }
                    match variant.key {
                        VariantKey::Name(name) => out.push_str(&format!("[{name}]")),
                        VariantKey::Number(n) => out.push_str(&format!("[{n}]")),
                    }
                    out.push(' ');
                    out.push_str(&display(&variant.value));
                }
                out.push_str(" }");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: &str = "\
## Common
# Button.
retry = Try again
of = { $done } of { $total }
deals = { $count ->
    [one] { $count } deal
   *[other] { $count } deals
}
";

    fn all_with(overrides: &[(Locale, &'static str)]) -> Vec<(Locale, &'static str)> {
        Locale::ALL
            .iter()
            .map(|l| {
                let source = overrides
                    .iter()
                    .find(|(o, _)| o == l)
                    .map(|(_, s)| *s)
                    .unwrap_or(match l {
                        Locale::En => EN,
                        Locale::Ru | Locale::Uk => "retry = R\nof = { $done } / { $total }\ndeals = { $count ->\n [one] a\n [few] b\n *[many] { $count } c\n}\n",
                        Locale::Pl => "retry = R\nof = { $done } / { $total }\ndeals = { $count ->\n [one] a\n [few] b\n *[many] { $count } c\n}\n",
                        Locale::Ar => "retry = R\nof = { $done } / { $total }\ndeals = { $count ->\n [zero] z\n [one] a\n [two] b\n [few] c\n [many] d\n *[other] { $count } e\n}\n",
                        Locale::Ja | Locale::ZhCn | Locale::ZhTw | Locale::Th | Locale::Vi | Locale::Id | Locale::Ms => {
                            "retry = R\nof = { $done } / { $total }\ndeals = { $count }件\n"
                        }
                        _ => "retry = R\nof = { $done } / { $total }\ndeals = { $count ->\n [one] a\n *[other] { $count } b\n}\n",
                    });
                (*l, source)
            })
            .collect()
    }

    #[test]
    fn a_complete_set_passes_and_yields_typed_specs() {
        let specs = check(&all_with(&[])).unwrap();
        assert_eq!(specs.len(), 3);
        assert_eq!(specs[0].id, "retry");
        assert_eq!(specs[0].comment, "Button.");
        assert_eq!(specs[0].group, "Common");
        assert!(specs[0].variables.is_empty());
        assert_eq!(
            specs[1].variables,
            [
                VarSpec {
                    name: "done".into(),
                    kind: VarKind::Text
                },
                VarSpec {
                    name: "total".into(),
                    kind: VarKind::Text
                }
            ]
        );
        assert_eq!(
            specs[2].variables,
            [VarSpec {
                name: "count".into(),
                kind: VarKind::Number
            }]
        );
        assert_eq!(
            specs[2].english,
            "{ $count -> [one] { $count } deal *[other] { $count } deals }"
        );
        assert_eq!(specs[2].hash, id_hash("deals"));
    }

    fn problems(overrides: &[(Locale, &'static str)]) -> Vec<String> {
        check(&all_with(overrides))
            .expect_err("should fail")
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn assert_one(overrides: &[(Locale, &'static str)], needle: &str) {
        let found = problems(overrides);
        assert!(
            found.iter().any(|p| p.contains(needle)),
            "{needle:?} not in {found:#?}"
        );
    }

    #[test]
    fn missing_extra_and_duplicate_messages() {
        assert_one(
            &[(Locale::De, "retry = R\nof = { $done } / { $total }\n")],
            "locales/de.ftl:0: \"deals\" is missing",
        );
        assert_one(
            &[(
                Locale::De,
                "retry = R\nretry = S\nof = { $done } { $total }\ndeals = { $count }\n",
            )],
            "defined twice",
        );
        assert_one(
            &[(
                Locale::De,
                "retry = R\nof = { $done } { $total }\ndeals = { $count }\nextra = x\n",
            )],
            "\"extra\" is not in English",
        );
    }

    #[test]
    fn variables_must_match_english() {
        assert_one(
            &[(
                Locale::Fr,
                "retry = R\nof = { $done } sur\ndeals = { $count }\n",
            )],
            "$total is missing",
        );
        assert_one(
            &[(
                Locale::Fr,
                "retry = R { $who }\nof = { $done } { $total }\ndeals = { $count }\n",
            )],
            "$who is not a variable",
        );
    }

    #[test]
    fn plural_forms_follow_each_language() {
        assert_one(
            &[(Locale::Ru, "retry = R\nof = { $done } { $total }\ndeals = { $count ->\n [one] a\n *[other] { $count } b\n}\n")],
            "Русский distinguishes one, few, many; add [few], [many]",
        );
        assert_one(
            &[(Locale::De, "retry = R\nof = { $done } { $total }\ndeals = { $count ->\n [one] a\n [few] b\n *[other] { $count } c\n}\n")],
            "[few] is not a plural form of Deutsch",
        );
        assert_one(
            &[(Locale::Ja, "retry = R\nof = { $done } { $total }\ndeals = { $count ->\n [one] a\n *[other] { $count } b\n}\n")],
            "[one] is not a plural form of 日本語",
        );
        assert_one(
            &[(Locale::De, "retry = R\nof = { $done ->\n [one] x\n *[other] y\n} { $total }\ndeals = { $count }\n")],
            "$done is not a number in English",
        );
        assert_one(
            &[(
                Locale::Ru,
                "retry = R\nof = { $done } { $total }\ndeals = { $count } сделок\n",
            )],
            "English changes with $count; Русский needs a { $count -> … } with one, few, many",
        );
    }

    #[test]
    fn english_itself_is_checked() {
        let found = problems(&[(Locale::En, "Retry = x\nretry = a\nretry = b\n")]);
        assert!(
            found.iter().any(|p| p.contains("lower-case words")),
            "{found:?}"
        );
        assert!(
            found.iter().any(|p| p.contains("defined twice")),
            "{found:?}"
        );
        let found = check(&[(Locale::De, "a = b\n")]).unwrap_err();
        assert!(found[0].message.contains("no English file"));
    }

    #[test]
    fn a_missing_language_file_is_a_problem() {
        let files: Vec<(Locale, &str)> = all_with(&[])
            .into_iter()
            .filter(|(l, _)| *l != Locale::Th)
            .collect();
        let found = check(&files).unwrap_err();
        assert!(
            found
                .iter()
                .any(|p| p.locale == Locale::Th && p.message.contains("missing")),
            "{found:?}"
        );
    }

    #[test]
    fn parse_errors_are_reported_with_their_line() {
        assert_one(
            &[(Locale::It, "retry = R\nof = { $done\n")],
            "locales/it.ftl:2:",
        );
    }
}
