//! Portal paths: the `openPath` rule and what the parser reads out of the `URI` option.
//!
//! `URI` is the path + query of the page a widget was opened from (`/crm/deal/details/8061/?IFRAME=Y`).
//! Several placements carry part of their context only there (the workgroup of `SONET_GROUP_TOOLBAR`,
//! the pipeline of a robot designer, the calendar owner, the client of a bank-detail search). Everything
//! here is pure string work: no regex crate, no allocation beyond the decoded pieces, never a panic.

use crate::crm::{CrmEntityType, CrmRef};
use crate::ids::{EntityId, EntityTypeId, GroupId, UserId};
use crate::model::CalendarOwner;

/// Whether the portal's `openPath` command accepts `path`.
///
/// The portal checks `^/(crm/(deal|lead|contact|company|type)|marketplace|company/personal/user/[0-9]+|workgroups/group/[0-9]+)/`
/// against the raw string (no decoding, prefix match only); anything else answers
/// `{result: 'error'}`. Use this before sending `openPath` so the app can show a link instead.
pub fn is_open_path_allowed(path: &str) -> bool {
    let Some(rest) = path.strip_prefix('/') else {
        return false;
    };
    if let Some(crm) = rest.strip_prefix("crm/") {
        return ["deal/", "lead/", "contact/", "company/", "type/"]
            .iter()
            .any(|p| crm.starts_with(p));
    }
    if rest.starts_with("marketplace/") {
        return true;
    }
    let numbered = |prefix: &str| {
        rest.strip_prefix(prefix)
            .is_some_and(starts_with_digits_then_slash)
    };
    numbered("company/personal/user/") || numbered("workgroups/group/")
}

/// `[0-9]+/` at the start of `s`.
fn starts_with_digits_then_slash(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && s.as_bytes().get(digits) == Some(&b'/')
}

/// The workgroup a page belongs to: `/workgroups/group/<id>/...` (also under `/extranet/`).
pub fn group_id_from_uri(uri: &str) -> Option<GroupId> {
    numbered_segment_after(uri, &["workgroups", "group"]).map(GroupId)
}

/// The employee a page belongs to: `/company/personal/user/<id>/...` (also under `/extranet/`).
pub fn user_id_from_uri(uri: &str) -> Option<UserId> {
    numbered_segment_after(uri, &["company", "personal", "user"]).map(UserId)
}

/// The pipeline (category) id of an automation designer page: the numeric segment right after
/// `automation` (`/crm/deal/automation/0/` → 0, `/crm/type/183/automation/2/` → 2).
///
/// Taking the segment after `automation` rather than "the last number in the path" keeps the smart-process
/// type id of `/crm/type/183/automation/` from being mistaken for a pipeline.
pub fn automation_category_from_uri(uri: &str) -> Option<u32> {
    numbered_segment_after(uri, &["automation"]).and_then(|n| u32::try_from(n).ok())
}

/// Whose calendar a `CALENDAR_GRIDVIEW` page shows. *Inferred*: the options do not say, so this reads the
/// page path: `/company/personal/user/N/calendar/` → user N, `/workgroups/group/N/calendar/` → group N,
/// `/calendar/` → the company calendar, anything else (or no `URI`) → [`CalendarOwner::Unknown`].
pub fn calendar_owner_from_uri(uri: Option<&str>) -> CalendarOwner {
    let Some(uri) = uri else {
        return CalendarOwner::Unknown;
    };
    let segments = path_segments(uri);
    let owned_calendar = |prefix: &[&str]| {
        find_numbered(&segments, prefix)
            .filter(|&at| segments.get(at + 1).is_some_and(|s| s == "calendar"))
            .and_then(|at| segments.get(at).and_then(|s| parse_digits(s)))
    };
    if let Some(user) = owned_calendar(&["company", "personal", "user"]) {
        return CalendarOwner::User(UserId(user));
    }
    if let Some(group) = owned_calendar(&["workgroups", "group"]) {
        return CalendarOwner::Group(GroupId(group));
    }
    if segments.first().is_some_and(|s| s == "calendar") {
        return CalendarOwner::Company;
    }
    CalendarOwner::Unknown
}

/// The client whose requisites are edited, from the `etype` / `eid` query parameters of the requisite
/// form address a bank-detail search receives as `URI` (`...slider.ajax.php?etype=4&eid=2979` → company
/// 2979). `None` when either is missing, not a number, or `eid` is 0 (a client not saved yet).
pub fn requisite_client_from_uri(uri: &str) -> Option<CrmRef> {
    let entity_type = query_param(uri, "etype").and_then(|v| parse_digits(v.trim()))?;
    let id = query_param(uri, "eid")
        .and_then(|v| parse_digits(v.trim()))
        .filter(|&id| id != 0)?;
    let entity_type = EntityTypeId(u32::try_from(entity_type).ok()?);
    Some(CrmRef {
        entity: CrmEntityType::from_entity_type_id(entity_type),
        id: EntityId(id),
    })
}

