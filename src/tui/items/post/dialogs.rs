//! The short dialogs of a post: mark it published with its link, move its
//! status one step on, copy it to another day, repeat it every week.

use chrono::{Datelike, Weekday};

use crate::domain::post::{PostStatus, a_week_after, duplicate_post, repeat_weekly};
use crate::domain::{Edit, Item, Post};
use crate::i18n::post_screen::Ps;
use crate::tui::overlay::Overlay;
use crate::tui::overlay::form::{FieldKey, Form};
use crate::tui::view::{Change, Ctx, Effect};

/// The one field of each short dialog, and the repeat's two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum D {
    Link,
    Date,
    Weekdays,
    Until,
}

impl FieldKey for D {
    fn file_name(self) -> Option<&'static str> {
        match self {
            D::Link => Some("link"),
            D::Date => Some("date"),
            D::Weekdays | D::Until => None,
        }
    }
}

/// `p`: asks for the link, then marks the post published.
pub fn publish(post: &Post, ctx: &Ctx) -> Effect {
    let lang = ctx.lang;
    let form = Form::about(
        lang.t(Ps::PublishTitle),
        &post.title,
        ctx.theme,
        submit_publish,
    )
    .editing(post.clone())
    .text(D::Link, lang.t(Ps::Link), post.link.clone())
    .note(lang.t(Ps::PublishHint));
    Effect::Open(Overlay::form(form))
}

fn submit_publish(form: &mut Form<D>, ctx: &Ctx) -> Option<Change> {
    let Some(Item::Post(post)) = form.original.clone() else {
        return None;
    };
    let published = Post {
        status: PostStatus::Published,
        link: form.value(D::Link).to_string(),
        ..post.clone()
    };
    Some(Change {
        edit: form.edit_of(Item::Post(published)),
        label: ctx.lang.labelled(ctx.lang.t(Ps::Published), &post.id),
        focus: Some(post.id),
    })
}

/// `>`: the next status. The step to published asks for the link.
pub fn forward(post: &Post, ctx: &Ctx) -> Effect {
    let lang = ctx.lang;
    match post.status.next() {
        Some(PostStatus::Published) => publish(post, ctx),
        Some(next) => {
            let moved = Post {
                status: next,
                ..post.clone()
            };
            let label = lang.post_moved_on(
                &post.title,
                lang.post_status(post.status),
                lang.post_status(next),
                ctx.theme.arrow(),
            );
            Effect::Commit(Change {
                edit: Edit::update(&Item::Post(post.clone()), &Item::Post(moved)),
                label,
                focus: Some(post.id.clone()),
            })
        }
        None if post.status == PostStatus::Skipped => Effect::Info(lang.t(Ps::Skipped).into()),
        None => Effect::Info(lang.t(Ps::AlreadyPublished).into()),
    }
}

/// `C`: asks for the day, then copies the post there.
pub fn copy(post: &Post, ctx: &Ctx) -> Effect {
    let lang = ctx.lang;
    let form = Form::about(lang.t(Ps::CopyTitle), &post.title, ctx.theme, submit_copy)
        .target(post.id.clone())
        .text(
            D::Date,
            lang.t(Ps::Date),
            lang.date(a_week_after(post.date)),
        )
        .note(lang.t(Ps::CopyHint));
    Effect::Open(Overlay::form(form))
}

fn submit_copy(form: &mut Form<D>, ctx: &Ctx) -> Option<Change> {
    let date = form.date(D::Date, ctx.lang)?;
    let post = ctx.plan.post(form.target.as_deref()?)?;
    let edit = duplicate_post(ctx.plan, post, date);
    Some(added(edit, ctx.lang.t(Ps::Copied), ctx.lang))
}

/// The change that adds what `edit` adds, selecting the first new item.
fn added(edit: Edit, label: &str, lang: crate::i18n::Lang) -> Change {
    let first = match &edit {
        Edit::Add(item) => Some(item.key()),
        Edit::Batch(edits) => edits.iter().find_map(|e| match e {
            Edit::Add(item) => Some(item.key()),
            _ => None,
        }),
        _ => None,
    };
    Change {
        label: lang.labelled(label, first.as_deref().unwrap_or_default()),
        edit,
        focus: first,
    }
}

/// `w`: asks on which weekdays and until when (by default, the campaign's
/// end), then adds the copies as one edit.
pub fn repeat(post: &Post, ctx: &Ctx) -> Effect {
    let lang = ctx.lang;
    let until = ctx
        .plan
        .campaign(&post.campaign)
        .map_or_else(|| a_week_after(post.date), |c| c.end);
    let weekday = post.date.weekday();
    let days = WEEK
        .iter()
        .zip(lang.weekday_names())
        .map(|(day, name)| (day.to_string(), name.to_string(), *day == weekday))
        .collect();
    let form = Form::about(
        lang.t(Ps::RepeatTitle),
        &post.title,
        ctx.theme,
        submit_repeat,
    )
    .target(post.id.clone())
    .checklist(D::Weekdays, lang.t(Ps::RepeatDays), days)
    .text(D::Until, lang.t(Ps::RepeatUntil), until.to_string())
    .note(lang.t(Ps::RepeatHint));
    Effect::Open(Overlay::form(form))
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

fn submit_repeat(form: &mut Form<D>, ctx: &Ctx) -> Option<Change> {
    let lang = ctx.lang;
    let until = form.date(D::Until, lang);
    let days: Vec<Weekday> = form
        .checked_keys(D::Weekdays)
        .iter()
        .filter_map(|key| key.parse().ok())
        .collect();
    if days.is_empty() {
        form.invalid(D::Weekdays, lang.t(Ps::NoWeekday));
    }
    let until = until?;
    if form.has_errors() {
        return None;
    }
    let post = ctx.plan.post(form.target.as_deref()?)?;
    let Some(edit) = repeat_weekly(ctx.plan, post, &days, until) else {
        form.invalid(D::Until, lang.t(Ps::NothingToRepeat));
        return None;
    };
    let count = match &edit {
        Edit::Batch(adds) => adds.len(),
        _ => 1,
    };
    let mut change = added(edit, "", ctx.lang);
    change.label = lang.posts_repeated(count, &post.title);
    Some(change)
}
