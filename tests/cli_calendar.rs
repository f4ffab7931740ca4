//! `socialplan calendar` end to end: what a person sees in a terminal or a
//! pipe, over SSH: widths, colours, ASCII, languages, windows and channels.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::{TODAY, socialplan, stdout};
use unicode_width::UnicodeWidthStr;

use socialplan::i18n::Lang;

/// `socialplan --demo --today TODAY calendar ARGS…`, which must succeed;
/// its stdout.
fn calendar(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let mut cmd = socialplan(home.path());
    cmd.args(["--demo", "--today", TODAY, "calendar"])
        .args(args);
    stdout(&mut cmd)
}

/// A command that must fail with bad usage (exit 2); its stderr.
fn usage_error(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = socialplan(home.path())
        .args(["--demo", "--today", TODAY, "calendar"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    assert!(output.stdout.is_empty());
    String::from_utf8(output.stderr).unwrap()
}

/// The text without ANSI escape sequences (CSI: ESC [ … final byte).
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            assert_eq!(chars.next(), Some('['), "only CSI sequences: {text:?}");
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn assert_within(out: &str, width: usize, what: &str) {
    for line in strip_ansi(out).lines() {
        assert!(
            line.width() <= width,
            "{what}: {} cells > {width}: {line:?}",
            line.width()
        );
    }
}

/// The header lines with ISO week labels ("W03 W04 …"): one per chart.
fn week_lines(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| l.trim_start().starts_with('W') && l.contains(" W"))
        .collect()
}

/// The ISO weeks a header line names.
fn weeks(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// A plan file with the demo plan, its names in ASCII only.
fn ascii_plan_file(dir: &Path) -> PathBuf {
    let today: NaiveDate = TODAY.parse().unwrap();
    let mut plan = socialplan::demo::plan(today, Lang::En);
    let ascii = |s: &str| -> String { s.chars().filter(char::is_ascii).collect() };
    for campaign in &mut plan.campaigns {
        campaign.name = ascii(&campaign.name);
    }
    for channel in &mut plan.channels {
        channel.name = ascii(&channel.name);
    }
    for objective in &mut plan.objectives {
        objective.name = ascii(&objective.name);
    }
    let path = dir.join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    path
}

#[test]
fn the_demo_at_100_columns_in_english() {
    let out = calendar(&["--width", "100"]);
    insta::assert_snapshot!(out);
}

#[test]
fn the_same_today_gives_the_same_chart() {
    for args in [
        &["--width", "100"][..],
        &["--zoom", "day", "--lang", "es", "--width", "80"],
        &["--zoom", "month", "--color", "always"],
        &[
            "--from",
            "2026-11-01",
            "--to",
            "2027-06-30",
            "--width",
            "60",
        ],
    ] {
        assert_eq!(calendar(args), calendar(args), "{args:?}");
    }
    // And another today gives another chart (the demo is dated around it).
    let home = tempfile::tempdir().unwrap();
    let later = stdout(socialplan(home.path()).args([
        "--demo",
        "--today",
        "2027-03-10",
        "calendar",
        "--width",
        "100",
    ]));
    assert_ne!(later, calendar(&["--width", "100"]));
    // Today in the second column: the window opens on the week before.
    assert!(week_lines(&later)[0].trim_start().starts_with("W09"));
}

#[test]
fn no_line_is_wider_than_the_width() {
    for width in [20, 21, 33, 47, 80, 99, 133, 200] {
        let w = width.to_string();
        for lang in ["en", "es"] {
            for zoom in ["day", "week", "month"] {
                for extra in [&[][..], &["--ascii"], &["--color", "always"]] {
                    let mut args = vec!["--width", w.as_str(), "--zoom", zoom, "--lang", lang];
                    args.extend_from_slice(extra);
                    let out = calendar(&args);
                    assert_within(&out, width, &format!("{args:?}"));
                    assert!(out.contains("activ"), "the legend: {out}");
                }
            }
        }
        // A long window, stacked.
        let out = calendar(&[
            "--width",
            &w,
            "--lang",
            "es",
            "--from",
            "2026-10-01",
            "--to",
            "2027-09-30",
        ]);
        assert_within(&out, width, &format!("stacked at {width}"));
    }
}

#[test]
fn the_spanish_demo_has_emoji_names_and_still_fits() {
    // The Spanish demo's names hold emoji (two cells each): the widths must
    // be display widths, not characters.
    let window = ["--from", "2026-12-28", "--to", "2027-03-31"];
    // Without its posts, whose marks at day zoom leave the names less
    // room, the demo draws these names whole at 200 cells.
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(TODAY.parse().unwrap(), Lang::Es);
    plan.posts.clear();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, socialplan::store::to_json(&plan)).unwrap();
    let out = stdout(
        socialplan(dir.path())
            .arg("--file")
            .arg(&path)
            .args([
                "--today", TODAY, "--lang", "es", "calendar", "--zoom", "day",
            ])
            .args(["--width", "200"])
            .args(window),
    );
    for emoji in ["📻", "✨"] {
        assert!(out.contains(emoji), "{emoji} in\n{out}");
        assert_eq!(emoji.width(), 2);
    }
    assert_within(&out, 200, "es day 200 without posts");
    let with_posts = [
        &["--lang", "es", "--zoom", "day", "--width", "200"][..],
        &window,
    ]
    .concat();
    assert_within(&calendar(&with_posts), 200, "es day 200");
    for width in 20..=120 {
        let w = width.to_string();
        for zoom in ["day", "week"] {
            let args = [
                &["--lang", "es", "--zoom", zoom, "--width", &w][..],
                &window,
            ]
            .concat();
            assert_within(&calendar(&args), width, &format!("es {zoom} {width}"));
        }
    }
}

#[test]
fn no_escape_codes_unless_colour_is_asked_for() {
    let plain = calendar(&["--width", "80", "--color", "never"]);
    assert!(!plain.contains('\u{1b}'));
    // assert_cmd pipes stdout: auto means none.
    let piped = calendar(&["--width", "80"]);
    assert!(!piped.contains('\u{1b}'));
    assert_eq!(piped, plain);
    let always = calendar(&["--width", "80", "--color", "always"]);
    assert!(always.contains("\u{1b}["), "{always}");
    // The same picture under the colours.
    assert_eq!(strip_ansi(&always), plain);
    // NO_COLOR does not override an explicit --color always, and auto stays
    // plain with it.
    let home = tempfile::tempdir().unwrap();
    let out = stdout(
        socialplan(home.path())
            .env("NO_COLOR", "1")
            .args(["--demo", "--today", TODAY, "calendar", "--width", "80"]),
    );
    assert!(!out.contains('\u{1b}'));
}

#[test]
fn colours_are_the_channels_and_today_is_reversed() {
    let always = calendar(&["--width", "100", "--color", "always"]);
    // Instagram is magenta (35), TikTok cyan (36), the radio red (31).
    for (name, code) in [
        ("Instagram", "35"),
        ("TikTok", "36"),
        ("Radio Barrio", "31"),
    ] {
        let line = always.lines().find(|l| l.contains(name)).unwrap();
        assert!(
            line.contains(&format!("\u{1b}[{code}m")),
            "{name}: {line:?}"
        );
    }
    // Today's week label, W03, is reversed (7).
    let header = always.lines().nth(1).unwrap();
    let at = header.find("W03").unwrap();
    assert!(header[..at].ends_with("\u{1b}[7m"), "{header:?}");
}

#[test]
fn ascii_only_with_ascii() {
    let dir = tempfile::tempdir().unwrap();
    let path = ascii_plan_file(dir.path());
    for zoom in ["day", "week", "month"] {
        for width in ["20", "80", "150"] {
            let out = stdout(
                socialplan(dir.path())
                    .arg("--file")
                    .arg(&path)
                    .args(["--today", TODAY, "--ascii", "calendar", "--zoom", zoom])
                    .args(["--width", width]),
            );
            assert!(out.is_ascii(), "{zoom} {width}:\n{out}");
            assert!(out.contains('<') || out.contains('#'), "{out}");
        }
    }
    // Without --ascii the same plan is drawn with blocks.
    let out = stdout(
        socialplan(dir.path())
            .arg("--file")
            .arg(&path)
            .args(["--today", TODAY, "calendar", "--width", "80"]),
    );
    assert!(!out.is_ascii());
    // The demo's own names keep their accents and emoji: only they are not
    // ASCII.
    let out = calendar(&["--ascii", "--width", "100", "--lang", "es"]);
    let names: Vec<String> = socialplan::demo::plan(TODAY.parse().unwrap(), Lang::Es)
        .campaigns
        .iter()
        .map(|c| c.name.clone())
        .chain(
            socialplan::demo::plan(TODAY.parse().unwrap(), Lang::Es)
                .channels
                .iter()
                .map(|c| c.name.clone()),
        )
        .collect();
    for c in out.chars().filter(|c| !c.is_ascii()) {
        assert!(
            names.iter().any(|n| n.contains(c)),
            "{c:?} is not from a name"
        );
    }
}

#[test]
fn spanish_month_names_with_lang_es() {
    let week = calendar(&["--lang", "es", "--width", "100"]);
    let first = week.lines().next().unwrap();
    assert_eq!(weeks(first)[..3], ["ene", "2027", "feb"], "{first}");
    assert!(first.contains("mar") && first.contains("abr"), "{first}");
    assert!(!first.contains("Jan") && !first.contains("Apr"), "{first}");
    let month = calendar(&["--lang", "es", "--zoom", "month", "--width", "100"]);
    let second = month.lines().nth(1).unwrap();
    assert!(
        second
            .trim_start()
            .starts_with("dic  ene  feb  mar  abr  may  jun  jul  ago"),
        "{second}"
    );
    assert!(month.contains("Fechas límite"));
    assert!(month.contains("activa"));
    // In English: the same header with English names.
    let month = calendar(&["--zoom", "month", "--width", "100"]);
    let second = month.lines().nth(1).unwrap();
    assert!(
        second
            .trim_start()
            .starts_with("Dec  Jan  Feb  Mar  Apr  May  Jun  Jul  Aug"),
        "{second}"
    );
}

#[test]
fn each_zoom_has_its_header() {
    // Day: day numbers from Monday of this week (2027-01-18).
    let day = calendar(&["--zoom", "day", "--width", "100"]);
    let mut lines = day.lines();
    assert!(lines.next().unwrap().trim_start().starts_with("Jan 2027"));
    let numbers: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(numbers[..5], ["18", "19", "20", "21", "22"]);
    assert!(numbers.contains(&"31") && numbers.contains(&"1"));
    // Week: ISO weeks from the one before this one.
    let week = calendar(&["--zoom", "week", "--width", "100"]);
    assert_eq!(weeks(week_lines(&week)[0])[..3], ["W02", "W03", "W04"]);
    assert_eq!(week, calendar(&["--width", "100"]), "week is the default");
    // Month: years, then months from the one before this one.
    let month = calendar(&["--zoom", "month", "--width", "100"]);
    let mut lines = month.lines();
    assert_eq!(weeks(lines.next().unwrap()), ["2026", "2027", "2028"]);
    assert!(
        lines
            .next()
            .unwrap()
            .trim_start()
            .starts_with("Dec  Jan  Feb")
    );
}

#[test]
fn the_default_window_starts_the_week_before_this_one_and_fills_the_width() {
    for (today, week) in [
        ("2027-01-20", "W02"),
        ("2027-01-18", "W02"),
        ("2027-01-24", "W02"),
        ("2026-12-31", "W52"),
        ("2027-01-03", "W52"),
        ("2028-02-29", "W08"),
    ] {
        let home = tempfile::tempdir().unwrap();
        let out = stdout(socialplan(home.path()).args(["--demo", "--today", today, "calendar"]));
        let header = week_lines(&out);
        assert_eq!(header.len(), 1, "one chart");
        assert_eq!(weeks(header[0])[0], week, "{today}");
        // Piped, the width is 100: the label column (27 cells: the longest
        // channel name and a space) and 18 weeks of 4 cells, the last cell
        // of each a space (trimmed at the end of the line).
        assert_eq!(weeks(header[0]).len(), 18, "{today}");
        assert_eq!(header[0].width(), 27 + 18 * 4 - 1, "{today}");
        assert_within(&out, 100, today);
    }
    // At day zoom from Monday (of yesterday's week), at month zoom from
    // the month before.
    let home = tempfile::tempdir().unwrap();
    let out = stdout(socialplan(home.path()).args([
        "--demo",
        "--today",
        "2026-12-31",
        "calendar",
        "--zoom",
        "day",
    ]));
    let days: Vec<&str> = out.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(days[..5], ["28", "29", "30", "31", "1"]);
    assert_eq!(days.len(), (100 - 27) / 3);
    let out = stdout(socialplan(home.path()).args([
        "--demo",
        "--today",
        "2026-12-31",
        "calendar",
        "--zoom",
        "month",
    ]));
    let months: Vec<&str> = out.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(months[..2], ["Nov", "Dec"]);
    assert_eq!(months.len(), (100 - 27) / 5);
}

#[test]
fn a_window_longer_than_the_width_is_stacked_in_charts_within_the_width() {
    // 2026-12-01 to 2027-05-31 is 27 ISO weeks, W49 to W22. At 70 cells the
    // label column is 23 (a third of the width) and (70 - 23) / 4 = 11
    // weeks fit: three charts, sharing the weeks evenly.
    let out = calendar(&[
        "--from",
        "2026-12-01",
        "--to",
        "2027-05-31",
        "--width",
        "70",
    ]);
    let headers = week_lines(&out);
    assert_eq!(headers.len(), 3, "{out}");
    let all: Vec<&str> = headers.iter().flat_map(|l| weeks(l)).collect();
    let mut want: Vec<String> = (49..=53).map(|w| format!("W{w}")).collect();
    want.extend((1..=22).map(|w| format!("W{w:02}")));
    assert_eq!(all, want);
    for header in &headers {
        assert_eq!(weeks(header).len(), 9);
    }
    assert_within(&out, 70, "stacked");
    // Each chart has its legend, and a blank line between charts.
    assert_eq!(out.lines().filter(|l| l.contains("cancelled")).count(), 3);
    assert_eq!(out.matches("\n\n").count(), 2);
    // A window that fits is one chart, and exactly that window.
    let out = calendar(&[
        "--from",
        "2027-01-06",
        "--to",
        "2027-02-07",
        "--width",
        "70",
    ]);
    let headers = week_lines(&out);
    assert_eq!(headers.len(), 1);
    assert_eq!(weeks(headers[0]), ["W01", "W02", "W03", "W04", "W05"]);
    // At day zoom, a year in 80 cells: (80 - 26) / 3 = 18 days a chart.
    let out = calendar(&[
        "--zoom",
        "day",
        "--from",
        "2027-01-01",
        "--to",
        "2027-12-31",
        "--width",
        "80",
    ]);
    assert_eq!(
        out.lines().filter(|l| l.contains("cancelled")).count(),
        365_usize.div_ceil(18)
    );
    assert_within(&out, 80, "a year of days");
    // --from alone fills the width from there.
    let out = calendar(&["--from", "2027-03-03", "--width", "100"]);
    let headers = week_lines(&out);
    assert_eq!(headers.len(), 1);
    assert_eq!(weeks(headers[0])[0], "W09");
    assert_eq!(weeks(headers[0]).len(), 18);
}

#[test]
fn channels_by_id_or_name() {
    let labels = |out: &str| -> Vec<String> {
        let names = [
            "Instagram",
            "Facebook",
            "TikTok",
            "Newsletter",
            "Radio",
            "Tastings",
        ];
        names
            .iter()
            .filter(|n| out.lines().any(|l| l.starts_with(*n)))
            .map(|n| (*n).to_string())
            .collect()
    };
    let all = calendar(&["--width", "100"]);
    assert_eq!(labels(&all).len(), 6);
    // By id, and by name in any case; in the plan's order.
    let out = calendar(&[
        "--width",
        "100",
        "--channel",
        "tiktok",
        "--channel",
        "instagram",
    ]);
    assert_eq!(labels(&out), ["Instagram", "TikTok"]);
    assert!(out.contains("Trend tests") && !out.contains("Bread club"));
    let out = calendar(&[
        "--width",
        "100",
        "--channel",
        "Radio Barrio (local radio)",
        "--channel",
        "NEWSLETTER",
    ]);
    assert_eq!(labels(&out), ["Newsletter", "Radio"]);
    // An unknown channel is a usage error naming the channels there are.
    let err = usage_error(&["--channel", "myspace"]);
    assert!(err.starts_with("error: "), "{err}");
    assert!(err.contains("myspace"), "{err}");
    for id in [
        "instagram",
        "facebook",
        "tiktok",
        "newsletter",
        "radio",
        "events",
    ] {
        assert!(err.contains(id), "{err}");
    }
}

#[test]
fn bad_widths_and_windows_are_refused() {
    for width in ["10", "0", "19"] {
        let err = usage_error(&["--width", width]);
        assert!(err.contains("20"), "says the least width: {err}");
    }
    calendar(&["--width", "20"]);
    let err = usage_error(&["--from", "2027-02-01", "--to", "2027-01-01"]);
    assert!(
        err.contains("2027-01-01") && err.contains("2027-02-01"),
        "{err}"
    );
    // A window of one day is fine.
    let out = calendar(&[
        "--from",
        "2027-02-01",
        "--to",
        "2027-02-01",
        "--zoom",
        "day",
    ]);
    assert!(out.lines().nth(1).unwrap().trim() == "1", "{out}");
    // Dates that are not dates are usage errors too.
    usage_error(&["--from", "2027-02-30"]);
    usage_error(&["--zoom", "year"]);
}

#[test]
fn trailing_spaces_are_trimmed() {
    for args in [
        &["--width", "100"][..],
        &["--width", "80", "--lang", "es", "--zoom", "day"],
        &["--width", "60", "--ascii", "--zoom", "month"],
        &[
            "--width",
            "33",
            "--from",
            "2026-12-01",
            "--to",
            "2027-03-01",
        ],
    ] {
        let out = calendar(args);
        for line in out.lines() {
            assert!(!line.ends_with(' '), "{args:?}: {line:?}");
        }
        assert!(out.ends_with('\n'));
    }
}

#[test]
fn the_readme_shows_the_chart_as_it_is_printed() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let command = "`socialplan --demo --today 2027-01-20 calendar --width 80`:\n\n```text\n";
    let start = readme.find(command).unwrap() + command.len();
    let end = start + readme[start..].find("```").unwrap();
    assert_eq!(&readme[start..end], calendar(&["--width", "80"]));
}

