//! Where the plan file is: `--file`, else `$SOCIALPLAN_FILE`, else `plan.json`
//! in the platform's data directory for socialplan.

use std::ffi::OsString;
use std::path::PathBuf;

use directories::ProjectDirs;

use super::StoreError;

/// The file name inside the data directory.
pub const FILE_NAME: &str = "plan.json";
/// The environment variable that names the plan file.
pub const ENV_VAR: &str = "SOCIALPLAN_FILE";

/// Resolves the plan's path. `env_file` is the value of `$SOCIALPLAN_FILE`
/// (passed in so that callers and tests decide where it comes from).
pub fn resolve(file: Option<PathBuf>, env_file: Option<OsString>) -> Result<PathBuf, StoreError> {
    if let Some(file) = file {
        return Ok(file);
    }
    if let Some(env) = env_file.filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(env));
    }
    data_dir()
        .map(|dir| dir.join(FILE_NAME))
        .ok_or(StoreError::NoDataDir)
}

/// The platform's data directory for socialplan (`$XDG_DATA_HOME/socialplan`
/// on Linux), where the plan lives by default and crash reports and the
/// debug log are written; None without a home directory.
pub fn data_dir() -> Option<PathBuf> {
    ProjectDirs::from("", "", "socialplan").map(|dirs| dirs.data_dir().to_path_buf())
}

/// Resolves with the process environment.
pub fn resolve_from_env(file: Option<PathBuf>) -> Result<PathBuf, StoreError> {
    resolve(file, std::env::var_os(ENV_VAR))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_beats_environment() {
        let path = resolve(Some("a.json".into()), Some("b.json".into())).unwrap();
        assert_eq!(path, PathBuf::from("a.json"));
    }

    #[test]
    fn environment_beats_data_dir_and_empty_is_unset() {
        assert_eq!(
            resolve(None, Some("b.json".into())).unwrap(),
            PathBuf::from("b.json")
        );
        let default = resolve(None, Some(OsString::new())).unwrap();
        assert!(default.ends_with("socialplan/plan.json"), "{default:?}");
    }
}
