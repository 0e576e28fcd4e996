//! Reading the portal's loosely typed JSON: ids as strings or numbers, `Y`/`N` flags, `[]` where an
//! object is absent, empty strings for "no value".
//!
//! The readers are `protocol::lenient`'s, the one set shared with the emulator and the placement
//! parser (its module docs hold the rules: `0` is no id, numbers beyond 2^53 are not ids). Every
//! reader returns `None` rather than failing on an unexpected shape, so one odd field never costs
//! the user the whole widget.

pub use protocol::lenient::{count, flag, id, list, number, object, signed, text};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_accept_numbers_and_numeric_strings_only() {
        assert_eq!(id(Some(&json!("8061"))), Some(8061));
        assert_eq!(id(Some(&json!(17))), Some(17));
        assert_eq!(id(Some(&json!(" 5 "))), Some(5));
        for bad in [
            json!(0),
            json!("0"),
            json!(""),
            json!(null),
            json!("abc"),
            json!(-3),
            json!(1.5),
            json!([]),
        ] {
            assert_eq!(id(Some(&bad)), None, "{bad}");
        }
        assert_eq!(id(None), None);
    }

    #[test]
    fn numbers_texts_flags_objects_lists() {
        assert_eq!(number(Some(&json!("999.90"))), Some(999.9));
        assert_eq!(number(Some(&json!("NaN"))), None);
        assert_eq!(text(Some(&json!("  hi "))), Some("hi".into()));
        assert_eq!(text(Some(&json!(""))), None);
        assert_eq!(flag(Some(&json!("Y"))), Some(true));
        assert_eq!(flag(Some(&json!("false"))), Some(false));
        assert_eq!(flag(Some(&json!("maybe"))), None);
        assert!(object(Some(&json!([]))).is_none());
        assert!(object(Some(&json!({"a":1}))).is_some());
        assert_eq!(list(Some(&json!({"0": 1, "1": 2}))).len(), 2);
        assert_eq!(list(Some(&json!("x"))).len(), 0);
    }
}
