//! Users and the company structure: `user.get`, `user.current`, `profile`, `department.get`, and the
//! SVG avatars that users' `PERSONAL_PHOTO` points at.

use super::{date, object, page_success, s, Ctx};
use crate::rest::envelope::{RestError, Success};
use crate::rest::params::{scalar_text, Params};
use crate::rest::query::{parse_filter, parse_start, run, Condition, ListQuery, ListSpec, Start};
use crate::store::time::{PORTAL_OFFSET_SECS, PORTAL_TZ};
use crate::store::users::User;
use crate::store::{Data, Store};
use serde_json::{json, Map, Value};

/// A `user.get` row. Absolute avatar URLs, `""` for the user without a photo.
pub fn user_row(store: &Store, u: &User) -> Map<String, Value> {
    object(json!({
        "ID": u.id.to_string(),
        "XML_ID": format!("emulator_{}", u.id),
        "ACTIVE": u.active,
        "NAME": u.name,
        "LAST_NAME": u.last_name,
        "SECOND_NAME": u.second_name,
        "TITLE": "",
        "EMAIL": u.email,
        "LAST_LOGIN": date(Some(u.last_login)),
        "DATE_REGISTER": date(Some(u.registered)),
        "TIME_ZONE": "",
        "IS_ONLINE": if u.online { "Y" } else { "N" },
        "TIME_ZONE_OFFSET": PORTAL_OFFSET_SECS.to_string(),
        "TIMESTAMP_X": date(Some(u.last_login)),
        "LAST_ACTIVITY_DATE": date(Some(u.last_login)),
        "PERSONAL_GENDER": u.gender,
        "PERSONAL_BIRTHDAY": "",
        "PERSONAL_PHOTO": if u.has_photo { store.avatar_url(u.id) } else { String::new() },
        "PERSONAL_MOBILE": u.mobile,
        "PERSONAL_CITY": "",
        "WORK_PHONE": u.work_phone,
        "WORK_POSITION": u.position,
        "UF_EMPLOYMENT_DATE": date(Some(u.registered)),
        "UF_DEPARTMENT": u.departments,
        "UF_PHONE_INNER": (100 + u.id).to_string(),
        "USER_TYPE": "employee",
    }))
}

/// `user.get` returns custom fields (`UF_DEPARTMENT`, ...) by default.
const USER_SPEC: ListSpec = ListSpec {
    default_includes_uf: true,
    ..ListSpec::simple("ID", &[("ID", false)])
};
/// `user.get` / `department.get` parameters that are not filter fields.
const USER_GET_RESERVED: &[&str] = &["sort", "order", "start", "admin_mode", "filter"];

/// `sort` + `order`: how `user.get` and `department.get` take their sort field.
fn sort_param(p: &Params) -> Vec<(String, bool)> {
    match p.text("sort") {
        Some(field) => vec![(
            field,
            p.text("order")
                .is_some_and(|o| o.eq_ignore_ascii_case("desc")),
        )],
        None => Vec::new(),
    }
}

/// The top-level parameters that are filter fields (`user.get {ID: 5}`).
fn top_level_filter(p: &Params) -> Vec<Condition> {
    let fields: Map<String, Value> =
        p.0.iter()
            .filter(|(k, _)| !USER_GET_RESERVED.contains(&k.to_ascii_lowercase().as_str()))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
    parse_filter(&Value::Object(fields))
}

/// `FIND`: the quick search over name, e-mail and position.
fn find_matches(u: &User, needle: &str) -> bool {
    let needle = needle.to_lowercase();
    [&u.name, &u.last_name, &u.email, &u.position]
        .iter()
        .any(|f| f.to_lowercase().contains(&needle))
}

