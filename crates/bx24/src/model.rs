//! Typed shapes of what BX24 hands back, decoded from JSON at the edge.
//!
//! Pure functions of `serde_json::Value`, so they are tested natively (`cargo test -p bx24`).

use crate::Bx24Error;
use rest::lenient::{list, number, text};
use rest::AccessToken;
use serde_json::{json, Map, Value};

/// What the frame knows after `BX24.init`.
#[derive(Debug, Clone, PartialEq)]
pub struct InitInfo {
    /// Interface language of the user (`en`, `ru`, `de`, ...).
    pub lang: String,
    /// The portal's host, e.g. `acme.bitrix24.com`.
    pub domain: String,
    /// Whether the user is an admin (may configure the app).
    pub is_admin: bool,
    /// `INSTALL` of the init data: the portal opened the app's install page (an admin opened an app
    /// whose installation has not finished). `BX24.installFinish` works only then.
    pub install: bool,
    /// `PLACEMENT` code (`DEFAULT` for the main page).
    pub placement: String,
    /// `PLACEMENT_OPTIONS` as received (object, `[]`, or a JSON string on some portals).
    pub placement_options: Value,
    /// The portal's `member_id` (not a secret; identifies the portal).
    pub member_id: Option<String>,
}

/// `BX24.getAuth()`: the access token and whose portal it is for. The refresh token is deliberately not
/// kept: only the portal refreshes (over `refreshAuth`).
#[derive(Debug, Clone, PartialEq)]
pub struct AuthInfo {
    /// The access token and its absolute expiry.
    pub access: AccessToken,
    /// The portal host the token is valid for.
    pub domain: Option<String>,
    /// The portal's `member_id`.
    pub member_id: Option<String>,
}

impl AuthInfo {
    /// Decodes `{access_token, expires_in (absolute ms), domain, member_id}`; `None` for `false` or a
    /// missing token. Older BX24.js copies give `expires_in` in seconds-from-now; a value below
    /// 10^11 is read that way.
    pub fn from_js_json(value: &Value) -> Option<Self> {
        let token = value
            .get("access_token")?
            .as_str()
            .filter(|t| !t.is_empty())?;
        let expires = number(value.get("expires_in")).unwrap_or(0.0);
        let expires_at_ms = if expires > 1e11 {
            expires
        } else {
            js_sys_now_ms() + expires * 1000.0
        };
        Some(Self {
            access: AccessToken::new(token, expires_at_ms),
            domain: value
                .get("domain")
                .and_then(Value::as_str)
                .map(str::to_owned),
            member_id: value
                .get("member_id")
                .and_then(Value::as_str)
                .map(str::to_owned),
        })
    }
}

#[cfg(target_arch = "wasm32")]
fn js_sys_now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
fn js_sys_now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as f64)
        .unwrap_or(0.0)
}

/// The frame size the portal reports after a resize.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FrameSize {
    /// Width in px (0 when the portal reported `'100%'`).
    pub width: f64,
    /// Height in px.
    pub height: f64,
}

impl FrameSize {
    /// Decodes `{width, height}`; numbers or numeric strings (`"100%"` counts as 0).
    pub fn from_json(value: &Value) -> Self {
        Self {
            width: number(value.get("width")).unwrap_or(0.0),
            height: number(value.get("height")).unwrap_or(0.0),
        }
    }
}

/// How the slider opened by `openApplication` looks (BX24.js passes these as `bx24_*` params).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SliderSettings {
    /// Slider width in px.
    pub width: Option<u32>,
    /// Minimum distance from the left edge, in px.
    pub left_boundary: Option<u32>,
    /// Slider title.
    pub title: Option<String>,
    /// A coloured label on the slider's edge.
    pub label: Option<SliderLabel>,
}

/// The label on a slider's edge.
#[derive(Debug, Clone, PartialEq)]
pub struct SliderLabel {
    /// Background colour (`#rrggbb`).
    pub bg_color: String,
    /// Label text.
    pub text: String,
    /// Text colour.
    pub color: String,
}

impl SliderSettings {
    /// The `settings` object of `openApplication`.
    pub fn to_json(&self) -> Value {
        let mut map = Map::new();
        if let Some(w) = self.width {
            map.insert("width".into(), json!(w));
        }
        if let Some(l) = self.left_boundary {
            map.insert("leftBoundary".into(), json!(l));
        }
        if let Some(t) = &self.title {
            map.insert("title".into(), json!(t));
        }
        if let Some(label) = &self.label {
            map.insert(
                "label".into(),
                json!({"bgColor": label.bg_color, "text": label.text, "color": label.color}),
            );
        }
        Value::Object(map)
    }
}

/// `BX24.placement.info()`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacementInfo {
    /// The code (`DEFAULT` when missing).
    pub code: String,
    /// The options as received.
    pub options: Value,
}

