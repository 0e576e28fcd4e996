//! `REST_APP_URI` links (`/marketplace/view/<APP>/?params[task]=42`): which object the link's
//! `params` name, so the app can open it in its own view.
//!
//! The app reads these keys (values arrive as strings, placements.md §5.8):
//! - `entityTypeId` + `id` (any CRM type, smart processes included), or one of `lead`, `deal`,
//!   `contact`, `company`, `quote`, `invoice` (smart invoice) = id;
//! - `task` or `taskId` = id;
//! - `user` or `userId` = id.
//!
//! Keys match case-insensitively; anything else (or an id that is not a positive number) is
//! [`LinkTarget::Unknown`], which the app shows as such with what it received.

use placement::{CrmEntityType, CrmRef, EntityId, EntityTypeId, RestAppLink, TaskId, UserId};

/// What a link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// A CRM element.
    Crm(CrmRef),
    /// A task.
    Task(TaskId),
    /// An employee.
    User(UserId),
    /// Nothing the app knows; the params as received (key, value), for the screen that says so.
    Unknown(Vec<(String, String)>),
}

/// The keys naming one CRM type each.
const CRM_KEYS: [(&str, CrmEntityType); 6] = [
    ("lead", CrmEntityType::Lead),
    ("deal", CrmEntityType::Deal),
    ("contact", CrmEntityType::Contact),
    ("company", CrmEntityType::Company),
    ("quote", CrmEntityType::Quote),
    ("invoice", CrmEntityType::SmartInvoice),
];

impl LinkTarget {
    /// Reads the link's params.
    pub fn of(link: &RestAppLink) -> Self {
        let get = |key: &str| {
            link.params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .and_then(|(_, v)| v.trim().parse::<u64>().ok())
                .filter(|id| *id > 0)
        };
        if let (Some(type_id), Some(id)) = (get("entityTypeId"), get("id")) {
            if let Ok(type_id) = u32::try_from(type_id) {
                return Self::Crm(CrmRef {
                    entity: CrmEntityType::from_entity_type_id(EntityTypeId(type_id)),
                    id: EntityId(id),
                });
            }
        }
        if let Some((entity, id)) = CRM_KEYS
            .iter()
            .find_map(|(key, entity)| get(key).map(|id| (*entity, id)))
        {
            return Self::Crm(CrmRef {
                entity,
                id: EntityId(id),
            });
        }
        if let Some(task) = get("task").or_else(|| get("taskId")) {
            return Self::Task(TaskId(task));
        }
        if let Some(user) = get("user").or_else(|| get("userId")) {
            return Self::User(UserId(user));
        }
        Self::Unknown(
            link.params
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(pairs: &[(&str, &str)]) -> RestAppLink {
        RestAppLink {
            params: pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn links_name_crm_elements_tasks_and_users() {
        assert_eq!(
            LinkTarget::of(&link(&[("entityTypeId", "128"), ("id", "2")])),
            LinkTarget::Crm(CrmRef {
                entity: CrmEntityType::Dynamic(EntityTypeId(128)),
                id: EntityId(2)
            })
        );
        assert_eq!(
            LinkTarget::of(&link(&[("DEAL", " 3 ")])),
            LinkTarget::Crm(CrmRef {
                entity: CrmEntityType::Deal,
                id: EntityId(3)
            })
        );
        assert_eq!(
            LinkTarget::of(&link(&[("taskId", "42")])),
            LinkTarget::Task(TaskId(42))
        );
        assert_eq!(
            LinkTarget::of(&link(&[("user", "7")])),
            LinkTarget::User(UserId(7))
        );
    }

    #[test]
    fn anything_else_is_unknown_with_what_arrived() {
        assert_eq!(
            LinkTarget::of(&link(&[("docId", "42"), ("test", "y")])),
            LinkTarget::Unknown(vec![
                ("docId".into(), "42".into()),
                ("test".into(), "y".into())
            ])
        );
        for bad in [("task", "0"), ("task", "-1"), ("deal", "abc"), ("user", "")] {
            assert!(
                matches!(LinkTarget::of(&link(&[bad])), LinkTarget::Unknown(_)),
                "{bad:?}"
            );
        }
        assert!(matches!(
            LinkTarget::of(&link(&[("entityTypeId", "2")])),
            LinkTarget::Unknown(_)
        ));
    }
}
