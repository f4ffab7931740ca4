//! An agenda entry as a row (day, time, channel, what, status, owner) and
//! in the detail pane.

use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::layout::Constraint;
use ratatui::text::{Line, Span};

use crate::domain::agenda::{Entry, Section, What};
use crate::domain::{Campaign, Post};
use crate::i18n::Lang;
use crate::i18n::agenda::A;
use crate::i18n::post_screen::Ps;
use crate::text::{printable, truncate, width};
use crate::tui::items::ItemView;
use crate::tui::items::campaign::{channel_span, status_span as campaign_status};
use crate::tui::items::post::status_span;
use crate::tui::view::Ctx;

/// "Mon 2026-11-30".
const DAY: usize = 14;
const TIME: usize = 5;
const CHANNEL: usize = 12;
const OWNER: usize = 10;
/// The least room the title keeps before the owner's column goes.
const TITLE: usize = 24;

pub struct Columns {
    title: usize,
    status: usize,
    owner: Option<usize>,
}

/// Where an entry's post and its campaign (or the campaign a campaign's
/// entry is about) are in the plan's lists, found when the entries are made.
#[derive(Clone, Copy, Debug, Default)]
pub struct Found {
    post: Option<usize>,
    campaign: Option<usize>,
}

impl Found {
    /// A post's entry's post.
    pub fn post<'p>(self, entry: &Entry, ctx: &Ctx<'p>) -> Option<&'p Post> {
        let What::Post(id) = &entry.what else {
            return None;
        };
        let post = ctx.plan.posts.get(self.post?)?;
        // Only ever another post for entries of another plan: then none.
        (post.id == *id).then_some(post)
    }

    /// The campaign of a post's entry, or that a campaign's entry is about.
    pub fn campaign<'p>(self, entry: &Entry, ctx: &Ctx<'p>) -> Option<&'p Campaign> {
        let campaign = ctx.plan.campaigns.get(self.campaign?)?;
        let id = match &entry.what {
            What::Post(_) => &self.post(entry, ctx)?.campaign,
            What::CampaignStarts(id) | What::CampaignEnds(id) => id,
            What::Deadline(_) | What::Measure { .. } => return None,
        };
        (campaign.id == *id).then_some(campaign)
    }
}

/// The entries, and where each one's post and campaign are in the plan.
pub fn found(placed: Vec<(Entry, Option<usize>)>, ctx: &Ctx) -> (Vec<Entry>, Vec<Found>) {
    let plan = ctx.plan;
    let campaigns: HashMap<&str, usize> = plan
        .campaigns
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    placed
        .into_iter()
        .map(|(entry, post)| {
            let campaign = match &entry.what {
                What::Post(_) => post
                    .and_then(|i| plan.posts.get(i))
                    .and_then(|p| campaigns.get(p.campaign.as_str())),
                What::CampaignStarts(id) | What::CampaignEnds(id) => campaigns.get(id.as_str()),
                What::Deadline(_) | What::Measure { .. } => None,
            };
            let found = Found {
                post,
                campaign: campaign.copied(),
            };
            (entry, found)
        })
        .unzip()
}

/// What an entry is about, by key: to keep it selected as the plan changes.
pub fn key(what: &What) -> &str {
    match what {
        What::Post(id)
        | What::CampaignStarts(id)
        | What::CampaignEnds(id)
        | What::Deadline(id)
        | What::Measure { objective: id, .. } => id,
    }
}

impl Columns {
    pub fn fit(inner: u16, ctx: &Ctx) -> Columns {
        let lang = ctx.lang;
        let inner = usize::from(inner);
        let status = crate::domain::post::PostStatus::ALL
            .iter()
            .map(|s| 2 + width(lang.post_status(*s)))
            .chain([width(lang.t(Ps::ColStatus))])
            .max()
            .unwrap_or(10);
        // The pointer and a space come before the day.
        let fixed = 2 + DAY + 1 + TIME + 1 + CHANNEL + 1 + status + 1;
        let owner = (inner >= fixed + OWNER + 1 + TITLE).then_some(OWNER);
        let used = fixed + owner.map_or(0, |o| o + 1);
        Columns {
            title: inner.saturating_sub(used),
            status,
            owner,
        }
    }

