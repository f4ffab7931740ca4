//! The TUI as a whole: tabs, help, sizes, colours, and living beside other
//! sessions that change the same plan.
#![allow(clippy::unwrap_used)]

mod common;

use assert_cmd::Command;
use common::{TODAY, demo, find, keys, on_file, render, saved, screen, text};
use ratatui::style::{Color, Modifier};
use socialplan::i18n::Lang;
use socialplan::theme::Theme;
use socialplan::tui::keymap::{self, GLOBAL};
use socialplan::tui::tab::Tab;
use socialplan::tui::{App, MIN_HEIGHT, MIN_WIDTH};
use socialplan::workspace::Workspace;

#[test]
fn digits_tab_and_shift_tab_move_between_tabs() {
    let mut app = demo(Lang::En);
    for (digit, title) in [
        ('1', "1 Situation"),
        ('2', "2 Objectives"),
        ('3', "3 Channels"),
        ('4', "4 Actions"),
        ('5', "5 Calendar"),
        ('6', "6 Review"),
    ] {
        keys(&mut app, &digit.to_string());
        let buffer = render(&app, 80, 24);
        let (x, y) = find(&buffer, title).unwrap();
        let style = buffer[(x, y)].style();
        assert!(
            style.add_modifier.contains(Modifier::UNDERLINED),
            "{title} is current"
        );
    }
    keys(&mut app, "<Tab>");
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "1 Situation").unwrap();
    assert!(
        buffer[(x, y)]
            .style()
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
    keys(&mut app, "<S-Tab><S-Tab>");
    let buffer = render(&app, 80, 24);
    let (x, y) = find(&buffer, "5 Calendar").unwrap();
    assert!(
        buffer[(x, y)]
            .style()
            .add_modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn help_lists_every_key_of_the_tab_and_the_global_ones() {
    for lang in [Lang::En, Lang::Es] {
        for tab in Tab::ALL {
            let mut app = demo(lang);
            keys(&mut app, &format!("{}?", tab.index() + 1));
            let shown = screen(&app);
            for binding in keymap::tab_bindings(tab).iter().chain(GLOBAL) {
                let label = lang.t(binding.label);
                assert!(
                    shown.contains(label),
                    "{tab:?} {lang:?}: {label:?} missing\n{shown}"
                );
                let keys_label = keymap::keys_label(binding, lang, false);
                assert!(
                    shown.contains(&keys_label),
                    "{keys_label:?} missing\n{shown}"
                );
            }
            keys(&mut app, "<Esc>");
            assert!(!screen(&app).contains(lang.t(socialplan::i18n::ui::Ui::HelpTitle)));
        }
    }
}

#[test]
fn the_footer_shows_the_tab_keys_and_always_help_and_quit() {
    let mut app = demo(Lang::En);
    keys(&mut app, "2");
    let last = screen(&app).lines().nth(23).unwrap().to_string();
    assert!(
        last.contains("a add") && last.contains("m record") && last.contains("r revise"),
        "{last}"
    );
    assert!(last.contains("? help") && last.contains("q quit"), "{last}");
    let narrow = text(&render(&app, MIN_WIDTH, MIN_HEIGHT));
    let last = narrow.lines().last().unwrap();
    assert!(last.contains("? help") && last.contains("q quit"), "{last}");
}

#[test]
fn the_plan_name_and_where_it_lives_are_visible() {
    let dir = tempfile::tempdir().unwrap();
    let (app, path) = on_file(dir.path(), None, Lang::En);
    let first = screen(&app).lines().next().unwrap().to_string();
    assert!(first.starts_with("Crumb & Crust Bakery"), "{first}");
    assert!(first.ends_with("plan.json"), "{first}");
    let _ = path;
    let first = screen(&demo(Lang::Es)).lines().next().unwrap().to_string();
    assert!(first.contains("ejemplo"), "{first}");
}

#[test]
fn too_small_says_what_size_is_needed() {
    let app = demo(Lang::En);
    let shown = text(&render(&app, MIN_WIDTH - 1, MIN_HEIGHT));
    assert!(shown.contains("Terminal too small"), "{shown}");
    assert!(
        shown.contains(&format!("{MIN_WIDTH}×{MIN_HEIGHT}")),
        "{shown}"
    );
    let fits = text(&render(&app, MIN_WIDTH, MIN_HEIGHT));
    assert!(!fits.contains("too small"));
}

#[test]
fn a_value_written_by_another_process_is_shown_and_survives_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "2");
    // Another process: the real binary, from a second shell.
    Command::cargo_bin("socialplan")
        .unwrap()
        .env_remove("SOCIALPLAN_FILE")
        .args(["--file"])
        .arg(&path)
        .args(["--today", TODAY, "update", "ig-followers", "1777"])
        .assert()
        .success();
    assert!(
        !screen(&app).contains("1777"),
        "not yet: the app has not looked"
    );
    app.tick();
    let shown = screen(&app);
    assert!(shown.contains("1777"), "{shown}");
    assert!(shown.contains("changed in another session"), "{shown}");
    // The app's own next save keeps it.
    keys(&mut app, "jm<End><BS><BS><BS>640<Enter>");
    let plan = saved(&path);
    let value = |id: &str| plan.objective(id).unwrap().latest().0;
    assert!((value("ig-followers") - 1777.0).abs() < f64::EPSILON);
    assert!((value("tiktok-views") - 640.0).abs() < f64::EPSILON);
}

