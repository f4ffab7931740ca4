//! `socialplan campaign set CAMPAIGN --status S`: a campaign's status in
//! one command, as `check` asks for when a status is out of date; and
//! `socialplan campaign spend CAMPAIGN AMOUNT`: what it really spent.

use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};

use super::find::find_or_say;
use super::{Cli, Failure, open, parse_date, print};
use crate::domain::{Edit, Item, Spend, Status};
use crate::i18n::{Lang, T};
use crate::workspace::Workspace;

/// What `campaign` does.
#[derive(Debug, Subcommand)]
pub enum Command {
    // Set a campaign's status.
    Set {
        campaign: String,
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
    },
    // Record what a campaign really spent.
    Spend {
        campaign: String,
        // Negative amounts reach the plan's own refusal, not clap's.
        #[arg(allow_negative_numbers = true)]
        amount: String,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
}

pub fn run(cli: &Cli, action: &Command, lang: Lang) -> Result<(), Failure> {
    let mut workspace = open(cli, lang)?;
    let out = match action {
        Command::Set { campaign, status } => {
            let request = Set {
                campaign,
                status: *status,
            };
            set(&mut workspace, &request, lang)?
        }
        Command::Spend {
            campaign,
            amount,
            date,
            note,
        } => {
            let request = SpendRequest {
                campaign,
                amount,
                date: date.unwrap_or(workspace.today()),
                note: note.as_deref().unwrap_or_default(),
            };
            spend(&mut workspace, &request, lang)?
        }
    };
    print(&out)
}

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

pub struct SpendRequest<'a> {
    pub campaign: &'a str,
    pub amount: &'a str,
    pub date: NaiveDate,
    pub note: &'a str,
}

/// Adds a spend entry and returns what to print: the entry, and the
/// campaign's spend so far against its budget.
pub fn spend(
    workspace: &mut Workspace,
    request: &SpendRequest,
    lang: Lang,
) -> Result<String, Failure> {
    let amount = lang.read_amount(request.amount).map_err(Failure::Usage)?;
    let id = find_or_say(&workspace.plan().campaigns, request.campaign, lang)
        .map_err(Failure::Failed)?
        .id
        .clone();
    let entry = Spend {
        date: request.date,
        amount,
        note: request.note.to_string(),
    };
    let committed = workspace
        .commit(&Edit::RecordSpend {
            campaign: id.clone(),
            spend: entry.clone(),
        })
        .map_err(|e| Failure::Failed(lang.commit_error(&e)))?;
    let plan = workspace.plan();
    let mut out = format!("{}\n", lang.spend_recorded(&id, &entry, &plan.currency));
    if let Some(campaign) = plan.campaign(&id) {
        out.push_str(&lang.spent_of_budget(campaign, &plan.currency));
        out.push('\n');
    }
    if !committed.saved {
        out.push_str(lang.t(T::DemoNotSaved));
        out.push('\n');
    }
    Ok(out)
}
