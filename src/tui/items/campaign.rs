//! A campaign, as the interface shows it: its row in the Actions list, its
//! details (the Actions pane and the Calendar's dialog), its form and the
//! edit the form makes, and the question before it is deleted.

use chrono::{Days, NaiveDate};
use ratatui::layout::{Alignment, Constraint};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::spend::spend_lines;
use super::{ItemView, confirm, deleting, field};
use crate::domain::validate::unique_id;
use crate::domain::{Campaign, Edit, Item, Kind, Status};
use crate::i18n::Lang;
use crate::i18n::actions::A;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

mod copy;
mod results;
mod status;

pub use copy::copy;

pub use status::{status_pick, status_picked};

/// How long a new campaign runs by default: a week, both days included.
const DEFAULT_DAYS: u64 = 6;

/// The fields of a campaign's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Channel,
    Start,
    End,
    Status,
    Budget,
    Objectives,
    Audience,
    Message,
    Owner,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Name => "name",
            F::Channel => "channel",
            F::Start => "start",
            F::End => "end",
            F::Status => "status",
            F::Budget => "budget",
            F::Objectives => "objectives",
            F::Audience => "audience",
            F::Message => "message",
            F::Owner => "owner",
        })
    }
}

impl ItemView for Campaign {
    type Field = F;
    type Columns = Columns;

    fn row(&self, columns: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        columns.row(self, ctx)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        detail_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        campaign_form(ctx, Some(self), None)
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        delete(ctx, self)
    }
}

/// The form for a new campaign, on `channel` if given.
pub fn new_form(ctx: &Ctx, channel: Option<&str>) -> Form<F> {
    campaign_form(ctx, None, channel)
}

pub fn status_text(status: Status) -> A {
    match status {
        Status::Planned => A::Planned,
        Status::Active => A::Active,
        Status::Done => A::Done,
        Status::Cancelled => A::Cancelled,
    }
}

/// A status as a symbol and a word (readable without colour), and its style.
pub(crate) fn status_span(status: Status, lang: Lang, theme: Theme) -> Span<'static> {
    let (symbol, ascii, style) = match status {
        Status::Planned => ("○", "o", Style::new()),
        Status::Active => ("●", "*", theme.success()),
        Status::Done => ("✓", "+", theme.dim()),
        Status::Cancelled => ("✗", "x", theme.dim()),
    };
    let symbol = if theme.ascii { ascii } else { symbol };
    Span::styled(format!("{symbol} {}", lang.t(status_text(status))), style)
}

/// The widest status, so the column does not change with the filter.
pub(crate) fn status_width(lang: Lang) -> usize {
    Status::ALL
        .iter()
        .map(|s| 2 + width(lang.t(status_text(*s))))
        .max()
        .unwrap_or(10)
}

/// A channel's name, or its id if the plan does not have it.
pub fn channel_name(ctx: &Ctx, id: &str) -> String {
    ctx.plan
        .channel(id)
        .map_or_else(|| id.to_string(), |c| printable(&c.name))
}

/// A channel's name in its colour, cut to `max` cells.
pub(crate) fn channel_span(ctx: &Ctx, id: &str, max: usize) -> Span<'static> {
    let theme = ctx.theme;
    let name = truncate(&channel_name(ctx, id), max, theme.ellipsis());
    match ctx.plan.channel(id) {
        Some(channel) => Span::styled(name, theme.channel(channel.colour)),
        None => Span::raw(name),
    }
}

/// The list's columns, chosen to fit the width: the budget goes first, then
/// the end date, so the name always keeps some room.
pub struct Columns {
    name: usize,
    channel: usize,
    status: usize,
    budget: Option<usize>,
    end: bool,
}

const DATE: usize = 10;

impl Columns {
    /// The columns for a list `inner` cells wide; `budget` is the widest
    /// budget listed. (Widths come from the channels, not from every
    /// campaign: a frame must not cost in proportion to the plan.)
    pub fn fit(inner: u16, budget: usize, ctx: &Ctx) -> Columns {
        let lang = ctx.lang;
        let inner = usize::from(inner);
        let channel = ctx
            .plan
            .channels
            .iter()
            .map(|c| width(&printable(&c.name)))
            .chain([width(lang.t(A::ColChannel))])
            .max()
            .unwrap_or(8)
            .clamp(5, 12);
        let status = status_width(lang).max(width(lang.t(A::ColStatus)));
        let budget = budget.max(width(lang.t(A::ColBudget)));
        // Each column takes its width plus one space.
        let fixed = channel + 1 + DATE + 1 + status + 1;
        let (budget, end) = if inner >= fixed + DATE + 1 + budget + 1 + 20 {
            (Some(budget), true)
        } else if inner >= fixed + DATE + 1 + 16 {
            (None, true)
        } else {
            (None, false)
        };
        let used = fixed + if end { DATE + 1 } else { 0 } + budget.map_or(0, |b| b + 1);
        Columns {
            name: inner.saturating_sub(used),
            channel,
            status,
            budget,
            end,
        }
    }

