//! Which of a tab's hints the footer shows when they do not all fit: the
//! keys that matter most for the tab first, `?` and quit always, and `?`
//! lists the rest.

use super::{Binding, GLOBAL, Hint, hints_of, tab_bindings};
use crate::i18n::Lang;
use crate::text::width;
use crate::tui::action::Action;
use crate::tui::tab::Tab;

/// How much a hint matters on the footer: lower comes first. Help and quit
/// are the way to everything else; then what the tab is for (add, edit,
/// its step's own key such as revise or the check-in); then undo; then
/// delete, rarer than the rest; then filters, sections and movement, which
/// the screen itself shows. The calendar is for moving through time: its
/// moves, zoom and today come first there.
fn rank(tab: Tab, action: Action) -> u8 {
    match action {
        Action::Help | Action::Quit => 0,
        Action::Earlier | Action::ZoomIn | Action::Today if tab == Tab::Calendar => 1,
        Action::Add
        | Action::Edit
        | Action::Open
        | Action::Posts
        | Action::Back
        | Action::Revise
        | Action::Measure
        | Action::CheckIn
        | Action::Publish => 1,
        Action::Undo => 2,
        Action::Delete => 3,
        _ => 4,
    }
}

/// The hints the footer shows for `tab` in `room` cells, each costing its
/// width plus `separator`: the most important ones that fit, in the
/// table's order. Taken strictly by rank (a hint that does not fit ends the
/// choice), and measured in the language whose words are longest, so that
/// the footer offers the same keys in every language.
pub fn footer(
    tab: Tab,
    lang: Lang,
    ascii: bool,
    room: usize,
    separator: &str,
) -> Vec<(String, &'static str)> {
    let bindings: Vec<Binding> = tab_bindings(tab).iter().chain(GLOBAL).copied().collect();
    let ranks: Vec<u8> = bindings
        .iter()
        .filter(|b| b.hint != Hint::No)
        .map(|b| rank(tab, b.action))
        .collect();
    let costs = widest_costs(&bindings, ascii, separator);
    let mut order: Vec<usize> = (0..ranks.len()).collect();
    order.sort_by_key(|&i| ranks[i]);
    let mut left = room + width(separator);
    let mut kept = vec![false; ranks.len()];
    for i in order {
        if costs[i] > left {
            break;
        }
        left -= costs[i];
        kept[i] = true;
    }
    hints_of(&bindings, lang, ascii, false)
        .into_iter()
        .zip(kept)
        .filter_map(|(hint, kept)| kept.then_some(hint))
        .collect()
}

/// What each hint costs on the footer in the language that words it longest.
fn widest_costs(bindings: &[Binding], ascii: bool, separator: &str) -> Vec<usize> {
    let cost = |(key, what): &(String, &str)| width(key) + 1 + width(what) + width(separator);
    let en = hints_of(bindings, Lang::En, ascii, false);
    let es = hints_of(bindings, Lang::Es, ascii, false);
    en.iter()
        .zip(&es)
        .map(|(en, es)| cost(en).max(cost(es)))
        .collect()
}
