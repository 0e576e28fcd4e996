//! The app's open-channel connector (`CONTACT_CENTER`, `SETTING_CONNECTOR`), as the open-channel
//! tutorial sets it up (<https://apidocs.bitrix24.com/tutorials/chats/open-lines/create-own-connector.html>):
//! `imconnector.activate {CONNECTOR, LINE, ACTIVE}`, then `imconnector.connector.data.set` with the
//! channel's data; `imconnector.status` says where it stands. The contact-center tile lists the
//! portal's open lines (`imopenlines.config.list.get`) with the connector (`imconnector.list`).

use crate::LoadError;
use placement::{ConnectorSettings, LineId};
use rest::batch::{Batch, BatchResults, CommandRef};
use rest::de::{self, List};
use serde::Deserialize;
use serde_json::{json, Map, Value};

/// The connector id the app registers at install (`imconnector.register`; the install crate's
/// `CONNECTOR_ID`).
pub const APP_CONNECTOR: &str = "b24_widgets";

/// A connector on a line: from `SETTING_CONNECTOR`'s options or `imconnector.status`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineStatus {
    /// Switched on for the line.
    pub active: bool,
    /// The channel's data is set (the options' `CONNECTION_STATUS`, `imconnector.status`'s `CONFIGURED`).
    pub configured: bool,
    /// The connector reports an error.
    pub error: bool,
    /// All of it works.
    pub ok: bool,
}

impl LineStatus {
    /// The statuses the portal put into `SETTING_CONNECTOR`'s options.
    pub fn from_options(s: &ConnectorSettings) -> Self {
        Self {
            active: s.active,
            configured: s.connected,
            error: s.error,
            ok: s.ok,
        }
    }
}

/// `imconnector.status`'s answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct StatusAnswer {
    /// `ACTIVE`.
    #[serde(deserialize_with = "de::flag")]
    pub active: Option<bool>,
    /// `CONFIGURED`.
    #[serde(deserialize_with = "de::flag")]
    pub configured: Option<bool>,
    /// `ERROR`.
    #[serde(deserialize_with = "de::flag")]
    pub error: Option<bool>,
    /// `STATUS`.
    #[serde(deserialize_with = "de::flag")]
    pub status: Option<bool>,
}

impl From<StatusAnswer> for LineStatus {
    fn from(a: StatusAnswer) -> Self {
        Self {
            active: a.active.unwrap_or(false),
            configured: a.configured.unwrap_or(false),
            error: a.error.unwrap_or(false),
            ok: a.status.unwrap_or(false),
        }
    }
}

/// `imconnector.status` parameters.
pub fn status_params(connector: &str, line: LineId) -> Value {
    json!({"CONNECTOR": connector, "LINE": line.0})
}

/// `imconnector.activate` parameters (`ACTIVE` 1 or 0, as the tutorial sends it).
pub fn activate_params(connector: &str, line: LineId, active: bool) -> Value {
    json!({"CONNECTOR": connector, "LINE": line.0, "ACTIVE": u8::from(active)})
}

/// `imconnector.connector.data.set` parameters: the channel's `id` (`<connector>line<N>`, as in the
/// tutorial), its name and, when given, the link to the chat (`url_im`).
pub fn data_params(connector: &str, line: LineId, name: &str, url: &str) -> Value {
    let mut data = json!({"id": format!("{connector}line{}", line.0), "name": name.trim()});
    if !url.trim().is_empty() {
        data["url_im"] = json!(url.trim());
        data["url"] = json!(url.trim());
    }
    json!({"CONNECTOR": connector, "LINE": line.0, "DATA": data})
}

/// Whether a link is usable: empty, or `https://…` / `http://…`.
pub fn url_ok(url: &str) -> bool {
    let u = url.trim();
    u.is_empty()
        || ((u.starts_with("https://") || u.starts_with("http://"))
            && u.len() > 8
            && !u.contains(char::is_whitespace))
}

/// One `imopenlines.config.list.get` row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "SCREAMING_SNAKE_CASE")]
pub struct LineRow {
    /// `ID`.
    #[serde(deserialize_with = "de::id")]
    pub id: Option<u64>,
    /// `LINE_NAME`.
    #[serde(deserialize_with = "de::text")]
    pub line_name: Option<String>,
    /// `ACTIVE`.
    #[serde(deserialize_with = "de::flag")]
    pub active: Option<bool>,
}

