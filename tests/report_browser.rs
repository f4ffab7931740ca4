//! The HTML report in a real browser: headless Chromium renders the demo's
//! report to a 1280-pixel-wide PNG and to PDF. The screenshot must show the
//! Gantt's colours (not a blank page), and the PDF must have at least two
//! pages, none blank.
//!
//! `.ci/run` installs Chromium and poppler-utils (`pdfinfo`, `pdftotext`)
//! when they are missing. Where no browser can be installed the test says
//! so loudly and passes, since nothing here can check the page.
//!
//! With `SOCIALPLAN_UPDATE_SCREENSHOTS=1` the screenshot is also written to
//! docs/report.png (the README shows it); ordinary runs leave the tree clean.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::socialplan;

/// The demo's date the report and docs/report.png are made on.
const TODAY: &str = "2026-11-30";

/// The report's channel colours (Okabe–Ito), as the Gantt fills its bars.
const PALETTE: [[u8; 3]; 7] = [
    [0xE6, 0x9F, 0x00],
    [0x56, 0xB4, 0xE9],
    [0x00, 0x9E, 0x73],
    [0xF0, 0xE4, 0x42],
    [0x00, 0x72, 0xB2],
    [0xD5, 0x5E, 0x00],
    [0xCC, 0x79, 0xA7],
];

fn browser() -> Option<PathBuf> {
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find_map(|name| which(name))
}

fn which(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// Chromium, headless, with the flags a container needs (as root it
/// refuses to start without `--no-sandbox`).
fn chromium(browser: &Path, profile: &Path) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--force-color-profile=srgb",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

fn screenshot(browser: &Path, profile: &Path, url: &str, png: &Path, height: u32) {
    run(chromium(browser, profile)
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("--window-size=1280,{height}"))
        .arg(url));
}

/// A page of the report's style sheets and its calendar section, nothing else.
fn calendar_section(report: &str) -> String {
    let page = scraper::Html::parse_document(report);
    let pick = |css: &str| {
        let selector = scraper::Selector::parse(css).unwrap();
        page.select(&selector).map(|e| e.html()).collect::<String>()
    };
    let (style, calendar) = (pick("style"), pick("section#calendar"));
    assert!(
        calendar.contains("<svg"),
        "no Gantt in the calendar section"
    );
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">{style}</head><body>{calendar}</body></html>"
    )
}

fn run(cmd: &mut Command) {
    let output = cmd.output().unwrap();
    assert!(
        output.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn report(dir: &Path) -> PathBuf {
    let html = dir.join("report.html");
    let out = socialplan(dir)
        .args([
            "--demo", "--today", TODAY, "--lang", "en", "export", "--format", "html",
        ])
        .arg("--output")
        .arg(&html)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    html
}

/// The screenshot's pixels, as RGB.
fn pixels(png_file: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_file).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    let rgb = buf[..info.buffer_size()]
        .chunks(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, rgb)
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= 6)
}

#[test]
fn chromium_renders_the_demo_report_to_png_and_pdf() {
    let Some(browser) = browser() else {
        eprintln!(
            "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\
             !! SKIPPED: no Chromium on PATH, so the HTML report was not checked  !!\n\
             !! in a browser. Install it (Debian: apt-get install -y chromium      !!\n\
             !! poppler-utils); .ci/run does.                                      !!\n\
             !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let html = report(dir.path());
    let url = format!("file://{}", html.display());

    // The whole report, as tall as it is: a page, not a blank.
    let shot = dir.path().join("report.png");
    screenshot(
        &browser,
        &dir.path().join("profile-png"),
        &url,
        &shot,
        12_000,
    );
    let (width, _, rgb) = pixels(&shot);
    assert_eq!(width, 1280);
    let distinct: HashSet<[u8; 3]> = rgb.iter().copied().collect();
    assert!(
        distinct.len() > 200,
        "{} colours: a blank page?",
        distinct.len()
    );

    // The report's calendar section alone, with the report's own style:
    // where the Gantt is, its channels' colours each cover a real area.
    let gantt = dir.path().join("gantt.html");
    std::fs::write(
        &gantt,
        calendar_section(&std::fs::read_to_string(&html).unwrap()),
    )
    .unwrap();
    let gantt_shot = dir.path().join("gantt.png");
    let gantt_url = format!("file://{}", gantt.display());
    screenshot(
        &browser,
        &dir.path().join("profile-gantt"),
        &gantt_url,
        &gantt_shot,
        1_000,
    );
    let (_, _, rgb) = pixels(&gantt_shot);
    let distinct: HashSet<[u8; 3]> = rgb.iter().copied().collect();
    assert!(
        distinct.len() > 100,
        "{} colours in the Gantt",
        distinct.len()
    );
    let painted = PALETTE
        .iter()
        .filter(|&&colour| rgb.iter().filter(|&&p| near(p, colour)).count() > 400)
        .count();
    assert!(painted >= 4, "only {painted} channel colours in the Gantt");
    if std::env::var_os("SOCIALPLAN_UPDATE_SCREENSHOTS").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report.png");
        std::fs::copy(&gantt_shot, docs).unwrap();
    }

    let pdf = dir.path().join("report.pdf");
    run(chromium(&browser, &dir.path().join("profile-pdf"))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg("--no-pdf-header-footer")
        .arg(&url));
    let pages = page_count(&pdf);
    assert!(pages >= 2, "{pages} pages");
    for page in 1..=pages {
        let text = page_text(&pdf, page);
        assert!(
            text.split_whitespace().count() >= 3,
            "page {page} of {pages} is blank: {text:?}"
        );
    }
}

fn page_count(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    assert!(
        out.status.success(),
        "pdfinfo: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let out = Command::new("pdftotext")
        .args(["-f", &page, "-l", &page, "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}
