//! Seeding: volumes, determinism, referential integrity, the deliberate edge cases.

use super::crm::*;
use super::*;

const ANCHOR: i64 = 1_795_986_000; // 2026-11-30T00:00:00+03:00

#[test]
fn seeds_the_documented_volumes() {
    let store = Store::seeded_at(ANCHOR);
    let d = store.read();
    assert_eq!(d.users.len(), 20);
    assert_eq!(d.departments.len(), 6);
    assert_eq!(d.crm.of(COMPANY).len(), 60);
    assert_eq!(d.crm.of(CONTACT).len(), 120);
    assert_eq!(d.crm.of(DEAL).len(), 150);
    assert_eq!(d.crm.of(LEAD).len(), 80);
    assert_eq!(d.crm.of(QUOTE).len(), 40);
    assert_eq!(d.crm.of(SMART_INVOICE).len(), 30);
    assert_eq!(d.crm.of(PROJECTS).len(), 40);
    assert_eq!(d.crm.of(CONTRACTS).len(), 15);
    assert_eq!(
        d.crm.of(SERVICE_REQUESTS).len() as u64,
        SERVICE_REQUEST_COUNT
    );
    assert_eq!(d.crm.types.len(), 3);
    assert_eq!(d.work.tasks.len(), 120);
    assert_eq!(d.work.groups.len(), 6);
    assert!(
        d.work.checklist.len() > 60,
        "checklists: {}",
        d.work.checklist.len()
    );
    assert!(d.calendar.len() >= 40);
    assert!(d.crm.activities.len() > 100);
    let both_pipelines = [0, 1]
        .iter()
        .all(|c| d.crm.of(DEAL).iter().any(|r| r.category_id == Some(*c)));
    assert!(both_pipelines, "deals in both pipelines");
}

#[test]
fn seeding_is_deterministic() {
    let a = Store::seeded_at(ANCHOR);
    let b = Store::seeded_at(ANCHOR);
    assert_eq!(*a.read(), *b.read());
    assert_eq!(a.member_id(), b.member_id());
    assert_eq!(a.member_id().len(), 32);
    assert!(a
        .member_id()
        .bytes()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    // A different day moves dates, never names or amounts.
    let c = Store::seeded_at(ANCHOR + 86_400);
    let (a, c) = (a.read(), c.read());
    assert_eq!(a.crm.of(DEAL)[9].title, c.crm.of(DEAL)[9].title);
    assert_eq!(
        a.crm.of(DEAL)[9].created + 86_400,
        c.crm.of(DEAL)[9].created
    );
}

#[test]
fn every_reference_exists_or_is_deliberately_empty() {
    let store = Store::seeded_at(ANCHOR);
    let d = store.read();
    let user_ok = |id: u64| d.user(id).is_some();
    for t in ENTITY_TYPES {
        for r in d.crm.of(t) {
            assert!(
                user_ok(r.assigned_by_id) && user_ok(r.created_by),
                "{t}/{} user",
                r.id
            );
            if let Some(c) = r.company_id {
                assert!(d.crm.get(COMPANY, c).is_some(), "{t}/{} company {c}", r.id);
            }
            for c in &r.contact_ids {
                assert!(d.crm.get(CONTACT, *c).is_some(), "{t}/{} contact {c}", r.id);
            }
            if let Some(deal) = r.deal_id {
                assert!(d.crm.get(DEAL, deal).is_some(), "{t}/{} deal {deal}", r.id);
            }
            if let Some(stage) = &r.stage_id {
                let stages = d.crm.stages(t, r.category_id);
                assert!(
                    stages.iter().any(|s| &s.status_id == stage),
                    "{t}/{} stage {stage}",
                    r.id
                );
            }
        }
    }
    let no_client: Vec<u64> = d
        .crm
        .of(DEAL)
        .iter()
        .filter(|r| r.company_id.is_none() && r.contact_ids.is_empty())
        .map(|r| r.id)
        .collect();
    assert_eq!(
        no_client,
        vec![DEAL_WITHOUT_CLIENT],
        "only the deliberate deal has no client"
    );
    for a in &d.crm.activities {
        assert!(d.crm.get(a.owner_type_id, a.owner_id).is_some());
        assert!(user_ok(a.responsible_id));
    }
    for t in &d.work.tasks {
        assert!(user_ok(t.responsible_id) && user_ok(t.created_by));
        assert!(t.group_id == 0 || d.work.groups.iter().any(|g| g.id == t.group_id));
        assert!((1..=7).contains(&t.status));
    }
    for c in &d.work.checklist {
        assert!(d.work.tasks.iter().any(|t| t.id == c.task_id));
        assert!(c.parent_id == 0 || d.work.checklist.iter().any(|p| p.id == c.parent_id));
    }
    for g in &d.work.groups {
        assert!(user_ok(g.owner_id) && g.members.iter().all(|m| user_ok(*m)));
    }
    for u in &d.users {
        assert!(u
            .departments
            .iter()
            .all(|dep| d.departments.iter().any(|x| x.id == *dep)));
    }
}

#[test]
fn edge_cases_are_present() {
    let store = Store::seeded_at(ANCHOR);
    let d = store.read();
    assert!(d
        .crm
        .get(DEAL, DEAL_WITH_SCRIPT_TITLE)
        .is_some_and(|r| r.title.contains("<script>")));
    assert!(d
        .crm
        .get(DEAL, DEAL_WITH_LONG_TITLE)
        .is_some_and(|r| r.title.chars().count() > 200));
    assert!(d.users.iter().any(|u| !u.has_photo));
    assert!(d.users.iter().any(|u| !u.active));
    assert!(d.users.iter().any(|u| u
        .name
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))));
    let t = d
        .work
        .tasks
        .iter()
        .find(|t| t.id == tasks::TASK_WITHOUT_DEADLINE);
    assert!(t.is_some_and(|t| t.deadline.is_none()));
    let past = d
        .work
        .tasks
        .iter()
        .filter(|t| t.deadline.is_some_and(|x| x < ANCHOR))
        .count();
    let future = d
        .work
        .tasks
        .iter()
        .filter(|t| t.deadline.is_some_and(|x| x > ANCHOR))
        .count();
    assert!(past > 10 && future > 10, "past {past}, future {future}");
    assert!(
        d.work.tasks.iter().any(|t| t.group_id != 0)
            && d.work.tasks.iter().any(|t| t.group_id == 0)
    );
}

#[test]
fn host_side_accessors_round_trip() {
    let store = Store::seeded_at(ANCHOR);
    assert_eq!(store.current_user_id(), 1);
    assert!(store.is_installed());
    store.set_installed(false);
    assert!(!store.is_installed());
    store.set_user_option("theme", serde_json::json!("dark"));
    store.set_app_option("mode", serde_json::json!({"a": 1}));
    assert_eq!(store.user_options()["theme"], "dark");
    assert_eq!(store.app_options()["mode"]["a"], 1);
    assert!(store.placement_bindings().is_empty());
    store.set_public_origin("http://127.0.0.1:9100/");
    assert_eq!(
        store.avatar_url(3),
        "http://127.0.0.1:9100/emulator/avatar/3.svg"
    );
}