/// An open line of the tile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Its id.
    pub id: LineId,
    /// Its name.
    pub name: String,
    /// Switched on.
    pub active: bool,
}

/// The tile's view model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactCenter {
    /// The connector's name, when the app's connector is registered.
    pub connector_name: Option<String>,
    /// The portal's open lines.
    pub lines: Vec<Line>,
}

/// Handles of the tile's batch.
#[derive(Debug, Clone)]
pub struct TileCommands {
    connectors: CommandRef<Map<String, Value>>,
    lines: CommandRef<List<LineRow>>,
}

/// Adds `imconnector.list` and `imopenlines.config.list.get`.
pub fn add_tile_commands(batch: &mut Batch) -> TileCommands {
    TileCommands {
        connectors: batch.add_as("connectors", "imconnector.list", json!({})),
        lines: batch.add_as("lines", "imopenlines.config.list.get", json!({})),
    }
}

impl TileCommands {
    /// The tile: both answers are needed.
    pub fn read(&self, results: &BatchResults) -> Result<ContactCenter, LoadError> {
        let connectors = self.connectors.read(results)?;
        let lines = self.lines.read(results)?;
        Ok(ContactCenter {
            connector_name: connectors
                .get(APP_CONNECTOR)
                .and_then(|v| rest::lenient::text(Some(v))),
            lines: lines
                .0
                .into_iter()
                .filter_map(|r| {
                    Some(Line {
                        id: LineId(r.id?),
                        name: r
                            .line_name
                            .unwrap_or_else(|| format!("#{}", r.id.unwrap_or(0))),
                        active: r.active.unwrap_or(false),
                    })
                })
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_follow_the_tutorial() {
        assert_eq!(
            activate_params("b24_widgets", LineId(3), true),
            json!({"CONNECTOR": "b24_widgets", "LINE": 3, "ACTIVE": 1})
        );
        assert_eq!(
            data_params("b24_widgets", LineId(3), " Chat ", "https://example.com/c"),
            json!({"CONNECTOR": "b24_widgets", "LINE": 3, "DATA": {"id": "b24_widgetsline3", "name": "Chat", "url_im": "https://example.com/c", "url": "https://example.com/c"}})
        );
        assert!(data_params("c", LineId(1), "n", "")["DATA"]
            .get("url_im")
            .is_none());
        assert!(url_ok("") && url_ok("https://example.com/chat"));
        assert!(!url_ok("javascript:alert(1)") && !url_ok("https://a b") && !url_ok("https://"));
    }

    #[test]
    fn statuses_from_options_and_answers() {
        let opts = ConnectorSettings {
            connector: "c".into(),
            line: LineId(3),
            active: true,
            connected: false,
            registered: false,
            error: false,
            ok: false,
        };
        assert_eq!(
            LineStatus::from_options(&opts),
            LineStatus {
                active: true,
                configured: false,
                error: false,
                ok: false
            }
        );
        let answer: StatusAnswer = serde_json::from_value(
            json!({"ACTIVE": true, "CONFIGURED": "Y", "ERROR": false, "STATUS": true}),
        )
        .unwrap();
        assert_eq!(
            LineStatus::from(answer),
            LineStatus {
                active: true,
                configured: true,
                error: false,
                ok: true
            }
        );
    }

    #[test]
    fn the_tile_reads_the_connector_and_the_lines() {
        let mut batch = Batch::new();
        let commands = add_tile_commands(&mut batch);
        let mut results = BatchResults::new(batch.names());
        results
            .absorb(&json!({"result": {
                "connectors": {"telegrambot": "Telegram", "b24_widgets": "Rust widgets"},
                "lines": [{"ID": "1", "LINE_NAME": "Site", "ACTIVE": "Y"}, {"ID": "5", "LINE_NAME": "Old", "ACTIVE": "N"}, {"LINE_NAME": "no id"}]
            }}), None)
            .unwrap();
        let tile = commands.read(&results).unwrap();
        assert_eq!(tile.connector_name.as_deref(), Some("Rust widgets"));
        assert_eq!(tile.lines.len(), 2);
        assert!(tile.lines[0].active && !tile.lines[1].active);
    }
}