/// The first value of query parameter `name` in `uri`, percent-decoded (`+` as space); `None` when absent.
/// Names are compared after decoding, case-sensitively, as PHP does.
pub fn query_param(uri: &str, name: &str) -> Option<String> {
    let without_fragment = uri.split('#').next().unwrap_or_default();
    let (_, query) = without_fragment.split_once('?')?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key, true) == name).then(|| percent_decode(value, true))
    })
}

/// The path part of `uri`: without query and fragment, and without scheme and host when `uri` is a full
/// URL (`https://portal/crm/` → `/crm/`).
pub fn path_of(uri: &str) -> &str {
    let end = uri.find(['?', '#']).unwrap_or(uri.len());
    let path = &uri[..end];
    let after_scheme = path
        .strip_prefix("https://")
        .or_else(|| path.strip_prefix("http://"))
        .or_else(|| path.strip_prefix("//"));
    match after_scheme {
        Some(authority_and_path) => authority_and_path
            .find('/')
            .map_or("/", |at| &authority_and_path[at..]),
        None => path,
    }
}

/// Decodes `%XX` escapes (and `+` as a space when `plus_is_space`, as in query strings). Broken escapes
/// are kept literally; bytes that are not UTF-8 become U+FFFD.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = (b == b'%')
            .then(|| Some(hex_value(*bytes.get(i + 1)?)? * 16 + hex_value(*bytes.get(i + 2)?)?))
            .flatten();
        match escaped {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(if plus_is_space && b == b'+' { b' ' } else { b });
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The non-empty, percent-decoded segments of the path of `uri`.
fn path_segments(uri: &str) -> Vec<String> {
    path_of(uri)
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| percent_decode(s, false))
        .collect()
}

/// The number in the segment right after the segment sequence `prefix`, wherever it occurs in the path.
fn numbered_segment_after(uri: &str, prefix: &[&str]) -> Option<u64> {
    let segments = path_segments(uri);
    let at = find_numbered(&segments, prefix)?;
    segments.get(at).and_then(|s| parse_digits(s))
}

/// Index of the first numeric segment that directly follows the segment sequence `prefix`.
fn find_numbered(segments: &[String], prefix: &[&str]) -> Option<usize> {
    (0..segments.len()).find_map(|start| {
        let window = segments.get(start..start + prefix.len())?;
        let matches = window.iter().zip(prefix).all(|(s, p)| s == p);
        let number_at = start + prefix.len();
        (matches
            && segments
                .get(number_at)
                .is_some_and(|s| parse_digits(s).is_some()))
        .then_some(number_at)
    })
}

