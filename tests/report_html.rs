//! The HTML report end to end, read back by an HTML5 parser: one page that
//! loads nothing from anywhere, whose texts from the plan stay text, in the
//! language asked for, over the period asked for.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use common::{socialplan, stdout};
use scraper::{ElementRef, Html, Selector};
use socialplan::domain::Plan;
use socialplan::i18n::Lang;

const TODAY: &str = "2026-11-30";

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text(element: &ElementRef) -> String {
    element.text().collect()
}

/// The demo's report with these arguments after `export --format html`.
fn demo_report(lang: &str, extra: &[&str]) -> Html {
    let dir = tempfile::tempdir().unwrap();
    let page = stdout(
        socialplan(dir.path())
            .args(["--demo", "--today", TODAY, "--lang", lang])
            .args(["export", "--format", "html"])
            .args(extra),
    );
    Html::parse_document(&page)
}

/// The report of `plan`, kept in a file in `dir`.
fn file_report(dir: &Path, plan: &Plan, lang: &str) -> (String, Html) {
    let path = dir.join("plan.json");
    fs::write(&path, socialplan::store::to_json(plan)).unwrap();
    let page = stdout(
        socialplan(dir)
            .args(["--today", TODAY, "--lang", lang, "--file"])
            .arg(&path)
            .args(["export", "--format", "html"]),
    );
    let doc = Html::parse_document(&page);
    (page, doc)
}

/// The cover's period: the `datetime` of its first and last day, and the
/// words.
fn period(doc: &Html) -> (String, String, String) {
    let times = select(doc, ".cover .period time");
    assert_eq!(times.len(), 2, "the period has a first and a last day");
    let day = |e: &ElementRef| e.value().attr("datetime").unwrap().to_string();
    let words = text(&select(doc, ".cover .period")[0]);
    (day(&times[0]), day(&times[1]), words)
}

#[test]
fn every_objective_has_its_figure_with_its_name() {
    let plan = socialplan::demo::plan(today(), Lang::En);
    let doc = demo_report("en", &[]);
    let objectives = select(&doc, "article.objective");
    assert_eq!(objectives.len(), plan.objectives.len());
    let figure = Selector::parse("figure.chart.objective").unwrap();
    for (article, objective) in objectives.iter().zip(&plan.objectives) {
        let figures: Vec<_> = article.select(&figure).collect();
        assert_eq!(figures.len(), 1, "{} has one figure", objective.name);
        let caption = Selector::parse("figcaption").unwrap();
        let caption = text(&figures[0].select(&caption).next().unwrap());
        assert!(caption.contains(&objective.name), "{caption}");
        // The chart itself: an SVG, well-formed XML.
        let svg = Selector::parse("svg").unwrap();
        let chart = figures[0].select(&svg).next().expect("a chart");
        roxmltree::Document::parse(&chart.html()).unwrap();
    }
    assert_eq!(select(&doc, "section#calendar").len(), 1);
    // A spend chart for each channel with spend in the period, and only those.
    let budget = select(&doc, "figure.chart.budget");
    assert!(!budget.is_empty());
    for figure in &budget {
        let named = plan.channels.iter().any(|c| text(figure).contains(&c.name));
        assert!(named, "{}", text(figure));
        assert!(figure.html().contains("<svg"), "{}", figure.html());
    }
}

/// The Gantt has one bar for each campaign that meets the period, and no
/// other, drawn from the terminal calendar's layout.
#[test]
fn the_gantt_has_one_bar_per_campaign_in_the_period() {
    let plan = socialplan::demo::plan(today(), Lang::En);
    let doc = demo_report("en", &["--from", "2026-11-01", "--to", "2027-01-31"]);
    let (from, to) = (
        NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
        NaiveDate::from_ymd_opt(2027, 1, 31).unwrap(),
    );
    let mut expected: Vec<&str> = plan
        .campaigns
        .iter()
        .filter(|c| c.start <= to && c.end >= from)
        .map(|c| c.id.as_str())
        .collect();
    expected.sort_unstable();
    let mut bars: Vec<String> = select(&doc, "section#calendar g.bar")
        .iter()
        .map(|g| g.value().attr("data-campaign").unwrap().to_string())
        .collect();
    bars.sort_unstable();
    assert_eq!(bars, expected);
    assert!(
        expected.len() < plan.campaigns.len(),
        "some campaigns fall outside"
    );
}

