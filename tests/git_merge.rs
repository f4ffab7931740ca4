//! The merge driver with a real `git`, in temporary repositories: two
//! branches of one plan merge, a real conflict is listed and leaves a valid
//! plan, and `git-setup` writes what git needs, once.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers panic to report

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{OUTSIDE_VARS, TODAY, clean_vars, socialplan, today};
use socialplan::domain::merge;
use socialplan::domain::{Campaign, Context, Edit, Item, Kind, Money, Patch, Plan, Status};
use socialplan::i18n::Lang;
use socialplan::store;

/// The campaign both branches work on, and the objective measured.
const CAMPAIGN: &str = "ig-behind-the-oven";
const OBJECTIVE: &str = "ig-followers";

/// `git` in `dir`, with nothing from the user's own configuration.
fn git_command(home: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("git");
    cmd.args(args).current_dir(dir);
    for var in OUTSIDE_VARS {
        cmd.env_remove(var);
    }
    cmd.envs(clean_vars(home))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join("gitconfig"))
        .env("GIT_MERGE_AUTOEDIT", "no");
    cmd
}

/// Runs git; it must succeed.
fn git(home: &Path, dir: &Path, args: &[&str]) -> String {
    let output = git_command(home, dir, args).output().unwrap();
    assert!(output.status.success(), "git {args:?}: {}", both(&output));
    String::from_utf8(output.stdout).unwrap()
}

