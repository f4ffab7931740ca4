use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn column(first: &str, last: &str) -> Column {
    Column {
        first: d(first),
        last: d(last),
    }
}

#[test]
fn day_columns_are_days() {
    let t = Timeline::new(Zoom::Day, d("2027-01-30"), 5);
    assert_eq!(t.len(), 5);
    assert_eq!(t.columns()[2], column("2027-02-01", "2027-02-01"));
    assert_eq!(t.column_of(d("2027-02-03")), Some(4));
    assert_eq!(t.column_of(d("2027-02-04")), None);
    assert_eq!(t.column_of(d("2027-01-29")), None);
}

#[test]
fn week_columns_are_iso_weeks_monday_to_sunday() {
    // 2026-W53 runs from 2026-12-28 to 2027-01-03.
    let t = Timeline::new(Zoom::Week, d("2026-12-31"), 3);
    assert_eq!(t.columns()[0], column("2026-12-28", "2027-01-03"));
    assert_eq!(t.columns()[0].first.iso_week().week(), 53);
    assert_eq!(t.columns()[1].first, d("2027-01-04"));
    assert_eq!(t.columns()[1].first.iso_week().week(), 1);
    assert_eq!(t.column_of(d("2027-01-03")), Some(0));
    assert_eq!(t.column_of(d("2027-01-04")), Some(1));
}

#[test]
fn month_columns_are_calendar_months_and_know_leap_years() {
    let t = Timeline::new(Zoom::Month, d("2028-02-15"), 2);
    assert_eq!(t.columns()[0], column("2028-02-01", "2028-02-29"));
    assert_eq!(t.column_of(d("2028-02-29")), Some(0));
    assert_eq!(t.column_of(d("2028-03-01")), Some(1));
    let days = Timeline::new(Zoom::Day, d("2028-02-28"), 3);
    assert_eq!(days.columns()[1].first, d("2028-02-29"));
    assert_eq!(days.columns()[2].first, d("2028-03-01"));
}

#[test]
fn covering_takes_whole_periods() {
    let t = Timeline::covering(Zoom::Week, d("2027-01-06"), d("2027-01-18"));
    assert_eq!(t.first_day(), Some(d("2027-01-04")));
    assert_eq!(t.last_day(), Some(d("2027-01-24")));
    assert_eq!(t.len(), 3);
    let single = Timeline::covering(Zoom::Day, d("2027-01-06"), d("2027-01-06"));
    assert_eq!(single.len(), 1);
}

#[test]
fn a_span_covers_exactly_the_columns_its_days_meet() {
    let weeks = Timeline::new(Zoom::Week, d("2027-01-04"), 4); // W1..W4
    // Sunday of W1 to Monday of W2: two columns.
    let s = weeks.span(d("2027-01-10"), d("2027-01-11")).unwrap();
    assert_eq!(
        (s.first, s.last, s.cut_left, s.cut_right),
        (0, 1, false, false)
    );
    // A one-day campaign is one column.
    assert_eq!(
        weeks
            .span(d("2027-01-20"), d("2027-01-20"))
            .unwrap()
            .columns(),
        1
    );
    // Starting before and ending after the window: clipped, and says so.
    let s = weeks.span(d("2026-12-01"), d("2027-03-01")).unwrap();
    assert_eq!(
        (s.first, s.last, s.cut_left, s.cut_right),
        (0, 3, true, true)
    );
    // Entirely outside.
    assert_eq!(weeks.span(d("2026-12-01"), d("2027-01-03")), None);
    assert_eq!(weeks.span(d("2027-02-01"), d("2027-02-02")), None);
    let days = Timeline::new(Zoom::Day, d("2027-01-04"), 7);
    let s = days.span(d("2027-01-06"), d("2027-01-08")).unwrap();
    assert_eq!((s.first, s.last), (2, 4));
}

#[test]
fn lanes_match_the_most_campaigns_on_one_day() {
    let i = |a: &str, b: &str| (d(a), d(b));
    // Two overlapping, one after both, one identical to the first.
    let intervals = [
        i("2027-01-01", "2027-01-10"),
        i("2027-01-05", "2027-01-12"),
        i("2027-01-11", "2027-01-20"),
        i("2027-01-01", "2027-01-10"),
    ];
    let (lane_of, count) = lanes(&intervals);
    assert_eq!(count, 3);
    assert_ne!(lane_of[0], lane_of[3], "identical dates never share a lane");
    assert_ne!(lane_of[0], lane_of[1]);
    assert_eq!(lane_of[2], 0, "it reuses the first lane free by its start");
    // Touching is overlapping: the end day is included.
    let (_, count) = lanes(&[i("2027-01-01", "2027-01-05"), i("2027-01-05", "2027-01-06")]);
    assert_eq!(count, 2);
    let (_, count) = lanes(&[i("2027-01-01", "2027-01-05"), i("2027-01-06", "2027-01-06")]);
    assert_eq!(count, 1);
    assert_eq!(lanes::<NaiveDate>(&[]), (vec![], 0));
}

