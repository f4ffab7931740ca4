//! Two writers on one plan, driven by keys: a form saves only what it
//! changed, over another session's or an import's save; an undo after
//! someone else's write is a conflict to settle, never an overwrite.
#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::PathBuf;

use common::{TODAY, keys, on_file, saved, screen, socialplan};
use socialplan::domain::{Edit, EditError, Money, PlanField};
use socialplan::i18n::Lang;
use socialplan::tui::App;
use socialplan::workspace::{CommitError, Workspace};

const WELCOME: &str = "nl-welcome-series";

fn budget(text: &str) -> Money {
    Money::parse(text).unwrap()
}

/// A has the edit form open on the welcome series; B, another session on
/// the same file, then sets its budget to 75 through its own form.
fn form_open_while_another_sets_the_budget(lang: Lang) -> (tempfile::TempDir, App, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_file(dir.path(), None, lang);
    let mut b = common::open(&path, lang);
    keys(&mut a, "4e");
    // B: name, channel, start, end, status, then the budget.
    keys(&mut b, "4e<Tab><Tab><Tab><Tab><Tab><C-u>75<Enter>");
    assert_eq!(saved(&path).campaign(WELCOME).unwrap().budget, budget("75"));
    (dir, a, path)
}

/// B sets the welcome series' budget through its form while A's form on the
/// same campaign is open; A then renames it. Both changes are kept.
#[test]
fn a_form_saves_only_what_it_changed_over_another_sessions_save() {
    let (_dir, mut a, path) = form_open_while_another_sets_the_budget(Lang::En);
    assert!(screen(&a).contains("Edit campaign"));
    keys(&mut a, "<End> TA<Enter>");
    let c = saved(&path).campaign(WELCOME).unwrap().clone();
    assert_eq!(c.name, "Welcome series TA");
    assert_eq!(c.budget, budget("75"), "B's budget is kept");
    assert!(screen(&a).contains("Saved with another session's changes"));
}

/// The same with a CLI import landing while the form is open.
#[test]
fn two_sessions_each_adding_spend_both_keep_theirs_and_undo_takes_back_only_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_file(dir.path(), None, Lang::En);
    let mut b = common::open(&path, Lang::En);
    // A opens the form, B records an entry meanwhile, then A saves its own.
    keys(&mut a, "4$<Tab>20<Tab>Banner");
    keys(&mut b, "4$<Tab>35.5<Tab>Flyers<Enter>");
    keys(&mut a, "<Enter>");
    let amounts = |path: &PathBuf| -> Vec<(Money, String)> {
        let plan = saved(path);
        let spend = &plan.campaign(WELCOME).unwrap().spend;
        spend.iter().map(|s| (s.amount, s.note.clone())).collect()
    };
    assert_eq!(
        amounts(&path),
        vec![
            (budget("20"), "Banner".to_string()),
            (budget("35.50"), "Flyers".to_string()),
        ]
    );
    // A's undo takes back A's entry, not B's: no conflict to settle.
    keys(&mut a, "u");
    assert_eq!(
        amounts(&path),
        vec![(budget("35.50"), "Flyers".to_string())]
    );
}

#[test]
fn a_form_saves_only_what_it_changed_over_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut a, "4e");
    let sheet = dir.path().join("budgets.csv");
    fs::write(&sheet, format!("id,budget,owner\n{WELCOME},75,Marta\n")).unwrap();
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "import", "--format", "csv"])
        .arg(&sheet)
        .assert()
        .success();
    keys(&mut a, "<End> TA<Enter>");
    let c = saved(&path).campaign(WELCOME).unwrap().clone();
    assert_eq!(
        (c.name.as_str(), c.budget, c.owner.as_str()),
        ("Welcome series TA", budget("75"), "Marta")
    );
}

