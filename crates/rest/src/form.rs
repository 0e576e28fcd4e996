//! PHP-style `application/x-www-form-urlencoded` encoding: what BX24.js sends and what the portal's
//! `parse_str` reads.
//!
//! # Encoding rules (checked against BX24.js `ajax.prepareData`)
//!
//! | JSON | on the wire | PHP sees |
//! |------|-------------|----------|
//! | `{"a": {"b": 1}}` | `a[b]=1` | `['a' => ['b' => '1']]` |
//! | `{"a": ["x", "y"]}` | `a[0]=x&a[1]=y` | `['a' => ['x', 'y']]` |
//! | `{"a": []}`, `{"a": {}}` | `a=` | `['a' => '']` |
//! | `{"a": null}` | *(nothing)* | no `a` |
//! | `{"a": true}` | `a=true` | `['a' => 'true']` |
//! | `{"a": 1.5}` | `a=1.5` | `['a' => '1.5']` |
//!
//! - **Brackets stay literal**, names and values are escaped like JavaScript's `encodeURIComponent`
//!   (`A-Z a-z 0-9 - _ . ! ~ * ' ( )` kept, everything else `%XX` of its UTF-8 bytes, space as `%20`).
//!   That is byte for byte what BX24.js sends: `filter[%3EID]=5`. PHP percent-decodes a whole name
//!   before it splits the brackets, so the fully escaped form `filter%5B%3EID%5D=5` means the same to
//!   the portal; [`decode`] accepts both.
//! - **Booleans** go out as the strings `true` / `false`, as BX24.js does (`encodeURIComponent(true)`).
//!   Beware: in PHP the string `"false"` is truthy. Bitrix flags are `"Y"`/`"N"` (or `1`/`0`); send
//!   those where a method expects a flag. The batch builder sends `halt` as `1`/`0` for this reason.
//! - **`null` is left out**, as BX24.js does. A Rust `Option::None` serialises to `null`, so `None` means
//!   "not sent", never "clear the field" (send `""` to clear a field). A non-empty array or object whose
//!   members are all `null` therefore sends nothing at all (`{"a": [null]}` → ``), again like BX24.js.
//! - **Empty arrays and empty objects** go out as `a=` (PHP has one array type for both; BX24.js sends
//!   `a=` for `[]` and drops `{}`; we treat them alike).
//! - Keys keep the order of the JSON object (the crate enables serde_json's `preserve_order`).
//!   BX24.js emits an object's scalar members before its nested ones; PHP does not care except for
//!   the order of keys inside one array, which we keep as written.
//! - A top-level string is taken as an already encoded query (BX24.js does the same); other top-level
//!   scalars have no name and encode to nothing.

//!
//! The codec itself lives in the `protocol` crate, shared with the emulator and the fake portal; this
//! module keeps the client's names for it.

pub use protocol::form::{decode_maps as decode, encode, escape};
