//! Channel figures: where each channel stood, dated.

use super::ItemView;
use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::{MAX_COUNT, fit};
use super::{confirm, field};
use crate::domain::item::figure_key;
use crate::domain::{ChannelFigure, Edit, Item, Kind, Plan};
use crate::i18n::situation::S;
use crate::text::printable;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

/// The fields of a figure's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Channel,
    Date,
    Followers,
    Reach,
    Engagement,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Channel => "channel",
            F::Date => "date",
            F::Followers => "followers",
            F::Reach => "reach",
            F::Engagement => "engagement",
        })
    }
}

/// Figures by channel (case aside), the newest first within a channel.
pub fn figure_order(plan: &Plan) -> Vec<usize> {
    let figures = &plan.situation.figures;
    let mut order: Vec<usize> = (0..figures.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&figures[a], &figures[b]);
        a.channel
            .to_lowercase()
            .cmp(&b.channel.to_lowercase())
            .then_with(|| a.channel.cmp(&b.channel))
            .then_with(|| b.date.cmp(&a.date))
    });
    order
}

/// The figure of the same channel just before this one, to show what changed.
pub fn previous<'p>(figure: &ChannelFigure, plan: &'p Plan) -> Option<&'p ChannelFigure> {
    plan.situation
        .figures
        .iter()
        .filter(|f| f.channel == figure.channel && f.date < figure.date)
        .max_by_key(|f| f.date)
}

/// The plan's colour for a channel with this name, if it has one.
pub fn channel_style(name: &str, ctx: &Ctx) -> Style {
    ctx.plan
        .channels
        .iter()
        .find(|c| c.name.to_lowercase() == name.to_lowercase())
        .map_or_else(Style::new, |c| ctx.theme.channel(c.colour))
}

pub fn count(value: Option<u64>, ctx: &Ctx) -> String {
    value.map_or_else(|| ctx.lang.t(S::Unknown).to_string(), |n| ctx.lang.whole(n))
}

pub fn percent(value: Option<f64>, ctx: &Ctx) -> String {
    value.map_or_else(
        || ctx.lang.t(S::Unknown).to_string(),
        |v| ctx.lang.percent_sign(ctx.lang.num(v)),
    )
}

pub fn figure_row(figure: &ChannelFigure, cells: &[usize], ctx: &Ctx) -> Vec<Line<'static>> {
    vec![
        Line::styled(
            fit(&figure.channel, cells, 0, ctx.theme),
            channel_style(&figure.channel, ctx),
        ),
        Line::raw(ctx.lang.date(figure.date)),
        Line::raw(count(figure.followers, ctx)),
        Line::raw(count(figure.reach, ctx)),
        Line::raw(percent(figure.engagement, ctx)),
    ]
}

/// A signed difference, "+70" or "-3".
pub fn signed(difference: f64, lang: crate::i18n::Lang) -> String {
    let text = lang.num(difference);
    if difference > 0.0 {
        format!("+{text}")
    } else {
        text
    }
}

#[allow(clippy::cast_precision_loss)] // counts far below 2^52
pub fn figure_lines(figure: &ChannelFigure, ctx: &Ctx) -> Vec<Line<'static>> {
    let (lang, theme) = (ctx.lang, ctx.theme);
    let before = previous(figure, ctx.plan);
    // The value, and how it moved since the figure before, when both are known.
    let with_change =
        |now: String, values: Option<(f64, f64)>, date: Option<NaiveDate>| match (values, date) {
            (Some((new, old)), Some(date)) => {
                format!("{now} ({})", lang.since(&signed(new - old, lang), date))
            }
            _ => now,
        };
    let counts = |pick: fn(&ChannelFigure) -> Option<u64>| {
        let values = pick(figure)
            .zip(before.and_then(pick))
            .map(|(a, b)| (a as f64, b as f64));
        with_change(count(pick(figure), ctx), values, before.map(|b| b.date))
    };
    let engagement = with_change(
        percent(figure.engagement, ctx),
        figure.engagement.zip(before.and_then(|b| b.engagement)),
        before.map(|b| b.date),
    );
    vec![
        Line::from(vec![
            Span::styled(format!("{}: ", lang.t(S::Channel)), theme.dim()),
            Span::styled(
                printable(&figure.channel),
                channel_style(&figure.channel, ctx),
            ),
        ]),
        field(lang.t(S::Date), lang.date(figure.date), theme),
        field(lang.t(S::Followers), counts(|f| f.followers), theme),
        field(lang.t(S::Reach), counts(|f| f.reach), theme),
        field(lang.t(S::ColEngagement), engagement, theme),
    ]
}

