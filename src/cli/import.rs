//! `socialplan import --format csv [--items posts] FILE`: campaigns (or
//! posts) from a spreadsheet, in the export's columns. Every row is checked first; one bad row changes
//! nothing, and every bad row is reported with its line.

use std::path::Path;

use super::export::Items;
use super::{Failure, Style};
use crate::formats::csv;
use crate::workspace::Workspace;

pub fn run(
    workspace: &mut Workspace,
    file: &Path,
    items: Items,
    style: Style,
) -> Result<String, Failure> {
    let lang = style.lang;
    // Bounded, and never a device: `import /dev/zero` must end.
    let bytes = match crate::store::read_input(file) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
            return Err(Failure::Failed(lang.cannot_read(file, &missing)));
        }
        Err(error) => return Err(Failure::Failed(lang.store_error(&error))),
    };
    let import = match items {
        Items::Campaigns => csv::import(workspace.plan(), &bytes),
        Items::Posts => csv::import_posts(workspace.plan(), &bytes),
    };
    let import = import.map_err(|rows| {
        let lines: Vec<String> = rows.iter().map(|row| lang.row_problem(file, row)).collect();
        Failure::Failed(format!(
            "{}\n{}",
            lang.import_refused(rows.len()),
            lines.join("\n")
        ))
    })?;
    let mut out = lang.imported(&import);
    out.push('\n');
    // Every row as the plan has it already: nothing to save.
    if matches!(&import.edit, crate::domain::Edit::Batch(edits) if edits.is_empty()) {
        return Ok(out);
    }
    let committed = workspace
        .commit(&import.edit)
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    if !committed.saved {
        out.push_str(lang.t(crate::i18n::T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
