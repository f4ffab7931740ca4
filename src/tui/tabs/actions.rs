//! Tab 4, Actions (step 4 of the method): every campaign planned in detail.
//! Sorted by start; filtered by channel (`c`) and by status (`s`); add, edit
//! and delete with a form that the Calendar tab shares.

use chrono::{Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{ListView, confirm, detail, edit_or_delete, empty, field, split};
use crate::domain::validate::unique_id;
use crate::domain::{Campaign, Edit, Item, Kind, Plan, Status};
use crate::i18n::Lang;
use crate::i18n::actions::A;
use crate::text::{printable, truncate, width};
use crate::theme::Theme;
use crate::tui::action::Action;
use crate::tui::form::Form;
use crate::tui::overlay::{Overlay, Pick, Purpose};
use crate::tui::view::{Change, Ctx, Effect, View};
use crate::tui::widgets::scroll::Scroll;

/// How long a new campaign runs by default: a week, both days included.
const DEFAULT_DAYS: u64 = 6;

#[derive(Debug, Default)]
pub struct ActionsTab {
    /// The selected row of the filtered list.
    scroll: Scroll,
    /// Only this channel's campaigns (its id), when set.
    channel: Option<String>,
    /// Only campaigns with this status, when set.
    status: Option<Status>,
    /// The campaigns listed (positions in the plan's list), filtered and
    /// sorted when the plan or the filters change, not on every frame.
    order: Vec<usize>,
    /// The widest budget of those, for the column.
    budget_width: usize,
}

impl ActionsTab {
    /// Lists the campaigns the filters let through, sorted by start, then
    /// end, then name.
    fn recompute(&mut self, plan: &Plan) {
        let campaigns = &plan.campaigns;
        self.order = (0..campaigns.len())
            .filter(|&i| {
                let c = &campaigns[i];
                self.channel.as_deref().is_none_or(|id| c.channel == id)
                    && self.status.is_none_or(|s| c.status == s)
            })
            .collect();
        self.order
            .sort_by(|&a, &b| by_start(&campaigns[a], &campaigns[b]));
        self.budget_width = self
            .order
            .iter()
            .map(|&i| width(&campaigns[i].budget.to_string()))
            .max()
            .unwrap_or(0);
    }

    /// The campaign on row `row` of the list.
    fn at<'p>(&self, ctx: &Ctx<'p>, row: usize) -> Option<&'p Campaign> {
        self.order.get(row).and_then(|&i| ctx.plan.campaigns.get(i))
    }

    /// The row of a campaign, if it is listed.
    fn row_of(&self, ctx: &Ctx, id: &str) -> Option<usize> {
        self.order
            .iter()
            .position(|&i| ctx.plan.campaigns.get(i).is_some_and(|c| c.id == id))
    }

    fn selected<'p>(&self, ctx: &Ctx<'p>) -> Option<&'p Campaign> {
        self.at(ctx, self.scroll.selected)
    }

    fn filtered(&self) -> bool {
        self.channel.is_some() || self.status.is_some()
    }

    /// What the filters let through, in words: "Instagram, active".
    fn filter_text(&self, ctx: &Ctx) -> String {
        let mut parts = Vec::new();
        if let Some(id) = &self.channel {
            parts.push(channel_name(ctx, id));
        }
        if let Some(status) = self.status {
            parts.push(ctx.lang.t(status_text(status)).to_string());
        }
        parts.join(", ")
    }

    fn title(&self, ctx: &Ctx, shown: usize) -> String {
        let lang = ctx.lang;
        let total = ctx.plan.campaigns.len();
        if self.filtered() {
            format!(
                "{} ({}){}{}: {}",
                lang.t(A::Title),
                lang.shown_of(shown, total),
                ctx.theme.dot(),
                lang.t(A::Filter),
                self.filter_text(ctx)
            )
        } else {
            format!("{} ({total})", lang.t(A::Title))
        }
    }

    /// After the filters change: keep the same campaign selected if it is
    /// still listed, else the first.
    fn reselect(&mut self, ctx: &Ctx, keep: Option<&str>) {
        self.recompute(ctx.plan);
        let index = keep.and_then(|id| self.row_of(ctx, id)).unwrap_or(0);
        self.scroll.select(index);
        self.scroll.clamp(self.order.len());
    }

    fn pick_channel(&self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        let mut options = vec![lang.t(A::AllChannels).to_string()];
        options.extend(ctx.plan.channels.iter().map(|c| c.name.clone()));
        let mut pick = Pick::new(lang.t(A::PickTitle), options, Purpose::ChannelFilter);
        let current = self
            .channel
            .as_deref()
            .and_then(|id| ctx.plan.channels.iter().position(|c| c.id == id))
            .map_or(0, |i| i + 1);
        pick.scroll.select(current);
        Effect::Open(Overlay::Pick(pick))
    }

    /// The channel to filter campaigns by was chosen.
    pub fn channel_picked(&mut self, index: usize, ctx: &Ctx) -> Effect {
        let keep = self.selected(ctx).map(|c| c.id.clone());
        self.channel = index
            .checked_sub(1)
            .and_then(|i| ctx.plan.channels.get(i))
            .map(|c| c.id.clone());
        self.reselect(ctx, keep.as_deref());
        Effect::Nothing
    }
}

