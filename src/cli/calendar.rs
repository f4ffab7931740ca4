//! `socialplan calendar`: the Gantt chart the TUI draws, printed. A window
//! longer than the width allows is printed as several charts, one after the
//! other (a blank line between them), each within the width, sharing the
//! columns evenly. Each chart is printed as soon as it is drawn, and a
//! window is at most [`MAX_YEARS`] long, so no request asks for unbounded
//! work or memory.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{Failure, Style, ansi};
use crate::calendar::gantt::Gantt;
use crate::calendar::layout::{ByDate, Chart};
use crate::calendar::timeline::{Timeline, Zoom};
use crate::domain::Plan;
use crate::domain::sieve::Keep;
use crate::i18n::calendar::Cal;
use crate::theme::Theme;

/// Narrower than this there is no room for a label and a column.
pub const MIN_WIDTH: u16 = 20;

/// The longest window `--from`/`--to` may ask for: ten years is a plan's
/// whole history and then some, at day zoom some 3 650 columns.
pub const MAX_YEARS: u32 = 10;

pub struct Request<'a> {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub zoom: Zoom,
    pub width: Option<u16>,
    pub channels: &'a [String],
}

/// The charts as one text.
pub fn run(
    plan: &Plan,
    today: NaiveDate,
    request: &Request,
    style: Style,
) -> Result<String, Failure> {
    let mut charts = Vec::new();
    run_into(plan, today, request, style, |chart| {
        charts.push(chart);
        Ok(())
    })?;
    Ok(charts.concat())
}

/// Draws the charts one at a time and hands each to `emit` (the second and
/// later ones start with the blank line that separates them).
pub fn run_into(
    plan: &Plan,
    today: NaiveDate,
    request: &Request,
    style: Style,
    mut emit: impl FnMut(String) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let lang = style.lang;
    let width = width(request, style);
    if width < MIN_WIDTH {
        return Err(Failure::Usage(lang.calendar_too_narrow(width, MIN_WIDTH)));
    }
    let shown = channels(plan, request.channels, style)?;
    // An empty chart says nothing: say what to add first, and where.
    if plan.campaigns.is_empty() {
        let hint = if plan.channels.is_empty() {
            Cal::CliEmptyNoChannels
        } else {
            Cal::CliEmpty
        };
        return emit(format!("{}\n", lang.t(hint)));
    }
    let zoom = request.zoom;
    // By default the window fills the width and opens as the Calendar tab
    // does: today in the second column.
    let fit = Gantt::columns_that_fit(plan, zoom, width).max(1);
    let from = request.from.unwrap_or_else(|| zoom.near(today, fit));
    let whole = match request.to {
        Some(to) if to < from => return Err(Failure::Usage(lang.calendar_backwards(from, to))),
        Some(to) if to > latest_end(from) => {
            return Err(Failure::Usage(lang.calendar_too_long(from, to, MAX_YEARS)));
        }
        Some(to) => Timeline::covering(zoom, from, to),
        None => Timeline::new(zoom, from, fit),
    };
    let theme = style.theme();
    let order = ByDate::of(plan);
    for (i, (first, count)) in split(whole.len(), fit).into_iter().enumerate() {
        let timeline = Timeline::new(zoom, whole.columns()[first].first, count);
        let chart = Chart::with_order(plan, &order, timeline, shown.as_deref(), today);
        let mut text = render(&chart, plan, width, theme, style);
        if i > 0 {
            text.insert(0, '\n');
        }
        emit(text)?;
    }
    Ok(())
}

/// The cells the charts may take: `--width`, else the output's.
pub fn width(request: &Request, style: Style) -> u16 {
    match request.width {
        Some(w) => w,
        None => u16::try_from(style.width).unwrap_or(u16::MAX),
    }
}

/// What the charts show of the plan, for a request on `today` at `width`
/// cells: the posts' marks at day zoom only, and then only in the window
/// (all of them when the window is not given); at week or month zoom only
/// the campaigns that meet the window's columns (a chart lays out no
/// other), where the default window is taken as long as it can be at that
/// width, whatever the channels' names. A window the request refuses
/// (backwards, too long) keeps them all, and `run_into` says what is wrong.
pub fn shown(request: &Request, today: NaiveDate, width: u16) -> Keep {
    let zoom = request.zoom;
    if zoom == Zoom::Day {
        return match (request.from, request.to) {
            (Some(from), Some(to)) => Keep::Dated {
                from,
                to,
                overdue: None,
            },
            _ => Keep::All,
        };
    }
    // The default window starts a column before today's, or (too narrow
    // for two columns) on today's: from the earlier, one column more.
    let start = request.from.unwrap_or_else(|| zoom.shift(today, -1));
    let whole = match request.to {
        Some(to) if to >= start && to <= latest_end(start) => Timeline::covering(zoom, start, to),
        Some(_) => return Keep::NoPosts,
        None => Timeline::new(zoom, start, Gantt::most_columns_that_fit(zoom, width) + 1),
    };
    match (whole.first_day(), whole.last_day()) {
        (Some(first), Some(last)) => Keep::Span { first, last },
        _ => Keep::NoPosts,
    }
}