#[test]
fn a_save_after_another_process_wrote_merges_instead_of_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    Command::cargo_bin("socialplan")
        .unwrap()
        .arg("--file")
        .arg(&path)
        .args(["--today", TODAY, "update", "newsletter", "650"])
        .assert()
        .success();
    // No tick: the app saves on top of a file it has not reloaded.
    keys(&mut app, "2m<End><BS><BS><BS><BS>1800<Enter>");
    let plan = saved(&path);
    assert!((plan.objective("newsletter-subs").unwrap().latest().0 - 650.0).abs() < f64::EPSILON);
    assert!((plan.objective("ig-followers").unwrap().latest().0 - 1800.0).abs() < f64::EPSILON);
    assert!(
        screen(&app).contains("Saved with another session's changes"),
        "{}",
        screen(&app)
    );
}

#[test]
fn undo_goes_several_levels_deep_and_redo_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path);
    keys(
        &mut app,
        "2m<End><BS>1<Enter>jm<End><BS>2<Enter>jm<End><BS>3<Enter>",
    );
    let changed = saved(&path);
    assert_ne!(changed, original);
    keys(&mut app, "uuu");
    assert_eq!(saved(&path), original);
    assert!(screen(&app).contains("Undone"));
    keys(&mut app, "u");
    assert!(screen(&app).contains("Nothing to undo"));
    keys(&mut app, "<C-r><C-r><C-r>");
    assert_eq!(saved(&path), changed);
}

#[test]
fn n_renames_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "n<C-u>Horno San Blas 🥖<Enter>");
    assert_eq!(saved(&path).name, "Horno San Blas 🥖");
    assert!(screen(&app).starts_with("Horno San Blas 🥖"));
}

