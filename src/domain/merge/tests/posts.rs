//! Posts merge by id, field by field, like every other item; a post needs
//! its campaign.

#[allow(clippy::wildcard_imports)] // the shared fixtures of the merge's tests
use super::*;
use crate::domain::{Post, PostFormat, PostStatus};

fn post(id: &str, campaign: &str) -> Post {
    Post {
        time: Some("09:00".into()),
        format: PostFormat::Carousel,
        copy: "Three new loaves.\nOne week only.".into(),
        owner: "Ana".into(),
        status: PostStatus::Draft,
        ..Post::new(
            id.into(),
            campaign.into(),
            day("2027-03-02"),
            "Spring loaves".into(),
        )
    }
}

/// The merge's base with a post on "spring".
fn with_post() -> Plan {
    let mut plan = base();
    plan.posts.push(post("loaves", "spring"));
    plan
}

fn edited(change: impl FnOnce(&mut Post)) -> Plan {
    let mut plan = with_post();
    change(&mut plan.posts[0]);
    plan
}

/// How a conflict names a post (an Option: the plan's own fields have none).
#[allow(clippy::unnecessary_wraps)]
fn post_key(id: &str) -> Option<(Kind, String)> {
    Some((Kind::Post, id.to_string()))
}

#[test]
fn a_post_changed_on_both_sides_in_different_fields_keeps_both_changes() {
    let ours = edited(|p| p.title = "Spring loaves 🥖".into());
    let theirs = edited(|p| {
        p.status = PostStatus::Scheduled;
        p.time = None;
    });
    for (one, other) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = three_way(&with_post(), one, other);
        assert!(merged.is_clean(), "{:?}", merged.conflicts);
        let post = merged.plan.post("loaves").unwrap();
        assert_eq!(
            (post.title.as_str(), post.status, post.time.as_deref()),
            ("Spring loaves 🥖", PostStatus::Scheduled, None)
        );
    }
}

#[test]
fn a_post_field_changed_differently_on_both_sides_is_a_conflict_keeping_ours() {
    let ours = edited(|p| p.time = Some("08:00".into()));
    let theirs = edited(|p| p.time = Some("19:30".into()));
    let merged = three_way(&with_post(), &ours, &theirs);
    assert_eq!(
        merged.conflicts,
        vec![Conflict {
            item: post_key("loaves"),
            field: "time".into(),
            base: Some(json!("09:00")),
            ours: Some(json!("08:00")),
            theirs: Some(json!("19:30")),
            cause: Cause::Changed,
        }]
    );
    assert_eq!(merged.plan.posts, ours.posts);
}

#[test]
fn a_post_added_on_both_sides_with_one_id_merges_its_agreeing_fields() {
    let mine = post("teaser", "summer");
    let ours = changed(|p| p.posts.push(mine.clone()));
    let theirs = changed(|p| {
        p.posts.push(Post {
            format: PostFormat::Reel,
            ..mine.clone()
        });
    });
    let (same, _) = both_ways(&ours, &ours.clone());
    assert!(same.is_clean());
    let (one, _) = both_ways(&ours, &theirs);
    assert_eq!(fields(&one.conflicts), vec![(post_key("teaser"), "format")]);
    assert_eq!(one.conflicts[0].cause, Cause::Added);
    assert_eq!(one.plan.posts, vec![mine]);
}

#[test]
fn a_campaign_the_other_side_deleted_comes_back_for_our_new_post() {
    let ours = changed(|p| p.posts.push(post("teaser", "summer")));
    let theirs = changed(|p| apply(p, &Edit::delete(Kind::Campaign, "summer")));
    let merged = three_way(&base(), &ours, &theirs);
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert_eq!(merged.plan.campaign("summer"), ours.campaign("summer"));
    assert!(merged.plan.post("teaser").is_some());
    assert_eq!(
        fields(&merged.conflicts),
        vec![(campaign_key("summer"), "")]
    );
    assert_eq!(
        merged.conflicts[0].cause,
        Cause::Rule(EditError::UnknownCampaign("summer".into()))
    );
}

#[test]
fn a_post_added_on_a_campaign_we_deleted_is_left_out() {
    let ours = changed(|p| apply(p, &Edit::delete(Kind::Campaign, "summer")));
    let theirs = changed(|p| p.posts.push(post("teaser", "summer")));
    let merged = three_way(&base(), &ours, &theirs);
    assert_eq!(validate::plan(&merged.plan), Ok(()));
    assert!(merged.plan.campaign("summer").is_none());
    assert!(merged.plan.posts.is_empty());
    assert_eq!(fields(&merged.conflicts), vec![(post_key("teaser"), "")]);
}
