//! Posts made from other posts: a copy on another day, a weekly series, a
//! whole campaign again on new dates. Each is one edit, so one undo takes
//! it all back.

use std::collections::HashSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{Post, PostStatus};
use crate::domain::validate::unique_id;
use crate::domain::{Campaign, Edit, Item, Plan, Status};

/// The ids a batch of new items may not take: the plan's and those already
/// given in the batch.
struct Ids<'a> {
    plan: &'a Plan,
    given: HashSet<String>,
}

impl<'a> Ids<'a> {
    fn new(plan: &'a Plan) -> Self {
        Ids {
            plan,
            given: HashSet::new(),
        }
    }

    fn post(&mut self, name: &str) -> String {
        let id = unique_id(name, |id| {
            self.given.contains(id) || self.plan.post(id).is_some()
        });
        self.given.insert(id.clone());
        id
    }
}

/// `post` planned again on `date`: the same content, but not yet approved
/// for that day (a draft, or still an idea) and not published anywhere.
fn again(post: &Post, id: String, campaign: &str, date: NaiveDate) -> Post {
    let status = match post.status {
        PostStatus::Idea => PostStatus::Idea,
        _ => PostStatus::Draft,
    };
    Post {
        id,
        campaign: campaign.to_string(),
        date,
        status,
        link: String::new(),
        ..post.clone()
    }
}

/// A copy of `post` on `date`, in the same campaign.
pub fn duplicate_post(plan: &Plan, post: &Post, date: NaiveDate) -> Edit {
    let id = Ids::new(plan).post(&format!("{} {date}", post.title));
    Edit::Add(Item::Post(again(post, id, &post.campaign, date)))
}

/// Copies of `post` on each of `weekdays` after its day, up to `until`
/// (both included), as one batch. A day on which the campaign already has
/// a post of that title is left alone, so repeating twice adds nothing the
/// second time. None when there is no day to add.
pub fn repeat_weekly(
    plan: &Plan,
    post: &Post,
    weekdays: &[Weekday],
    until: NaiveDate,
) -> Option<Edit> {
    let taken: HashSet<NaiveDate> = plan
        .posts_of(&post.campaign)
        .filter(|p| p.title == post.title)
        .map(|p| p.date)
        .collect();
    let mut ids = Ids::new(plan);
    let adds: Vec<Edit> = post
        .date
        .iter_days()
        .skip(1)
        .take_while(|day| *day <= until)
        .filter(|day| weekdays.contains(&day.weekday()) && !taken.contains(day))
        .map(|day| {
            let id = ids.post(&format!("{} {day}", post.title));
            Edit::Add(Item::Post(again(post, id, &post.campaign, day)))
        })
        .collect();
    (!adds.is_empty()).then_some(Edit::Batch(adds))
}

/// `campaign` again from `start`, named `name`, with its posts moved by as
/// many days as the campaign: planned, none published yet.
pub fn duplicate_campaign(plan: &Plan, campaign: &Campaign, start: NaiveDate, name: &str) -> Edit {
    let shift = start - campaign.start;
    let moved = |date: NaiveDate| date + shift;
    let copy = Campaign {
        id: unique_id(name, |id| plan.campaign(id).is_some()),
        name: name.to_string(),
        start,
        end: moved(campaign.end),
        status: Status::Planned,
        ..campaign.clone()
    };
    let mut ids = Ids::new(plan);
    let mut edits = vec![Edit::Add(Item::Campaign(copy.clone()))];
    edits.extend(plan.posts_of(&campaign.id).map(|post| {
        let date = moved(post.date);
        let id = ids.post(&format!("{} {date}", post.title));
        Edit::Add(Item::Post(again(post, id, &copy.id, date)))
    }));
    Edit::Batch(edits)
}

/// A week after `date`: where a copy goes unless the person says otherwise.
pub fn a_week_after(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(7)).unwrap_or(date)
}

#[cfg(test)]
mod tests;
