//! `socialplan import --format csv FILE`: campaigns from a spreadsheet, in
//! the export's columns. Every row is checked first; one bad row changes
//! nothing, and every bad row is reported with its line.

use std::path::Path;

use super::{Failure, Style};
use crate::formats::csv;
use crate::workspace::Workspace;

pub fn run(workspace: &mut Workspace, file: &Path, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    let bytes = std::fs::read(file).map_err(|e| Failure::Failed(lang.cannot_read(file, &e)))?;
    let import = csv::import(workspace.plan(), &bytes, workspace.today()).map_err(|rows| {
        let lines: Vec<String> = rows.iter().map(|row| lang.row_problem(file, row)).collect();
        Failure::Failed(format!(
            "{}\n{}",
            lang.import_refused(rows.len()),
            lines.join("\n")
        ))
    })?;
    let committed = workspace
        .commit(&import.edit)
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    let mut out = lang.imported(import.added, import.updated, &import.channels_created);
    out.push('\n');
    if !committed.saved {
        out.push_str(lang.t(crate::i18n::T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
