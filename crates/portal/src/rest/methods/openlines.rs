//! Open lines and the app's open-channel connector (scope `imopenlines`, the open-channel tutorial
//! of <https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/index.html>):
//! `imopenlines.config.list.get` (the portal's open lines), `imconnector.status` (a connector on a
//! line: active, configured, error) and `imconnector.connector.data.set` (the channel's data shown in
//! the contact center). `imconnector.activate` itself lives with the app's registrations.

use super::Ctx;
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{as_id, Params};
use serde_json::{json, Value};

fn connector(p: &Params) -> Result<String, RestError> {
    p.text("CONNECTOR")
        .map(|c| c.trim().to_ascii_lowercase())
        .filter(|c| !c.is_empty())
        .ok_or_else(|| RestError::bad_request("CONNECTOR_EMPTY", "Connector is not specified"))
}

fn line(p: &Params) -> Result<u64, RestError> {
    p.get("LINE")
        .and_then(as_id)
        .filter(|l| *l > 0)
        .ok_or_else(|| RestError::bad_request("LINE_EMPTY", "Open line is not specified"))
}

/// `imopenlines.config.list.get` → `[{ID, LINE_NAME, ACTIVE}]`.
pub fn config_list_get(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows: Vec<Value> = d
        .im
        .lines
        .iter()
        .map(|l| json!({"ID": l.id.to_string(), "LINE_NAME": l.name, "ACTIVE": if l.active { "Y" } else { "N" }}))
        .collect();
    Ok(Success::plain(Value::Array(rows)))
}

/// `imconnector.status {CONNECTOR, LINE}` → `{LINE, CONNECTOR, ACTIVE, CONFIGURED, ERROR, STATUS}`:
/// active from `imconnector.activate`, configured once `imconnector.connector.data.set` stored the
/// channel's data; `STATUS` is both.
pub fn connector_status(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let (connector, line) = (connector(p)?, line(p)?);
    let d = ctx.state.store.read();
    let active = d
        .app
        .connectors
        .get(&connector)
        .and_then(|lines| lines.get(line.to_string()))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let configured = d.im.connector_data.contains_key(&(connector.clone(), line));
    Ok(Success::plain(json!({
        "LINE": line.to_string(),
        "CONNECTOR": connector,
        "ACTIVE": active,
        "CONFIGURED": configured,
        "ERROR": false,
        "STATUS": active && configured,
    })))
}

/// `imconnector.connector.data.set {CONNECTOR, LINE, DATA: {id, url, url_im, name}}` → `true`.
/// Needs the connector active on the line; `DATA` must be an object with a `name`.
pub fn connector_data_set(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let (connector, line) = (connector(p)?, line(p)?);
    let data = p
        .object("DATA")
        .filter(|d| {
            d.get("name")
                .and_then(Value::as_str)
                .is_some_and(|n| !n.trim().is_empty())
        })
        .cloned()
        .ok_or_else(|| {
            RestError::bad_request("DATA_EMPTY", "Connector data is empty or has no name")
        })?;
    let mut d = ctx.state.store.write();
    let active = d
        .app
        .connectors
        .get(&connector)
        .and_then(|lines| lines.get(line.to_string()))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    if !active {
        return Err(RestError::bad_request(
            "CONNECTOR_NOT_ACTIVE",
            "The connector is not active on this open line",
        ));
    }
    d.im.connector_data
        .insert((connector, line), Value::Object(data));
    Ok(Success::plain(Value::Bool(true)))
}