#[test]
fn nothing_is_loaded_from_anywhere() {
    for lang in ["en", "es"] {
        let doc = demo_report(lang, &[]);
        for tag in [
            "script", "link", "img", "iframe", "object", "embed", "audio", "video", "base",
        ] {
            assert!(select(&doc, tag).is_empty(), "a <{tag}> in the page");
        }
        assert!(select(&doc, "[src]").is_empty(), "an element with src");
        assert!(
            select(&doc, "[srcset]").is_empty(),
            "an element with srcset"
        );
        for element in select(&doc, "[href]") {
            let href = element.value().attr("href").unwrap();
            assert!(
                element.value().name() == "a"
                    && (href.starts_with('#') || href.starts_with("https://")),
                "a link that is neither in the page nor to a published post: {href}"
            );
        }
        let styles = select(&doc, "style");
        assert_eq!(styles.len(), 1, "one style sheet");
        let mut css: Vec<String> = styles.iter().map(text).collect();
        css.extend(
            select(&doc, "[style]")
                .iter()
                .map(|e| e.value().attr("style").unwrap().to_string()),
        );
        for sheet in css {
            let sheet = sheet.to_lowercase();
            assert!(!sheet.contains("url(") && !sheet.contains("@import"));
        }
        let html = select(&doc, "html")[0];
        assert_eq!(html.value().attr("lang"), Some(lang));
        assert_eq!(select(&doc, "meta[charset='utf-8']").len(), 1);
        assert!(!text(&select(&doc, "title")[0]).trim().is_empty());
    }
}

#[test]
fn the_page_prints_on_landscape_a4_without_splitting_charts_or_rows() {
    let doc = demo_report("en", &[]);
    let css = text(&select(&doc, "style")[0]);
    let compact: String = css.split_whitespace().collect::<Vec<_>>().join(" ");
    for rule in [
        "@page { size: A4 landscape;",
        "@media print",
        "figure, .chart, svg { break-inside: avoid;",
        "thead { display: table-header-group; }",
        "tr { break-inside: avoid;",
    ] {
        assert!(compact.contains(rule), "{rule} missing");
    }
    assert!(
        !compact.contains("font-face"),
        "system fonts only, no web font"
    );
}

#[test]
fn a_status_is_a_word_and_a_symbol_not_a_colour_alone() {
    let doc = demo_report("en", &[]);
    let statuses = select(&doc, ".status");
    assert!(!statuses.is_empty());
    let mark = Selector::parse(".mark").unwrap();
    for status in statuses {
        let all = text(&status);
        let symbol = text(&status.select(&mark).next().unwrap());
        assert!(!symbol.trim().is_empty());
        let word = all.replacen(&symbol, "", 1);
        assert!(word.chars().any(char::is_alphabetic), "{all:?} has no word");
    }
}

#[test]
fn hostile_names_are_text() {
    const SCRIPT: &str = "<script>alert(1)</script>";
    const IMG: &str = "\"><img src=x onerror=alert(1)>";
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.name = SCRIPT.into();
    plan.campaigns[0].name = SCRIPT.into();
    plan.channels[0].name = IMG.into();
    plan.objectives[0].name = IMG.into();
    plan.objectives[1].name = SCRIPT.into();
    plan.situation.notes = IMG.into();
    let dir = tempfile::tempdir().unwrap();
    let (page, doc) = file_report(dir.path(), &plan, "en");
    assert!(select(&doc, "script").is_empty());
    assert!(select(&doc, "img").is_empty());
    assert!(select(&doc, "[onerror]").is_empty());
    assert!(!page.contains(SCRIPT) && !page.contains(IMG));
    let body = text(&select(&doc, "body")[0]);
    let title = text(&select(&doc, "title")[0]);
    assert!(title.contains(SCRIPT), "{title}");
    assert!(text(&select(&doc, ".cover h1")[0]) == SCRIPT);
    for name in [SCRIPT, IMG] {
        assert!(body.contains(name), "{name} is not in the text");
    }
    let headings: Vec<String> = select(&doc, "article.objective h3")
        .iter()
        .map(text)
        .collect();
    assert_eq!(headings[0], IMG);
    assert_eq!(headings[1], SCRIPT);
}