    fn row(&self, campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        // The list puts a pointer and a space before the name.
        let name = truncate(
            &printable(&campaign.name),
            self.name.saturating_sub(2),
            theme.ellipsis(),
        );
        let mut cells = vec![
            Line::raw(name),
            Line::from(channel_span(ctx, &campaign.channel, self.channel)),
            Line::raw(ctx.lang.date(campaign.start)),
        ];
        if self.end {
            cells.push(Line::raw(ctx.lang.date(campaign.end)));
        }
        cells.push(Line::from(status_span(campaign.status, ctx.lang, theme)));
        if self.budget.is_some() {
            cells.push(Line::raw(ctx.lang.money(campaign.budget)).alignment(Alignment::Right));
        }
        cells
    }
}

/// Days from start to end, both included.
pub(crate) fn days(campaign: &Campaign) -> i64 {
    (campaign.end - campaign.start).num_days() + 1
}

/// A campaign described: the Actions tab's detail pane and the Calendar's
/// details dialog.
pub(crate) fn detail_lines(campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let label = |text: A| Span::styled(format!("{}: ", lang.t(text)), theme.dim());
    let mut lines = vec![
        Line::from(vec![
            label(A::Channel),
            channel_span(ctx, &campaign.channel, usize::MAX),
        ]),
        field(
            lang.t(A::Dates),
            format!(
                "{} ({})",
                lang.shown_span(
                    campaign.start,
                    campaign.end,
                    chrono::Datelike::year(&ctx.today),
                    theme.arrow()
                ),
                lang.campaign_days(days(campaign))
            ),
            theme,
        ),
        Line::from(vec![
            label(A::Status),
            status_span(campaign.status, lang, theme),
            Span::raw("   "),
            label(A::Budget),
            Span::raw(budget(campaign, ctx)),
        ]),
    ];
    lines.extend(spend_lines(campaign, ctx));
    lines.extend(more_lines(campaign, ctx));
    lines
}

/// What the Calendar's status line does not say of a campaign: its budget,
/// then the rest of its details.
pub(crate) fn budget_and_more_lines(campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
    let mut lines = vec![field(
        ctx.lang.t(A::Budget),
        budget(campaign, ctx),
        ctx.theme,
    )];
    lines.extend(spend_lines(campaign, ctx));
    lines.extend(more_lines(campaign, ctx));
    lines
}

fn budget(campaign: &Campaign, ctx: &Ctx) -> String {
    ctx.lang
        .money_in(campaign.budget, &printable(&ctx.plan.currency))
}

/// The objectives served, the audience and owner when set, the results of
/// its posts, and the message last: it is the longest, and wraps.
fn more_lines(campaign: &Campaign, ctx: &Ctx) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let objectives: Vec<String> = campaign
        .objectives
        .iter()
        .map(|id| {
            ctx.plan
                .objective(id)
                .map_or_else(|| id.clone(), |o| o.name.clone())
        })
        .collect();
    let mut lines = vec![if objectives.is_empty() {
        Line::from(vec![
            Span::styled(format!("{}: ", lang.t(A::Objectives)), theme.dim()),
            Span::styled(lang.t(A::NoObjectiveServed), theme.warning()),
        ])
    } else {
        field(lang.t(A::Objectives), objectives.join("; "), theme)
    }];
    if !campaign.audience.is_empty() {
        lines.push(field(lang.t(A::Audience), campaign.audience.clone(), theme));
    }
    if !campaign.owner.is_empty() {
        lines.push(field(lang.t(A::Owner), campaign.owner.clone(), theme));
    }
    lines.extend(results::lines(campaign, ctx));
    let mut message = campaign.message.lines();
    if let Some(first) = message.next() {
        lines.push(field(lang.t(A::Message), first, theme));
        lines.extend(message.map(|l| Line::raw(printable(l))));
    }
    lines
}

/// `d`: asks, then deletes. A campaign's posts go with it, in one edit (one
/// undo brings them all back); the question says how many.
fn delete(ctx: &Ctx, campaign: &Campaign) -> Effect {
    let lang = ctx.lang;
    let posts: Vec<Edit> = ctx
        .posts
        .posts(ctx.plan, &campaign.id)
        .map(|p| Edit::delete_seen(p.clone()))
        .collect();
    let mut question = lang.delete_question(Kind::Campaign, &campaign.name);
    if !posts.is_empty() {
        question = format!("{question} {}", lang.posts_deleted_too(posts.len()));
    }
    let edit = deleting(posts, campaign.clone());
    confirm(
        question,
        edit,
        lang.labelled(lang.t(A::Deleted), &campaign.id),
    )
}