#[test]
fn a_damaged_file_opens_read_only_with_the_error_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, "{\"schema_version\": 1, \"name\": ").unwrap();
    let before = std::fs::read(&path).unwrap();
    let error = Workspace::open(&path, false, common::today()).unwrap_err();
    let message = Lang::En.store_error(&error);
    let mut app = App::new(
        Workspace::unreadable(&path, common::today()),
        Lang::En,
        Theme::new(true, false),
    )
    .with_problem(message);
    let shown = screen(&app);
    assert!(shown.contains("plan.json:1:"), "{shown}");
    assert!(shown.contains("read-only"), "{shown}");
    keys(&mut app, "2a");
    assert!(
        screen(&app).contains("could not be read"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "n");
    assert!(!screen(&app).contains("Name"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn read_only_refuses_edits_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    let workspace = Workspace::open(&path, true, common::today()).unwrap();
    let mut app = App::new(workspace, Lang::En, Theme::new(true, false));
    for key in ["2a", "2d", "2m", "6w", "u"] {
        keys(&mut app, key);
        assert!(
            screen(&app).contains("read-only"),
            "{key}: {}",
            screen(&app)
        );
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn without_colour_no_cell_has_a_colour() {
    let mut app = App::new(
        Workspace::demo(common::today(), Lang::En),
        Lang::En,
        Theme::new(false, false),
    );
    for tab in Tab::ALL {
        keys(&mut app, &(tab.index() + 1).to_string());
        let buffer = render(&app, 120, 40);
        for cell in buffer.content() {
            assert_eq!(cell.fg, Color::Reset, "{tab:?}: {:?}", cell.symbol());
            assert_eq!(cell.bg, Color::Reset, "{tab:?}: {:?}", cell.symbol());
        }
    }
}

#[test]
fn ascii_mode_draws_only_ascii() {
    let mut app = App::new(
        Workspace::demo(common::today(), Lang::En),
        Lang::En,
        Theme::new(true, true),
    );
    for tab in Tab::ALL {
        keys(&mut app, &(tab.index() + 1).to_string());
        assert_drawn_ascii(&text(&render(&app, 100, 30)), tab);
        keys(&mut app, "?");
        assert_drawn_ascii(&text(&render(&app, 100, 30)), tab);
        keys(&mut app, "<Esc>");
    }
}

/// User text may hold accents or emoji; what the program draws may not.
fn assert_drawn_ascii(shown: &str, tab: Tab) {
    for (y, line) in shown.lines().enumerate() {
        for c in line.chars().filter(|c| !c.is_ascii()) {
            assert!(
                c.is_alphabetic() || unicode_width::UnicodeWidthChar::width(c) == Some(2),
                "{tab:?} line {y}: drawn character {c:?} in {line:?}"
            );
        }
    }
}

#[test]
fn accented_text_and_emoji_never_break_the_borders() {
    let mut app = demo(Lang::Es);
    for tab in Tab::ALL {
        keys(&mut app, &(tab.index() + 1).to_string());
        for (w, h) in [(80, 24), (120, 40), (61, 17)] {
            let buffer = render(&app, w, h);
            for y in 0..h {
                let left = buffer[(0, y)].symbol();
                if left == "│" {
                    // A row inside a full-width panel ends with its border
                    // (or the scrollbar's thumb on it).
                    let right = buffer[(w - 1, y)].symbol();
                    let inner_split = (1..w - 1).any(|x| buffer[(x, y)].symbol() == "│");
                    assert!(
                        right == "│" || right == "█" || inner_split,
                        "{tab:?} {w}x{h} row {y}: {:?}",
                        text(&buffer).lines().nth(usize::from(y))
                    );
                }
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn a_plan_with_other_hard_links_is_said_once_in_a_dialog_that_shows_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path) = common::on_file(dir.path(), None, Lang::En);
    std::fs::hard_link(&path, dir.path().join("other.json")).unwrap();
    let mut app = common::open(&path, Lang::En);
    let shown = common::screen(&app);
    assert!(shown.contains("About the plan file"), "{shown}");
    assert!(
        shown.contains("hard links") && shown.contains("instead."),
        "{shown}"
    );
    common::keys(&mut app, "<Esc>");
    assert!(!common::screen(&app).contains("hard links"));
}

#[test]
fn esc_asks_before_throwing_typed_changes_away_and_n_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "2aFollowers in May<Esc>");
    let asked = screen(&app);
    assert!(asked.contains("Discard your changes?"), "{asked}");
    assert!(
        asked.contains("Followers in May"),
        "the form shows behind: {asked}"
    );
    keys(&mut app, "n");
    let back = screen(&app);
    assert!(!back.contains("Discard your changes?"), "{back}");
    assert!(back.contains("Followers in May"), "{back}");
    keys(&mut app, "!");
    assert!(screen(&app).contains("Followers in May!"), "still typing");
    keys(&mut app, "<Esc><Esc>");
    let closed = screen(&app);
    assert!(!closed.contains("Followers in May"), "{closed}");
    assert!(!closed.contains("Discard"), "{closed}");
    assert!(!app.should_quit());
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing saved");
}

#[test]
fn y_discards_and_an_untouched_form_closes_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "n");
    let form = screen(&app);
    assert!(form.contains("Currency"), "{form}");
    keys(&mut app, "<Esc>");
    assert!(
        !screen(&app).contains("Currency"),
        "no question: nothing typed"
    );
    // Typed and deleted again is no change either.
    keys(&mut app, "nx<BS><Esc>");
    assert!(!screen(&app).contains("Currency"));
    keys(&mut app, "nx<Esc>y");
    let discarded = screen(&app);
    assert!(!discarded.contains("Currency"), "{discarded}");
    assert!(!app.should_quit());
}

#[test]
fn ctrl_c_in_a_changed_form_asks_and_a_second_ctrl_c_quits() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "nx<C-c>");
    let asked = screen(&app);
    assert!(asked.contains("Discard your changes and quit?"), "{asked}");
    assert!(!app.should_quit());
    // Esc, asked by Ctrl-c, goes back to the form.
    keys(&mut app, "<Esc>");
    assert!(screen(&app).contains("Currency"));
    assert!(!app.should_quit());
    keys(&mut app, "<C-c><C-c>");
    assert!(app.should_quit());
    // Yes quits too; an untouched form does not ask.
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "nx<C-c>y");
    assert!(app.should_quit());
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "n<C-c>");
    assert!(app.should_quit());
}

#[test]
fn the_discard_question_speaks_spanish_and_fits_80_columns() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::Es);
    keys(&mut app, "nx<Esc>");
    let asked = screen(&app);
    assert!(asked.contains("¿Descartar los cambios?"), "{asked}");
    assert!(asked.contains("s/y/Esc descartar"), "{asked}");
    assert!(asked.contains("n seguir editando"), "{asked}");
    keys(&mut app, "n<C-c>");
    let asked = screen(&app);
    assert!(asked.contains("¿Descartar los cambios y salir?"), "{asked}");
    assert!(asked.contains("s/y/Ctrl+C salir"), "{asked}");
    assert!(asked.contains("n/Esc seguir editando"), "{asked}");
    keys(&mut app, "s");
    assert!(app.should_quit());
}