#[test]
fn a_published_link_is_a_link_only_on_the_web() {
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    // Two posts due in the next two weeks, both published.
    let ids: Vec<usize> = plan
        .posts
        .iter()
        .enumerate()
        .filter(|(_, p)| {
            p.date >= today() && p.date < NaiveDate::from_ymd_opt(2026, 12, 13).unwrap()
        })
        .map(|(i, _)| i)
        .take(2)
        .collect();
    assert_eq!(ids.len(), 2);
    for (i, link) in ids
        .iter()
        .zip(["javascript:alert(1)", "https://example.com/p/1"])
    {
        plan.posts[*i].status = socialplan::domain::PostStatus::Published;
        plan.posts[*i].link = link.into();
    }
    let dir = tempfile::tempdir().unwrap();
    let (_, doc) = file_report(dir.path(), &plan, "en");
    let links: Vec<&str> = select(&doc, "section#agenda a[href]")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    assert_eq!(links, ["https://example.com/p/1"]);
    let agenda = text(&select(&doc, "section#agenda")[0]);
    assert!(agenda.contains(&plan.posts[ids[0]].title));
}

#[test]
fn spanish_and_english_headings_and_months() {
    let es = demo_report("es", &[]);
    let en = demo_report("en", &[]);
    let headings =
        |doc: &Html| -> Vec<String> { select(doc, "main h2").iter().map(text).collect() };
    let (spanish_headings, english_headings) = (headings(&es), headings(&en));
    let pairs = [
        ("Situation", "Situación"),
        ("Objectives", "Objetivos"),
        ("Channels", "Canales"),
        ("Calendar", "Calendario"),
        ("Campaigns compared", "Campañas comparadas"),
        ("The next two weeks", "Las próximas dos semanas"),
        ("Protocols", "Protocolos"),
    ];
    for (english, spanish) in pairs {
        assert!(
            english_headings.iter().any(|h| h == english),
            "{english} missing"
        );
        assert!(
            spanish_headings.iter().any(|h| h == spanish),
            "{spanish} missing"
        );
        assert!(
            !spanish_headings.iter().any(|h| h == english),
            "{english} in Spanish"
        );
    }
    let (_, _, spanish_period) = period(&es);
    let (_, _, english_period) = period(&en);
    assert!(
        spanish_period.contains("1 de noviembre de 2026")
            && spanish_period.contains("31 de enero de 2027"),
        "{spanish_period}"
    );
    assert!(
        english_period.contains("1 November 2026") && english_period.contains("31 January 2027"),
        "{english_period}"
    );
    let es_body = text(&select(&es, "body")[0]);
    for english in ["November", "December", "January", "Monday"] {
        assert!(
            !es_body.contains(english),
            "{english} in the Spanish report"
        );
    }
    for spanish in ["diciembre", "Lunes 30 de noviembre de 2026"] {
        assert!(es_body.contains(spanish), "{spanish} missing in Spanish");
    }
    assert!(text(&select(&en, "body")[0]).contains("Monday 30 November 2026"));
}

#[test]
fn the_default_period_is_three_calendar_months() {
    let (from, to, _) = period(&demo_report("en", &[]));
    assert_eq!((from.as_str(), to.as_str()), ("2026-11-01", "2027-01-31"));
    let dir = tempfile::tempdir().unwrap();
    let page = stdout(socialplan(dir.path()).args([
        "--demo",
        "--today",
        "2027-12-15",
        "export",
        "--format",
        "html",
    ]));
    let (from, to, words) = period(&Html::parse_document(&page));
    assert_eq!((from.as_str(), to.as_str()), ("2027-12-01", "2028-02-29"));
    assert!(words.contains("1 December 2027") && words.contains("29 February 2028"));
}