/// Both change the budget: A is shown the conflict with both values, and
/// keeps either; the rest of A's form is saved in both cases.
#[test]
fn the_same_field_changed_twice_is_a_conflict_the_person_settles() {
    for (answer, kept) in [("m", "90"), ("o", "75")] {
        let (_dir, mut a, path) = form_open_while_another_sets_the_budget(Lang::En);
        // A: the name, then the budget too.
        keys(&mut a, "<End> TA<Tab><Tab><Tab><Tab><Tab><C-u>90<Enter>");
        let shown = screen(&a);
        assert!(shown.contains("Changed in another session"), "{shown}");
        assert!(shown.contains("budget"), "{shown}");
        assert!(shown.contains("In the file now: “75.00”"), "{shown}");
        assert!(shown.contains("Yours: “90.00”"), "{shown}");
        let before = fs::read(&path).unwrap();
        assert_eq!(
            saved(&path).campaign(WELCOME).unwrap().budget,
            budget("75"),
            "nothing saved before the answer"
        );
        keys(&mut a, answer);
        assert_ne!(fs::read(&path).unwrap(), before);
        let c = saved(&path).campaign(WELCOME).unwrap().clone();
        assert_eq!(c.budget, budget(kept), "{answer}");
        assert_eq!(c.name, "Welcome series TA", "{answer}: the rest is saved");
    }
}

/// Esc at the conflict saves nothing and brings the form back as it was.
#[test]
fn esc_at_a_conflict_brings_the_form_back() {
    let (_dir, mut a, path) = form_open_while_another_sets_the_budget(Lang::Es);
    keys(&mut a, "<Tab><Tab><Tab><Tab><Tab><C-u>90<Enter>");
    let shown = screen(&a);
    assert!(shown.contains("Cambiado en otra sesión"), "{shown}");
    assert!(shown.contains("m/M el mío"), "{shown}");
    let before = fs::read(&path).unwrap();
    keys(&mut a, "<Esc>");
    let back = screen(&a);
    assert!(back.contains("90.00") || back.contains("90"), "{back}");
    assert!(!back.contains("Cambiado en otra sesión"), "{back}");
    assert_eq!(fs::read(&path).unwrap(), before, "nothing saved");
}

/// The TUI records 1800; the CLI then records 1900 for the same day; `u`
/// in the TUI would put back the value from before 1800 over the CLI's: it
/// is a conflict, shown with both values.
#[test]
fn undo_after_another_write_is_a_conflict_not_an_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "2m<C-u>1800<Enter>");
    let value_today = |path: &std::path::Path| {
        saved(path)
            .objective("ig-followers")
            .unwrap()
            .measurements
            .iter()
            .find(|m| m.date.to_string() == TODAY)
            .map(|m| m.value)
    };
    assert_eq!(value_today(&path), Some(1800.0));
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "update", "ig-followers", "1900"])
        .assert()
        .success();
    app.tick();
    keys(&mut app, "u");
    let shown = screen(&app);
    assert!(shown.contains("Changed in another session"), "{shown}");
    assert!(shown.contains("the value of 2027-01-20"), "{shown}");
    assert!(shown.contains("In the file now: 1900"), "{shown}");
    assert_eq!(value_today(&path), Some(1900.0), "not undone yet");
    // Keeping the file's value leaves the CLI's 1900.
    keys(&mut app, "o");
    assert_eq!(value_today(&path), Some(1900.0));
    assert!(screen(&app).contains("Kept the value in the file"));
}

/// With `m` the undo goes ahead over the other value, knowingly.
#[test]
fn undo_over_another_write_goes_ahead_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let had = saved(&path)
        .objective("ig-followers")
        .unwrap()
        .measurements
        .clone();
    keys(&mut app, "2m<C-u>1800<Enter>");
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "update", "ig-followers", "1900"])
        .assert()
        .success();
    keys(&mut app, "u");
    keys(&mut app, "m");
    assert_eq!(
        saved(&path).objective("ig-followers").unwrap().measurements,
        had,
        "back to before 1800"
    );
    // Redo puts back what that undo took away: the 1900 it was told to
    // take.
    keys(&mut app, "<C-r>");
    let latest = saved(&path).objective("ig-followers").unwrap().latest();
    assert!((latest.0 - 1900.0).abs() < f64::EPSILON, "{latest:?}");
}

