//! The next two weeks, from `domain::agenda` as `socialplan agenda` lists
//! them: the overdue posts, then day by day the posts, the campaigns
//! starting or ending and the deadlines, then the objectives waiting for a
//! value.

use std::collections::HashMap;

use chrono::NaiveDate;
use maud::{Markup, html};

use super::cover::anchor;
use crate::domain::agenda::{Entry, Filter, Section, What, Window, agenda};
use crate::domain::{Campaign, Plan, Post};
use crate::formats::Heading;
use crate::i18n::Lang;
use crate::i18n::agenda::A;
use crate::i18n::calendar::Cal;

/// Two weeks, today included.
const DAYS: u32 = 14;

pub fn next_two_weeks(plan: &Plan, today: NaiveDate, lang: Lang) -> Markup {
    let window = Window {
        from: today,
        days: DAYS,
    };
    let entries = agenda(plan, today, window, &Filter::default());
    let ids = Ids::of(plan);
    let overdue: Vec<&Post> = entries
        .iter()
        .filter(|e| e.section == Section::Overdue)
        .filter_map(|e| ids.post(&e.what))
        .collect();
    let days = days(&entries);
    let reminders: Vec<(&str, NaiveDate)> = entries
        .iter()
        .filter_map(|e| match &e.what {
            What::Measure { objective, last } => {
                Some((plan.objective(objective)?.name.as_str(), *last))
            }
            _ => None,
        })
        .collect();
    html! {
        section.agenda id=(anchor(Heading::Agenda)) {
            h2 { (lang.report_heading(Heading::Agenda)) }
            p.note { (lang.agenda_title(window.from, window.last())) }
            @if !overdue.is_empty() {
                h3 { (lang.agenda_overdue(overdue.len())) }
                ul { @for p in overdue { li { (lang.date(p.date)) " · " (ids.post_line(p, lang)) } } }
            }
            @if days.is_empty() {
                p { (lang.agenda_no_days(window.from, window.last())) }
            }
            @for (date, whats) in days {
                h3 {
                    (lang.day_heading(date))
                    @if date == today { " · " (lang.t(Cal::Today)) }
                }
                ul { @for what in whats { li { (ids.line(what, lang)) } } }
            }
            @if !reminders.is_empty() {
                h3 { (lang.t(A::Reminders)) }
                ul {
                    @for (name, last) in reminders {
                        li { (lang.agenda_measure(name, last, (today - last).num_days())) }
                    }
                }
            }
        }
    }
}

/// The window's days that hold anything, each with what it holds.
fn days(entries: &[Entry]) -> Vec<(NaiveDate, Vec<&What>)> {
    let mut days: Vec<(NaiveDate, Vec<&What>)> = Vec::new();
    for entry in entries {
        if let Section::Day(date) = entry.section {
            match days.last_mut() {
                Some((day, whats)) if *day == date => whats.push(&entry.what),
                _ => days.push((date, vec![&entry.what])),
            }
        }
    }
    days
}

/// The posts and campaigns by id, found once: a large plan has many of
/// both, and the two weeks many entries.
struct Ids<'p> {
    plan: &'p Plan,
    posts: HashMap<&'p str, &'p Post>,
    campaigns: HashMap<&'p str, &'p Campaign>,
}

impl<'p> Ids<'p> {
    fn of(plan: &'p Plan) -> Self {
        Ids {
            plan,
            posts: plan.posts.iter().map(|p| (p.id.as_str(), p)).collect(),
            campaigns: plan.campaigns.iter().map(|c| (c.id.as_str(), c)).collect(),
        }
    }

    fn post(&self, what: &What) -> Option<&'p Post> {
        match what {
            What::Post(id) => self.posts.get(id.as_str()).copied(),
            _ => None,
        }
    }

    /// The name of a campaign's channel.
    fn channel_of(&self, campaign: &'p Campaign) -> &'p str {
        self.plan
            .channel(&campaign.channel)
            .map_or(campaign.channel.as_str(), |ch| ch.name.as_str())
    }

    /// A day's entry: a post, a campaign starting or ending, a deadline.
    fn line(&self, what: &What, lang: Lang) -> Markup {
        let campaign = |label: A, id: &str| {
            let (name, channel) = match self.campaigns.get(id) {
                Some(c) => (c.name.as_str(), self.channel_of(c)),
                None => (id, ""),
            };
            html! { span.label { (lang.t(label)) } " " (name) " · " (channel) }
        };
        match what {
            What::Post(id) => self
                .post(what)
                .map_or_else(|| html! { (id) }, |p| self.post_line(p, lang)),
            What::CampaignStarts(id) => campaign(A::CampaignStarts, id),
            What::CampaignEnds(id) => campaign(A::CampaignEnds, id),
            What::Deadline(id) => {
                let name = self
                    .plan
                    .objective(id)
                    .map_or(id.as_str(), |o| o.name.as_str());
                html! { span.label { (lang.t(A::Deadline)) } " " (name) }
            }
            What::Measure { .. } => html! {},
        }
    }

    /// A post: its time, channel, format, title (a link once published),
    /// status and owner.
    fn post_line(&self, p: &Post, lang: Lang) -> Markup {
        let channel = self
            .campaigns
            .get(p.campaign.as_str())
            .map_or("", |c| self.channel_of(c));
        html! {
            @if let Some(time) = &p.time { (time) " · " }
            (channel) " · " (lang.post_format(p.format)) " · "
            @if let Some(link) = web_link(&p.link) {
                a href=(link) { strong { (p.title) } }
            } @else {
                strong { (p.title) }
            }
            " · " (lang.post_status(p.status))
            @if !p.owner.is_empty() { " · " (p.owner) }
        }
    }
}

/// A published post's link, when it is an address on the web: any other
/// scheme (`javascript:`, `data:`) stays as text in the plan, never a link.
fn web_link(link: &str) -> Option<&str> {
    let link = link.trim();
    let lower = link.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(link)
}