#[test]
fn a_wide_terminal_gets_whole_names_and_wider_weeks_not_more_months() {
    let out = calendar(&["--width", "200"]);
    // The longest channel name whole, and about three months of weeks.
    assert!(out.contains("Radio Barrio (local radio) "), "{out}");
    let header = week_lines(&out)[0];
    assert_eq!(weeks(header).len(), 13, "{header}");
    // Each week as wide as the room shares out: 13 cells, label and all
    // within the width.
    let w02 = header.find("W02").unwrap();
    let w03 = header.find("W03").unwrap();
    assert_eq!(w03 - w02, 13);
    assert_within(&out, 200, "200 columns");
    // At 80 the columns are their narrowest.
    let out = calendar(&["--width", "80"]);
    let header = week_lines(&out)[0];
    assert_eq!(header.find("W03").unwrap() - header.find("W02").unwrap(), 4);
}

#[test]
fn the_tab_and_the_command_open_on_the_same_week() {
    // The rule both follow: today in the second column. The tab's chart is
    // inside a border, so it is drawn two cells narrower than the screen.
    for (today, first) in [("2027-01-20", "W02"), ("2026-11-30", "W48")] {
        let home = tempfile::tempdir().unwrap();
        let out = stdout(
            socialplan(home.path()).args(["--demo", "--today", today, "calendar", "--width", "78"]),
        );
        assert_eq!(weeks(week_lines(&out)[0])[0], first, "{today}");
        let mut app = socialplan::tui::App::new(
            socialplan::workspace::Workspace::demo(today.parse().unwrap(), Lang::En),
            Lang::En,
            socialplan::theme::Theme::new(false, false),
        );
        common::keys(&mut app, "5");
        let screen = common::screen(&app);
        let tab_header = screen.lines().nth(4).unwrap().trim_matches('│').trim();
        assert_eq!(weeks(tab_header), weeks(week_lines(&out)[0]), "{today}");
    }
}

