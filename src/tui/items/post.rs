//! A post, as the interface shows it: its row in a campaign's posts, its
//! details, its form and the edit the form makes, and the question before
//! it is deleted. The dialogs that publish, copy and repeat a post are in
//! `post/dialogs.rs`.

mod columns;
pub mod dialogs;
mod results;

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::text::text_field;
use super::{ItemView, confirm, field};
use crate::domain::post::{PostFormat, PostStatus, clock_time};
use crate::domain::validate::unique_id;
use crate::domain::{Campaign, Edit, Item, Kind, Post};
use crate::i18n::post_screen::Ps;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

pub use columns::Columns;

/// The fields of a post's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Campaign,
    Date,
    Time,
    Format,
    Title,
    Copy,
    Asset,
    Owner,
    Status,
    Link,
    Notes,
    Reach,
    Interactions,
    Clicks,
    Leads,
}

impl FieldKey for F {
    fn file_name(self) -> Option<&'static str> {
        Some(match self {
            F::Campaign => "campaign",
            F::Date => "date",
            F::Time => "time",
            F::Format => "format",
            F::Title => "title",
            F::Copy => "copy",
            F::Asset => "asset",
            F::Owner => "owner",
            F::Status => "status",
            F::Link => "link",
            F::Notes => "notes",
            F::Reach => "reach",
            F::Interactions => "interactions",
            F::Clicks => "clicks",
            F::Leads => "leads",
        })
    }
}

impl ItemView for Post {
    type Field = F;
    type Columns = Columns;

    fn row(&self, columns: &Columns, ctx: &Ctx) -> Vec<Line<'static>> {
        columns.row(self, ctx)
    }

    fn detail_lines(&self, ctx: &Ctx) -> Vec<Line<'static>> {
        detail_lines(self, ctx)
    }

    fn form(&self, ctx: &Ctx) -> Form<F> {
        post_form(ctx, Some(self), &self.campaign)
    }

    fn delete(&self, ctx: &Ctx) -> Effect {
        let lang = ctx.lang;
        confirm(
            lang.delete_question(Kind::Post, &self.title),
            Edit::delete_seen(self.clone()),
            lang.labelled(lang.t(Ps::Deleted), &self.id),
        )
    }
}

/// The form for a new post in `campaign`.
pub fn new_form(ctx: &Ctx, campaign: &str) -> Form<F> {
    post_form(ctx, None, campaign)
}

/// A status as a mark and a word, readable without colour: settled ones
/// marked done or dropped, an overdue one marked and in the error colour.
pub(crate) fn status_span(post: &Post, ctx: &Ctx) -> Span<'static> {
    let theme = ctx.theme;
    let (symbol, ascii, style) = match post.status {
        PostStatus::Published => ("✓", "+", theme.success()),
        PostStatus::Skipped => ("✗", "x", theme.dim()),
        _ if post.is_overdue(ctx.today) => ("!", "!", theme.error()),
        _ => ("·", "-", Style::new()),
    };
    let symbol = if theme.ascii { ascii } else { symbol };
    Span::styled(
        format!("{symbol} {}", ctx.lang.post_status(post.status)),
        style,
    )
}

fn detail_lines(post: &Post, ctx: &Ctx) -> Vec<Line<'static>> {
    let lang = ctx.lang;
    let theme = ctx.theme;
    let label = |text: Ps| Span::styled(format!("{}: ", lang.t(text)), theme.dim());
    let campaign = ctx
        .plan
        .campaign(&post.campaign)
        .map_or_else(|| post.campaign.clone(), |c| c.name.clone());
    let channel = ctx
        .plan
        .post_channel(post)
        .map_or_else(String::new, |c| c.name.clone());
    let mut lines = vec![
        field(
            lang.t(Ps::Campaign),
            format!("{campaign}{}{channel}", theme.dot()),
            theme,
        ),
        field(
            lang.t(Ps::Date),
            format!(
                "{}{}{}",
                lang.when(post),
                theme.dot(),
                lang.post_format(post.format)
            ),
            theme,
        ),
        Line::from(vec![label(Ps::Status), status_span(post, ctx)]),
    ];
    let optional = [
        (Ps::Owner, &post.owner),
        (Ps::Link, &post.link),
        (Ps::Asset, &post.asset),
    ];
    for (text, value) in optional {
        if !value.is_empty() {
            lines.push(field(lang.t(text), value.clone(), theme));
        }
    }
    lines.extend(results::detail_line(post, lang, theme));
    for (text, value) in [(Ps::Copy, &post.copy), (Ps::Notes, &post.notes)] {
        if !value.is_empty() {
            lines.extend(text_field(lang.t(text), value, theme));
        }
    }
    lines
}

