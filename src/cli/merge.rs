//! `socialplan merge BASE OURS THEIRS`: the git merge driver. git gives it
//! three files (`%O %A %B`) and takes what is left in OURS as the merge;
//! exit 0 says it merged cleanly, exit 1 that the file is conflicted.

use std::path::Path;

use super::Failure;
use crate::domain::Plan;
use crate::domain::merge;
use crate::i18n::Lang;
use crate::store;

pub fn run(base: &Path, ours: &Path, theirs: &Path, lang: Lang) -> Result<(), Failure> {
    // All three are read before anything is written: a damaged or newer
    // file stops the merge with OURS untouched.
    let base_plan = read(base, Input::Base, lang)?;
    let our_plan = read(ours, Input::Side, lang)?;
    let their_plan = read(theirs, Input::Side, lang)?;
    let merged = merge::three_way(&base_plan, &our_plan, &their_plan);
    log::info!(
        "merge driver: {} and {} from {}: {} conflicts",
        ours.display(),
        theirs.display(),
        base.display(),
        merged.conflicts.len()
    );
    for conflict in &merged.conflicts {
        log::info!(
            "conflict kept ours: {:?} `{}` ({:?})",
            conflict.item,
            conflict.field,
            conflict.cause
        );
    }
    // Written even with conflicts: each keeps our value, and the plan is
    // valid, so the user settles them with socialplan itself.
    store::write_atomically(ours, &store::to_json(&merged.plan))
        .map_err(|error| Failure::Failed(lang.cannot_write(ours, &error)))?;
    if merged.is_clean() {
        Ok(())
    } else {
        Err(Failure::Failed(lang.merge_conflicts(&merged.conflicts)))
    }
}

/// Which of the three files: git gives an empty base when both branches
/// added the plan (there is no common version).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Input {
    Base,
    Side,
}

/// A plan through the store's reader and parser, which migrate an older
/// version and refuse a damaged or newer file.
fn read(path: &Path, input: Input, lang: Lang) -> Result<Plan, Failure> {
    let failed = |error: store::StoreError| Failure::Failed(lang.store_error(&error));
    let Some(bytes) = store::read_input(path).map_err(failed)? else {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        return Err(Failure::Failed(lang.cannot_read(path, &missing)));
    };
    if input == Input::Base && bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(no_common_version());
    }
    store::parse(path, &bytes).map_err(failed)
}

/// The base of a plan both sides added: nothing at all, not even a name or
/// a currency, so that whatever the two sides gave differently is a conflict.
fn no_common_version() -> Plan {
    Plan::new("", "")
}
