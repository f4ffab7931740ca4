//! `socialplan campaign set CAMPAIGN --status S`: a campaign's status in
//! one command, as `check` asks for when a status is out of date.

use clap::ValueEnum;

use super::Failure;
use super::find::find_or_say;
use crate::domain::{Edit, Item, Status};
use crate::i18n::{Lang, T};
use crate::workspace::Workspace;

/// A campaign's status, as the command line names it (as the file does).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Planned,
    Active,
    Done,
    Cancelled,
}

impl From<StatusArg> for Status {
    fn from(status: StatusArg) -> Status {
        match status {
            StatusArg::Planned => Status::Planned,
            StatusArg::Active => Status::Active,
            StatusArg::Done => Status::Done,
            StatusArg::Cancelled => Status::Cancelled,
        }
    }
}

pub struct Set<'a> {
    pub campaign: &'a str,
    pub status: Option<StatusArg>,
}

/// Sets what was given (a patch of those fields only, so another session's
/// change to another field is kept) and returns what to print.
pub fn set(workspace: &mut Workspace, request: &Set, lang: Lang) -> Result<String, Failure> {
    let Some(status) = request.status.map(Status::from) else {
        return Err(Failure::Usage(lang.t(T::CampaignSetNothing).to_string()));
    };
    let old = find_or_say(&workspace.plan().campaigns, request.campaign, lang)
        .map_err(Failure::Failed)?
        .clone();
    if old.status == status {
        return Ok(format!(
            "{}\n",
            lang.campaign_status_unchanged(&old.id, status)
        ));
    }
    let new = crate::domain::Campaign {
        status,
        ..old.clone()
    };
    let committed = workspace
        .commit(&Edit::update(
            &Item::Campaign(old.clone()),
            &Item::Campaign(new),
        ))
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    let mut out = format!(
        "{}\n",
        lang.campaign_status_set(&old.id, old.status, status)
    );
    if !committed.saved {
        out.push_str(lang.t(T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
