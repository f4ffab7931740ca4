//! A small plan with posts, for the tests of posts and the agenda.

use chrono::NaiveDate;
use socialplan::domain::post::{Post, PostFormat, PostStatus};
use socialplan::domain::{Campaign, Plan, Status};

pub fn date(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

pub fn post(id: &str, day: &str, status: PostStatus, title: &str) -> Post {
    Post {
        format: PostFormat::Reel,
        copy: "Three new loaves.\nOne week only.".into(),
        owner: "Ana".into(),
        status,
        ..Post::new(id.into(), "spring".into(), date(day), title.into())
    }
}

/// The schema fixture's plan with one campaign, "spring" on Instagram from
/// Monday 2027-01-18 to Sunday 2027-02-14, and two posts: one overdue (a
/// Tuesday), one to come. Today is Wednesday 2027-01-20.
pub fn plan() -> Plan {
    let path = std::path::Path::new("tests/fixtures/schema/v2.json");
    let mut plan = socialplan::store::parse(path, &std::fs::read(path).unwrap()).unwrap();
    let template = plan.campaigns[0].clone();
    plan.campaigns = vec![Campaign {
        id: "spring".into(),
        name: "Spring loaves".into(),
        channel: "instagram".into(),
        start: date("2027-01-18"),
        end: date("2027-02-14"),
        status: Status::Active,
        ..template
    }];
    plan.posts = vec![
        post(
            "tuesday-reel",
            "2027-01-19",
            PostStatus::Ready,
            "Tuesday reel",
        ),
        post(
            "rye-carousel",
            "2027-01-25",
            PostStatus::Idea,
            "Rye carousel",
        ),
    ];
    plan
}