    /// The row of `entry`; `first` of its day or section, which it names.
    pub fn row(&self, entry: &Entry, found: Found, first: bool, ctx: &Ctx) -> Vec<Line<'static>> {
        let theme = ctx.theme;
        let cut = |text: &str, room: usize| truncate(&printable(text), room, theme.ellipsis());
        let day = day_cell(entry, found, first, ctx);
        let (time, channel, title, status, owner) = match &entry.what {
            What::Post(_) => match found.post(entry, ctx) {
                Some(post) => {
                    let channel = found
                        .campaign(entry, ctx)
                        .map(|c| channel_span(ctx, &c.channel, CHANNEL))
                        .unwrap_or_default();
                    let title = format!("{} {}", ctx.lang.post_format(post.format), post.title);
                    (
                        post.time.clone().unwrap_or_default(),
                        channel,
                        title,
                        status_span(post, ctx),
                        post.owner.clone(),
                    )
                }
                None => Default::default(),
            },
            What::CampaignStarts(_) | What::CampaignEnds(_) => match found.campaign(entry, ctx) {
                Some(c) => {
                    let said = if matches!(entry.what, What::CampaignStarts(_)) {
                        A::CampaignStarts
                    } else {
                        A::CampaignEnds
                    };
                    (
                        String::new(),
                        channel_span(ctx, &c.channel, CHANNEL),
                        format!("{}: {}", ctx.lang.t(said), c.name),
                        campaign_status(c.status, ctx.lang, theme),
                        c.owner.clone(),
                    )
                }
                None => Default::default(),
            },
            What::Deadline(id) | What::Measure { objective: id, .. } => {
                match ctx.plan.objective(id) {
                    Some(o) => {
                        let channel = o
                            .channel
                            .as_deref()
                            .map(|c| channel_span(ctx, c, CHANNEL))
                            .unwrap_or_default();
                        // A reminder says how long since the last value
                        // where a post says its status.
                        let (label, status) = match &entry.what {
                            What::Measure { last, .. } => (
                                Ps::Measure,
                                Span::styled(
                                    ctx.lang.days_since((ctx.today - *last).num_days()),
                                    theme.warning(),
                                ),
                            ),
                            _ => (Ps::Deadline, Span::raw("")),
                        };
                        let title = format!("{}: {}", ctx.lang.t(label), o.name);
                        (String::new(), channel, title, status, String::new())
                    }
                    None => Default::default(),
                }
            }
        };
        let mut cells = vec![
            day,
            Line::raw(time),
            Line::from(channel),
            Line::raw(cut(&title, self.title)),
            Line::from(status),
        ];
        if let Some(room) = self.owner {
            cells.push(Line::raw(cut(&owner, room)));
        }
        cells
    }
}

/// The day's cell: an overdue post's own date, in the error colour; the
/// day of the first entry of a day; the reminders' heading once.
fn day_cell(entry: &Entry, found: Found, first: bool, ctx: &Ctx) -> Line<'static> {
    let lang = ctx.lang;
    match entry.section {
        Section::Overdue => {
            let date = found.post(entry, ctx).map(|p| p.date);
            date.map_or_else(Line::default, |d| {
                Line::styled(short_day(d, lang), ctx.theme.error())
            })
        }
        Section::Day(date) if first => Line::styled(short_day(date, lang), ctx.theme.title()),
        Section::Reminders if first => Line::styled(lang.t(A::Reminders), ctx.theme.title()),
        _ => Line::default(),
    }
}

/// "Mon 2026-11-30", "lun 30/11/2026".
fn short_day(date: NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    let weekday = lang.weekday_names()[date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {}", lang.date(date))
}

/// The detail pane of an entry: the post, the campaign or the objective.
pub fn details(entry: &Entry, found: Found, ctx: &Ctx) -> (String, Vec<Line<'static>>) {
    let shown = match &entry.what {
        What::Post(_) => found
            .post(entry, ctx)
            .map(|p| (p.title.clone(), p.detail_lines(ctx))),
        What::CampaignStarts(_) | What::CampaignEnds(_) => found
            .campaign(entry, ctx)
            .map(|c| (c.name.clone(), c.detail_lines(ctx))),
        What::Deadline(id) | What::Measure { objective: id, .. } => ctx
            .plan
            .objective(id)
            .map(|o| (o.name.clone(), o.detail_lines(ctx))),
    };
    shown.unwrap_or_default()
}

impl crate::tui::tabs::Columns for Columns {
    fn header(&self, lang: Lang) -> Vec<&'static str> {
        let mut header = vec![
            lang.t(Ps::ColDate),
            lang.t(Ps::ColTime),
            lang.t(Ps::Channel),
            lang.t(Ps::ColTitle),
            lang.t(Ps::ColStatus),
        ];
        if self.owner.is_some() {
            header.push(lang.t(Ps::ColOwner));
        }
        header
    }

    fn widths(&self) -> Vec<Constraint> {
        let length = |n: usize| Constraint::Length(u16::try_from(n).unwrap_or(u16::MAX));
        let mut widths = vec![
            length(2 + DAY),
            length(TIME),
            length(CHANNEL),
            Constraint::Fill(1),
            length(self.status),
        ];
        if let Some(owner) = self.owner {
            widths.push(length(owner));
        }
        widths
    }
}
