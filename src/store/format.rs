//! The plan as text: pretty JSON in a stable order, and the reverse with
//! errors that say where (line:column) and what (the field's path).

use std::path::Path;

use serde::Deserialize;

use super::StoreError;
use super::migrate;
use crate::domain::sieve::{self, Keep};
use crate::domain::{Plan, SCHEMA_VERSION, validate};

/// The file's text: two-space indentation, fields in the model's order, a
/// final newline, so that a one-field change is a one-line diff.
pub fn to_json(plan: &Plan) -> Vec<u8> {
    // Serialising plain data to a Vec cannot fail: no maps with non-string
    // keys, no I/O. Fall back to an empty document rather than panic.
    let mut bytes = serde_json::to_vec_pretty(plan).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Only the version, read first so a newer file is refused before its
/// fields (which this build may not know) are judged.
#[derive(Deserialize)]
struct Header {
    schema_version: Option<serde_json::Value>,
}

/// Reads a plan file's bytes.
pub fn parse(path: &Path, bytes: &[u8]) -> Result<Plan, StoreError> {
    // The common case, a good file of this version, in one pass. Anything
    // else takes the careful way below, which says what is wrong and where.
    let quick = quick::<Plan>(bytes)
        .ok()
        .filter(|plan| plan.schema_version == SCHEMA_VERSION);
    let plan = match quick {
        Some(plan) => plan,
        None => parse_carefully(path, bytes)?,
    };
    validate::plan(&plan).map_err(|problem| StoreError::Problem {
        path: path.to_path_buf(),
        problem,
    })?;
    Ok(plan)
}

/// Reads a plan file's bytes for a command that only reads it and shows
/// what `keep` keeps (see `domain::sieve`: what it does not show is only
/// scanned). Any error in what it reads sends it to [`parse`], which reads
/// the whole plan, so what is wrong is said as by any other command.
pub fn parse_showing(path: &Path, bytes: &[u8], keep: Keep) -> Result<Plan, StoreError> {
    if keep == Keep::All {
        return parse(path, bytes);
    }
    match sieve::read(keep, || quick::<Plan>(bytes)) {
        Ok(plan) if plan.schema_version == SCHEMA_VERSION && validate::plan(&plan).is_ok() => {
            Ok(plan)
        }
        _ => parse(path, bytes),
    }
}

/// The quick read of a file's bytes: checked as UTF-8 once, in one pass,
/// rather than string by string (serde_json trusts a `str`'s strings),
/// which is a tenth of reading a large plan. Not UTF-8: read as bytes,
/// so the error is serde_json's own, with its line and column.
fn quick<'de, T: Deserialize<'de>>(bytes: &'de [u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    }
}

/// Reads the version first (a newer file is refused before its fields are
/// judged), then the plan with the path of any field that is wrong, or the
/// older version through its migrations.
fn parse_carefully(path: &Path, bytes: &[u8]) -> Result<Plan, StoreError> {
    let version = read_version(path, bytes)?;
    let plan = if version == SCHEMA_VERSION {
        let mut de = serde_json::Deserializer::from_slice(bytes);
        serde_path_to_error::deserialize(&mut de).map_err(|e| invalid(path, &e))?
    } else {
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| syntax(path, &e))?;
        let value = migrate::migrate(value, version).map_err(|message| StoreError::Migration {
            path: path.to_path_buf(),
            from: version,
            message,
        })?;
        serde_path_to_error::deserialize(value).map_err(|e| invalid(path, &e))?
    };
    Ok(plan)
}

fn read_version(path: &Path, bytes: &[u8]) -> Result<u32, StoreError> {
    // A plan is a JSON object. (serde would also read a struct from an
    // array, so look at the first byte rather than trust the header's type.)
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(
            match serde_json::from_slice::<serde::de::IgnoredAny>(bytes) {
                Ok(_) => StoreError::NotAPlan {
                    path: path.to_path_buf(),
                },
                Err(e) => syntax(path, &e),
            },
        );
    }
    let header: Header = serde_json::from_slice(bytes).map_err(|e| {
        if e.is_data() {
            // The only data error an object can give here: a repeated key.
            StoreError::Invalid {
                path: path.to_path_buf(),
                field: "schema_version".into(),
                line: e.line(),
                column: e.column(),
                message: strip_position(&e),
            }
        } else {
            syntax(path, &e)
        }
    })?;
    let Some(found) = header.schema_version else {
        return Err(StoreError::NoVersion {
            path: path.to_path_buf(),
        });
    };
    let version = found
        .as_u64()
        .and_then(|v| u32::try_from(v).ok())
        .filter(|&v| v > 0)
        .ok_or_else(|| StoreError::BadVersion {
            path: path.to_path_buf(),
            found: found.to_string(),
        })?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: version,
        });
    }
    Ok(version)
}

fn syntax(path: &Path, error: &serde_json::Error) -> StoreError {
    StoreError::Syntax {
        path: path.to_path_buf(),
        line: error.line(),
        column: error.column(),
        message: strip_position(error),
        truncated: error.is_eof(),
    }
}

fn invalid(path: &Path, error: &serde_path_to_error::Error<serde_json::Error>) -> StoreError {
    let inner = error.inner();
    if inner.is_syntax() || inner.is_eof() {
        return syntax(path, inner);
    }
    StoreError::Invalid {
        path: path.to_path_buf(),
        field: error.path().to_string(),
        line: inner.line(),
        column: inner.column(),
        message: strip_position(inner),
    }
}

/// serde_json appends " at line L column C"; the store reports those itself.
fn strip_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