#[test]
fn spanish_weeks_are_semanas() {
    let out = calendar(&["--lang", "es", "--width", "100"]);
    let header = out.lines().nth(1).unwrap();
    assert!(weeks(header).iter().all(|w| w.starts_with('S')), "{header}");
    assert!(weeks(header).contains(&"S03"), "{header}");
    assert!(!out.contains("W03"));
}

#[test]
fn an_empty_plan_says_what_to_add_first_instead_of_a_bare_grid() {
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("plan.json");
    let run = |lang: &str| {
        stdout(
            socialplan(home.path())
                .arg("--file")
                .arg(&file)
                .args(["--today", TODAY, "--lang", lang, "calendar"]),
        )
    };
    let out = run("en");
    assert!(
        out.contains("Step 3 of the method: choose the channels"),
        "{out}"
    );
    assert!(!out.contains("Deadlin") && !out.contains("W0"), "{out}");
    let out = run("es");
    assert!(
        out.contains("Paso 3 del método: elige los canales"),
        "{out}"
    );
    assert!(!file.exists(), "nothing written");
}

#[test]
fn the_deadlines_line_shows_only_when_an_objective_has_a_deadline() {
    let home = tempfile::tempdir().unwrap();
    let file = common::demo_file(home.path());
    let with = stdout(
        socialplan(home.path())
            .arg("--file")
            .arg(&file)
            .args(["--today", TODAY, "calendar"]),
    );
    assert!(with.contains("Deadlines"), "{with}");
    let mut plan: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    // No deadline, and no revision that set one.
    for objective in plan["objectives"].as_array_mut().unwrap() {
        let objective = objective.as_object_mut().unwrap();
        objective.remove("deadline");
        objective.remove("revisions");
    }
    std::fs::write(&file, plan.to_string()).unwrap();
    let without = stdout(
        socialplan(home.path())
            .arg("--file")
            .arg(&file)
            .args(["--today", TODAY, "calendar"]),
    );
    assert!(!without.contains("Deadlines"), "{without}");
    assert_eq!(without.lines().count() + 1, with.lines().count());
}
