//! A fast path for the ID-cursor export (`order {id: ASC}`, `filter[>id]`, `start=-1`), which
//! clients use to walk long lists: instead of rendering every record of the type for each page, the
//! records (kept sorted by id) after the cursor are rendered in small chunks until a page is full.
//! The answer is the one the general engine gives, since with the order by id ascending the first
//! 50 matches of the whole table are the first 50 matches of its id-ordered chunks.

use crate::rest::query::{normalize, run, ListQuery, ListSpec, Op, Page, Start, PAGE_SIZE};
use crate::store::crm::CrmRecord;
use serde_json::{Map, Value};

/// Records rendered per step.
const CHUNK: usize = 256;

/// The page of an ID-cursor request over `records` (sorted by id), or `None` when the request is
/// not one (counted, ordered otherwise): the caller then runs the general engine.
pub fn page(
    spec: &ListSpec,
    query: &ListQuery,
    records: &[CrmRecord],
    render: impl Fn(&CrmRecord) -> Map<String, Value>,
) -> Option<Page> {
    if query.start != Start::NoCount {
        return None;
    }
    let by_id_ascending = match query.order.as_slice() {
        [] => true,
        [(field, false)] => normalize(field) == "id",
        _ => false,
    };
    if !by_id_ascending {
        return None;
    }
    // The cursor: the largest lower bound on id (`>id`, `>=id`).
    let after = query
        .filter
        .iter()
        .filter(|c| normalize(&c.field) == "id")
        .filter_map(|c| {
            let n = crate::rest::params::as_id(&c.value)?;
            match c.op {
                Op::Greater => Some(n),
                Op::GreaterEq => Some(n.saturating_sub(1)),
                _ => None,
            }
        })
        .max()
        .unwrap_or(0);
    let start = records.partition_point(|r| r.id <= after);
    let mut rows = Vec::new();
    for chunk in records[start..].chunks(CHUNK) {
        let found = run(spec, query, chunk.iter().map(&render).collect());
        rows.extend(found.rows);
        if rows.len() >= PAGE_SIZE {
            rows.truncate(PAGE_SIZE);
            break;
        }
    }
    Some(Page {
        rows,
        total: 0,
        next: None,
    })
}