/// What a command printed, stdout then stderr.
fn both(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A repository in `home/repo` holding the demo plan at `relative`, set up
/// with `git-setup` (the driver then pointed at this build: socialplan is
/// not on PATH in tests), all committed on `main`.
fn repository(home: &Path, relative: &str) -> (PathBuf, PathBuf) {
    let repo = home.join("repo");
    fs::create_dir_all(&repo).unwrap();
    git(home, &repo, &["init", "-q", "-b", "main"]);
    git(home, &repo, &["config", "user.name", "Ana"]);
    git(home, &repo, &["config", "user.email", "ana@example.com"]);
    let plan = repo.join(relative);
    fs::create_dir_all(plan.parent().unwrap()).unwrap();
    let demo = socialplan::demo::plan(today(), Lang::En);
    fs::write(&plan, store::to_json(&demo)).unwrap();
    let setup = socialplan(home)
        .arg("--file")
        .arg(&plan)
        .arg("git-setup")
        .output()
        .unwrap();
    assert!(setup.status.success(), "{}", both(&setup));
    let driver = format!("'{}' merge %O %A %B", env!("CARGO_BIN_EXE_socialplan"));
    git(home, &repo, &["config", "merge.socialplan.driver", &driver]);
    git(home, &repo, &["add", "-A"]);
    git(home, &repo, &["commit", "-q", "-m", "The plan"]);
    (repo, plan)
}

/// Applies edits to the plan file as a session would, and commits them on
/// a new branch from `main`.
fn branch(home: &Path, repo: &Path, plan: &Path, name: &str, edits: &[Edit]) {
    git(home, repo, &["checkout", "-q", "-b", name, "main"]);
    let mut current = store::load(plan).unwrap();
    for edit in edits {
        current
            .apply(edit, Context::new(today()))
            .unwrap_or_else(|e| panic!("{edit:?}: {e:?}"));
    }
    fs::write(plan, store::to_json(&current)).unwrap();
    git(home, repo, &["commit", "-q", "-a", "-m", name]);
}

/// A patch of one field of the campaign.
fn campaign_patch(plan: &Plan, change: impl FnOnce(&mut Campaign)) -> Edit {
    let old = plan.campaign(CAMPAIGN).unwrap().clone();
    let mut new = old.clone();
    change(&mut new);
    Edit::Patch(Patch::between(&Item::Campaign(old), &Item::Campaign(new)))
}

fn new_campaign() -> Campaign {
    Campaign {
        spend: Vec::new(),
        id: "croissant-week".into(),
        name: "Croissant week".into(),
        channel: "instagram".into(),
        start: "2027-02-01".parse().unwrap(),
        end: "2027-02-07".parse().unwrap(),
        status: Status::Planned,
        budget: Money::from_units(60),
        objectives: vec![OBJECTIVE.into()],
        audience: String::new(),
        message: String::new(),
        owner: "Luis".into(),
    }
}

#[test]
fn two_branches_changing_one_campaign_merge_and_keep_all_four_changes() {
    let home = tempfile::tempdir().unwrap();
    let (repo, plan) = repository(home.path(), "plan.json");
    let original = store::load(&plan).unwrap();
    // One branch: the campaign's budget, and a measurement (by the CLI).
    let budget = campaign_patch(&original, |c| c.budget = Money::from_units(150));
    branch(home.path(), &repo, &plan, "budget-work", &[budget]);
    let update = socialplan(home.path())
        .arg("--file")
        .arg(&plan)
        .args(["--today", TODAY, "update", OBJECTIVE, "1300"])
        .output()
        .unwrap();
    assert!(update.status.success(), "{}", both(&update));
    git(
        home.path(),
        &repo,
        &["commit", "-q", "-a", "-m", "measured"],
    );
    // The other: the same campaign renamed, and a new campaign.
    let rename = campaign_patch(&original, |c| c.name = "Behind the oven, live".into());
    let add = Edit::Add(Item::Campaign(new_campaign()));
    branch(home.path(), &repo, &plan, "rename", &[rename, add]);

    git(home.path(), &repo, &["checkout", "-q", "budget-work"]);
    let merged = git_command(home.path(), &repo, &["merge", "--no-edit", "rename"])
        .env("GIT_TRACE", "1")
        .output()
        .unwrap();
    assert!(merged.status.success(), "{}", both(&merged));
    // git ran the driver (it would have merged these lines as text too).
    let trace = both(&merged);
    let ran = trace.lines().any(|line| {
        line.contains("run_command:")
            && line.contains(env!("CARGO_BIN_EXE_socialplan"))
            && line.contains(" merge .merge_file_")
    });
    assert!(ran, "{trace}");

    let result = store::load(&plan).unwrap();
    let campaign = result.campaign(CAMPAIGN).unwrap();
    assert_eq!(campaign.budget, Money::from_units(150));
    assert_eq!(campaign.name, "Behind the oven, live");
    assert_eq!(result.campaign("croissant-week"), Some(&new_campaign()));
    let measured = result.objective(OBJECTIVE).unwrap().latest();
    assert_eq!(measured, (1300.0, today()));
    // Written as a save writes it, and committed: nothing left over.
    assert_eq!(fs::read(&plan).unwrap(), store::to_json(&result));
    assert_eq!(git(home.path(), &repo, &["status", "--porcelain"]), "");
}

#[test]
fn the_same_field_changed_on_both_branches_is_a_listed_conflict_in_a_valid_plan() {
    let home = tempfile::tempdir().unwrap();
    let (repo, plan) = repository(home.path(), "plan.json");
    let original = store::load(&plan).unwrap();
    let ours = campaign_patch(&original, |c| c.budget = Money::from_units(75));
    let theirs = campaign_patch(&original, |c| c.budget = Money::from_units(90));
    let rename = campaign_patch(&original, |c| c.name = "Ovens".into());
    branch(home.path(), &repo, &plan, "ours", &[ours]);
    branch(home.path(), &repo, &plan, "theirs", &[theirs, rename]);

    git(home.path(), &repo, &["checkout", "-q", "ours"]);
    let merged = git_command(home.path(), &repo, &["merge", "--no-edit", "theirs"])
        .output()
        .unwrap();
    assert!(!merged.status.success(), "{}", both(&merged));
    let said = both(&merged);
    assert!(
        said.contains(&format!(
            "campaign {CAMPAIGN}, budget: changed on both sides: base “120.00”, ours “75.00”, theirs “90.00”; ours kept."
        )),
        "{said}"
    );
    assert!(said.contains("the merge found 1 conflict"), "{said}");
    // git marks it conflicted; the file is a valid plan with our value and
    // the other side's rename.
    let status = git(home.path(), &repo, &["status", "--porcelain"]);
    assert_eq!(status, "UU plan.json\n");
    let result = store::load(&plan).unwrap();
    let campaign = result.campaign(CAMPAIGN).unwrap();
    assert_eq!(campaign.budget, Money::from_units(75));
    assert_eq!(campaign.name, "Ovens");
}

#[test]
fn git_setup_writes_the_driver_the_attributes_and_the_ignores_once() {
    let home = tempfile::tempdir().unwrap();
    let (repo, plan) = repository(home.path(), "team/plan.json");
    let config = |key: &str| git(home.path(), &repo, &["config", "--get", key]);
    // `repository` pointed the driver at this build; put it back as a user has it.
    git(
        home.path(),
        &repo,
        &[
            "config",
            "merge.socialplan.driver",
            "socialplan merge %O %A %B",
        ],
    );
    let attributes = "/team/plan.json merge=socialplan\n";
    let ignores = "/team/plan.json.bak\n/team/plan.json.lock\n/team/.plan.json.*.tmp\n";
    let files = || {
        [".gitattributes", ".gitignore"].map(|name| fs::read_to_string(repo.join(name)).unwrap())
    };
    assert_eq!(files(), [attributes, ignores]);
    assert_eq!(
        config("merge.socialplan.driver"),
        "socialplan merge %O %A %B\n"
    );
    assert!(config("merge.socialplan.name").starts_with("socialplan"));
    // git sees the attribute and ignores what a save leaves beside the plan.
    let attribute = git(
        home.path(),
        &repo,
        &["check-attr", "merge", "team/plan.json"],
    );
    assert_eq!(attribute, "team/plan.json: merge: socialplan\n");
    for name in ["plan.json.bak", "plan.json.lock", ".plan.json.a1B2c3.tmp"] {
        let path = format!("team/{name}");
        git(home.path(), &repo, &["check-ignore", "-q", &path]);
    }
    // A second run finds everything there and changes nothing.
    let again = socialplan(home.path())
        .arg("--file")
        .arg(&plan)
        .arg("git-setup")
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", both(&again));
    let said = String::from_utf8(again.stdout).unwrap();
    assert_eq!(said.matches("already has").count(), 6, "{said}");
    assert!(!said.contains("added"), "{said}");
    assert_eq!(files(), [attributes, ignores]);
    let local = fs::read_to_string(repo.join(".git/config")).unwrap();
    assert_eq!(
        local.matches("[merge \"socialplan\"]").count(),
        1,
        "{local}"
    );
}

#[test]
fn git_setup_keeps_lines_already_there_and_a_driver_set_otherwise() {
    let home = tempfile::tempdir().unwrap();
    let (repo, plan) = repository(home.path(), "plan.json");
    // `repository` set the driver to this build's path: left as it is.
    fs::write(repo.join(".gitignore"), "target/\n/plan.json.lock").unwrap();
    let out = socialplan(home.path())
        .arg("--file")
        .arg(&plan)
        .arg("git-setup")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", both(&out));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("merge.socialplan.driver: left as it is"),
        "{said}"
    );
    let driver = git(
        home.path(),
        &repo,
        &["config", "--get", "merge.socialplan.driver"],
    );
    assert!(
        driver.contains(env!("CARGO_BIN_EXE_socialplan")),
        "{driver}"
    );
    assert_eq!(
        fs::read_to_string(repo.join(".gitignore")).unwrap(),
        "target/\n/plan.json.lock\n/plan.json.bak\n/.plan.json.*.tmp\n"
    );
}

