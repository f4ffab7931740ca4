//! A campaign's results in its details: its posts out of those planned,
//! the sums of its posts' results, what a click and a lead cost, and how
//! summed reach counts people.

use ratatui::text::{Line, Span};

use crate::domain::Campaign;
use crate::domain::budget;
use crate::domain::results::CampaignResults;
use crate::i18n::results::R;
use crate::text::printable;
use crate::tui::items::field;
use crate::tui::view::Ctx;

/// Nothing for a campaign without posts to count.
pub(super) fn lines(campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let results = CampaignResults::of(&campaign.id, ctx.posts.posts(ctx.plan, &campaign.id));
    if results.planned == 0 && !results.has_any() {
        return Vec::new();
    }
    let posts = lang.posts_out(results.published, results.planned);
    let mut lines = vec![field(lang.t(R::Posts), posts, theme)];
    if !results.has_any() {
        lines.push(field(lang.t(R::Results), lang.t(R::NoneYet), theme));
        return lines;
    }
    let totals = [
        results.reach,
        results.interactions,
        results.clicks,
        results.leads,
    ];
    let sums: Vec<String> = lang
        .result_names()
        .into_iter()
        .zip(totals)
        .map(|(name, total)| format!("{name} {}", lang.total(total)))
        .collect();
    lines.push(field(lang.t(R::Results), sums.join(theme.dot()), theme));
    // A click and a lead cost what was really spent; before any spend is
    // recorded, the planned budget stands in (and the label says so).
    let (label, spent) = match budget::spent(campaign).value() {
        Some(spent) if !campaign.spend.is_empty() => (R::Cost, spent),
        _ => (R::CostOnBudget, campaign.budget),
    };
    let costs = lang.costs(&results, spent, &printable(&ctx.plan.currency));
    lines.push(field(lang.t(label), costs, theme));
    lines.push(Line::from(Span::styled(lang.t(R::ReachNote), theme.dim())));
    lines
}
