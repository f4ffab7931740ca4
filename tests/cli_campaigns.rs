//! `socialplan campaigns`: the campaigns compared end to end, on a plan
//! whose spend and results are set by the test.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;

use common::posts::{date, plan};
use common::{TODAY, socialplan, stdout};
use socialplan::domain::post::{Post, PostStatus};
use socialplan::domain::{Money, Spend};

/// The posts fixture's plan with a second campaign on the same channel:
/// "spring" spent 30.00 for 40 clicks and no leads, "summer" 10.00 for 5
/// clicks and 2 leads.
fn compared(dir: &std::path::Path) -> std::path::PathBuf {
    let mut plan = plan();
    let mut summer = plan.campaigns[0].clone();
    summer.id = "summer".into();
    summer.name = "Summer bread".into();
    plan.campaigns.push(summer);
    let spend = |amount: i64| Spend {
        date: date("2027-01-19"),
        amount: Money::from_units(amount),
        note: String::new(),
    };
    plan.campaigns[0].spend = vec![spend(30)];
    plan.campaigns[1].spend = vec![spend(10)];
    let published = |id: &str, campaign: &str, clicks, leads| Post {
        status: PostStatus::Published,
        clicks: Some(clicks),
        leads,
        ..Post::new(id.into(), campaign.into(), date("2027-01-19"), id.into())
    };
    plan.posts = vec![
        published("a", "spring", 40, None),
        published("b", "summer", 5, Some(2)),
    ];
    let path = dir.join("plan.json");
    fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

fn campaigns(dir: &std::path::Path, args: &[&str]) -> String {
    let path = compared(dir);
    let mut cmd = socialplan(dir);
    cmd.arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "campaigns", "--width", "100"])
        .args(args);
    stdout(&mut cmd)
}

fn first_column(out: &str) -> Vec<&str> {
    out.lines()
        .skip(1)
        .take_while(|l| !l.starts_with("Posts:"))
        .map(|l| l.split("  ").next().unwrap().trim())
        .collect()
}

#[test]
fn sorted_by_clicks_the_most_first_and_by_cost_per_click_the_cheapest_first() {
    let dir = tempfile::tempdir().unwrap();
    let by_clicks = campaigns(dir.path(), &["--sort", "clicks"]);
    assert_eq!(first_column(&by_clicks), ["Spring loaves", "Summer bread"]);
    // 30.00 / 40 = 0.75 a click; 10.00 / 5 = 2.00.
    let spring = by_clicks.lines().nth(1).unwrap();
    assert!(spring.contains("0.75"), "{by_clicks}");
    let by_cost = campaigns(dir.path(), &["--sort", "cost-per-lead"]);
    // Spring has no leads: its cost per lead is undefined, and last.
    assert_eq!(first_column(&by_cost), ["Summer bread", "Spring loaves"]);
    let summer = by_cost.lines().nth(1).unwrap();
    assert!(
        summer.trim_end().ends_with("5.00"),
        "10.00 / 2 leads: {by_cost}"
    );
    let spring = by_cost.lines().nth(2).unwrap();
    assert!(
        spring.trim_end().ends_with('-'),
        "undefined, not 0: {by_cost}"
    );
    assert!(
        by_cost.contains("a person counts once per post"),
        "{by_cost}"
    );
}

#[test]
fn in_spanish_and_refusals_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = campaigns(dir.path(), &["--lang", "es", "--sort", "spent"]);
    assert!(out.starts_with("CAMPAÑA"), "{out}");
    assert!(out.contains("POR CLIC"), "{out}");
    // Amounts with a decimal comma, costs per lead under their Spanish name.
    assert!(out.contains("POR LEAD"), "{out}");
    let spring = out.lines().find(|l| l.starts_with("Spring")).unwrap();
    assert!(
        spring.contains("30,00") && spring.contains("0,75"),
        "{spring}"
    );
    let english = campaigns(dir.path(), &["--sort", "spent"]);
    let spring = english.lines().find(|l| l.starts_with("Spring")).unwrap();
    assert!(
        spring.contains("30.00") && spring.contains("0.75"),
        "{spring}"
    );
    let path = compared(dir.path());
    let before = fs::read(&path).unwrap();
    let mut cmd = socialplan(dir.path());
    cmd.arg("--file")
        .arg(&path)
        .args(["campaigns", "--channel", "nowhere"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("nowhere"));
    let mut cmd = socialplan(dir.path());
    cmd.arg("--file")
        .arg(&path)
        .args(["campaigns", "--from", "2027-02-01", "--to", "2027-01-01"])
        .assert()
        .code(2);
    assert_eq!(fs::read(&path).unwrap(), before);
}