#[test]
fn git_setup_outside_a_repository_says_so_and_writes_nothing() {
    let home = tempfile::tempdir().unwrap();
    let plan = home.path().join("plan.json");
    let out = socialplan(home.path())
        .env("GIT_CEILING_DIRECTORIES", home.path())
        .arg("--file")
        .arg(&plan)
        .arg("git-setup")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(said.starts_with("error: "), "{said}");
    assert!(said.contains("is not in a git repository"), "{said}");
    assert!(!home.path().join(".gitattributes").exists());
    assert!(!home.path().join(".gitignore").exists());
}

/// `socialplan merge BASE OURS THEIRS` run by hand on three files in `dir`.
fn merge_files(dir: &Path, files: [&[u8]; 3]) -> (Output, PathBuf) {
    let [base, ours, theirs] = ["base.json", "ours.json", "theirs.json"].map(|n| dir.join(n));
    for (path, bytes) in [&base, &ours, &theirs].into_iter().zip(files) {
        fs::write(path, bytes).unwrap();
    }
    let out = socialplan(dir)
        .arg("merge")
        .args([&base, &ours, &theirs])
        .output()
        .unwrap();
    (out, ours)
}

#[test]
fn merge_writes_the_merge_over_ours_as_a_save_would() {
    let dir = tempfile::tempdir().unwrap();
    let base = socialplan::demo::plan(today(), Lang::En);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let edit = |plan: &mut Plan, edit: Edit| {
        plan.apply(&edit, Context::new(today())).unwrap();
    };
    edit(
        &mut ours,
        campaign_patch(&base, |c| c.owner = "Marta".into()),
    );
    // A campaign with posts goes with them.
    for post in base.posts.iter().filter(|p| p.campaign == "ig-todays-bake") {
        edit(&mut theirs, Edit::delete(Kind::Post, post.id.clone()));
    }
    edit(&mut theirs, Edit::delete(Kind::Campaign, "ig-todays-bake"));
    let json = [&base, &ours, &theirs].map(store::to_json);
    let (out, written) = merge_files(dir.path(), [&json[0], &json[1], &json[2]]);
    assert!(out.status.success(), "{}", both(&out));
    let expected = merge::three_way(&base, &ours, &theirs);
    assert!(expected.is_clean());
    assert_eq!(fs::read(&written).unwrap(), store::to_json(&expected.plan));
    // No backup, lock or temp file is left beside git's file.
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["base.json", "ours.json", "theirs.json"]);
}