#[test]
fn from_and_to_change_the_period_on_the_cover() {
    let doc = demo_report("en", &["--from", "2026-12-01", "--to", "2027-02-28"]);
    let (from, to, words) = period(&doc);
    assert_eq!((from.as_str(), to.as_str()), ("2026-12-01", "2027-02-28"));
    assert!(
        words.contains("1 December 2026 – 28 February 2027"),
        "{words}"
    );
    // Spanish dates as Spain types them; --from alone runs three months.
    let doc = demo_report("es", &["--from", "15/12/2026"]);
    let (from, to, words) = period(&doc);
    assert_eq!((from.as_str(), to.as_str()), ("2026-12-15", "2027-02-28"));
    assert!(
        words.contains("15 de diciembre de 2026 – 28 de febrero de 2027"),
        "{words}"
    );
    // The months of the spend follow the period.
    let months: Vec<String> = select(&doc, "section#channels h4")
        .iter()
        .map(text)
        .collect();
    assert!(
        months
            .iter()
            .all(|m| m.contains("2027") || m.contains("Diciembre")),
        "{months:?}"
    );
    assert!(
        !months.iter().any(|m| m.contains("Noviembre")),
        "{months:?}"
    );
}

/// A refused export: a usage error (exit 2) that names the problem, with
/// nothing written and the plan untouched.
fn refused(lang: &str, args: &[&str], says: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let plan = common::demo_file(dir.path());
    let before = fs::read(&plan).unwrap();
    let out = dir.path().join("report.html");
    let output = socialplan(dir.path())
        .args(["--today", TODAY, "--lang", lang, "--file"])
        .arg(&plan)
        .args(["export", "--output"])
        .arg(&out)
        .args(args)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{args:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("error: "), "{stderr}");
    for word in says {
        assert!(stderr.contains(word), "{stderr} does not say {word}");
    }
    assert!(!out.exists(), "{args:?} wrote a file");
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn a_bad_period_is_refused_and_writes_nothing() {
    refused(
        "en",
        &["--format", "html", "--from", "2026-13-01"],
        &["2026-13-01", "month"],
    );
    refused(
        "es",
        &["--format", "html", "--from", "31/02/2027"],
        &["31/02/2027"],
    );
    let backwards = "--format html --from 2027-02-01 --to 2027-01-01";
    let backwards: Vec<&str> = backwards.split(' ').collect();
    refused("en", &backwards, &["2027-02-01", "2027-01-01", "before"]);
    refused("es", &backwards, &["anterior"]);
    refused(
        "en",
        &[
            "--format",
            "html",
            "--from",
            "2027-01-01",
            "--to",
            "2090-01-01",
        ],
        &["shorter"],
    );
}

#[test]
fn only_the_html_report_takes_a_period() {
    refused(
        "en",
        &["--format", "markdown", "--from", "2026-12-01"],
        &["--format html"],
    );
    refused(
        "es",
        &["--format", "csv", "--to", "2026-12-01"],
        &["--format html", "No se ha escrito nada"],
    );
}

#[test]
fn written_to_a_file_never_over_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = common::demo_file(dir.path());
    let before = fs::read(&plan).unwrap();
    let out = dir.path().join("report.html");
    socialplan(dir.path())
        .args(["--today", TODAY, "--file"])
        .arg(&plan)
        .args(["export", "--format", "html", "--output"])
        .arg(&out)
        .assert()
        .success();
    let doc = Html::parse_document(&fs::read_to_string(&out).unwrap());
    assert_eq!(
        select(&doc, "article.objective").len(),
        socialplan::demo::plan(today(), Lang::En).objectives.len()
    );
    socialplan(dir.path())
        .args(["--today", TODAY, "--file"])
        .arg(&plan)
        .args(["export", "--format", "html", "--output"])
        .arg(&plan)
        .assert()
        .code(1);
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn the_campaigns_compared_show_a_dash_for_an_undefined_cost() {
    let doc = demo_report("en", &[]);
    let rows = select(&doc, "section#compared tbody tr");
    let plan = socialplan::demo::plan(today(), Lang::En);
    assert!(!rows.is_empty());
    let td = Selector::parse("td").unwrap();
    // A campaign with no spend recorded has no cost per click or lead.
    let unspent = |row: &&ElementRef| {
        let name = text(&row.select(&td).next().unwrap());
        plan.campaigns
            .iter()
            .any(|c| c.name == name && c.spend.is_empty())
    };
    let row = rows.iter().find(unspent).unwrap();
    let cells: Vec<String> = row.select(&td).map(|c| text(&c)).collect();
    assert_eq!(&cells[8..], ["—", "—"]);
}

#[test]
fn any_inline_svg_is_well_formed_xml() {
    let doc = demo_report("en", &[]);
    for svg in select(&doc, "svg") {
        let xml = svg.html();
        roxmltree::Document::parse(&xml).unwrap();
    }
}