#[test]
fn zoom_steps_and_shifts() {
    assert_eq!(Zoom::Month.closer(), Zoom::Week);
    assert_eq!(Zoom::Day.closer(), Zoom::Day);
    assert_eq!(Zoom::Day.further(), Zoom::Week);
    assert_eq!(Zoom::Week.shift(d("2027-01-06"), 1), d("2027-01-11"));
    assert_eq!(Zoom::Week.shift(d("2027-01-06"), -1), d("2026-12-28"));
    assert_eq!(Zoom::Month.shift(d("2027-01-31"), 1), d("2027-02-01"));
    assert_eq!(Zoom::Day.shift(d("2028-02-28"), 1), d("2028-02-29"));
}

/// (first, last, cut_left, cut_right) of a span, for short asserts.
fn span(t: &Timeline, start: &str, end: &str) -> Option<(usize, usize, bool, bool)> {
    t.span(d(start), d(end))
        .map(|s| (s.first, s.last, s.cut_left, s.cut_right))
}

#[test]
fn month_columns_map_every_day_of_their_month() {
    let t = Timeline::new(Zoom::Month, d("2027-01-20"), 3);
    let firsts: Vec<_> = t.columns().iter().map(|c| (c.first, c.last)).collect();
    assert_eq!(
        firsts,
        [
            (d("2027-01-01"), d("2027-01-31")),
            (d("2027-02-01"), d("2027-02-28")),
            (d("2027-03-01"), d("2027-03-31")),
        ]
    );
    assert_eq!(t.column_of(d("2027-01-01")), Some(0));
    assert_eq!(t.column_of(d("2027-01-31")), Some(0));
    assert_eq!(t.column_of(d("2027-02-01")), Some(1));
    assert_eq!(t.column_of(d("2027-02-28")), Some(1));
    assert_eq!(t.column_of(d("2027-03-31")), Some(2));
    assert_eq!(t.column_of(d("2027-04-01")), None);
    assert_eq!(t.column_of(d("2026-12-31")), None);
}

#[test]
fn columns_are_contiguous_whole_periods_at_every_zoom() {
    for zoom in [Zoom::Day, Zoom::Week, Zoom::Month] {
        let t = Timeline::new(zoom, d("2026-11-17"), 60);
        assert_eq!(t.len(), 60);
        for pair in t.columns().windows(2) {
            assert_eq!(pair[0].last.succ_opt(), Some(pair[1].first), "{zoom:?}");
        }
        for c in t.columns() {
            assert!(c.first <= c.last);
            match zoom {
                Zoom::Day => assert_eq!(c.first, c.last),
                Zoom::Week => {
                    assert_eq!(c.first.weekday(), Weekday::Mon);
                    assert_eq!(c.last.weekday(), Weekday::Sun);
                    assert_eq!(c.first.iso_week(), c.last.iso_week());
                }
                Zoom::Month => {
                    assert_eq!(c.first.day(), 1);
                    assert_eq!(c.last.succ_opt().unwrap().day(), 1);
                }
            }
        }
        // Every day maps to the one column that contains it.
        let mut day = t.first_day().unwrap();
        while day <= t.last_day().unwrap() {
            let i = t.column_of(day).unwrap();
            assert!(t.columns()[i].contains(day), "{zoom:?} {day}");
            day = day.succ_opt().unwrap();
        }
    }
}

