//! Counts and kinds agree with their words, in English and Spanish: "1 row
//! needs", "1 campaña añadida".
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{TODAY, demo_file, socialplan};

/// `import` of a sheet holding `csv` into a copy of the demo plan, in `lang`:
/// its exit status, stdout and stderr.
fn import(dir: &Path, lang: &str, csv: &str) -> (Option<i32>, String, String) {
    let path: PathBuf = demo_file(dir);
    let sheet = dir.join("campaigns.csv");
    fs::write(&sheet, csv).unwrap();
    let output = socialplan(dir)
        .arg("--file")
        .arg(&path)
        .args([
            "--lang", lang, "--today", TODAY, "import", "--format", "csv",
        ])
        .arg(&sheet)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

const ONE_BAD_ROW: &str =
    "name,channel,start,end,budget\nBackwards,Instagram,2027-03-07,2027-03-01,10\n";
const ONE_NEW_CAMPAIGN: &str =
    "name,channel,start,end,budget\nSummer terrace,Pinterest,2027-06-01,2027-06-30,250\n";

#[test]
fn one_bad_row_is_one_row_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = import(dir.path(), "en", ONE_BAD_ROW);
    assert_eq!(code, Some(1));
    assert!(
        stderr.starts_with("error: nothing was imported: 1 row needs fixing first."),
        "{stderr}"
    );
    let (_, _, stderr) = import(dir.path(), "es", ONE_BAD_ROW);
    assert!(
        stderr.starts_with("error: no se ha importado nada: hay que corregir antes 1 fila."),
        "{stderr}"
    );
}

#[test]
fn one_added_campaign_and_channel_are_singular_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = import(dir.path(), "en", ONE_NEW_CAMPAIGN);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("Imported: 1 campaign added, 0 updated,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("New channel: pinterest (give it a reason"),
        "{stdout}"
    );
    let (_, stdout, _) = import(dir.path(), "es", ONE_NEW_CAMPAIGN);
    assert!(
        stdout.contains("Importado: 1 campaña añadida, 0 actualizadas,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Canal nuevo: pinterest (dale un motivo"),
        "{stdout}"
    );
}