impl PlacementInfo {
    /// Decodes `{placement, options}`.
    pub fn from_json(value: Value) -> Self {
        let code = value
            .get("placement")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .unwrap_or("DEFAULT")
            .to_owned();
        let options = value.get("options").cloned().unwrap_or(Value::Null);
        Self { code, options }
    }
}

/// `getInterface`: the placement's own commands and events.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlacementInterface {
    /// Commands for `placement.call`.
    pub commands: Vec<String>,
    /// Events for `bindEvent`.
    pub events: Vec<String>,
}

impl PlacementInterface {
    /// Decodes `{command:[...], event:[...]}`.
    pub fn from_json(value: &Value) -> Self {
        Self {
            commands: strings(value.get("command")),
            events: strings(value.get("event")),
        }
    }
}

/// A user picked in `selectUser(s)`. Docs give `{id, name}`; newer portals add photo/position/url.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectedUser {
    /// User id.
    pub id: u64,
    /// Display name.
    pub name: String,
    /// Photo URL.
    pub photo: Option<String>,
    /// Job title.
    pub position: Option<String>,
}

impl SelectedUser {
    /// Decodes one user; `None` when the id is missing.
    pub fn from_json(value: &Value) -> Option<Self> {
        Some(Self {
            id: number(value.get("id")).filter(|n| *n > 0.0)? as u64,
            name: text(value.get("name")).unwrap_or_default(),
            photo: text(value.get("photo")),
            position: text(value.get("position")),
        })
    }

    /// Decodes an array (or an index-keyed object) of users, skipping malformed entries.
    pub fn list_from_json(value: &Value) -> Vec<Self> {
        list(Some(value))
            .into_iter()
            .filter_map(Self::from_json)
            .collect()
    }
}

/// An access code picked in `selectAccess` (`U1` user, `D5` department, `G2` group, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessCode {
    /// The code.
    pub id: String,
    /// Display name.
    pub name: String,
}

impl AccessCode {
    /// Decodes `[{id, name}]`.
    pub fn list_from_json(value: &Value) -> Vec<Self> {
        list(Some(value))
            .into_iter()
            .filter_map(|v| {
                Some(Self {
                    id: text(v.get("id"))?,
                    name: text(v.get("name")).unwrap_or_default(),
                })
            })
            .collect()
    }
}

/// Parameters of `selectCRM`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrmSelectRequest {
    /// Entity kinds to offer: `lead`, `contact`, `company`, `deal`, `quote`.
    pub entity_types: Vec<String>,
    /// Allow several.
    pub multiple: bool,
    /// Pre-selected, by kind: `{"deal": [5, 7]}`.
    pub value: Map<String, Value>,
}

impl CrmSelectRequest {
    /// The params object BX24 expects.
    pub fn to_json(&self) -> Value {
        json!({"entityType": self.entity_types, "multiple": self.multiple, "value": self.value})
    }
}

/// One element picked in `selectCRM`.
#[derive(Debug, Clone, PartialEq)]
pub struct CrmSelected {
    /// Prefixed id, e.g. `D_5` (deal 5), `C_3` (contact 3).
    pub id: String,
    /// Kind, e.g. `deal`.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Portal URL of the element, when given.
    pub url: Option<String>,
}

impl CrmSelected {
    /// The numeric id after the `X_` prefix.
    pub fn numeric_id(&self) -> Option<u64> {
        self.id.rsplit('_').next()?.parse().ok()
    }
}

/// The answer of `selectCRM`, bucketed by kind. Buckets arrive as arrays (docs) or index-keyed objects
/// (b24jssdk's observation); both are read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CrmSelection {
    /// Every picked element, in bucket order lead, contact, company, deal, quote, then any other kind.
    pub items: Vec<CrmSelected>,
}

impl CrmSelection {
    /// Decodes `{lead:[...], contact:[...], ...}`.
    pub fn from_json(value: &Value) -> Self {
        let Some(map) = value.as_object() else {
            return Self::default();
        };
        let order = ["lead", "contact", "company", "deal", "quote"];
        let mut keys: Vec<&String> = map.keys().collect();
        keys.sort_by_key(|k| order.iter().position(|o| o == k).unwrap_or(order.len()));
        let items = keys
            .into_iter()
            .flat_map(|kind| {
                list(Some(&map[kind])).into_iter().filter_map(move |v| {
                    Some(CrmSelected {
                        id: text(v.get("id"))?,
                        kind: text(v.get("type")).unwrap_or_else(|| kind.clone()),
                        title: text(v.get("title")).unwrap_or_default(),
                        url: text(v.get("url")),
                    })
                })
            })
            .collect();
        Self { items }
    }
}

