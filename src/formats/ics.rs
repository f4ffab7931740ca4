//! Campaigns and posts as an iCalendar file (RFC 5545) for any calendar
//! app: one all-day event per campaign, DTEND exclusive (the day after the
//! last), and one event per post: at its time in floating local time (the
//! plan's wall clock, no zone) for half an hour, or all day when it has only
//! a day. Every UID stays the same across exports; the channel is in the
//! SUMMARY and in CATEGORIES. The `icalendar` crate escapes and folds.

use chrono::{Days, NaiveDate, NaiveTime, TimeDelta};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::domain::post::{PostStatus, clock_time};
use crate::domain::{Campaign, Plan, Post, Status};
use crate::formats::csv::file_word;
use crate::i18n::Lang;
use crate::i18n::actions::A;
use crate::i18n::exchange::X;

/// How long a timed post's event lasts: a calendar needs an end, and half
/// an hour shows as a block without hiding the next one.
const POST_MINUTES: i64 = 30;

/// The calendar of the plan's campaigns and posts. `today` stamps the file
/// (DTSTAMP), so the same plan and day give the same bytes; `lang` labels
/// the descriptions.
pub fn export(plan: &Plan, today: NaiveDate, lang: Lang) -> String {
    let stamp = today.and_time(NaiveTime::MIN).and_utc();
    let mut calendar = Calendar::new();
    calendar.name(&plan.name);
    for campaign in &plan.campaigns {
        let mut event = Event::new();
        event
            .uid(&uid(campaign))
            .timestamp(stamp)
            .starts(campaign.start)
            .ends(day_after(campaign.end))
            .status(match campaign.status {
                Status::Planned => EventStatus::Tentative,
                Status::Active | Status::Done => EventStatus::Confirmed,
                Status::Cancelled => EventStatus::Cancelled,
            });
        let channel = channel_name(plan, &campaign.channel);
        let description = campaign_description(plan, campaign, lang);
        calendar.push(titled(&mut event, channel, &campaign.name, &description));
    }
    for post in &plan.posts {
        let mut event = Event::new();
        event
            .uid(&post_uid(post))
            .timestamp(stamp)
            .status(match post.status {
                PostStatus::Published => EventStatus::Confirmed,
                PostStatus::Skipped => EventStatus::Cancelled,
                _ => EventStatus::Tentative,
            });
        match post.time.as_deref().and_then(clock_time) {
            Some((hours, minutes)) => {
                let time = NaiveTime::from_hms_opt(hours.into(), minutes.into(), 0)
                    .unwrap_or(NaiveTime::MIN);
                let start = post.date.and_time(time);
                let end = start
                    .checked_add_signed(TimeDelta::minutes(POST_MINUTES))
                    .unwrap_or(start);
                event.starts(start).ends(end)
            }
            None => event.starts(post.date).ends(day_after(post.date)),
        };
        let channel = plan
            .campaign(&post.campaign)
            .map_or(post.campaign.as_str(), |c| channel_name(plan, &c.channel));
        let description = post_description(plan, post, lang);
        calendar.push(titled(&mut event, channel, &post.title, &description));
    }
    calendar.done().to_string()
}

/// Stable across exports: the campaign's id never changes.
pub fn uid(campaign: &Campaign) -> String {
    format!("{}@socialplan", campaign.id)
}

/// Stable across exports, and never a campaign's: ids have no dots.
pub fn post_uid(post: &Post) -> String {
    format!("{}.post@socialplan", post.id)
}

/// All-day events end on the day after their last day.
fn day_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}

fn channel_name<'p>(plan: &'p Plan, id: &'p str) -> &'p str {
    plan.channel(id).map_or(id, |c| c.name.as_str())
}

/// The event with "channel: title" as its summary, the channel as its
/// category, and the description when there is one.
fn titled(event: &mut Event, channel: &str, title: &str, description: &str) -> Event {
    event
        .summary(&format!("{channel}: {title}"))
        .categories([channel]);
    if !description.is_empty() {
        event.description(description);
    }
    event.done()
}

/// The message, then the objectives served, the audience and the owner, one
/// labelled line each.
fn campaign_description(plan: &Plan, campaign: &Campaign, lang: Lang) -> String {
    let objectives: Vec<&str> = campaign
        .objectives
        .iter()
        .map(|id| plan.objective(id).map_or(id.as_str(), |o| o.name.as_str()))
        .collect();
    let labelled = [
        (lang.t(A::Objectives), objectives.join(", ")),
        (lang.t(A::Audience), campaign.audience.clone()),
        (lang.t(A::Owner), campaign.owner.clone()),
    ];
    lines(&campaign.message, labelled)
}

/// The campaign, format, status, owner and link, one labelled line each,
/// formats and statuses as the plan file and the CSV write them.
fn post_description(plan: &Plan, post: &Post, lang: Lang) -> String {
    let campaign = plan
        .campaign(&post.campaign)
        .map_or(post.campaign.as_str(), |c| c.name.as_str());
    let labelled = [
        (lang.t(A::ColName), campaign.to_string()),
        (lang.t(X::Format), file_word(post.format)),
        (lang.t(A::Status), file_word(post.status)),
        (lang.t(A::Owner), post.owner.clone()),
        (lang.t(X::Link), post.link.clone()),
    ];
    lines("", labelled)
}

/// `first`, then "label: value" for each value given, one per line.
fn lines<const N: usize>(first: &str, labelled: [(&str, String); N]) -> String {
    std::iter::once(first.to_string())
        .chain(
            labelled
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(label, v)| format!("{label}: {v}")),
        )
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
