use chrono::{NaiveDate, Weekday};

use super::*;
use crate::domain::{Context, validate};
use crate::i18n::Lang;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// The demo, with its posts.
fn demo() -> Plan {
    crate::demo::plan(today(), Lang::En)
}

/// A published post of a campaign that ends some weeks after it.
fn published_post(plan: &Plan) -> (Post, Campaign) {
    plan.posts
        .iter()
        .filter(|p| p.status == PostStatus::Published)
        .find_map(|p| {
            let campaign = plan.campaign(&p.campaign)?;
            (campaign.end - p.date > chrono::Duration::days(14))
                .then(|| (p.clone(), campaign.clone()))
        })
        .expect("the demo has a published post well before its campaign ends")
}

fn applied(plan: &Plan, edit: &Edit) -> Plan {
    let mut after = plan.clone();
    after.apply(edit, Context::new(today())).expect("applies");
    assert_eq!(validate::plan(&after), Ok(()));
    after
}

#[test]
fn a_duplicate_is_a_new_post_to_publish_again() {
    let plan = demo();
    let (post, _) = published_post(&plan);
    let date = a_week_after(post.date);
    let after = applied(&plan, &duplicate_post(&plan, &post, date));
    let copy = after.posts.last().unwrap();
    assert_ne!(copy.id, post.id);
    assert_eq!(
        (copy.date, &copy.title, &copy.copy),
        (date, &post.title, &post.copy)
    );
    assert_eq!(copy.status, PostStatus::Draft);
    assert!(copy.link.is_empty(), "a copy is not published yet");
}

#[test]
fn a_weekly_repeat_fills_the_chosen_weekdays_until_the_end_once() {
    let plan = demo();
    let (post, campaign) = published_post(&plan);
    let days = [Weekday::Tue, Weekday::Fri];
    let edit = repeat_weekly(&plan, &post, &days, campaign.end).expect("days to add");
    let after = applied(&plan, &edit);
    let added = &after.posts[plan.posts.len()..];
    let expected = post
        .date
        .iter_days()
        .skip(1)
        .take_while(|d| *d <= campaign.end)
        .filter(|d| days.contains(&d.weekday()))
        .filter(|d| {
            !plan
                .posts_of(&post.campaign)
                .any(|p| p.title == post.title && p.date == *d)
        })
        .count();
    assert!(expected > 0);
    assert_eq!(added.len(), expected);
    for copy in added {
        assert!(days.contains(&copy.date.weekday()), "{}", copy.date);
        assert!(copy.date > post.date && copy.date <= campaign.end);
        assert_eq!(copy.campaign, post.campaign);
    }
    // Again: every chosen day has the post now.
    assert_eq!(repeat_weekly(&after, &post, &days, campaign.end), None);
}

#[test]
fn one_undo_takes_a_whole_series_back() {
    let plan = demo();
    let (post, campaign) = published_post(&plan);
    let edit = repeat_weekly(&plan, &post, &[Weekday::Mon], campaign.end).unwrap();
    let mut after = plan.clone();
    let inverse = after.apply(&edit, Context::new(today())).unwrap();
    assert_ne!(after, plan);
    after.apply(&inverse, Context::undo(today())).unwrap();
    assert_eq!(after, plan);
}

#[test]
fn a_campaign_duplicate_moves_its_posts_by_the_same_days() {
    let plan = demo();
    let (_, campaign) = published_post(&plan);
    let start = campaign.end + chrono::Duration::days(30);
    let edit = duplicate_campaign(&plan, &campaign, start, "Again");
    let after = applied(&plan, &edit);
    let copy = after.campaigns.last().unwrap();
    assert_eq!(copy.name, "Again");
    assert_eq!(copy.start, start);
    assert_eq!(copy.end - copy.start, campaign.end - campaign.start);
    assert_eq!(copy.status, Status::Planned);
    let shift = start - campaign.start;
    let old: Vec<&Post> = plan.posts_of(&campaign.id).collect();
    let new: Vec<&Post> = after.posts_of(&copy.id).collect();
    assert_eq!(old.len(), new.len());
    assert!(!new.is_empty());
    for (old, new) in old.iter().zip(&new) {
        assert_eq!(new.date, old.date + shift);
        assert_eq!(new.title, old.title);
        assert_ne!(new.status, PostStatus::Published);
    }
}