/// `user.get {FILTER|filter|<field>: ..., sort, order, start}`: filter by `ID` (one or a list),
/// `ACTIVE`, `UF_DEPARTMENT`, `FIND`, any field with prefixes.
pub fn user_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let mut filter: Vec<Condition> = p.get("FILTER").map(parse_filter).unwrap_or_default();
    filter.extend(top_level_filter(p));
    let find: Vec<String> = filter
        .iter()
        .filter(|c| c.field.eq_ignore_ascii_case("FIND"))
        .filter_map(|c| scalar_text(&c.value))
        .collect();
    filter.retain(|c| !c.field.eq_ignore_ascii_case("FIND"));
    let query = ListQuery {
        filter,
        order: sort_param(p),
        select: Vec::new(),
        start: p.get("start").map(parse_start).unwrap_or(Start::Offset(0)),
    };
    let d = ctx.state.store.read();
    let rows = d
        .users
        .iter()
        .filter(|u| find.iter().all(|f| find_matches(u, f)))
        .map(|u| user_row(&ctx.state.store, u))
        .collect();
    Ok(page_success(run(&USER_SPEC, &query, rows), None))
}

fn current(d: &Data) -> Result<&User, RestError> {
    d.user(d.current_user_id)
        .ok_or_else(|| RestError::new(401, "NO_AUTH_FOUND", "Wrong authorization data"))
}

/// `user.current`: the user the app runs as.
pub fn user_current(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    Ok(Success::plain(Value::Object(user_row(
        &ctx.state.store,
        current(&d)?,
    ))))
}

/// `profile`: the short profile of the current user.
pub fn profile(ctx: &Ctx, _: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let u = current(&d)?;
    Ok(Success::plain(json!({
        "ID": u.id.to_string(),
        "ADMIN": u.is_admin,
        "NAME": u.name,
        "LAST_NAME": u.last_name,
        "PERSONAL_GENDER": u.gender,
        "PERSONAL_PHOTO": if u.has_photo { ctx.state.store.avatar_url(u.id) } else { String::new() },
        "TIME_ZONE": PORTAL_TZ,
        "TIME_ZONE_OFFSET": PORTAL_OFFSET_SECS,
    })))
}

/// `department.get {ID?, NAME?, PARENT?, UF_HEAD?, sort, order}`.
pub fn department_get(ctx: &Ctx, p: &Params) -> Result<Success, RestError> {
    let d = ctx.state.store.read();
    let rows = d
        .departments
        .iter()
        .map(|dep| {
            let mut m = Map::new();
            m.insert("ID".into(), s(dep.id.to_string()));
            m.insert("NAME".into(), s(&dep.name));
            m.insert("SORT".into(), s(dep.sort.to_string()));
            if let Some(parent) = dep.parent {
                m.insert("PARENT".into(), s(parent.to_string()));
            }
            m.insert("UF_HEAD".into(), s(dep.head.to_string()));
            m
        })
        .collect();
    let query = ListQuery {
        filter: top_level_filter(p),
        order: sort_param(p),
        select: Vec::new(),
        start: Start::Offset(0),
    };
    Ok(page_success(run(&DEPARTMENT_SPEC, &query, rows), None))
}

/// `department.get` rows always carry `UF_HEAD` (the documented answer), though it is a `UF_` field.
const DEPARTMENT_SPEC: ListSpec = ListSpec {
    default_includes_uf: true,
    ..ListSpec::simple("ID", &[("SORT", false)])
};

fn xml_escape(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '&' => "&amp;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&apos;".to_owned(),
            other => other.to_string(),
        })
        .collect()
}

/// The avatar of a user: a coloured circle with the initials, as SVG. `None` for unknown users.
pub fn avatar_svg(store: &Store, user_id: u64) -> Option<String> {
    const COLORS: [&str; 8] = [
        "#2fc6f6", "#9dcf00", "#ff5752", "#ffa900", "#55d0e0", "#7b6ef6", "#f765a3", "#47e4c2",
    ];
    let d = store.read();
    let user = d.user(user_id)?;
    let color = COLORS[(user_id as usize) % COLORS.len()];
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" viewBox=\"0 0 100 100\">\
         <circle cx=\"50\" cy=\"50\" r=\"50\" fill=\"{color}\"/>\
         <text x=\"50\" y=\"50\" dy=\".35em\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\" \
         font-size=\"40\" fill=\"#ffffff\">{}</text></svg>",
        xml_escape(&user.initials())
    ))
}
