//! Older file versions are brought to the current one by pure functions on
//! the JSON value, one step per version, before they are read as a plan.
//! Each version keeps a fixture under `tests/fixtures/schema/` that must load.

use serde_json::Value;

use crate::domain::SCHEMA_VERSION;

/// Turns a file of one version into the next; the error says what was wrong.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` takes version `i + 1` to version `i + 2`. Version 1 is the
/// first, so there are none yet; the next format change adds its step here
/// with a fixture of the version it reads.
pub const MIGRATIONS: &[Migration] = &[];

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
    fn current_version_is_left_alone() {
        let value = serde_json::json!({"schema_version": SCHEMA_VERSION, "name": "x"});
        assert_eq!(migrate(value.clone(), SCHEMA_VERSION).unwrap(), value);
    }
}
