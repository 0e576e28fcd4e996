//! Translation parts: the messages only one widget family shows, served in a file of their own per
//! language (`locales/<tag>.<family>.txt`) so that every other family's first load skips them. The
//! release build splits the files (`tools/dist`), the app loads a family's part before that family
//! renders, and the size report counts each part only for its family.

/// Messages whose id starts with `prefix` belong to `family` (the router's name for it, as in the
/// build manifest's `wasm.families`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The family that shows them.
    pub family: &'static str,
    /// The id prefix of its messages.
    pub prefix: &'static str,
}

/// Every part. The installer's wizard and settings carry a few hundred texts no other family needs.
pub const PARTS: &[Part] = &[Part {
    family: "setup",
    prefix: "setup-",
}];

/// The part a message id belongs to, or `None` for the shared file.
pub fn part_of(id: &str) -> Option<&'static Part> {
    PARTS.iter().find(|p| id.starts_with(p.prefix))
}

/// The part of a family, if it has one.
pub fn part_for_family(family: &str) -> Option<&'static Part> {
    PARTS.iter().find(|p| p.family == family)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_go_to_their_family_part_or_the_shared_file() {
        assert_eq!(part_of("setup-title").map(|p| p.family), Some("setup"));
        assert_eq!(part_of("retry"), None);
        assert_eq!(part_of("setupish"), None);
        assert_eq!(part_for_family("setup").map(|p| p.prefix), Some("setup-"));
        assert_eq!(part_for_family("crm_entity"), None);
    }
}
