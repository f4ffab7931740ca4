//! At week and month zoom, where a column is too many days for the posts'
//! marks, the selected campaign's posts in the window are listed under the
//! chart: date, time, format, the mark the chart uses at day zoom, title.

use chrono::{Datelike, NaiveDate};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::calendar::gantt::post_mark;
use crate::calendar::layout::Mark;
use crate::domain::{Campaign, Post};
use crate::text::{printable, truncate, width};
use crate::tui::view::Ctx;

/// The campaign's posts from `first` to `last`, in the order they go out
/// (from the plan's index: a frame looks at the campaign's posts only), and
/// how many it has.
fn in_window<'p>(
    ctx: &Ctx<'p>,
    campaign: &'p str,
    (first, last): (NaiveDate, NaiveDate),
) -> (Vec<&'p Post>, usize) {
    let shown = ctx
        .posts
        .going_out(ctx.plan, campaign, |p| first <= p.date && p.date <= last)
        .into_iter()
        .filter_map(|place| ctx.plan.posts.get(place))
        .collect();
    (shown, ctx.posts.count(campaign))
}

/// A heading and the campaign's posts in the window, `room` cells wide, in
/// at most `rows` lines: the last says how many more when they do not fit.
pub(super) fn post_lines(
    ctx: &Ctx,
    campaign: &Campaign,
    window: (NaiveDate, NaiveDate),
    (room, rows): (usize, usize),
) -> Vec<Line<'static>> {
    let (posts, total) = in_window(ctx, &campaign.id, window);
    let theme = ctx.theme;
    let heading = ctx.lang.posts_in_view(posts.len(), total);
    let mut lines = vec![Line::styled(
        truncate(&heading, room, theme.ellipsis()),
        theme.dim(),
    )];
    let fits = rows.saturating_sub(1);
    let cut = posts.len() > fits;
    let listed = if cut {
        fits.saturating_sub(1)
    } else {
        posts.len()
    };
    let format_width = posts
        .iter()
        .map(|p| width(ctx.lang.post_format(p.format)))
        .max()
        .unwrap_or(0);
    lines.extend(
        posts[..listed]
            .iter()
            .map(|post| post_line(ctx, post, format_width, room)),
    );
    if cut && fits > 0 {
        let more = ctx.lang.posts_more(theme.ellipsis(), posts.len() - listed);
        lines.push(Line::styled(more, theme.dim()));
    }
    lines
}

/// "20 Jan 07:30 reel  ● 4 a.m. at the oven", the title cut to `room`.
fn post_line(ctx: &Ctx, post: &Post, format_width: usize, room: usize) -> Line<'static> {
    let theme = ctx.theme;
    let date = ctx.lang.short_date(post.date, ctx.today.year());
    let time = post.time.as_deref().map_or("     ".into(), printable);
    let format = ctx.lang.post_format(post.format);
    let pad = format_width.saturating_sub(width(format));
    let (mark, mark_style) = match Mark::of(post, ctx.today) {
        Some(Mark::Published) => (post_mark(Mark::Published, theme.ascii), theme.success()),
        Some(Mark::Planned) => (
            post_mark(Mark::Planned, theme.ascii),
            Style::new().add_modifier(Modifier::BOLD),
        ),
        Some(Mark::Overdue) => (
            post_mark(Mark::Overdue, theme.ascii),
            theme.error().add_modifier(Modifier::BOLD),
        ),
        // Skipped: not going out.
        None => ("-", theme.dim()),
    };
    let before = vec![
        Span::styled(format!("{date} {time} "), theme.dim()),
        Span::raw(format!("{format}{} ", " ".repeat(pad))),
        Span::styled(mark, mark_style),
        Span::raw(" "),
    ];
    let taken: usize = before.iter().map(|s| width(&s.content)).sum();
    let title = truncate(
        &printable(&post.title),
        room.saturating_sub(taken),
        theme.ellipsis(),
    );
    let mut spans = before;
    spans.push(Span::raw(title));
    Line::from(spans)
}