#[test]
fn merge_refuses_a_damaged_or_newer_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let plan = store::to_json(&socialplan::demo::plan(today(), Lang::En));
    let text = String::from_utf8(plan.clone()).unwrap();
    let current = format!("\"schema_version\": {}", socialplan::domain::SCHEMA_VERSION);
    let newer = text.replacen(&current, "\"schema_version\": 99", 1);
    assert_ne!(newer, text, "the version is where the test expects it");
    let cut = &plan[..plan.len() / 2];
    for (case, files) in [
        ("theirs newer", [&plan[..], &plan[..], newer.as_bytes()]),
        ("theirs cut short", [&plan[..], &plan[..], cut]),
        ("base cut short", [cut, &plan[..], &plan[..]]),
        ("ours empty", [&plan[..], b"", &plan[..]]),
    ] {
        let (out, ours) = merge_files(dir.path(), files);
        assert_eq!(out.status.code(), Some(1), "{case}: {}", both(&out));
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.starts_with("error: "), "{case}: {said}");
        assert_eq!(fs::read(&ours).unwrap(), files[1], "{case}: ours changed");
    }
}

#[test]
fn a_plan_added_on_both_branches_merges_against_an_empty_base() {
    let dir = tempfile::tempdir().unwrap();
    let plan = socialplan::demo::plan(today(), Lang::En);
    let mut theirs = plan.clone();
    theirs.name = "Another bakery".into();
    let (out, ours) = merge_files(
        dir.path(),
        [b"", &store::to_json(&plan), &store::to_json(&theirs)],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains("the plan, name: changed on both sides: base “”, ours “Crumb & Crust Bakery”, theirs “Another bakery”"),
        "{said}"
    );
    assert_eq!(store::load(&ours).unwrap(), plan);
}
