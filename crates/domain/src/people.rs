//! Portal users as widgets show them: a name, a photo, a position.

use crate::answers::{TaskMember, User};

/// A portal user, reduced to what a card shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// User id.
    pub id: u64,
    /// Display name (`NAME LAST_NAME`, falling back to the e-mail or `#id`).
    pub name: String,
    /// Photo URL, absolute or portal-relative; `None` when the user has none (or only the default).
    pub photo: Option<String>,
    /// Job title.
    pub position: Option<String>,
}

impl Person {
    /// Reads a `user.get` row or the `user.current` answer; `None` without an id. The name is
    /// `NAME LAST_NAME`, falling back to the e-mail or `#id`.
    pub fn from_user(user: &User) -> Option<Self> {
        let id = user.id?;
        let name = [&user.name, &user.last_name]
            .into_iter()
            .filter_map(|part| part.as_deref())
            .collect::<Vec<_>>()
            .join(" ");
        let name = if name.is_empty() {
            user.email.clone().unwrap_or_else(|| format!("#{id}"))
        } else {
            name
        };
        Some(Self {
            id,
            name,
            photo: photo_url(user.personal_photo.as_deref()),
            position: user.work_position.clone(),
        })
    }

    /// Reads the first usable row of a `user.get` answer.
    pub fn from_user_get(rows: &[User]) -> Option<Self> {
        rows.iter().find_map(Self::from_user)
    }

    /// Reads a member object embedded in a task (`{id, name, link, icon, workPosition}`).
    pub fn from_task_member(member: &TaskMember) -> Option<Self> {
        let id = member.id?;
        Some(Self {
            id,
            name: member.name.clone().unwrap_or_else(|| format!("#{id}")),
            photo: photo_url(member.icon.as_deref()),
            position: member.work_position.clone(),
        })
    }

    /// One or two initials for an avatar without a photo.
    pub fn initials(&self) -> String {
        let mut letters = self
            .name
            .split_whitespace()
            .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()));
        let first = letters.next();
        let second = letters.next();
        first
            .into_iter()
            .chain(second)
            .flat_map(char::to_uppercase)
            .collect()
    }

    /// The user's profile page, a path the portal's `openPath` accepts.
    pub fn profile_path(&self) -> String {
        format!("/company/personal/user/{}/", self.id)
    }
}

/// A photo field, ignoring the portal's placeholder images and numeric file ids (no URL yet).
fn photo_url(url: Option<&str>) -> Option<String> {
    let url = url?.to_owned();
    let is_url = url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/');
    let is_placeholder = url.contains("/bitrix/images/") && url.contains("default_avatar");
    (is_url && !is_placeholder).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn users(answer: Value) -> Vec<User> {
        serde_json::from_value::<rest::de::List<User>>(answer)
            .unwrap()
            .0
    }

    fn user(row: Value) -> User {
        serde_json::from_value(row).unwrap()
    }

    fn member(object: Value) -> TaskMember {
        serde_json::from_value(object).unwrap()
    }

    #[test]
    fn reads_user_get_rows() {
        let p = Person::from_user_get(&users(json!([{
            "ID": "1", "NAME": "Anna", "LAST_NAME": "Petrova", "PERSONAL_PHOTO": "https://x/y.png", "WORK_POSITION": "CEO"
        }])))
        .unwrap();
        assert_eq!(
            (
                p.id,
                p.name.as_str(),
                p.photo.as_deref(),
                p.position.as_deref()
            ),
            (1, "Anna Petrova", Some("https://x/y.png"), Some("CEO"))
        );
        assert_eq!(p.initials(), "AP");
        assert_eq!(p.profile_path(), "/company/personal/user/1/");
        let nameless = Person::from_user(&user(
            json!({"ID": 7, "EMAIL": "x@y.z", "PERSONAL_PHOTO": "123"}),
        ))
        .unwrap();
        assert_eq!(nameless.name, "x@y.z");
        assert_eq!(nameless.photo, None, "a file id is not a URL");
        assert!(Person::from_user_get(&users(json!([]))).is_none());
        assert!(
            Person::from_user(&user(json!({"NAME": "No id"}))).is_none(),
            "a row without an id is no person"
        );
    }

    #[test]
    fn reads_task_members_and_drops_placeholder_photos() {
        let p = Person::from_task_member(&member(json!({"id":"547","name":"Maria","icon":"/bitrix/images/tasks/default_avatar.png","workPosition":"Tester"}))).unwrap();
        assert_eq!(p.photo, None);
        assert_eq!(p.initials(), "M");
        assert_eq!(
            Person::from_task_member(&member(
                json!({"id":"3","name":"Иван Сидоров","icon":"/upload/a.jpg"})
            ))
            .unwrap()
            .initials(),
            "ИС"
        );
    }
}