impl View for ActionsTab {
    fn update(&mut self, action: Action, ctx: &Ctx) -> Effect {
        if self.scroll.apply(action, self.order.len()) {
            return Effect::Nothing;
        }
        match action {
            Action::Add => return add(ctx, self.channel.as_deref()),
            Action::FilterChannel => return self.pick_channel(ctx),
            Action::FilterStatus => {
                let keep = self.selected(ctx).map(|c| c.id.clone());
                self.status = next_status(self.status);
                self.reselect(ctx, keep.as_deref());
                return Effect::Nothing;
            }
            _ => {}
        }
        edit_or_delete(
            action,
            self.selected(ctx),
            ctx,
            |c| Effect::Open(Overlay::Form(campaign_form(ctx, Some(c), None))),
            |c| delete(ctx, c),
        )
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let lang = ctx.lang;
        let theme = ctx.theme;
        if ctx.plan.campaigns.is_empty() {
            let text = if ctx.plan.channels.is_empty() {
                A::EmptyNoChannels
            } else {
                A::Empty
            };
            empty(area, buf, lang.t(A::Title), lang.t(text), theme);
            return;
        }
        let title = self.title(ctx, self.order.len());
        if self.order.is_empty() {
            let text = lang.no_campaign_matches(&self.filter_text(ctx));
            empty(area, buf, &title, &text, theme);
            return;
        }
        let (list, pane) = split(area);
        let columns = Columns::fit(list.width.saturating_sub(2), self.budget_width, ctx);
        let view = ListView {
            title,
            header: columns.header(lang),
            widths: columns.widths(),
            len: self.order.len(),
            scroll: &self.scroll,
        };
        view.render(list, buf, theme, |i| {
            self.at(ctx, i)
                .map(|c| columns.row(c, ctx))
                .unwrap_or_default()
        });
        if let Some(campaign) = self.selected(ctx) {
            detail(
                pane,
                buf,
                &campaign.name,
                detail_lines(campaign, ctx),
                theme,
            );
        }
    }

    fn refresh(&mut self, ctx: &Ctx, focus: Option<&str>) {
        // A channel that is gone filters nothing any more.
        if let Some(id) = &self.channel
            && ctx.plan.channel(id).is_none()
        {
            self.channel = None;
        }
        self.recompute(ctx.plan);
        if let Some(id) = focus {
            // What was just added or edited must be seen, filters or not.
            if self.row_of(ctx, id).is_none() {
                self.channel = None;
                self.status = None;
                self.recompute(ctx.plan);
            }
            if let Some(i) = self.row_of(ctx, id) {
                self.scroll.select(i);
            }
        }
        self.scroll.clamp(self.order.len());
    }
}

/// Campaigns by start, then end, then name in any case (then id, so the
/// order is always the same), without allocating.
fn by_start(a: &Campaign, b: &Campaign) -> std::cmp::Ordering {
    (a.start, a.end)
        .cmp(&(b.start, b.end))
        .then_with(|| {
            a.name
                .chars()
                .flat_map(char::to_lowercase)
                .cmp(b.name.chars().flat_map(char::to_lowercase))
        })
        .then_with(|| a.id.cmp(&b.id))
}

/// all → planned → active → done → cancelled → all.
fn next_status(status: Option<Status>) -> Option<Status> {
    match status {
        None => Some(Status::Planned),
        Some(Status::Planned) => Some(Status::Active),
        Some(Status::Active) => Some(Status::Done),
        Some(Status::Done) => Some(Status::Cancelled),
        Some(Status::Cancelled) => None,
    }
}