/// The day a new post gets: today while the campaign runs, else its first
/// day (or its last, once it is over).
fn first_free_day(campaign: Option<&Campaign>, today: NaiveDate) -> NaiveDate {
    campaign.map_or(today, |c| today.clamp(c.start, c.end.max(c.start)))
}

/// The words of a fixed list of values, in the person's language.
fn words<T: Copy>(all: &[T], word: impl Fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| word(*v).to_string()).collect()
}

/// The form for a new post in `campaign`, or for editing `post`. A post can
/// move to another campaign of the same channel.
fn post_form(ctx: &Ctx, post: Option<&Post>, campaign: &str) -> Form<F> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let home = plan.campaign(campaign);
    let campaigns: Vec<(String, String)> = plan
        .campaigns
        .iter()
        .filter(|c| home.is_none_or(|h| h.channel == c.channel))
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    let date = post.map_or_else(|| first_free_day(home, ctx.today), |p| p.date);
    let format = post.map_or(0, |p| index_of(&PostFormat::ALL, p.format));
    let status = post.map_or(0, |p| index_of(&PostStatus::ALL, p.status));
    let text = |get: fn(&Post) -> &String| post.map(|p| get(p).clone()).unwrap_or_default();
    let form = Form::for_item(
        post.cloned(),
        [Ps::AddTitle, Ps::EditTitle],
        lang,
        submit_post,
    )
    .choice_of(F::Campaign, lang.t(Ps::Campaign), campaigns, Some(campaign))
    .text(F::Date, lang.t(Ps::Date), lang.date(date))
    .text(
        F::Time,
        lang.t(Ps::Time),
        post.and_then(|p| p.time.clone()).unwrap_or_default(),
    )
    .choice(
        F::Format,
        lang.t(Ps::Format),
        words(&PostFormat::ALL, |f| lang.post_format(f)),
        format,
    )
    .text(F::Title, lang.t(Ps::PostTitle), text(|p| &p.title))
    .lines_of(F::Copy, lang.t(Ps::Copy), post, |p| &p.copy)
    .text(F::Asset, lang.t(Ps::Asset), text(|p| &p.asset))
    .text(F::Owner, lang.t(Ps::Owner), text(|p| &p.owner))
    .choice(
        F::Status,
        lang.t(Ps::Status),
        words(&PostStatus::ALL, |s| lang.post_status(s)),
        status,
    )
    .text(F::Link, lang.t(Ps::Link), text(|p| &p.link))
    .lines_of(F::Notes, lang.t(Ps::Notes), post, |p| &p.notes);
    results::with_fields(form, post, lang).note(lang.t(Ps::FormHint))
}

fn index_of<T: PartialEq + Copy>(all: &[T], value: T) -> usize {
    all.iter().position(|v| *v == value).unwrap_or(0)
}

fn submit_post(form: &mut Form<F>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let plan = ctx.plan;
    let title = form.required(F::Title, lang);
    let date = form.date(F::Date, lang);
    let time = match form.value(F::Time) {
        "" => Some(None),
        typed if clock_time(typed).is_some() => Some(Some(typed.to_string())),
        _ => {
            form.invalid(F::Time, lang.t(Ps::BadTime));
            None
        }
    };
    let results = results::read(form, lang);
    let campaign = form.chosen_key(F::Campaign).map(str::to_string);
    let (title, date, time, campaign) = (title?, date?, time?, campaign?);
    let [reach, interactions, clicks, leads] = results?;
    let id = form
        .target
        .clone()
        .unwrap_or_else(|| unique_id(&title, |id| plan.post(id).is_some()));
    let post = Post {
        id: id.clone(),
        campaign,
        date,
        time,
        format: PostFormat::ALL[form.selected(F::Format).min(PostFormat::ALL.len() - 1)],
        title,
        copy: form.value(F::Copy).to_string(),
        asset: form.value(F::Asset).to_string(),
        owner: form.value(F::Owner).to_string(),
        status: PostStatus::ALL[form.selected(F::Status).min(PostStatus::ALL.len() - 1)],
        link: form.value(F::Link).to_string(),
        notes: form.value(F::Notes).to_string(),
        reach,
        interactions,
        clicks,
        leads,
    };
    Some(form.saved(Item::Post(post), id, [Ps::Added, Ps::Edited], lang))
}
