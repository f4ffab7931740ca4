//! `socialplan update OBJECTIVE VALUE`: the weekly measurement in seconds.

use chrono::NaiveDate;

use super::{Failure, Style, status};
use crate::domain::{Edit, Measurement, Objective, Plan};
use crate::i18n::{Lang, T};
use crate::text::parse_number;
use crate::workspace::Workspace;

pub struct Request<'a> {
    pub objective: &'a str,
    pub value: &'a str,
    pub date: NaiveDate,
    pub note: &'a str,
}

/// Records the value and returns what to print.
pub fn run(workspace: &mut Workspace, request: &Request, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    let value = parse_number(request.value)
        .ok_or_else(|| Failure::Usage(lang.bad_number(request.value)))?;
    let id = find_objective(workspace.plan(), request.objective)
        .map_err(|miss| Failure::Failed(miss.message(workspace.plan(), request.objective, lang)))?
        .id
        .clone();
    let measurement = Measurement {
        date: request.date,
        value,
        note: request.note.to_string(),
    };
    let edit = Edit::record(workspace.plan(), &id, measurement);
    let committed = workspace
        .commit(&edit)
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
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

/// Why no single objective was found.
#[derive(Debug, PartialEq, Eq)]
pub enum Miss {
    None,
    Several(Vec<String>),
}

impl Miss {
    fn message(&self, plan: &Plan, query: &str, lang: Lang) -> String {
        match self {
            Miss::None => {
                let ids: Vec<&str> = plan.objectives.iter().map(|o| o.id.as_str()).collect();
                lang.unknown_objective(query, &ids)
            }
            Miss::Several(ids) => {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                lang.ambiguous_objective(query, &ids)
            }
        }
    }
}

/// The objective `query` names: its id or name in full (any case), else the
/// only one whose id or name starts with it (any case).
pub fn find_objective<'a>(plan: &'a Plan, query: &str) -> Result<&'a Objective, Miss> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Err(Miss::None);
    }
    let exact = |o: &&Objective| o.id.to_lowercase() == query || o.name.to_lowercase() == query;
    if let Some(found) = plan.objectives.iter().find(exact) {
        return Ok(found);
    }
    let prefix = |o: &&Objective| {
        o.id.to_lowercase().starts_with(&query) || o.name.to_lowercase().starts_with(&query)
    };
    let matches: Vec<&Objective> = plan.objectives.iter().filter(prefix).collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => Err(Miss::None),
        several => Err(Miss::Several(
            several.iter().map(|o| o.id.clone()).collect(),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan() -> Plan {
        let today: NaiveDate = "2027-01-20".parse().unwrap();
        crate::demo::plan(today, Lang::En)
    }

    #[test]
    fn objectives_are_found_by_id_name_or_prefix() {
        let plan = plan();
        let first = &plan.objectives[0];
        assert_eq!(find_objective(&plan, &first.id).unwrap().id, first.id);
        assert_eq!(
            find_objective(&plan, &first.id.to_uppercase()).unwrap().id,
            first.id
        );
        assert_eq!(find_objective(&plan, &first.name).unwrap().id, first.id);
        assert_eq!(find_objective(&plan, "zzz-nothing"), Err(Miss::None));
        assert_eq!(find_objective(&plan, ""), Err(Miss::None));
    }

    #[test]
    fn a_prefix_shared_by_several_is_ambiguous() {
        let mut plan = plan();
        let mut twin = plan.objectives[0].clone();
        twin.id = format!("{}-twin", plan.objectives[0].id);
        twin.name = "Other name".into();
        let first = plan.objectives[0].id.clone();
        plan.objectives.push(twin);
        let prefix = &first[..first.len() - 1];
        match find_objective(&plan, prefix) {
            Err(Miss::Several(ids)) => assert!(ids.len() >= 2, "{ids:?}"),
            other => panic!("expected ambiguity, got {other:?}"),
        }
        // The full id still wins over the longer one it prefixes.
        assert_eq!(find_objective(&plan, &first).unwrap().id, first);
    }
}