/// The form for a new campaign (on `channel` if given) or for editing one.
fn campaign_form(ctx: &Ctx, campaign: Option<&Campaign>, channel: Option<&str>) -> Form<F> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let channels: Vec<(String, String)> = plan
        .channels
        .iter()
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let channel = campaign.map(|c| c.channel.as_str()).or(channel);
    let statuses: Vec<String> = Status::ALL
        .iter()
        .map(|s| lang.t(status_text(*s)).to_string())
        .collect();
    let status_index = campaign
        .and_then(|c| Status::ALL.iter().position(|s| *s == c.status))
        .unwrap_or(0);
    let start = campaign.map_or(ctx.today, |c| c.start);
    let end = campaign.map_or_else(
        || {
            ctx.today
                .checked_add_days(Days::new(DEFAULT_DAYS))
                .unwrap_or(NaiveDate::MAX)
        },
        |c| c.end,
    );
    let text = |f: fn(&Campaign) -> &String| campaign.map(|c| f(c).clone()).unwrap_or_default();
    let mut form = Form::for_item(
        campaign.cloned(),
        [A::AddTitle, A::EditTitle],
        lang,
        submit_campaign,
    )
    .text(F::Name, lang.t(A::Name), text(|c| &c.name))
    .choice_of(F::Channel, lang.t(A::Channel), channels, channel)
    .text(F::Start, lang.t(A::Start), lang.date(start))
    .text(F::End, lang.t(A::End), lang.date(end))
    .choice(F::Status, lang.t(A::Status), statuses, status_index)
    .text(
        F::Budget,
        lang.t(A::Budget),
        campaign.map(|c| c.budget.to_string()).unwrap_or_default(),
    );
    if !plan.objectives.is_empty() {
        let objectives = plan
            .objectives
            .iter()
            .map(|o| {
                let served = campaign.is_some_and(|c| c.objectives.contains(&o.id));
                (o.id.clone(), o.name.clone(), served)
            })
            .collect();
        form = form.checklist(F::Objectives, lang.t(A::Objectives), objectives);
    }
    form = form
        .text(F::Audience, lang.t(A::Audience), text(|c| &c.audience))
        .lines_of(F::Message, lang.t(A::Message), campaign, |c| &c.message)
        .text(F::Owner, lang.t(A::Owner), text(|c| &c.owner))
        .note(lang.t(if plan.objectives.is_empty() {
            A::FormHintNoObjectives
        } else {
            A::FormHint
        }));
    form
}

fn submit_campaign(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let name = form.required(F::Name, lang);
    let start = form.date(F::Start, lang);
    // An end before the start is the plan's rule: the save is refused, and
    // the reason shows under the field the plan names.
    let end = form.date(F::End, lang);
    let budget = form.money(F::Budget, lang);
    let Some(channel) = form.chosen_key(F::Channel).and_then(|id| plan.channel(id)) else {
        form.invalid(F::Channel, lang.t(A::NeedChannels));
        return None;
    };
    let (name, start, end, budget) = (name?, start?, end?, budget?);
    if form.has_errors() {
        return None;
    }
    let status = Status::ALL
        .get(form.selected(F::Status))
        .copied()
        .unwrap_or(Status::Planned);
    // Objectives deleted meanwhile by another session are left out.
    let objectives = form
        .checked_keys(F::Objectives)
        .into_iter()
        .filter(|id| plan.objective(id).is_some())
        .collect();
    let id = form
        .target
        .clone()
        .unwrap_or_else(|| unique_id(&name, |id| plan.campaign(id).is_some()));
    let campaign = Campaign {
        id: id.clone(),
        name,
        channel: channel.id.clone(),
        start,
        end,
        status,
        budget,
        objectives,
        audience: form.value(F::Audience).to_string(),
        message: form.value(F::Message).to_string(),
        owner: form.value(F::Owner).to_string(),
        // Spend changes through its own edits: the form keeps what is there.
        spend: plan
            .campaign(&id)
            .map(|c| c.spend.clone())
            .unwrap_or_default(),
    };
    Some(form.saved(Item::Campaign(campaign), id, [A::Added, A::Edited], lang))
}

impl crate::tui::tabs::Columns for Columns {
    fn header(&self, lang: Lang) -> Vec<&'static str> {
        let mut header = vec![
            lang.t(A::ColName),
            lang.t(A::ColChannel),
            lang.t(A::ColStart),
        ];
        if self.end {
            header.push(lang.t(A::ColEnd));
        }
        header.push(lang.t(A::ColStatus));
        if self.budget.is_some() {
            header.push(lang.t(A::ColBudget));
        }
        header
    }

    fn widths(&self) -> Vec<Constraint> {
        let length = |n: usize| Constraint::Length(u16::try_from(n).unwrap_or(u16::MAX));
        let mut widths = vec![Constraint::Fill(1), length(self.channel), length(DATE)];
        if self.end {
            widths.push(length(DATE));
        }
        widths.push(length(self.status));
        if let Some(budget) = self.budget {
            widths.push(length(budget));
        }
        widths
    }
}
