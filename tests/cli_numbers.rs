//! Numbers at the edges, end to end: values near the largest an f64 holds,
//! values under 0.005, a typed `-0`, and planned spend beyond what an amount
//! holds. What cannot be worked out is said to be out of range; nothing is
//! shown as a wrong number.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{TODAY, socialplan, stdout, today};
use socialplan::domain::{Money, Plan, Status};
use socialplan::i18n::Lang;

/// The demo plan, changed by `change`, in a file in `dir`.
fn plan_file(dir: &Path, change: impl FnOnce(&mut Plan)) -> PathBuf {
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    change(&mut plan);
    let path = dir.join("plan.json");
    fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

fn run(dir: &Path, path: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = socialplan(dir);
    // Wide enough for every column and whole ids.
    cmd.arg("--file")
        .arg(path)
        .args(["--today", TODAY, "--width", "300"])
        .args(args);
    cmd
}

/// The line of `status` about `id`.
fn status_line(out: &str, id: &str) -> String {
    out.lines()
        .find(|line| line.starts_with(id))
        .unwrap_or_else(|| panic!("no {id} in {out}"))
        .to_string()
}

/// Instagram followers from −1.7e308 to 1.7e308; its eight measurements
/// (1205 … 1612) are the demo's.
fn widest_way(plan: &mut Plan) {
    let o = &mut plan.objectives[0];
    assert_eq!(o.id, "ig-followers");
    assert_eq!(o.measurements.len(), 8);
    o.baseline.value = -1.7e308;
    o.target = Some(1.7e308);
}

#[test]
fn a_way_from_minus_to_plus_the_largest_f64_shows_its_values_and_half_way() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), widest_way);
    let out = stdout(&mut run(dir.path(), &path, &["status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("-1.7e308 → 1612 / 1.7e308"), "{line}");
    assert!(line.contains(" 50% "), "{line}");
    assert!(line.contains("behind"), "{line}");
    assert!(!line.contains(" 0%"), "{line}");
    assert!(line.len() < 200, "no 309-digit numbers: {line}");

    let out = stdout(&mut run(dir.path(), &path, &["update", "ig-f", "1700"]));
    assert!(
        out.contains("-1.7e308 → 1700 / 1.7e308 (50%)"),
        "update prints the same: {out}"
    );

    let report = stdout(&mut run(
        dir.path(),
        &path,
        &["export", "--format", "markdown"],
    ));
    assert!(
        report.contains("| -1.7e308 → 1700 / 1.7e308 | 50% |"),
        "{report}"
    );
}

#[test]
fn progress_beyond_what_a_number_holds_is_out_of_range_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    // 1612 followers are 1.6e303 times the way to a target of 1e-300.
    let path = plan_file(dir.path(), |plan| {
        let o = &mut plan.objectives[0];
        o.baseline.value = 0.0;
        o.target = Some(1e-300);
    });
    let out = stdout(&mut run(dir.path(), &path, &["status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("0 → 1612 / 1e-300"), "{line}");
    assert!(line.contains("out of range"), "{line}");
    assert!(line.contains("achieved"), "{line}");
    assert!(!line.contains('%'), "no percentage made up: {line}");

    let out = stdout(&mut run(dir.path(), &path, &["--lang", "es", "status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("fuera de rango"), "{line}");
    assert!(line.contains("conseguido"), "{line}");
}

#[test]
fn a_projection_beyond_what_a_number_holds_is_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    // From 1e308 towards 1.7e308 at 2e306 a day: past 1.8e308 well before
    // the deadline.
    let path = plan_file(dir.path(), |plan| {
        let o = &mut plan.objectives[0];
        o.baseline.value = 1e308;
        o.baseline.date = "2027-01-01".parse().unwrap();
        o.target = Some(1.7e308);
        o.measurements.clear();
        for (day, value) in [("2027-01-11", 1.2e308), ("2027-01-20", 1.38e308)] {
            o.measurements.push(socialplan::domain::Measurement {
                date: day.parse().unwrap(),
                value,
                note: String::new(),
            });
        }
    });
    let out = stdout(&mut run(dir.path(), &path, &["status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("1e308 → 1.38e308 / 1.7e308"), "{line}");
    assert!(line.contains("out of range  on track"), "{line}");
    assert!(!line.contains("no data"), "{line}");
}

#[test]
fn values_under_half_a_hundredth_keep_their_digits() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), |plan| {
        let o = &mut plan.objectives[0];
        o.baseline.value = 0.001;
        o.target = Some(0.004);
        for m in &mut o.measurements {
            m.value = 0.003;
        }
    });
    let out = stdout(&mut run(dir.path(), &path, &["status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("0.001 → 0.003 / 0.004"), "{line}");
    assert!(line.contains(" 66% "), "{line}");

    let out = stdout(&mut run(dir.path(), &path, &["update", "ig-f", "0.0034"]));
    assert!(out.starts_with("Recorded 0.0034 on 2027-01-20."), "{out}");
    assert!(out.contains("0.001 → 0.0034 / 0.004 ("), "{out}");
}

#[test]
fn minus_zero_is_recorded_and_shown_as_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), |_| {});
    let out = stdout(&mut run(dir.path(), &path, &["update", "workshop", "-0"]));
    assert!(out.starts_with("Recorded 0 on 2027-01-20."), "{out}");
    assert!(out.contains(": 0 → 0 / 120"), "{out}");
    assert!(!out.contains(" -0"), "{out}");
    let saved = fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains("\"date\": \"2027-01-20\",\n          \"value\": 0.0"),
        "{saved}"
    );
    assert!(!saved.contains("\"value\": -0.0"), "{saved}");

    let out = stdout(&mut run(dir.path(), &path, &["--lang", "es", "status"]));
    let line = status_line(&out, "workshop-signups");
    assert!(line.contains("0 → 0 / 120"), "{line}");
}

#[test]
fn a_negative_zero_already_in_the_file_is_shown_as_zero() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), |plan| {
        let o = &mut plan.objectives[0];
        o.measurements.last_mut().unwrap().value = -0.0;
    });
    let out = stdout(&mut run(dir.path(), &path, &["status"]));
    let line = status_line(&out, "ig-followers");
    assert!(line.contains("1180 → 0 / 2000"), "{line}");
}

/// Three campaigns on Instagram in November 2027 (a month with no other)
/// whose budgets add up to more than an amount holds: the largest but ten
/// cents, one euro, and five cents. Skipping the euro brings the sum back in
/// range, to a wrong amount.
fn spend_beyond_an_amount(plan: &mut Plan) {
    let template = plan
        .campaigns
        .iter()
        .find(|c| c.channel == "instagram")
        .unwrap()
        .clone();
    for (id, minor) in [("huge", i64::MAX - 10), ("euro", 100), ("cents", 5)] {
        let mut campaign = template.clone();
        campaign.id = id.into();
        campaign.name = id.into();
        campaign.start = "2027-11-01".parse().unwrap();
        campaign.end = "2027-11-30".parse().unwrap();
        campaign.status = Status::Planned;
        campaign.budget = Money::from_minor(minor);
        plan.campaigns.push(campaign);
    }
}

#[test]
fn check_reports_planned_spend_beyond_an_amount_instead_of_a_wrong_sum() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), spend_beyond_an_amount);
    let output = run(dir.path(), &path, &["check"]).output().unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "an error fails check: {out}");
    assert!(
        out.contains("channel-spend-out-of-range  channel instagram"),
        "{out}"
    );
    assert!(out.contains("2027-11"), "{out}");
    // No sum is made up: neither the one that skipped the euro, nor a cap.
    assert!(!out.contains("92233720368547758.02"), "{out}");
    assert!(
        !out.lines()
            .any(|line| line.contains("channel-over-budget") && line.contains("2027-11")),
        "{out}"
    );

    let output = run(dir.path(), &path, &["--lang", "es", "check"])
        .output()
        .unwrap();
    let out = String::from_utf8(output.stdout).unwrap();
    assert!(out.contains("más de lo que cabe en un importe"), "{out}");
}

#[test]
fn the_report_says_planned_spend_beyond_an_amount_is_out_of_range() {
    let dir = tempfile::tempdir().unwrap();
    let path = plan_file(dir.path(), spend_beyond_an_amount);
    let report = stdout(&mut run(
        dir.path(),
        &path,
        &["export", "--format", "markdown"],
    ));
    let november = report
        .lines()
        .find(|line| line.contains("Instagram") && line.contains("2027-11"))
        .unwrap_or_else(|| panic!("no November for Instagram in {report}"));
    assert!(november.contains("out of range"), "{november}");
    assert!(!november.contains("92233720368547758"), "{november}");
}