/// Without another writer, undo and redo work as before.
#[test]
fn undo_without_another_writer_needs_no_question() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = saved(&path);
    keys(&mut app, "4e<End> TA<Enter>");
    keys(&mut app, "u");
    assert!(!screen(&app).contains("Changed in another session"));
    assert_eq!(saved(&path), before);
}

/// What the CLI says when its save meets another writer's change to the same
/// field: the item, the field and both values; nothing is saved.
#[test]
fn a_refused_save_says_what_changed_and_both_values() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path) = on_file(dir.path(), None, Lang::En);
    let today = common::today();
    let mut mine = Workspace::open(&path, false, today).unwrap();
    let mut theirs = Workspace::open(&path, false, today).unwrap();
    let rename = |w: &Workspace, name: &str| Edit::set_plan(w.plan(), PlanField::Name, name);
    let edit = rename(&theirs, "Horno Norte");
    theirs.commit(&edit).unwrap();
    let before = fs::read(&path).unwrap();
    let edit = rename(&mine, "Horno Sur");
    let error = mine.commit(&edit).unwrap_err();
    let CommitError::Edit(EditError::Changed(changed)) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(changed.field, "name");
    let message = Lang::En.commit_error(&error);
    assert!(
        message.contains("the plan: name was changed elsewhere")
            && message.contains("“Horno Norte”")
            && message.contains("“Horno Sur”"),
        "{message}"
    );
    assert_eq!(fs::read(&path).unwrap(), before, "nothing saved");
    assert_eq!(mine.plan().name, "Horno Norte", "it now shows the file");
}

/// Four processes at once, 50 edits each, on one plan: budgets, owners and
/// names of the same campaigns by import, and measurements by update. Every
/// change is kept, and none is reported as a conflict (they touch
/// different fields).
#[test]
fn four_processes_fifty_edits_each_lose_nothing() {
    const ROUNDS: usize = 50;
    let dir = tempfile::tempdir().unwrap();
    let (_, path) = on_file(dir.path(), None, Lang::En);
    let campaigns: Vec<String> = saved(&path)
        .campaigns
        .iter()
        .map(|c| c.id.clone())
        .collect();
    let run = |args: &[String]| {
        let output = socialplan(dir.path())
            .arg("--file")
            .arg(&path)
            .args(["--today", TODAY])
            .args(args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    };
    // One column of the same campaigns per writer: row k sets campaign
    // k % n to a value made of the writer and k, so the last one is known.
    let import = |column: &'static str, value: fn(usize) -> String| {
        let dir = dir.path();
        let campaigns = &campaigns;
        let run = &run;
        move || {
            for k in 0..ROUNDS {
                let sheet = dir.join(format!("{column}-{k}.csv"));
                let id = &campaigns[k % campaigns.len()];
                fs::write(&sheet, format!("id,{column}\n{id},{}\n", value(k))).unwrap();
                run(&[
                    "import".into(),
                    "--format".into(),
                    "csv".into(),
                    sheet.display().to_string(),
                ]);
            }
        }
    };
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        scope.spawn(import("budget", |k| format!("{}.00", 100 + k)));
        scope.spawn(import("owner", |k| format!("Owner {k}")));
        scope.spawn(import("name", |k| format!("Name {k}")));
        scope.spawn(|| {
            for k in 0..ROUNDS {
                // Fifty days before today, one value each.
                let date = common::today() - chrono::Days::new(50 - k as u64);
                run(&[
                    "update".into(),
                    "newsletter-subs".into(),
                    format!("{}", 1000 + k),
                    "--date".into(),
                    date.to_string(),
                ]);
            }
        });
    });
    eprintln!("4 × {ROUNDS} edits in {:?}", started.elapsed());
    let plan = saved(&path);
    for k in 0..ROUNDS {
        let id = &campaigns[k % campaigns.len()];
        // The last row for this campaign is the one that stays.
        let last = (0..ROUNDS)
            .filter(|j| j % campaigns.len() == k % campaigns.len())
            .max()
            .unwrap();
        let c = plan.campaign(id).unwrap();
        assert_eq!(c.budget, budget(&format!("{}", 100 + last)), "{id}");
        assert_eq!(c.owner, format!("Owner {last}"), "{id}");
        assert_eq!(c.name, format!("Name {last}"), "{id}");
    }
    let subs = plan.objective("newsletter-subs").unwrap();
    for k in 0..ROUNDS {
        let date = common::today() - chrono::Days::new(50 - k as u64);
        #[allow(clippy::cast_precision_loss)]
        let value = (1000 + k) as f64;
        assert!(
            subs.measurements
                .iter()
                .any(|m| m.date == date && (m.value - value).abs() < f64::EPSILON),
            "{date} lost"
        );
    }
}

