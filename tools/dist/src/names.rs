//! Content-derived names and Subresource Integrity values.

use base64::Engine;
use sha2::{Digest, Sha256, Sha384};

/// 16 hex digits of the SHA-256 of `parts`, in order: the content hash in a file name
/// (`name-<hash>.ext`, which the server caches for a year).
pub fn content_hash(parts: &[&[u8]]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The `integrity` attribute value of a file: `sha384-<base64>`.
pub fn integrity(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// `dir/stem.ext` → `stem-<hash>.ext` (the file name only).
pub fn hashed_name(stem: &str, ext: &str, bytes: &[u8]) -> String {
    format!("{stem}-{}.{ext}", content_hash(&[bytes]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_content() {
        let a = hashed_name("deal", "svg", b"<svg/>");
        assert!(a.starts_with("deal-") && a.ends_with(".svg") && a.len() == "deal-".len() + 16 + 4);
        assert_eq!(a, hashed_name("deal", "svg", b"<svg/>"));
        assert_ne!(a, hashed_name("deal", "svg", b"<svg />"));
        assert_ne!(content_hash(&[b"ab", b"c"]), content_hash(&[b"a", b"bc"]));
        assert!(integrity(b"x").starts_with("sha384-"));
    }
}
