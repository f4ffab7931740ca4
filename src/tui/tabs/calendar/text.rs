//! The Calendar's words around the chart: the panel's title (zoom, window,
//! channel filter), the status line that names the selected campaign under
//! the chart, and the details dialog Enter opens.

use chrono::Datelike;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::CalendarTab;
use crate::calendar::layout::Chart;
use crate::domain::Campaign;
use crate::i18n::calendar::Cal;
use crate::text::{printable, truncate, width};
use crate::tui::items::ItemView;
use crate::tui::items::campaign::{channel_span, days, status_span};
use crate::tui::overlay::{Details, Overlay};
use crate::tui::view::{Ctx, Effect};

/// The status line keeps this many cells for the campaign's name.
const NAME_MIN: usize = 12;

impl CalendarTab {
    /// "Calendar · weeks · 2027-01-11 → 2027-04-18 · 2 of 6 channels".
    pub(super) fn title(&self, ctx: &Ctx, chart: &Chart) -> String {
        let lang = ctx.lang;
        let dot = ctx.theme.dot();
        let mut title = format!("{}{dot}{}", lang.t(Cal::Title), lang.zoom_name(self.zoom));
        if let (Some(first), Some(last)) = (chart.timeline.first_day(), chart.timeline.last_day()) {
            let span = lang.shown_span(first, last, ctx.today.year(), ctx.theme.arrow());
            title = format!("{title}{dot}{span}");
        }
        if let Some(ids) = &self.channels {
            title.push_str(dot);
            title.push_str(&lang.channels_shown(ids.len(), ctx.plan.channels.len()));
        }
        title
    }
}

/// The selected campaign in one line: name, channel, status, dates; `◀`/`▶`
/// first when it is out of view to that side. While it `lags` behind the
/// selection (keys are still moving it) the name is plain rather than bold
/// and the line ends with an ellipsis, as a detail pane's title does.
pub(super) fn status_line(
    ctx: &Ctx,
    campaign: Option<&Campaign>,
    chart: &Chart,
    room: usize,
    lags: bool,
) -> Line<'static> {
    let theme = ctx.theme;
    let lang = ctx.lang;
    let mark = format!(" {}", theme.ellipsis());
    let room = if lags {
        room.saturating_sub(width(&mark))
    } else {
        room
    };
    let Some(campaign) = campaign else {
        return Line::styled(
            truncate(lang.t(Cal::NothingInView), room, theme.ellipsis()),
            theme.dim(),
        );
    };
    let mut before = Vec::new();
    if chart.find(ctx.plan, &campaign.id).is_none() {
        let earlier = chart
            .timeline
            .first_day()
            .is_some_and(|first| campaign.end < first);
        let mark = match (earlier, theme.ascii) {
            (true, true) => "< ",
            (true, false) => "◀ ",
            (false, true) => "> ",
            (false, false) => "▶ ",
        };
        before.push(Span::styled(mark, theme.warning()));
    }
    let dot = || Span::styled(theme.dot(), theme.dim());
    let year = ctx.today.year();
    let start = lang.short_date(campaign.start, year);
    let dates = if campaign.end == campaign.start {
        start.trim_start().to_string()
    } else {
        let end = lang.short_date(campaign.end, year);
        format!(
            "{} {} {}",
            start.trim_start(),
            theme.arrow(),
            end.trim_start()
        )
    };
    let with_days = format!("{dates} ({})", lang.campaign_days(days(campaign)));
    let name = printable(&campaign.name);
    // The name matters most: when the line is short of room, the day
    // count goes first, then the channel's name is cut, then left out (its
    // lane is labelled with it), then the name is cut.
    let mut after = Vec::new();
    for (dates, channel) in [
        (&with_days, Some(20)),
        (&dates, Some(20)),
        (&dates, Some(12)),
        (&dates, None),
    ] {
        after.clear();
        if let Some(cells) = channel {
            after.extend([dot(), channel_span(ctx, &campaign.channel, cells)]);
        }
        after.extend([
            dot(),
            status_span(campaign.status, lang, theme),
            dot(),
            Span::raw(dates.clone()),
        ]);
        let taken: usize = before.iter().chain(&after).map(|s| width(&s.content)).sum();
        if taken + width(&name) <= room {
            break;
        }
    }
    let taken: usize = before.iter().chain(&after).map(|s| width(&s.content)).sum();
    let name = truncate(
        &name,
        room.saturating_sub(taken).max(NAME_MIN),
        theme.ellipsis(),
    );
    let mut spans = before;
    if lags {
        spans.push(Span::raw(name));
    } else {
        spans.push(Span::styled(
            name,
            Style::new().add_modifier(Modifier::BOLD),
        ));
    }
    spans.extend(after);
    if lags {
        spans.push(Span::styled(mark, theme.dim()));
    }
    Line::from(spans)
}

/// Enter: the campaign's details in a dialog; `e` there edits it.
pub(super) fn details(ctx: &Ctx, campaign: &Campaign) -> Effect {
    let mut details = Details::new(campaign.name.clone(), campaign.detail_lines(ctx));
    details.then = Some(Box::new(Overlay::form(campaign.form(ctx))));
    Effect::Open(Overlay::Details(details))
}