/// A opens the status list on the welcome series; B sets its status
/// meanwhile, and A's session reloads it while the list is still open. A's
/// choice is made from the campaign as A's list showed it, so it is a
/// conflict to settle, not a silent overwrite of B's status.
#[test]
fn a_status_chosen_after_another_session_set_it_asks_which_to_keep() {
    let dir = tempfile::tempdir().unwrap();
    let (mut a, path) = on_file(dir.path(), None, Lang::En);
    let mut b = common::open(&path, Lang::En);
    keys(&mut a, "4S");
    assert!(
        screen(&a).contains("Status — Welcome series"),
        "{}",
        screen(&a)
    );
    // B: the same list, "active" (the second status).
    keys(&mut b, "4Sg<Down><Enter>");
    let theirs = saved(&path).campaign(WELCOME).unwrap().status;
    // A picks B's save up (its once-a-second look) before choosing.
    assert!(a.tick(), "A reloads B's save");
    keys(&mut a, "G<Enter>");
    let shown = screen(&a);
    assert!(shown.contains("Changed in another session"), "{shown}");
    assert_eq!(saved(&path).campaign(WELCOME).unwrap().status, theirs);
    // Keep mine: now A's choice is saved.
    keys(&mut a, "m");
    let status = saved(&path).campaign(WELCOME).unwrap().status;
    assert_eq!(status, socialplan::domain::Status::Cancelled);
}

/// The TUI saving in the background renames the welcome series twice while
/// its saves wait; meanwhile the CLI sets the campaign's status. Once the
/// saves go through, the file has both names' last and the CLI's status.
#[test]
fn edits_queued_in_the_background_keep_the_clis_write_to_the_same_item() {
    let dir = tempfile::tempdir().unwrap();
    let path = common::plan_file(dir.path(), None, Lang::En);
    let mut workspace = Workspace::open(&path, false, common::today()).unwrap();
    let (release, hold) = std::sync::mpsc::channel();
    workspace.save_in_background_held(hold).unwrap();
    let mut app = App::new(
        workspace,
        Lang::En,
        socialplan::theme::Theme::new(true, false),
    );
    keys(&mut app, "4e<End> TA<Enter>");
    keys(&mut app, "4e<End>B<Enter>");
    assert!(app.saving());
    socialplan(dir.path())
        .arg("--file")
        .arg(&path)
        .args([
            "--today",
            TODAY,
            "campaign",
            "set",
            WELCOME,
            "--status",
            "cancelled",
        ])
        .assert()
        .success();
    release.send(()).unwrap();
    release.send(()).unwrap();
    app.finish_saves();
    let c = saved(&path).campaign(WELCOME).unwrap().clone();
    assert_eq!(c.name, "Welcome series TAB");
    assert_eq!(c.status, socialplan::domain::Status::Cancelled, "the CLI's");
    // The screen holds what the file holds, and says it merged.
    let shown = screen(&app);
    assert!(shown.contains("Welcome series TAB"), "{shown}");
    assert!(shown.contains("cancelled"), "{shown}");
    assert_eq!(app.workspace().plan(), &saved(&path));
    keys(&mut app, "L");
    let messages = screen(&app);
    assert!(
        messages.contains("Saved with another session's changes"),
        "{messages}"
    );
}