/// The plan as `read` gives it for the charts `request` asks for on
/// `today` at `width` cells (see [`shown`]). When no campaign meets the
/// window, the chart is empty, unless the plan has none at all, when a
/// hint says what to add first: only the whole list tells which, so it is
/// read again with every campaign.
pub fn open<W: AsRef<Plan>>(
    read: impl Fn(Keep) -> Result<W, Failure>,
    request: &Request,
    today: NaiveDate,
    width: u16,
) -> Result<W, Failure> {
    let keep = shown(request, today, width);
    let opened = read(keep)?;
    if !keep.keeps_every_campaign() && opened.as_ref().campaigns.is_empty() {
        return read(Keep::NoPosts);
    }
    Ok(opened)
}

/// The last day a window starting on `from` may show.
pub(super) fn latest_end(from: NaiveDate) -> NaiveDate {
    from.checked_add_months(chrono::Months::new(12 * MAX_YEARS))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// `columns` cut into as few charts as `fit` columns a chart allow, sharing
/// them evenly (27 weeks at 13 a chart: three charts of 9, not 13, 13 and
/// 1): each chart's first column and how many.
fn split(columns: usize, fit: usize) -> Vec<(usize, usize)> {
    let charts = columns.div_ceil(fit.max(1));
    let mut first = 0;
    (0..charts)
        .map(|i| {
            let count = columns / charts + usize::from(i < columns % charts);
            first += count;
            (first - count, count)
        })
        .collect()
}

fn render(chart: &Chart, plan: &Plan, width: u16, theme: Theme, style: Style) -> String {
    let width = Gantt::width_needed(chart, plan, style.lang, width);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{self, Size};

    /// At week or month zoom the charts read only the campaigns that meet
    /// their window, from a file or a pipe, given or by default: they are
    /// those of the whole plan, whatever the window, the day, the zoom, the
    /// channels and the width (the default window's length depends on the
    /// channels' names, which the read does not know yet).
    #[test]
    fn the_window_s_campaigns_draw_the_whole_plan_s_charts() {
        let mut plan = generate::plan(Size {
            campaigns: 300,
            channels: 6,
            objectives: 4,
            measurements: 40,
            posts: 3,
            seed: 11,
        });
        // A long name takes a wide label, and so leaves fewer columns.
        plan.channels[2].name = "Asociación de vecinos del barrio".into();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        std::fs::write(&path, crate::store::to_json(&plan)).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let style = Style {
            lang: crate::i18n::Lang::Es,
            ascii: false,
            color: true,
            width: 100,
        };
        let some_channels = [plan.channels[1].id.clone(), plan.channels[4].id.clone()];
        let day = |text: &str| text.parse::<NaiveDate>().ok();
        let windows = [
            (day("2027-03-01"), day("2027-05-29")),
            (day("2027-01-07"), day("2027-01-07")),
            (day("2026-11-30"), day("2027-12-31")),
            (day("2031-01-01"), day("2031-02-01")),
            (None, None),
            (day("2027-06-09"), None),
            (None, day("2027-09-30")),
        ];
        let mut sieved_some = false;
        for today in ["2027-03-03", "2027-08-30", "2031-01-05"].map(|t| day(t).unwrap()) {
            for (from, to) in windows {
                for zoom in [Zoom::Week, Zoom::Month] {
                    for channels in [&[][..], &some_channels[..]] {
                        for width in [MIN_WIDTH, 40, 81, 100, 240] {
                            let request = Request {
                                from,
                                to,
                                zoom,
                                width: Some(width),
                                channels,
                            };
                            let keep = shown(&request, today, width);
                            if !matches!(keep, Keep::Span { .. }) {
                                // Only a window the request refuses reads them all.
                                assert!(run(&plan, today, &request, style).is_err(), "{keep:?}");
                                continue;
                            }
                            let from_file =
                                |keep| Ok(crate::store::load_showing(&path, keep).unwrap());
                            let from_pipe = |keep| {
                                Ok(crate::store::parse_showing(&path, &bytes, keep).unwrap())
                            };
                            let window = open(from_file, &request, today, width).unwrap();
                            let piped = open(from_pipe, &request, today, width).unwrap();
                            assert_eq!(window, piped, "a file and a pipe keep the same");
                            sieved_some |= window.campaigns.len() < plan.campaigns.len();
                            let whole = run(&plan, today, &request, style).unwrap();
                            assert_eq!(
                                run(&window, today, &request, style).unwrap(),
                                whole,
                                "{today} {from:?}–{to:?} {zoom:?} {channels:?} {width}"
                            );
                        }
                    }
                }
            }
        }
        assert!(sieved_some, "some windows leave campaigns out");
    }

    #[test]
    fn a_long_window_is_shared_evenly_between_as_few_charts_as_fit() {
        assert_eq!(split(27, 13), [(0, 9), (9, 9), (18, 9)]);
        assert_eq!(split(365, 20).len(), 19);
        assert!(split(365, 20).iter().all(|(_, n)| (19..=20).contains(n)));
        assert_eq!(split(20, 20), [(0, 20)]);
        assert_eq!(split(21, 20), [(0, 11), (11, 10)]);
        assert_eq!(split(1, 5), [(0, 1)]);
        assert!(split(0, 5).is_empty());
        for columns in 1..200 {
            for fit in 1..30 {
                let charts = split(columns, fit);
                assert_eq!(charts.len(), columns.div_ceil(fit));
                assert_eq!(charts.iter().map(|c| c.1).sum::<usize>(), columns);
                let mut next = 0;
                for (first, count) in charts {
                    assert_eq!(first, next);
                    assert!(count >= 1 && count <= fit);
                    next += count;
                }
            }
        }
    }
}
