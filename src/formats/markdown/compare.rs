//! Step 5: the campaigns compared side by side, as `socialplan campaigns`
//! lists them (from `domain::compare`, in its default order, by name), so
//! that the report says what worked.

use std::fmt::Write as _;

use super::Heading;
use super::blocks::table_of;
use super::escape::text;
use crate::domain::Plan;
use crate::domain::compare::{Column, Filter, Row, rows, sort};
use crate::formats::cells;
use crate::i18n::Lang;
use crate::i18n::results::R;

pub fn compared(out: &mut String, plan: &Plan, lang: Lang) {
    let mut rows = rows(plan, &Filter::default());
    if rows.is_empty() {
        return;
    }
    sort(&mut rows, Column::Name);
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Compared));
    let currency = text(&plan.currency);
    table_of(out, &lang.report_compare_columns(), &rows, |row| {
        cells(row, &currency, lang)
    });
    let _ = writeln!(
        out,
        "{} {}\n",
        lang.report_compare_note(),
        lang.t(R::ReachNote)
    );
}

/// The name, then the figures as every report shows them.
fn cells(row: &Row, currency: &str, lang: Lang) -> Vec<String> {
    let mut cells = vec![text(&row.campaign.name)];
    cells.extend(cells::compared(row, currency, lang));
    cells
}
