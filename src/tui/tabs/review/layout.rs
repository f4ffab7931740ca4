//! How the Review tab lays out its reviews: the list, and the selected
//! review's text in a pane sized to the longest one.

use ratatui::layout::{Constraint, Layout, Rect};

use crate::domain::Review;
use crate::i18n::review::R;
use crate::tui::items::review::{labelled, wrapped_height};
use crate::tui::view::Ctx;

/// Splits the reviews' area into the list and the detail pane. Reviews are
/// text, so when wide enough the pane goes beside the list, and the list
/// gives up width (first its column of what worked) until every review's
/// text fits in the pane; the layout then stays put while moving through
/// the list. One above the other when narrow; the list alone when short.
pub fn layout_reviews(area: Rect, reviews: &[&Review], list_min: usize, ctx: &Ctx) -> (Rect, Rect) {
    if area.width < 80 {
        if area.height < 10 {
            return (area, Rect::default());
        }
        // The list keeps at least two rows; the pane takes what it needs
        // of the rest, and what it does not need goes back to the list.
        let room = usize::from(area.width.saturating_sub(2));
        let needed = reviews
            .iter()
            .map(|r| detail_height(r, ctx, room) + 3)
            .max()
            .unwrap_or(0);
        let pane = u16::try_from(needed)
            .unwrap_or(u16::MAX)
            .min(area.height - 5);
        let [list, pane] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(pane),
        ]));
        return (list, pane);
    }
    let total = usize::from(area.width);
    let rows = usize::from(area.height.saturating_sub(2));
    let fits = |list: usize| {
        let room = total.saturating_sub(list + 2);
        reviews.iter().all(|r| detail_height(r, ctx, room) <= rows)
    };
    let start = if area.width >= 110 { 60 } else { 55 };
    let list = (0..=4)
        .map(|step| total * (start - 5 * step) / 100)
        .find(|&w| w >= list_min && fits(w))
        .unwrap_or(list_min)
        .min(total / 2 + total / 5);
    let [list, pane] = area.layout(&Layout::horizontal([
        Constraint::Length(u16::try_from(list).unwrap_or(u16::MAX)),
        Constraint::Fill(1),
    ]));
    (list, pane)
}

/// The rows a review's text needs in a pane `room` cells wide (without the
/// decision, which the list shows too).
fn detail_height(review: &Review, ctx: &Ctx, room: usize) -> usize {
    let lang = ctx.lang;
    let theme = ctx.theme;
    labelled(lang.t(R::Worked), &review.worked, theme)
        .iter()
        .chain(&labelled(
            lang.t(R::DidNotWork),
            &review.did_not_work,
            theme,
        ))
        .chain(&labelled(lang.t(R::Notes), &review.notes, theme))
        .map(|l| wrapped_height(l, room))
        .sum()
}
