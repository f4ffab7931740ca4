use super::*;
use crate::domain::plan::Direction;
use crate::domain::progress::tests::objective;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An objective to increase, as [`objective`] makes it.
fn increase(baseline: f64, target: f64, values: &[(&str, f64)]) -> Objective {
    objective(Direction::Increase, baseline, target, values)
}

/// The forecast on 2027-01-21 of an objective measured 10 and 20 days
/// after its baseline: on 2027-01-11 and 2027-01-21.
fn on_day_20(
    direction: Direction,
    baseline: f64,
    target: f64,
    [day_10, day_20]: [f64; 2],
) -> Forecast {
    let values = [("2027-01-11", day_10), ("2027-01-21", day_20)];
    Forecast::of(
        &objective(direction, baseline, target, &values),
        d("2027-01-21"),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn slope(f: &Forecast) -> f64 {
    f.slope.and_then(Figure::value).unwrap()
}

fn projected(f: &Forecast) -> f64 {
    f.projected.and_then(Figure::value).unwrap()
}

#[test]
fn a_steady_rise_projects_on_the_line() {
    // +10 a day from 100: on 2027-03-01 (day 59) the line is at 690.
    let f = on_day_20(Direction::Increase, 100.0, 600.0, [200.0, 300.0]);
    assert!(close(slope(&f), 10.0));
    assert!(close(projected(&f), 690.0));
    // 600 is reached 50 days after 2027-01-01.
    assert_eq!(f.reaches_target, Some(d("2027-02-20")));
    assert_eq!(f.verdict, Verdict::OnTrack);
}

#[test]
fn slower_trends_are_at_risk_or_behind() {
    // +8.5 a day: 100 + 8.5 × 59 = 601.5 → on track just; target 700 is
    // reached 84% of the way (at risk); target 1000 only 56% (behind).
    let at = |target| on_day_20(Direction::Increase, 100.0, target, [185.0, 270.0]).verdict;
    assert_eq!(at(600.0), Verdict::OnTrack);
    assert_eq!(at(700.0), Verdict::AtRisk);
    assert_eq!(at(1000.0), Verdict::Behind);
}

#[test]
fn a_decreasing_objective_counts_the_other_way() {
    // Cost per lead from 5.00 down 0.02 a day: 3.82 on 2027-03-01.
    let f = on_day_20(Direction::Decrease, 5.0, 4.0, [4.8, 4.6]);
    assert!(close(slope(&f), -0.02));
    assert!(close(projected(&f), 3.82));
    assert_eq!(f.reaches_target, Some(d("2027-02-20")));
    assert_eq!(f.verdict, Verdict::OnTrack);
    let rising = objective(Direction::Decrease, 5.0, 4.0, &[("2027-01-11", 5.2)]);
    let f = Forecast::of(&rising, d("2027-01-21"));
    assert_eq!(f.verdict, Verdict::Behind, "heading away from the target");
    assert_eq!(f.reaches_target, None);
}

#[test]
fn no_measurement_or_no_target_is_no_data() {
    let o = increase(100.0, 200.0, &[]);
    let f = Forecast::of(&o, d("2027-01-10"));
    assert_eq!(
        (f.verdict, f.slope, f.projected),
        (Verdict::NoData, None, None)
    );
    let mut no_target = increase(100.0, 200.0, &[("2027-01-05", 120.0)]);
    no_target.target = None;
    assert_eq!(
        Forecast::of(&no_target, d("2027-01-10")).verdict,
        Verdict::NoData
    );
}

#[test]
fn one_measurement_and_the_baseline_make_a_trend() {
    let o = increase(100.0, 200.0, &[("2027-01-11", 150.0)]);
    let f = Forecast::of(&o, d("2027-01-12"));
    assert!(close(slope(&f), 5.0));
    assert_eq!(f.verdict, Verdict::OnTrack);
}

#[test]
fn counted_metrics_project_to_whole_numbers() {
    // +1/3 a day from 100: 119.67 on day 59, shown as 120.
    let o = increase(100.0, 200.0, &[("2027-01-04", 101.0)]);
    assert!(close(projected(&Forecast::of(&o, d("2027-01-05"))), 120.0));
    let rates = increase(1.0, 2.0, &[("2027-01-04", 1.5)]);
    assert!(projected(&Forecast::of(&rates, d("2027-01-05"))).fract() != 0.0);
}

#[test]
fn a_flat_trend_never_reaches_the_target() {
    let f = on_day_20(Direction::Increase, 100.0, 200.0, [100.0, 100.0]);
    assert!(close(slope(&f), 0.0));
    assert_eq!(f.reaches_target, None);
    assert_eq!(f.verdict, Verdict::Behind);
}

#[test]
fn a_target_already_passed_is_achieved_even_after_the_deadline() {
    let o = increase(100.0, 200.0, &[("2027-01-11", 250.0)]);
    let f = Forecast::of(&o, d("2027-04-01"));
    assert_eq!(f.verdict, Verdict::Achieved);
    assert_eq!(f.reaches_target, Some(d("2027-01-11")));
}

#[test]
fn a_deadline_passed_short_of_the_target_is_overdue() {
    let o = increase(100.0, 200.0, &[("2027-02-20", 190.0)]);
    assert_eq!(Forecast::of(&o, d("2027-03-02")).verdict, Verdict::Overdue);
    assert_ne!(
        Forecast::of(&o, d("2027-03-01")).verdict,
        Verdict::Overdue,
        "the deadline day itself counts"
    );
}

#[test]
fn measurements_out_of_order_are_read_in_date_order() {
    let sorted = increase(
        100.0,
        600.0,
        &[("2027-01-11", 200.0), ("2027-01-21", 300.0)],
    );
    let shuffled = increase(
        100.0,
        600.0,
        &[("2027-01-21", 300.0), ("2027-01-11", 200.0)],
    );
    assert_eq!(
        Forecast::of(&sorted, d("2027-01-21")),
        Forecast::of(&shuffled, d("2027-01-21"))
    );
}

#[test]
fn the_trend_forgets_values_older_than_its_window() {
    // Flat for months, then +10 a day for the last 8 weeks.
    let mut values = vec![("2026-09-01", 100.0), ("2026-10-01", 100.0)];
    values.extend([("2027-01-01", 100.0), ("2027-02-26", 660.0)]);
    let mut o = increase(100.0, 1000.0, &values);
    o.baseline.date = d("2026-08-01");
    o.deadline = Some(d("2027-03-31"));
    let f = Forecast::of(&o, d("2027-02-26"));
    assert!(close(slope(&f), 10.0), "{:?}", f.slope);
}

#[test]
fn values_near_the_largest_f64_still_draw_a_trend() {
    // The sums of such values overflow unless they are scaled first.
    let f = on_day_20(Direction::Increase, 1e308, 1.7e308, [1.2e308, 1.4e308]);
    assert!((slope(&f) / 2e306 - 1.0).abs() < 1e-9, "{:?}", f.slope);
    // 1e308 + 2e306 × 59 days is beyond an f64: out of range, yet the
    // trend plainly passes the target.
    assert_eq!(f.projected, Some(Figure::OutOfRange));
    assert_eq!(f.verdict, Verdict::OnTrack);
    assert_eq!(f.reaches_target, Some(d("2027-02-05")));
}

#[test]
fn a_way_wider_than_an_f64_gets_a_verdict_from_its_share() {
    // target − baseline overflows; the trend of the recent values is
    // ordinary, and half of the way is behind.
    let mut o = increase(
        -1.7e308,
        1.7e308,
        &[("2027-01-11", 1000.0), ("2027-01-21", 1100.0)],
    );
    o.baseline.date = d("2026-10-01");
    let f = Forecast::of(&o, d("2027-01-21"));
    assert!(close(projected(&f), 1100.0 + 10.0 * 39.0));
    assert_eq!(f.verdict, Verdict::Behind);
    let at_the_target = increase(-1.7e308, 1.7e308, &[("2027-01-02", 1.7e308)]);
    assert_eq!(
        Forecast::of(&at_the_target, d("2027-01-03")).verdict,
        Verdict::Achieved
    );
}

#[test]
fn a_projection_beyond_an_f64_below_the_baseline_is_behind() {
    let o = increase(-1e308, 1e308, &[("2027-01-02", -1.5e308)]);
    let f = Forecast::of(&o, d("2027-01-03"));
    assert_eq!(f.projected, Some(Figure::OutOfRange));
    assert_eq!(f.verdict, Verdict::Behind);
    assert_eq!(f.reaches_target, None);
}

#[test]
fn tiny_values_draw_their_trend_too() {
    // Scaled up by 2^997 for the fit, and back down for the answer.
    let f = on_day_20(Direction::Increase, 1e-300, 3e-300, [1.1e-300, 1.2e-300]);
    assert!((slope(&f) / 1e-302 - 1.0).abs() < 1e-9, "{:?}", f.slope);
    assert_eq!(f.verdict, Verdict::Behind);
}