/// `s` as a number when it is only ASCII digits (no sign, no spaces) and fits in a `u64`.
pub(crate) fn parse_digits(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_path_allows_the_documented_prefixes() {
        for path in [
            "/crm/deal/details/5/",
            "/crm/lead/list/",
            "/crm/contact/details/1/",
            "/crm/company/details/7/?IFRAME=Y",
            "/crm/type/7/details/1/",
            "/crm/type/128/details/3/",
            "/company/personal/user/1/",
            "/company/personal/user/1401/tasks/",
            "/workgroups/group/4/",
            "/marketplace/",
            "/marketplace/view/app.code/",
        ] {
            assert!(is_open_path_allowed(path), "{path} should be allowed");
        }
    }

    #[test]
    fn open_path_denies_everything_else() {
        for path in [
            "",
            "/",
            "crm/deal/",
            "/crm/quote/details/1/",
            "/crm/deal",
            "/crm/dealer/1/",
            "/crm/",
            "/company/personal/user/x/",
            "/company/personal/user//",
            "/company/personal/user/1",
            "/workgroups/group/",
            "/workgroups/group/4",
            "/workgroups/group/-4/",
            "/marketplace",
            "/shop/orders/details/1/",
            "https://portal.example/crm/deal/details/1/",
            "//evil.example/crm/deal/",
            "/CRM/DEAL/details/1/",
        ] {
            assert!(!is_open_path_allowed(path), "{path:?} should be denied");
        }
    }

    #[test]
    fn details_paths_are_always_openable() {
        let types = CrmEntityType::FIXED
            .into_iter()
            .chain([128, 183, 1038, u32::MAX].map(|id| CrmEntityType::Dynamic(EntityTypeId(id))));
        let mut with_path = 0;
        for entity in types {
            for id in [0, 1, 8061, u64::MAX] {
                if let Some(path) = entity.details_path(EntityId(id)) {
                    with_path += 1;
                    assert!(is_open_path_allowed(&path), "{entity}: {path}");
                }
            }
        }
        assert_eq!(
            with_path,
            4 * (6 + 4),
            "6 fixed types and 4 smart processes have cards"
        );
    }

    #[test]
    fn ids_come_out_of_portal_paths() {
        assert_eq!(
            group_id_from_uri("/workgroups/group/10/tasks/"),
            Some(GroupId(10))
        );
        assert_eq!(
            group_id_from_uri("/extranet/workgroups/group/7/?IFRAME=Y"),
            Some(GroupId(7))
        );
        assert_eq!(
            group_id_from_uri("/workgroups/group/%31%30/"),
            Some(GroupId(10))
        );
        assert_eq!(group_id_from_uri("/workgroups/"), None);
        assert_eq!(group_id_from_uri("/workgroups/group/abc/"), None);
        assert_eq!(
            group_id_from_uri("/page/?next=/workgroups/group/3/"),
            None,
            "query is not path"
        );
        assert_eq!(
            user_id_from_uri("/company/personal/user/1401/"),
            Some(UserId(1401))
        );
        assert_eq!(
            user_id_from_uri("https://x.bitrix24.com/company/personal/user/5"),
            Some(UserId(5))
        );
        assert_eq!(
            user_id_from_uri("/company/personal/user/99999999999999999999999/"),
            None
        );
    }

    #[test]
    fn automation_category_is_the_segment_after_automation() {
        assert_eq!(
            automation_category_from_uri("/crm/deal/automation/0/"),
            Some(0)
        );
        assert_eq!(
            automation_category_from_uri("/crm/deal/automation/3/?IFRAME=Y"),
            Some(3)
        );
        assert_eq!(
            automation_category_from_uri("/crm/type/183/automation/2/"),
            Some(2)
        );
        assert_eq!(
            automation_category_from_uri("/crm/type/183/automation/"),
            None
        );
        assert_eq!(automation_category_from_uri("/crm/deal/kanban/"), None);
    }

    #[test]
    fn calendar_owner_follows_the_page() {
        use CalendarOwner::*;
        assert_eq!(
            calendar_owner_from_uri(Some("/company/personal/user/12/calendar/")),
            User(UserId(12))
        );
        assert_eq!(
            calendar_owner_from_uri(Some("/workgroups/group/4/calendar/?v=1")),
            Group(GroupId(4))
        );
        assert_eq!(calendar_owner_from_uri(Some("/calendar/")), Company);
        assert_eq!(
            calendar_owner_from_uri(Some("/calendar/?IFRAME=Y")),
            Company
        );
        assert_eq!(
            calendar_owner_from_uri(Some("/company/personal/user/12/")),
            Unknown
        );
        assert_eq!(calendar_owner_from_uri(Some("/online/")), Unknown);
        assert_eq!(calendar_owner_from_uri(Some("")), Unknown);
        assert_eq!(calendar_owner_from_uri(None), Unknown);
    }

    #[test]
    fn requisite_client_comes_from_etype_and_eid() {
        let uri = "/bitrix/components/bitrix/crm.requisite.details/slider.ajax.php?requisite_id=n0&etype=4&eid=2979\
                   &external_context_id=COMPANY_2979&pid=1&cid=0&IFRAME=Y&IFRAME_TYPE=SIDE_SLIDER";
        let company = CrmRef {
            entity: CrmEntityType::Company,
            id: EntityId(2979),
        };
        assert_eq!(requisite_client_from_uri(uri), Some(company));
        assert_eq!(
            requisite_client_from_uri("/x.php?etype=%33&eid=5#top").map(|r| r.entity),
            Some(CrmEntityType::Contact)
        );
        assert_eq!(requisite_client_from_uri("/x.php?etype=4&eid=0"), None);
        assert_eq!(requisite_client_from_uri("/x.php?etype=4"), None);
        assert_eq!(
            requisite_client_from_uri("/x.php?etype=company&eid=5"),
            None
        );
        assert_eq!(requisite_client_from_uri("/x.php"), None);
    }

    #[test]
    fn query_params_and_paths_are_decoded() {
        let uri = "/crm/deal/details/8061/?any=details%2F8061%2F&IFRAME=Y&q=a+b&e&x=%zz";
        assert_eq!(query_param(uri, "any").as_deref(), Some("details/8061/"));
        assert_eq!(query_param(uri, "IFRAME").as_deref(), Some("Y"));
        assert_eq!(query_param(uri, "q").as_deref(), Some("a b"));
        assert_eq!(query_param(uri, "e").as_deref(), Some(""));
        assert_eq!(query_param(uri, "x").as_deref(), Some("%zz"));
        assert_eq!(query_param(uri, "iframe"), None);
        assert_eq!(path_of(uri), "/crm/deal/details/8061/");
        assert_eq!(path_of("https://a.example"), "/");
        assert_eq!(percent_decode("%E2%9C%93%", false), "✓%");
        assert_eq!(percent_decode("%ff", false), "\u{FFFD}");
    }
}
