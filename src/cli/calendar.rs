//! `socialplan calendar`: the Gantt chart the TUI draws, printed. A window
//! longer than the width allows is printed as several charts, one after the
//! other, each as wide as the width.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Failure, Style, ansi};
use crate::calendar::gantt::Gantt;
use crate::calendar::layout::Chart;
use crate::calendar::timeline::{Timeline, Zoom};
use crate::domain::Plan;
use crate::tui::Theme;

/// Narrower than this there is no room for a label and a column.
pub const MIN_WIDTH: u16 = 20;

pub struct Request<'a> {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub zoom: Zoom,
    pub width: Option<u16>,
    pub channels: &'a [String],
}

pub fn run(
    plan: &Plan,
    today: NaiveDate,
    request: &Request,
    style: Style,
) -> Result<String, Failure> {
    let lang = style.lang;
    let width = match request.width {
        Some(w) => w,
        None => u16::try_from(style.width).unwrap_or(u16::MAX),
    };
    if width < MIN_WIDTH {
        return Err(Failure::Usage(lang.calendar_too_narrow(width, MIN_WIDTH)));
    }
    let shown = channels(plan, request.channels, style)?;
    let zoom = request.zoom;
    // By default the window starts this week (this period) and fills the width.
    let from = request.from.unwrap_or(today);
    let fit = Gantt::columns_that_fit(plan, zoom, width).max(1);
    let whole = match request.to {
        Some(to) if to < from => return Err(Failure::Usage(lang.calendar_backwards(from, to))),
        Some(to) => Timeline::covering(zoom, from, to),
        None => Timeline::new(zoom, zoom.period_start(request.from.unwrap_or(today)), fit),
    };
    let theme = Theme::new(style.color, style.ascii);
    let charts: Vec<String> = whole
        .columns()
        .chunks(fit)
        .map(|chunk| {
            let timeline = Timeline::new(zoom, chunk[0].first, chunk.len());
            let chart = Chart::new(plan, timeline, shown.as_deref(), today);
            render(&chart, plan, width, theme, style)
        })
        .collect();
    Ok(charts.join("\n"))
}

fn render(chart: &Chart, plan: &Plan, width: u16, theme: Theme, style: Style) -> String {
    let area = Rect::new(0, 0, width, Gantt::height(chart));
    let mut buffer = Buffer::empty(area);
    Gantt {
        chart,
        plan,
        lang: style.lang,
        theme,
        selected: None,
        first_row: 0,
    }
    .render(area, &mut buffer);
    ansi::to_text(&buffer, style.color)
}

/// The channel ids `--channel` names (by id or name, any case), in the
/// plan's order; None for all.
fn channels(plan: &Plan, names: &[String], style: Style) -> Result<Option<Vec<String>>, Failure> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut ids = Vec::new();
    for name in names {
        let wanted = name.trim().to_lowercase();
        let found = plan
            .channels
            .iter()
            .find(|c| c.id == wanted || c.name.to_lowercase() == wanted)
            .ok_or_else(|| {
                let known: Vec<&str> = plan.channels.iter().map(|c| c.id.as_str()).collect();
                Failure::Usage(style.lang.unknown_channel(name, &known))
            })?;
        ids.push(found.id.clone());
    }
    Ok(Some(ids))
}