#[test]
fn iso_week_53_of_2026_is_one_week_column_across_the_new_year() {
    let t = Timeline::covering(Zoom::Week, d("2026-12-20"), d("2027-01-10"));
    let weeks: Vec<_> = t
        .columns()
        .iter()
        .map(|c| (c.first.iso_week().year(), c.first.iso_week().week()))
        .collect();
    assert_eq!(weeks, [(2026, 51), (2026, 52), (2026, 53), (2027, 1)]);
    assert_eq!(t.columns()[2], column("2026-12-28", "2027-01-03"));
    for day in ["2026-12-28", "2026-12-31", "2027-01-01", "2027-01-03"] {
        assert_eq!(t.column_of(d(day)), Some(2), "{day}");
    }
    assert_eq!(t.column_of(d("2026-12-27")), Some(1));
    assert_eq!(t.column_of(d("2027-01-04")), Some(3));
    // A campaign over the whole of W53 is one column; a day more on each
    // side makes it three.
    assert_eq!(
        span(&t, "2026-12-28", "2027-01-03"),
        Some((2, 2, false, false))
    );
    assert_eq!(
        span(&t, "2026-12-27", "2027-01-04"),
        Some((1, 3, false, false))
    );
    // The new year inside the week does not start a new column.
    assert_eq!(
        Timeline::covering(Zoom::Week, d("2026-12-31"), d("2027-01-01")).len(),
        1
    );
    assert_eq!(Zoom::Week.period_start(d("2027-01-02")), d("2026-12-28"));
    assert_eq!(Zoom::Week.shift(d("2026-12-21"), 1), d("2026-12-28"));
    assert_eq!(Zoom::Week.shift(d("2026-12-28"), 1), d("2027-01-04"));
}

#[test]
fn the_leap_day_has_a_column_of_its_own_at_day_zoom_and_belongs_to_february() {
    let days = Timeline::covering(Zoom::Day, d("2028-02-27"), d("2028-03-02"));
    assert_eq!(days.len(), 5);
    assert_eq!(days.column_of(d("2028-02-29")), Some(2));
    assert_eq!(days.column_of(d("2028-03-01")), Some(3));
    assert_eq!(
        span(&days, "2028-02-29", "2028-02-29"),
        Some((2, 2, false, false))
    );
    // 2028-W09 runs Monday 28 February to Sunday 5 March.
    let weeks = Timeline::new(Zoom::Week, d("2028-02-29"), 2);
    assert_eq!(weeks.columns()[0], column("2028-02-28", "2028-03-05"));
    assert_eq!(weeks.columns()[0].first.iso_week().week(), 9);
    assert_eq!(
        span(&weeks, "2028-02-29", "2028-02-29"),
        Some((0, 0, false, false))
    );
    // February 2028 has 29 days, February 2027 28.
    let months = Timeline::new(Zoom::Month, d("2028-01-31"), 3);
    assert_eq!(months.columns()[1].last, d("2028-02-29"));
    assert_eq!(months.column_of(d("2028-02-29")), Some(1));
    assert_eq!(
        span(&months, "2028-02-29", "2028-03-01"),
        Some((1, 2, false, false))
    );
    assert_eq!(
        Timeline::new(Zoom::Month, d("2027-02-10"), 1).last_day(),
        Some(d("2027-02-28"))
    );
    assert_eq!(Zoom::Month.shift(d("2028-01-31"), 1), d("2028-02-01"));
    assert_eq!(Zoom::Month.shift(d("2028-03-15"), -1), d("2028-02-01"));
}

#[test]
fn spans_are_clipped_at_the_window_at_every_zoom() {
    // 2027-01-04 to 2027-01-10.
    let days = Timeline::new(Zoom::Day, d("2027-01-04"), 7);
    // W01 to W04 of 2027 (2027-01-04 to 2027-01-31).
    let weeks = Timeline::new(Zoom::Week, d("2027-01-04"), 4);
    // January to March 2027.
    let months = Timeline::new(Zoom::Month, d("2027-01-01"), 3);
    let empty = Timeline::new(Zoom::Day, d("2027-01-04"), 0);
    // A campaign's first and last day, and the columns it gets, cut or not.
    let cases = [
        (&days, "2026-12-01", "2027-01-05", Some((0, 1, true, false))),
        (&days, "2027-01-09", "2027-02-01", Some((5, 6, false, true))),
        (&days, "2026-12-01", "2027-02-01", Some((0, 6, true, true))),
        // Ending on the first day, starting on the last: one column, cut.
        (&days, "2027-01-01", "2027-01-04", Some((0, 0, true, false))),
        (&days, "2027-01-10", "2027-01-12", Some((6, 6, false, true))),
        (&days, "2027-01-01", "2027-01-03", None),
        (&days, "2027-01-11", "2027-01-12", None),
        // Starting inside the first week is not cut, even though the
        // column also holds days before it.
        (
            &weeks,
            "2027-01-06",
            "2027-01-27",
            Some((0, 3, false, false)),
        ),
        (
            &weeks,
            "2027-01-03",
            "2027-01-04",
            Some((0, 0, true, false)),
        ),
        (
            &weeks,
            "2027-01-31",
            "2027-02-01",
            Some((3, 3, false, true)),
        ),
        (
            &months,
            "2026-11-10",
            "2027-02-02",
            Some((0, 1, true, false)),
        ),
        (
            &months,
            "2027-03-31",
            "2027-04-30",
            Some((2, 2, false, true)),
        ),
        (&months, "2027-04-01", "2027-04-30", None),
        // An empty timeline holds nothing.
        (&empty, "2027-01-01", "2027-12-31", None),
    ];
    for (timeline, start, end, expected) in cases {
        assert_eq!(span(timeline, start, end), expected, "{start} to {end}");
    }
    assert!(empty.is_empty());
    assert_eq!(empty.column_of(d("2027-01-04")), None);
}

