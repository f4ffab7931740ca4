//! A change to some fields of one item: each field named with the value it
//! had and the value it gets. A field the patch does not name is never
//! touched, so a patch made from an old copy of an item (a form opened a
//! minute ago, a spreadsheet exported last week) keeps whatever else changed
//! since.
//!
//! Fields are named and valued as in the plan file (`"budget": "75.00"`),
//! which makes one patch type serve every kind of item, and lets a patch be
//! shown, compared and merged field by field.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::item::{Item, Kind};

/// Changes to the fields of the item of `kind` with key `key`.
#[derive(Clone, Debug, PartialEq)]
pub struct Patch {
    pub kind: Kind,
    pub key: String,
    pub changes: Vec<FieldChange>,
}

/// One field's value before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    /// The field's name in the plan file, e.g. `budget`.
    pub field: String,
    pub before: Value,
    pub after: Value,
}

/// Why a patch does not fit the item it is applied to.
#[derive(Clone, Debug, PartialEq)]
pub enum Misfit {
    /// The field no longer holds the value the patch started from: someone
    /// else changed it since. `found` is what it holds.
    Changed { field: String, found: Value },
    /// No such field, or a value of the wrong type for it.
    NotAField { field: String },
}

impl Patch {
    /// The changes that turn `old` into `new`, field by field (none when they
    /// are equal). Both must be the same kind of item.
    pub fn between(old: &Item, new: &Item) -> Patch {
        let (before, after) = (fields(old), fields(new));
        let changes = after
            .into_iter()
            .filter_map(|(field, after)| {
                let before = before.get(&field).cloned().unwrap_or(Value::Null);
                (before != after).then_some(FieldChange {
                    field,
                    before,
                    after,
                })
            })
            .collect();
        Patch {
            kind: old.kind(),
            key: old.key(),
            changes,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    pub fn names(&self, field: &str) -> bool {
        self.changes.iter().any(|c| c.field == field)
    }

    /// The patch that takes this one back.
    #[must_use]
    pub fn inverse(&self) -> Patch {
        Patch {
            kind: self.kind,
            key: self.key.clone(),
            changes: self
                .changes
                .iter()
                .map(|c| FieldChange {
                    field: c.field.clone(),
                    before: c.after.clone(),
                    after: c.before.clone(),
                })
                .collect(),
        }
    }

    /// `item` with the changes made, if every named field still holds its
    /// "before" value.
    pub fn apply_to(&self, item: &Item) -> Result<Item, Misfit> {
        match item {
            Item::Channel(x) => patched(x, &self.changes).map(Item::Channel),
            Item::Objective(x) => patched(x, &self.changes).map(Item::Objective),
            Item::Campaign(x) => patched(x, &self.changes).map(Item::Campaign),
            Item::Review(x) => patched(x, &self.changes).map(Item::Review),
            Item::Figure(x) => patched(x, &self.changes).map(Item::Figure),
            Item::Audience(x) => patched(x, &self.changes).map(Item::Audience),
            Item::Competitor(x) => patched(x, &self.changes).map(Item::Competitor),
            Item::Post(x) => patched(x, &self.changes).map(Item::Post),
            Item::Protocol(x) => patched(x, &self.changes).map(Item::Protocol),
        }
    }
}

/// An item's fields as the plan file writes them.
fn fields(item: &Item) -> Map<String, Value> {
    let value = match item {
        Item::Channel(x) => serde_json::to_value(x),
        Item::Objective(x) => serde_json::to_value(x),
        Item::Campaign(x) => serde_json::to_value(x),
        Item::Review(x) => serde_json::to_value(x),
        Item::Figure(x) => serde_json::to_value(x),
        Item::Audience(x) => serde_json::to_value(x),
        Item::Competitor(x) => serde_json::to_value(x),
        Item::Post(x) => serde_json::to_value(x),
        Item::Protocol(x) => serde_json::to_value(x),
    };
    // Items are structs of plain data: they always serialise to an object.
    match value {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn patched<T: Serialize + DeserializeOwned>(
    item: &T,
    changes: &[FieldChange],
) -> Result<T, Misfit> {
    let Ok(Value::Object(mut map)) = serde_json::to_value(item) else {
        return Err(Misfit::NotAField {
            field: String::new(),
        });
    };
    for change in changes {
        let Some(current) = map.get_mut(&change.field) else {
            return Err(Misfit::NotAField {
                field: change.field.clone(),
            });
        };
        if *current != change.before {
            return Err(Misfit::Changed {
                field: change.field.clone(),
                found: current.clone(),
            });
        }
        *current = change.after.clone();
    }
    serde_json::from_value(Value::Object(map)).map_err(|_| Misfit::NotAField {
        field: changes
            .iter()
            .map(|c| c.field.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Campaign, Money, Status};
    use chrono::NaiveDate;

    fn campaign() -> Campaign {
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        Campaign {
            spend: Vec::new(),
            id: "welcome".into(),
            name: "Welcome series".into(),
            channel: "newsletter".into(),
            start: day(4),
            end: day(31),
            status: Status::Planned,
            budget: Money::ZERO,
            objectives: vec![],
            audience: String::new(),
            message: String::new(),
            owner: "Ana".into(),
        }
    }

    /// The campaign with one change, as an item.
    fn changed(change: impl FnOnce(&mut Campaign)) -> Item {
        let mut changed = campaign();
        change(&mut changed);
        Item::Campaign(changed)
    }

    #[test]
    fn a_patch_names_only_what_changed_and_keeps_the_rest() {
        let old = Item::Campaign(campaign());
        let new = changed(|c| c.name = "Welcome series TA".into());
        let patch = Patch::between(&old, &new);
        assert_eq!(patch.changes.len(), 1);
        assert!(patch.names("name"));
        // Meanwhile someone else set the budget: the patch keeps it.
        let theirs = changed(|c| c.budget = Money::parse("75").unwrap());
        let Ok(Item::Campaign(merged)) = patch.apply_to(&theirs) else {
            panic!("patch refused");
        };
        assert_eq!(merged.name, "Welcome series TA");
        assert_eq!(merged.budget, Money::parse("75").unwrap());
    }

    #[test]
    fn a_field_changed_since_is_a_misfit_and_the_inverse_takes_it_back() {
        let old = Item::Campaign(campaign());
        let new = changed(|c| c.owner = "Luis".into());
        let patch = Patch::between(&old, &new);
        let other = changed(|c| c.owner = "Marta".into());
        assert_eq!(
            patch.apply_to(&other),
            Err(Misfit::Changed {
                field: "owner".into(),
                found: Value::from("Marta"),
            })
        );
        let back = patch.inverse().apply_to(&new).unwrap();
        assert_eq!(back, old);
    }

    #[test]
    fn unknown_fields_and_wrong_types_are_refused() {
        let item = Item::Campaign(campaign());
        let change = |field: &str, before: Value, after: Value| Patch {
            kind: Kind::Campaign,
            key: "welcome".into(),
            changes: vec![FieldChange {
                field: field.into(),
                before,
                after,
            }],
        };
        let nope = change("colour", Value::Null, Value::from("red"));
        assert!(matches!(
            nope.apply_to(&item),
            Err(Misfit::NotAField { .. })
        ));
        let wrong = change("status", Value::from("planned"), Value::from(7));
        assert!(matches!(
            wrong.apply_to(&item),
            Err(Misfit::NotAField { .. })
        ));
    }
}