#[test]
fn a_deleted_plan_file_keeps_the_plan_on_screen_and_y_writes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = std::fs::read(&path).unwrap();
    keys(&mut app, "2");
    std::fs::remove_file(&path).unwrap();
    assert!(app.tick(), "noticed");
    let shown = screen(&app);
    assert!(shown.starts_with("Crumb & Crust Bakery"), "{shown}");
    assert!(shown.contains("ig-followers"), "{shown}");
    assert!(!shown.contains("(untitled plan)"), "{shown}");
    assert!(!shown.contains("reloaded"), "{shown}");
    assert!(shown.contains("moved or deleted"), "{shown}");
    assert!(shown.contains("Write it back to"), "{shown}");
    assert!(!app.tick(), "said once");
    keys(&mut app, "y");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    let shown = screen(&app);
    assert!(shown.contains("Written back"), "{shown}");
    assert!(!shown.contains("moved or deleted"), "{shown}");
    // Saving works again.
    keys(&mut app, "n<C-u>Horno<Enter>");
    assert_eq!(saved(&path).name, "Horno");
}

#[test]
fn a_moved_plan_file_declined_stays_unwritten_until_w() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = std::fs::read(&path).unwrap();
    std::fs::rename(&path, dir.path().join("elsewhere.json")).unwrap();
    app.tick();
    keys(&mut app, "n");
    assert!(!path.exists(), "declined: nothing written");
    let shown = screen(&app);
    assert!(shown.contains("Not written"), "{shown}");
    assert!(shown.starts_with("Crumb & Crust Bakery"), "{shown}");
    // The word stays in view, and edits say what to do.
    keys(&mut app, "2a");
    let shown = screen(&app);
    assert!(shown.contains("only in memory. Press W to"), "{shown}");
    assert!(
        shown.contains("press W to write it back, then make the change"),
        "{shown}"
    );
    assert!(!path.exists());
    keys(&mut app, "W");
    assert_eq!(std::fs::read(&path).unwrap(), original);
    keys(&mut app, "W");
    assert!(screen(&app).contains("nothing to write back"));
}

#[test]
fn a_form_open_when_the_file_goes_waits_behind_the_question() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "n<C-u>Horno");
    std::fs::remove_file(&path).unwrap();
    // The save is the first to find out, before any tick.
    keys(&mut app, "<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("Write it back to"), "{shown}");
    assert!(!path.exists());
    keys(&mut app, "y");
    assert!(path.exists());
    assert!(screen(&app).contains("Horno"), "the form is back as it was");
    keys(&mut app, "<Enter>");
    let plan = saved(&path);
    assert_eq!(plan.name, "Horno");
    assert_eq!(plan.objectives.len(), 7, "the rest of the plan is kept");
}

#[test]
fn the_vanished_file_question_and_notice_speak_spanish_and_fit_the_smallest_size() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    std::fs::remove_file(&path).unwrap();
    app.tick();
    let shown = screen(&app);
    assert!(shown.contains("¿Escribirlo de nuevo en"), "{shown}");
    assert!(shown.contains("s/y escribirlo"), "{shown}");
    assert!(shown.contains("n/Esc ahora no"), "{shown}");
    keys(&mut app, "<Esc>");
    let declined = screen(&app);
    assert!(
        declined.contains("hasta entonces no se guarda nada."),
        "{declined}"
    );
    let shown = text(&render(&app, MIN_WIDTH, MIN_HEIGHT));
    assert!(
        shown.contains("Pulsa W para escribirlo de nuevo."),
        "{shown}"
    );
}

#[test]
fn quitting_while_the_plan_is_only_in_memory_asks_to_write_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    app.tick();
    keys(&mut app, "n");
    // q asks; Esc stays.
    keys(&mut app, "q");
    let asked = screen(&app);
    assert!(asked.contains("quitting now loses it"), "{asked}");
    assert!(asked.contains("write it back and quit"), "{asked}");
    assert!(!app.should_quit());
    keys(&mut app, "<Esc>");
    assert!(!app.should_quit());
    assert!(!screen(&app).contains("quitting now loses it"));
    // y writes it back, then quits.
    keys(&mut app, "qy");
    assert!(app.should_quit());
    assert_eq!(std::fs::read(&path).unwrap(), original);
    // n quits without writing; Ctrl-c twice too.
    for answer in ["n", "<C-c>"] {
        let (mut app, path) = on_file(dir.path(), None, Lang::Es);
        std::fs::remove_file(&path).unwrap();
        app.tick();
        keys(&mut app, "n<C-c>");
        assert!(screen(&app).contains("si sales ahora se pierde"));
        assert!(!app.should_quit());
        keys(&mut app, answer);
        assert!(app.should_quit());
        assert!(!path.exists());
    }
}
