//! `socialplan campaigns [--sort COLUMN]`: the campaigns compared, as step
//! 5 asks — planned against spent, posts published of planned, results and
//! what a click and a lead cost. The rows come from `domain::compare`.

use anstyle::Style as Sgr;
use chrono::NaiveDate;
use clap::builder::PossibleValue;
use clap::{Args, ValueEnum};

use super::find::find_or_say;
use super::table::Table;
use super::{Cli, Failure, Style, done_with, parse_date, print, view};
use crate::domain::compare::{Column, Filter, Row, rows, sort};
use crate::domain::results::Total;
use crate::domain::{Figure, Money, Plan};
use crate::i18n::compare::Cmp;
use crate::i18n::{Lang, T};

#[derive(Debug, Args)]
pub struct CampaignsArgs {
    #[arg(long, value_enum, default_value_t = Column::Name)]
    sort: Column,
    #[arg(long, value_name = "CHANNEL")]
    channel: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    from: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    to: Option<NaiveDate>,
    #[arg(long, value_name = "N")]
    width: Option<u16>,
}

/// The columns, as `--sort` names them (in the order of `Column::ALL`).
const SORT_NAMES: [&str; 10] = [
    "name",
    "planned",
    "spent",
    "posts",
    "reach",
    "interactions",
    "clicks",
    "leads",
    "cost-per-click",
    "cost-per-lead",
];

impl ValueEnum for Column {
    fn value_variants<'a>() -> &'a [Self] {
        &Column::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let index = Column::ALL.iter().position(|c| c == self)?;
        Some(PossibleValue::new(SORT_NAMES[index]))
    }
}

pub fn run(cli: &Cli, args: &CampaignsArgs, style: Style) -> Result<(), Failure> {
    let workspace = view(cli, style.lang)?;
    let text = render(workspace.plan(), args, style);
    done_with(workspace);
    print(&text?)
}

fn render(plan: &Plan, args: &CampaignsArgs, style: Style) -> Result<String, Failure> {
    let lang = style.lang;
    if let (Some(from), Some(to)) = (args.from, args.to)
        && to < from
    {
        return Err(Failure::Usage(lang.window_reversed(from, to)));
    }
    let channel = match &args.channel {
        Some(query) => Some(
            find_or_say(&plan.channels, query, lang)
                .map_err(Failure::Failed)?
                .id
                .clone(),
        ),
        None => None,
    };
    let filter = Filter {
        channel,
        from: args.from,
        to: args.to,
    };
    let mut rows = rows(plan, &filter);
    if rows.is_empty() {
        return Ok(format!("{}\n", lang.t(Cmp::None)));
    }
    sort(&mut rows, args.sort);
    let table = Table {
        header: Cmp::HEADER.iter().map(|h| lang.t(*h).to_string()).collect(),
        rows: rows.iter().map(|row| cells(row, lang)).collect(),
        right: (1..Cmp::HEADER.len()).collect(),
        shrink: Some((0, 8)),
    };
    let width = args.width.map_or(style.width, usize::from);
    let ellipsis = style.theme().ellipsis();
    let mut out = table.render(width, style.color, ellipsis);
    // The note under the table wraps to the width: it never loses its end.
    for line in crate::text::wrap(lang.t(Cmp::Notes), width) {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// A campaign's cells: name, planned, spent, posts, reach, interactions,
/// clicks, leads, cost per click, cost per lead. A dash where there is
/// nothing to show: no spend recorded, no data, an undefined cost.
fn cells(row: &Row, lang: Lang) -> Vec<(String, Sgr)> {
    let plain = |text: String| (text, Sgr::new());
    let dash = || "-".to_string();
    let money = |m: Option<Money>| m.map_or_else(dash, |m| m.to_string());
    let total = |t: Total| match t.value() {
        Some(Figure::Value(n)) => n.to_string(),
        Some(Figure::OutOfRange) => lang.t(T::OutOfRange).to_string(),
        None => dash(),
    };
    let r = &row.results;
    vec![
        plain(crate::text::printable(&row.campaign.name)),
        plain(row.campaign.budget.to_string()),
        plain(money(row.spent)),
        plain(format!("{}/{}", r.published, r.planned)),
        plain(total(r.reach)),
        plain(total(r.interactions)),
        plain(total(r.clicks)),
        plain(total(r.leads)),
        plain(money(row.cost_per_click())),
        plain(money(row.cost_per_lead())),
    ]
}
