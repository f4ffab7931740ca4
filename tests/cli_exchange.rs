//! `export` and `import` end to end: what other tools get, and what comes
//! back from a spreadsheet.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;

use common::{TODAY, demo_file, socialplan, stdout};
use predicates::prelude::*;

#[test]
fn the_markdown_report_of_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let report = stdout(
        socialplan(dir.path()).args(["--demo", "--today", TODAY, "export", "--format", "markdown"]),
    );
    insta::assert_snapshot!(report);
}

#[test]
fn the_markdown_report_reads_in_spanish_and_has_every_section() {
    let dir = tempfile::tempdir().unwrap();
    let report = stdout(socialplan(dir.path()).args([
        "--demo", "--today", TODAY, "--lang", "es", "export", "--format", "markdown",
    ]));
    for heading in [
        "# Panadería La Espiga",
        "## Situación",
        "## Objetivos",
        "## Canales",
        "### Reajustes de metas y fechas límite",
        "### Gasto por mes",
        "| Canal | Mes | Previsto | Gasto real | Presupuesto |  |",
        "## Campañas por mes",
        "### Enero de 2027",
        "| Fecha | Hora | Formato | Título | Estado | Enlace | Alcance | Interacciones | Clics | Leads |",
        "## Campañas comparadas",
        "| Campaña | Previsto | Gasto real | Publicaciones | Alcance | Interacciones | Clics | Leads | Coste por clic | Coste por lead (CPL) |",
        "- **Responsable:** ",
        "## Calendario",
        "## Última revisión (2027-01-11)",
        "## Protocolos",
        "### Una crisis",
        "- **Responsable:** Marta",
        "1. Pausar todas las publicaciones y anuncios programados\n2. Avisar a Marta",
    ] {
        assert!(report.contains(heading), "{heading} missing");
    }
    assert!(
        !report.contains('\u{1b}'),
        "no terminal colours in a report"
    );
}

#[test]
fn every_format_goes_to_stdout_or_replaces_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    for (format, starts) in [
        (
            "csv",
            "id,name,channel,start,end,status,budget,objectives,owner",
        ),
        ("ics", "BEGIN:VCALENDAR"),
        ("markdown", "# Crumb"),
        ("json", "{"),
    ] {
        let out = stdout(
            socialplan(dir.path())
                .arg("--file")
                .arg(&path)
                .args(["--today", TODAY, "export", "--format", format]),
        );
        assert!(
            out.starts_with(starts),
            "{format}: {}",
            &out[..40.min(out.len())]
        );
        let target = dir.path().join(format!("out.{format}"));
        fs::write(&target, "old content").unwrap();
        socialplan(dir.path())
            .arg("--file")
            .arg(&path)
            .args(["--today", TODAY, "export", "--format", format, "--output"])
            .arg(&target)
            .assert()
            .success()
            .stdout(predicate::str::starts_with("Wrote"));
        assert_eq!(
            fs::read_to_string(&target).unwrap(),
            out,
            "{format}: same bytes as stdout"
        );
    }
}

#[test]
fn a_spreadsheet_row_added_to_the_export_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let mut csv = stdout(
        socialplan(dir.path())
            .arg("--file")
            .arg(&path)
            .args(["--today", TODAY, "export", "--format", "csv"]),
    );
    csv.push_str(",Summer terrace,Instagram,2027-06-01,2027-06-30,planned,250.00,ig-followers;online-orders,Ana\n");
    let sheet = dir.path().join("campaigns.csv");
    fs::write(&sheet, csv).unwrap();
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "1 campaign added, 0 updated, 21 unchanged",
        ));
    let plan = socialplan::store::parse(&path, &fs::read(&path).unwrap()).unwrap();
    let added = plan.campaign("summer-terrace").unwrap();
    assert_eq!(added.channel, "instagram");
    assert_eq!(added.objectives, ["ig-followers", "online-orders"]);
    assert_eq!(added.budget.to_string(), "250.00");
}

#[test]
fn an_import_with_a_bad_row_changes_nothing_and_names_the_rows() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    let sheet = dir.path().join("campaigns.csv");
    fs::write(
        &sheet,
        "name,channel,start,end,budget\nGood one,Instagram,2027-03-01,2027-03-07,10\nBackwards,Instagram,2027-03-07,2027-03-01,10\nPricey,Instagram,2027-03-01,2027-03-07,\"1.000,00\"\n",
    )
    .unwrap();
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with(
            "error: nothing was imported: 2 rows",
        ))
        .stderr(predicate::str::contains(
            "campaigns.csv:3: the end (2027-03-01) is before the start",
        ))
        .stderr(predicate::str::contains(
            "campaigns.csv:4: \"1.000,00\" is not an amount",
        ));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn import_respects_read_only_and_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = fs::read(&path).unwrap();
    let sheet = dir.path().join("one.csv");
    fs::write(
        &sheet,
        "name,channel,start,end\nOne,Instagram,2027-03-01,2027-03-02\n",
    )
    .unwrap();
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--read-only", "--today", TODAY, "import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("read-only"));
    assert_eq!(fs::read(&path).unwrap(), before);
    socialplan(dir.path())
        .args(["--demo", "--today", TODAY, "import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing was saved"));
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "import", "--format", "csv"])
        .arg(dir.path().join("missing.csv"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn a_sheet_with_fewer_columns_changes_only_those_and_an_unchanged_one_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = demo_file(dir.path());
    let before = socialplan::store::parse(&path, &fs::read(&path).unwrap()).unwrap();
    let old = before.campaign("nl-welcome-series").unwrap().clone();
    let sheet = dir.path().join("names.csv");
    fs::write(
        &sheet,
        format!(
            "id,name,channel,start,end\nnl-welcome-series,Welcome series v2,{},{},{}\n",
            old.channel, old.start, old.end
        ),
    )
    .unwrap();
    let import = |sheet: &Path| {
        stdout(
            socialplan(dir.path())
                .arg("--file")
                .arg(&path)
                .args(["--today", TODAY, "import", "--format", "csv"])
                .arg(sheet),
        )
    };
    assert!(import(&sheet).contains("0 campaigns added, 1 updated, 0 unchanged"));
    let after = socialplan::store::parse(&path, &fs::read(&path).unwrap()).unwrap();
    let new = after.campaign("nl-welcome-series").unwrap();
    assert_eq!(new.name, "Welcome series v2");
    assert_eq!(
        (
            new.status,
            new.budget,
            &new.objectives,
            &new.owner,
            &new.message
        ),
        (
            old.status,
            old.budget,
            &old.objectives,
            &old.owner,
            &old.message
        )
    );
    // The same sheet again: nothing to change, and the file is not touched.
    let modified = fs::metadata(&path).unwrap().modified().unwrap();
    assert!(import(&sheet).contains("0 updated, 1 unchanged"));
    assert_eq!(fs::metadata(&path).unwrap().modified().unwrap(), modified);
}
