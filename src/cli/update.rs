//! `socialplan update OBJECTIVE VALUE`: the weekly measurement in seconds.

use chrono::NaiveDate;

use super::find::find_or_say;
use super::{Failure, Style, status};
use crate::domain::unusual::unusual;
use crate::domain::{Edit, Measurement};
use crate::i18n::T;
use crate::workspace::Workspace;

pub struct Request<'a> {
    pub objective: &'a str,
    pub value: &'a str,
    pub date: NaiveDate,
    pub note: &'a str,
}

/// Records the value and returns what to print. A value that looks like a
/// slip (`domain::unusual`) is recorded too, with a warning on stderr.
pub fn run(workspace: &mut Workspace, request: &Request, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    let value = lang.read_number(request.value).map_err(Failure::Usage)?;
    let objective = find_or_say(&workspace.plan().objectives, request.objective, lang)
        .map_err(Failure::Failed)?;
    let warning = unusual(objective, value).map(|why| lang.unusual_recorded(value, why));
    let id = objective.id.clone();
    let measurement = Measurement {
        date: request.date,
        value,
        note: request.note.to_string(),
    };
    let edit = Edit::record(workspace.plan(), &id, measurement);
    let committed = workspace
        .commit(&edit)
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    if let Some(warning) = warning {
        eprintln!("{warning}");
    }
    let mut out = match committed.inverse {
        Edit::RecordMeasurement {
            measurement: old, ..
        } => lang.replaced(old.value, old.date, value),
        _ => lang.recorded(value, request.date),
    };
    out.push('\n');
    if let Some(objective) = workspace.plan().objective(&id) {
        out.push_str(&status::line(objective, workspace.today(), style));
        out.push('\n');
    }
    if !committed.saved {
        out.push_str(lang.t(T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