/// Reads an `openPath` reply: `{result:'close'}` or `{result:'error', errorCode}`.
pub(crate) fn open_path_outcome(reply: &Value) -> Result<(), Bx24Error> {
    match reply.get("result").and_then(Value::as_str) {
        Some("error") => match reply.get("errorCode").and_then(Value::as_str) {
            Some("METHOD_NOT_SUPPORTED_ON_DEVICE") => Err(Bx24Error::NotSupportedOnDevice),
            Some("PATH_NOT_AVAILABLE") | None => Err(Bx24Error::PathNotAvailable),
            Some(other) => Err(Bx24Error::Command {
                command: "openPath".into(),
                code: other.into(),
            }),
        },
        _ => Ok(()),
    }
}

/// Finds an error a placement command reported through its callback: `{result:'error', errorCode}` or
/// a one-element array of it (call card commands).
pub(crate) fn command_error(reply: &Value) -> Option<String> {
    let candidate = match reply {
        Value::Array(items) if items.len() == 1 => &items[0],
        other => other,
    };
    (candidate.get("result").and_then(Value::as_str) == Some("error")).then(|| {
        text(candidate.get("errorCode"))
            .or_else(|| text(candidate.get("message")))
            .unwrap_or_else(|| "error".into())
    })
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .map(|v| {
            list(Some(v))
                .into_iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_reads_absolute_and_relative_expiry_and_rejects_false() {
        let abs = AuthInfo::from_js_json(&json!({"access_token":"t","expires_in":1720011727002i64,"domain":"a.b","member_id":"m"}))
            .unwrap();
        assert_eq!(abs.access.expires_at_ms, 1720011727002.0);
        assert_eq!(abs.domain.as_deref(), Some("a.b"));
        let rel = AuthInfo::from_js_json(&json!({"access_token":"t","expires_in":"3600"})).unwrap();
        assert!(rel.access.expires_at_ms > js_sys_now_ms() + 3_500_000.0);
        assert!(AuthInfo::from_js_json(&json!(false)).is_none());
        assert!(AuthInfo::from_js_json(&json!({"access_token":""})).is_none());
        assert!(
            !format!("{abs:?}").contains("\"t\""),
            "the token must not show in Debug output"
        );
    }

    #[test]
    fn open_path_outcomes() {
        assert_eq!(open_path_outcome(&json!({"result":"close"})), Ok(()));
        assert_eq!(
            open_path_outcome(&json!({"result":"error","errorCode":"PATH_NOT_AVAILABLE"})),
            Err(Bx24Error::PathNotAvailable)
        );
        assert_eq!(
            open_path_outcome(
                &json!({"result":"error","errorCode":"METHOD_NOT_SUPPORTED_ON_DEVICE"})
            ),
            Err(Bx24Error::NotSupportedOnDevice)
        );
    }

    #[test]
    fn command_errors_in_both_shapes() {
        assert_eq!(
            command_error(&json!([{"result":"error","errorCode":"Call card is undefined"}]))
                .as_deref(),
            Some("Call card is undefined")
        );
        assert_eq!(
            command_error(&json!({"result":"error","errorCode":"Invalid ui state"})).as_deref(),
            Some("Invalid ui state")
        );
        assert_eq!(command_error(&json!([])), None);
        assert_eq!(command_error(&json!({"CALL_ID":"x"})), None);
    }

    #[test]
    fn crm_selection_reads_arrays_and_index_keyed_objects() {
        let sel = CrmSelection::from_json(&json!({
            "deal": {"0": {"id":"D_5","type":"deal","title":"Big deal"}},
            "contact": [{"id":"C_3","type":"contact","title":"Ann"}],
            "weird": "nope"
        }));
        let ids: Vec<_> = sel.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["C_3", "D_5"]);
        assert_eq!(sel.items[1].numeric_id(), Some(5));
    }

    #[test]
    fn users_and_access_codes() {
        assert_eq!(
            SelectedUser::from_json(&json!({"id":"7","name":"Ann"}))
                .unwrap()
                .id,
            7
        );
        assert!(SelectedUser::from_json(&json!({"name":"no id"})).is_none());
        assert_eq!(
            SelectedUser::list_from_json(&json!([{"id":1},{"x":2},{"id":3}])).len(),
            2
        );
        assert_eq!(
            AccessCode::list_from_json(&json!([{"id":"U1","name":"Me"}]))[0].id,
            "U1"
        );
    }

    #[test]
    fn placement_info_defaults_and_frame_size() {
        let info = PlacementInfo::from_json(json!({"placement":"","options":[]}));
        assert_eq!(info.code, "DEFAULT");
        assert_eq!(info.options, json!([]));
        assert_eq!(
            FrameSize::from_json(&json!({"width":"100%","height":420})),
            FrameSize {
                width: 0.0,
                height: 420.0
            }
        );
        let iface = PlacementInterface::from_json(&json!({"command":["reloadData"],"event":[]}));
        assert_eq!(iface.commands, ["reloadData"]);
    }

    #[test]
    fn slider_settings_json() {
        let s = SliderSettings {
            width: Some(800),
            title: Some("Deal".into()),
            ..Default::default()
        };
        assert_eq!(s.to_json(), json!({"width":800,"title":"Deal"}));
    }
}