#[test]
fn one_day_and_identical_dates() {
    for zoom in [Zoom::Day, Zoom::Week, Zoom::Month] {
        let t = Timeline::new(zoom, d("2027-01-01"), 40);
        let i = t.column_of(d("2027-01-20")).unwrap();
        // A one-day campaign is one column wherever it falls.
        assert_eq!(
            span(&t, "2027-01-20", "2027-01-20"),
            Some((i, i, false, false))
        );
        // An end before the start is nothing.
        assert_eq!(span(&t, "2027-01-21", "2027-01-20"), None, "{zoom:?}");
    }
    // Campaigns on identical dates never share a lane; one-day campaigns on
    // different days do.
    let day = (d("2027-01-20"), d("2027-01-20"));
    let (lane_of, count) = lanes(&[day, day, day]);
    assert_eq!(count, 3);
    assert_eq!(lane_of, [0, 1, 2]);
    let next = (d("2027-01-21"), d("2027-01-21"));
    assert_eq!(lanes(&[day, next, day]), (vec![0, 0, 1], 2));
}

/// Intervals of days from 2027-01-01: a start in the first 60 days, and
/// up to 20 days long.
fn intervals() -> impl Strategy<Value = Vec<(NaiveDate, NaiveDate)>> {
    let base = d("2027-01-01");
    prop::collection::vec((0u64..60, 0u64..20), 0..30).prop_map(move |v| {
        v.into_iter()
            .map(|(start, len)| {
                let start = base + Days::new(start);
                (start, start + Days::new(len))
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_number_of_lanes_is_the_most_intervals_on_one_day(intervals in intervals()) {
        let (_, count) = lanes(&intervals);
        // Brute force: count the intervals running on every day.
        let busiest = (0..100)
            .map(|n| d("2027-01-01") + Days::new(n))
            .map(|day| {
                intervals
                    .iter()
                    .filter(|(start, end)| *start <= day && day <= *end)
                    .count()
            })
            .max()
            .unwrap_or(0);
        prop_assert_eq!(count, busiest);
    }

    #[test]
    fn no_two_intervals_in_one_lane_share_a_day(intervals in intervals()) {
        let (lane_of, count) = lanes(&intervals);
        prop_assert_eq!(lane_of.len(), intervals.len());
        for (i, a) in intervals.iter().enumerate() {
            prop_assert!(lane_of[i] < count);
            for (j, b) in intervals.iter().enumerate().skip(i + 1) {
                if lane_of[i] == lane_of[j] {
                    prop_assert!(a.1 < b.0 || b.1 < a.0, "{:?} and {:?} share lane {}", a, b, lane_of[i]);
                }
            }
        }
    }

    #[test]
    fn a_span_holds_exactly_the_columns_that_meet_its_days(
        zoom in prop::sample::select(vec![Zoom::Day, Zoom::Week, Zoom::Month]),
        from in 0u64..400,
        count in 1usize..30,
        start in 0u64..800,
        len in 0u64..120,
    ) {
        let base = d("2026-06-01");
        let t = Timeline::new(zoom, base + Days::new(from), count);
        let (start, end) = (base + Days::new(start), base + Days::new(start + len));
        let meeting: Vec<usize> = t
            .columns()
            .iter()
            .enumerate()
            .filter(|(_, c)| c.first <= end && start <= c.last)
            .map(|(i, _)| i)
            .collect();
        match t.span(start, end) {
            None => prop_assert!(meeting.is_empty()),
            Some(s) => {
                prop_assert_eq!(meeting, (s.first..=s.last).collect::<Vec<_>>());
                prop_assert_eq!(s.cut_left, start < t.first_day().unwrap());
                prop_assert_eq!(s.cut_right, end > t.last_day().unwrap());
            }
        }
    }
}