fn status_text(status: Status) -> A {
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
fn channel_name(ctx: &Ctx, id: &str) -> String {
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
struct Columns {
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
    fn fit(inner: u16, budget: usize, ctx: &Ctx) -> Columns {
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
            Line::raw(campaign.start.to_string()),
        ];
        if self.end {
            cells.push(Line::raw(campaign.end.to_string()));
        }
        cells.push(Line::from(status_span(campaign.status, ctx.lang, theme)));
        if self.budget.is_some() {
            cells.push(Line::raw(campaign.budget.to_string()).alignment(Alignment::Right));
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
                "{} {} {} ({})",
                campaign.start,
                theme.arrow(),
                campaign.end,
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
    lines.extend(more_lines(campaign, ctx));
    lines
}

fn budget(campaign: &Campaign, ctx: &Ctx) -> String {
    format!("{} {}", campaign.budget, printable(&ctx.plan.currency))
}

/// The objectives served, the audience and owner when set, and the
/// message last: it is the longest, and wraps.
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
    let mut message = campaign.message.lines();
    if let Some(first) = message.next() {
        lines.push(field(lang.t(A::Message), first, theme));
        lines.extend(message.map(|l| Line::raw(printable(l))));
    }
    lines
}

/// `a`: a new campaign, on `channel` if given. Campaigns need a channel:
/// without one, says that step 3 comes first.
pub(crate) fn add(ctx: &Ctx, channel: Option<&str>) -> Effect {
    if ctx.plan.channels.is_empty() {
        return Effect::Info(ctx.lang.t(A::NeedChannels).into());
    }
    Effect::Open(Overlay::Form(campaign_form(ctx, None, channel)))
}

/// `d`: asks, then deletes.
pub(crate) fn delete(ctx: &Ctx, campaign: &Campaign) -> Effect {
    let lang = ctx.lang;
    confirm(
        lang.delete_question(Kind::Campaign, &campaign.name),
        Edit::delete_seen(campaign.clone()),
        format!("{} {}", lang.t(A::Deleted), campaign.id),
    )
}

/// The form for a new campaign (on `channel` if given) or for editing one.
pub(crate) fn campaign_form(ctx: &Ctx, campaign: Option<&Campaign>, channel: Option<&str>) -> Form {
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
    let title = if campaign.is_some() {
        A::EditTitle
    } else {
        A::AddTitle
    };
    let mut form = Form::new(lang.t(title), submit_campaign)
        .text("name", lang.t(A::Name), text(|c| &c.name))
        .choice_of("channel", lang.t(A::Channel), channels, channel)
        .text("start", lang.t(A::Start), start.to_string())
        .text("end", lang.t(A::End), end.to_string())
        .choice("status", lang.t(A::Status), statuses, status_index)
        .text(
            "budget",
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
        form = form.checklist("objectives", lang.t(A::Objectives), objectives);
    }
    form = form
        .text("audience", lang.t(A::Audience), text(|c| &c.audience))
        .text("message", lang.t(A::Message), text(|c| &c.message))
        .text("owner", lang.t(A::Owner), text(|c| &c.owner))
        .note(lang.t(if plan.objectives.is_empty() {
            A::FormHintNoObjectives
        } else {
            A::FormHint
        }));
    match campaign {
        Some(c) => form.editing(c.clone()),
        None => form,
    }
}

fn submit_campaign(form: &mut Form, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let name = form.required("name", lang);
    let start = form.date("start", lang);
    let end = form.date("end", lang);
    if let (Some(start), Some(end)) = (start, end)
        && end < start
    {
        form.invalid("end", lang.end_before_start(start));
    }
    let budget = form.money("budget", lang);
    let Some(channel) = form.chosen_key("channel").and_then(|id| plan.channel(id)) else {
        form.invalid("channel", lang.t(A::NeedChannels));
        return None;
    };
    let (name, start, end, budget) = (name?, start?, end?, budget?);
    if form.has_errors() {
        return None;
    }
    let status = Status::ALL
        .get(form.selected("status"))
        .copied()
        .unwrap_or(Status::Planned);
    // Objectives deleted meanwhile by another session are left out.
    let objectives = form
        .checked_keys("objectives")
        .into_iter()
        .filter(|id| plan.objective(id).is_some())
        .collect();
    let existing = form.target.clone();
    let id = existing
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
        audience: form.value("audience").to_string(),
        message: form.value("message").to_string(),
        owner: form.value("owner").to_string(),
    };
    let label = if existing.is_some() {
        A::Edited
    } else {
        A::Added
    };
    let edit = form.edit_of(Item::Campaign(campaign));
    Some(Change {
        edit,
        label: format!("{} {id}", lang.t(label)),
        focus: Some(id),
    })
}
