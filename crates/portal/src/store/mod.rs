//! Seeded store.
pub struct Store; impl Store { pub fn seeded() -> Self { Store } }
