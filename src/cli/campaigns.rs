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
use crate::domain::Plan;
use crate::domain::compare::{Column, Filter, Row, rows, sort};
use crate::domain::sieve::Keep;
use crate::i18n::Lang;
use crate::i18n::compare::Cmp;

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
}

/// The least the campaign's name keeps while a figure can be left out.
const NAME_MIN: usize = 20;

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
    let workspace = view(cli, style.lang, Keep::All)?;
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
        shrink: vec![(0, NAME_MIN)],
        // The least useful figures go first, never the one sorted by.
        drop: [5, 4, 1, 3]
            .into_iter()
            .filter(|&i| Column::ALL.get(i) != Some(&args.sort))
            .collect(),
    };
    let width = style.width;
    let ellipsis = style.theme().ellipsis();
    let mut out = table.render(width, style.color, ellipsis);
    // The note under the table wraps to the width: it never loses its end.
    for line in crate::text::wrap(lang.t(Cmp::Notes), width) {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// A campaign's cells, in the order of `Column::ALL`; a dash where there
/// is nothing to show.
fn cells(row: &Row, lang: Lang) -> Vec<(String, Sgr)> {
    Column::ALL
        .iter()
        .map(|&c| (lang.compared(row, c, "-"), Sgr::new()))
        .collect()
}