pub fn figure_form(
    ctx: &Ctx,
    figure: Option<&ChannelFigure>,
    selected: Option<&ChannelFigure>,
) -> Form<F> {
    let lang = ctx.lang;
    // A new figure is most often the next one of the channel at hand.
    let channel = figure
        .or(selected)
        .map(|f| f.channel.clone())
        .or_else(|| ctx.plan.channels.first().map(|c| c.name.clone()))
        .unwrap_or_default();
    let whole = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_default();
    let title = if figure.is_some() {
        S::EditFigure
    } else {
        S::AddFigure
    };
    let date = lang.date(figure.map_or(ctx.today, |f| f.date));
    let form = Form::new(lang.t(title), submit_figure);
    // A new figure's channel and date are suggestions, selected: typing
    // "Facebook" over "Instagram" gives "Facebook".
    let form = if figure.is_some() {
        form.text(F::Channel, lang.t(S::Channel), channel)
            .text(F::Date, lang.t(S::Date), date)
    } else {
        form.suggested(F::Channel, lang.t(S::Channel), channel)
            .suggested(F::Date, lang.t(S::Date), date)
    };
    let form = form
        .text(
            F::Followers,
            lang.t(S::Followers),
            whole(figure.and_then(|f| f.followers)),
        )
        .text(
            F::Reach,
            lang.t(S::Reach),
            whole(figure.and_then(|f| f.reach)),
        )
        .text(
            F::Engagement,
            lang.t(S::Engagement),
            figure
                .and_then(|f| f.engagement)
                .map(|v| lang.editable_number(v))
                .unwrap_or_default(),
        )
        .note(lang.t(S::FigureHint));
    match figure {
        Some(f) => form.editing(f.clone()),
        None => form,
    }
}

pub fn submit_figure(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let channel = form.required(F::Channel, lang);
    let date = form.date(F::Date, lang);
    let followers = form.optional_whole(F::Followers, 0, MAX_COUNT, lang);
    let reach = form.optional_whole(F::Reach, 0, MAX_COUNT, lang);
    let engagement = match form.optional_number(F::Engagement, lang) {
        Some(Some(e)) if !(0.0..=100.0).contains(&e) => {
            form.invalid(F::Engagement, lang.t(S::EngagementRange));
            None
        }
        other => other,
    };
    let (channel, date, followers, reach, engagement) =
        (channel?, date?, followers?, reach?, engagement?);
    let key = figure_key(&channel, date);
    let what = format!("{channel} {date}");
    let figure = Item::Figure(ChannelFigure {
        channel,
        date,
        followers,
        reach,
        engagement,
    });
    let (edit, label) = match form.original.clone() {
        None => (Edit::Add(figure), S::FigureAdded),
        Some(old) if old.key() == key => (form.edit_of(figure), S::FigureEdited),
        // A new channel or date is a new key: the old figure makes way, in
        // one edit (one undo).
        Some(old) => (
            Edit::Batch(vec![Edit::delete_seen(old), Edit::Add(figure)]),
            S::FigureEdited,
        ),
    };
    Some(Change {
        edit,
        label: lang.labelled(lang.t(label), &what),
        focus: Some(key),
    })
}

pub fn delete_figure(ctx: &Ctx, figure: &ChannelFigure) -> Effect {
    let lang = ctx.lang;
    let what = format!("{} {}", figure.channel, figure.date);
    confirm(
        lang.delete_question(Kind::Figure, &what),
        Edit::delete_seen(figure.clone()),
        lang.labelled(lang.t(S::FigureDeleted), &what),
    )
}

impl ItemView for ChannelFigure {
    type Field = F;
    /// The width of each column.
    type Columns = Vec<usize>;

    fn row(&self, cells: &Vec<usize>, ctx: &Ctx) -> Vec<Line<'static>> {
        figure_row(self, cells, ctx)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        figure_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        figure_form(ctx, Some(self), None)
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        delete_figure(ctx, self)
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn figures_are_ordered_by_channel_then_newest_first() {
        let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap_or_default();
        let mut plan = crate::demo::plan(today, Lang::En);
        let mut newer = plan.situation.figures[0].clone();
        newer.date = today;
        plan.situation.figures.push(newer.clone());
        let figures = &plan.situation.figures;
        let sorted: Vec<&ChannelFigure> =
            figure_order(&plan).iter().map(|&i| &figures[i]).collect();
        let names: Vec<&str> = sorted.iter().map(|f| f.channel.as_str()).collect();
        assert_eq!(
            names,
            ["Facebook", "Instagram", "Instagram", "Newsletter", "TikTok"]
        );
        assert_eq!(sorted[1].date, today);
        assert_eq!(previous(sorted[1], &plan), Some(sorted[2]));
    }
}
