//! Campaigns as an iCalendar file (RFC 5545) for any calendar app: one
//! all-day event per campaign, DTEND exclusive (the day after the last),
//! a UID that stays the same across exports, the channel in the SUMMARY and
//! in CATEGORIES.

use chrono::{Days, NaiveDate, NaiveTime};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

use crate::domain::{Campaign, Plan, Status};
use crate::i18n::Lang;
use crate::i18n::actions::A;

/// The calendar of the plan's campaigns. `today` stamps the file (DTSTAMP),
/// so the same plan and day give the same bytes; `lang` labels the
/// descriptions.
pub fn export(plan: &Plan, today: NaiveDate, lang: Lang) -> String {
    let stamp = today.and_time(NaiveTime::MIN).and_utc();
    let mut calendar = Calendar::new();
    calendar.name(&plan.name);
    for campaign in &plan.campaigns {
        let channel = plan
            .channel(&campaign.channel)
            .map_or(campaign.channel.as_str(), |c| c.name.as_str());
        let mut event = Event::new();
        event
            .uid(&uid(campaign))
            .timestamp(stamp)
            .summary(&format!("{channel}: {}", campaign.name))
            .starts(campaign.start)
            // All-day events end on the day after their last day.
            .ends(
                campaign
                    .end
                    .checked_add_days(Days::new(1))
                    .unwrap_or(campaign.end),
            )
            .categories([channel])
            .status(match campaign.status {
                Status::Planned => EventStatus::Tentative,
                Status::Active | Status::Done => EventStatus::Confirmed,
                Status::Cancelled => EventStatus::Cancelled,
            });
        let description = description(plan, campaign, lang);
        if !description.is_empty() {
            event.description(&description);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// Stable across exports: the campaign's id never changes.
pub fn uid(campaign: &Campaign) -> String {
    format!("{}@socialplan", campaign.id)
}

/// The message, then the objectives served, the audience and the owner, one
/// labelled line each.
fn description(plan: &Plan, campaign: &Campaign, lang: Lang) -> String {
    let objectives: Vec<&str> = campaign
        .objectives
        .iter()
        .map(|id| plan.objective(id).map_or(id.as_str(), |o| o.name.as_str()))
        .collect();
    let labelled = [
        (A::Objectives, objectives.join(", ")),
        (A::Audience, campaign.audience.clone()),
        (A::Owner, campaign.owner.clone()),
    ];
    std::iter::once(campaign.message.clone())
        .chain(
            labelled
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(label, v)| format!("{}: {v}", lang.t(label))),
        )
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
