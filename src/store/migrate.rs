//! Older file versions are brought to the current one by pure functions on
//! the JSON value, one step per version, before they are read as a plan.
//! Each version keeps a fixture under `tests/fixtures/schema/` that must load.

use serde_json::Value;

use crate::domain::SCHEMA_VERSION;

/// Turns a file of one version into the next; the error says what was wrong.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` takes version `i + 1` to version `i + 2`. The next format
/// change adds its step here with a fixture of the version it reads.
pub const MIGRATIONS: &[Migration] = &[add_posts];

/// Version 2 adds the plan's `posts`: a version 1 plan has none.
fn add_posts(mut value: Value) -> Result<Value, String> {
    let plan = value
        .as_object_mut()
        .ok_or_else(|| "the plan is not a JSON object".to_string())?;
    if plan.contains_key("posts") {
        return Err("a version 1 plan has no `posts`".to_string());
    }
    plan.insert("posts".into(), Value::Array(Vec::new()));
    Ok(value)
}

/// Brings `value`, written at version `from`, to [`SCHEMA_VERSION`].
pub fn migrate(mut value: Value, from: u32) -> Result<Value, String> {
    if from == 0 {
        return Err("version 0 never existed".to_string());
    }
    for version in from..SCHEMA_VERSION {
        let step = usize::try_from(version - 1)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
            .ok_or_else(|| format!("no migration from version {version}"))?;
        value = step(value)?;
        if let Some(object) = value.as_object_mut() {
            object.insert("schema_version".into(), Value::from(version + 1));
        }
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_older_version_has_a_step() {
        assert_eq!(MIGRATIONS.len(), (SCHEMA_VERSION - 1) as usize);
    }

    #[test]
    fn version_1_gets_an_empty_list_of_posts() {
        let value = serde_json::json!({"schema_version": 1, "name": "x"});
        let migrated = migrate(value, 1).unwrap();
        assert_eq!(
            migrated,
            serde_json::json!({"schema_version": 2, "name": "x", "posts": []})
        );
    }

    #[test]
    fn a_version_1_plan_with_posts_is_refused() {
        let value = serde_json::json!({"schema_version": 1, "posts": []});
        assert!(migrate(value, 1).unwrap_err().contains("posts"));
    }

    #[test]
    fn current_version_is_left_alone() {
        let value = serde_json::json!({"schema_version": SCHEMA_VERSION, "name": "x"});
        assert_eq!(migrate(value.clone(), SCHEMA_VERSION).unwrap(), value);
    }
}
