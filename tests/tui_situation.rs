//! The Situation tab (step 1 of the method), driven through the keyboard.
#![allow(clippy::unwrap_used)]

mod common;

use common::{keys, on_file, render, saved, screen, today};
use ratatui::style::Modifier;
use socialplan::domain::{AudienceKind, Plan};
use socialplan::i18n::Lang;
use socialplan::tui::App;

/// The section the bar highlights (row 2: under the title and the tabs).
fn current_section(app: &App) -> String {
    let buffer = render(app, 80, 24);
    (0..80)
        .map(|x| &buffer[(x, 2)])
        .filter(|cell| cell.modifier.contains(Modifier::UNDERLINED))
        .map(ratatui::buffer::Cell::symbol)
        .collect::<String>()
        .trim()
        .to_string()
}

#[test]
fn l_h_and_the_arrows_move_between_the_four_sections() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "1");
    assert_eq!(current_section(&app), "Channel figures (4)");
    let shown = screen(&app);
    assert!(
        shown.contains("Audiences (3) · Competitors (2) · Notes"),
        "{shown}"
    );
    assert!(shown.contains("Newsletter"), "{shown}");
    keys(&mut app, "l");
    assert_eq!(current_section(&app), "Audiences (3)");
    assert!(screen(&app).contains("Young families"));
    keys(&mut app, "<Right>");
    assert_eq!(current_section(&app), "Competitors (2)");
    assert!(screen(&app).contains("Obrador Sur"));
    keys(&mut app, "l");
    assert_eq!(current_section(&app), "Notes");
    assert!(screen(&app).contains("passers-by"));
    keys(&mut app, "l");
    assert_eq!(current_section(&app), "Channel figures (4)", "wraps around");
    keys(&mut app, "h");
    assert_eq!(current_section(&app), "Notes", "wraps back");
    keys(&mut app, "<Left><Left>");
    assert_eq!(current_section(&app), "Audiences (3)");
    // Each section keeps its own selection.
    keys(&mut app, "j<Right><Left>");
    assert!(screen(&app).contains("Kind: customer"), "{}", screen(&app));
    assert!(
        screen(&app).contains("┌ Young families"),
        "{}",
        screen(&app)
    );
}

#[test]
fn a_figure_added_with_the_form_is_saved_and_shows_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // channel (prefilled with the selected one), date (today), followers,
    // reach, engagement.
    keys(&mut app, "1a");
    assert!(screen(&app).contains("New channel figure"));
    keys(&mut app, "<C-u>TikTok<Tab><Tab>250<Tab>5100<Tab>6.5<Enter>");
    let plan = saved(&path);
    let added = plan
        .situation
        .figures
        .iter()
        .find(|f| f.channel == "TikTok" && f.date == today())
        .expect("saved");
    assert_eq!(added.followers, Some(250));
    assert_eq!(added.reach, Some(5100));
    assert_eq!(added.engagement, Some(6.5));
    let shown = screen(&app);
    assert!(shown.contains("Saved"), "{shown}");
    // The new figure is selected, and compared with the one before it.
    assert!(shown.contains("┌ TikTok · 2027-01-20"), "{shown}");
    assert!(shown.contains("+40 since 2026-11-18"), "{shown}");

    // Moving it to another date replaces it, in one undoable edit.
    keys(&mut app, "e<Tab><C-u>2027-01-19<Enter>");
    let figures = saved(&path).situation.figures;
    assert_eq!(figures.len(), 5);
    assert!(
        figures
            .iter()
            .any(|f| f.channel == "TikTok" && f.date.to_string() == "2027-01-19")
    );
    assert!(!figures.iter().any(|f| f.date == today()));
    keys(&mut app, "u");
    assert_eq!(saved(&path), plan);
}

#[test]
fn typing_over_a_new_figures_suggestions_replaces_them() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // The selected row is Facebook's: its name and today are suggested,
    // selected, so typing replaces them rather than appending.
    keys(&mut app, "1a");
    let form = render(&app, 80, 24);
    let (_, title) = common::find(&form, "New channel figure").expect("open");
    let selected: String = (0..80)
        .map(|x| &form[(x, title + 1)])
        .filter(|cell| cell.modifier.contains(Modifier::REVERSED))
        .map(ratatui::buffer::Cell::symbol)
        .collect();
    assert_eq!(
        selected.trim_end(),
        "Facebook",
        "the suggestion is shown selected"
    );
    keys(&mut app, "Instagram<Tab>2027-01-19<Tab>1300<Enter>");
    let figures = saved(&path).situation.figures;
    let added = figures
        .iter()
        .find(|f| f.date.to_string() == "2027-01-19")
        .expect("saved on the date typed");
    assert_eq!(added.channel, "Instagram");
    assert_eq!(added.followers, Some(1300));
    // Moving into a suggestion first keeps it, to be edited; deleting a
    // selected one clears it.
    keys(&mut app, "a<End>X<Tab><End><BS><BS>18<Tab>5<Enter>");
    let figures = saved(&path).situation.figures;
    assert!(
        figures
            .iter()
            .any(|f| f.channel == "InstagramX" && f.date.to_string() == "2027-01-18"),
        "{figures:?}"
    );
    let shown = screen(&app);
    assert!(
        shown.contains("Saved: added figure “InstagramX 2027-01-18”"),
        "{shown}"
    );
    keys(&mut app, "a<BS>Radio<Tab>2027-01-17<Enter>");
    let figures = saved(&path).situation.figures;
    assert!(figures.iter().any(|f| f.channel == "Radio"), "{figures:?}");
}

#[test]
fn an_audience_added_with_the_form_has_its_places_split_on_commas() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // name, kind, places, interests, age from, age to, notes.
    keys(
        &mut app,
        "1la<C-u>Parents 👪<Tab><Right><Tab>Instagram, School gate<Tab>Cakes<Enter>Parties<Tab>25<Tab>40<Enter>",
    );
    let plan = saved(&path);
    let added = plan
        .situation
        .audiences
        .iter()
        .find(|a| a.id == "parents")
        .expect("saved with an id made from its name");
    assert_eq!(added.name, "Parents 👪");
    assert_eq!(added.kind, AudienceKind::Prospect);
    assert_eq!(added.places, ["Instagram", "School gate"]);
    assert_eq!(added.interests, "Cakes\nParties");
    assert_eq!((added.age_min, added.age_max), (Some(25), Some(40)));
    let shown = screen(&app);
    assert!(shown.contains("25–40"), "{shown}");
    assert!(shown.contains("Instagram, School gate"), "{shown}");

    // Editing keeps the id, and line breaks survive a round trip.
    keys(&mut app, "e<Tab><Left><Enter>");
    let edited = saved(&path);
    let audience = edited
        .situation
        .audiences
        .iter()
        .find(|a| a.id == "parents")
        .unwrap();
    assert_eq!(audience.kind, AudienceKind::Customer);
    assert_eq!(audience.interests, "Cakes\nParties");
    assert_eq!(edited.situation.audiences.len(), 4);
}

#[test]
fn a_competitor_added_with_the_form_is_in_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // name, places, what works, what does not, notes.
    keys(
        &mut app,
        "1lla Horno Nuevo<Tab>TikTok,  Market<Tab>Live baking<Enter>Giveaways<Tab>Slow replies<C-s>",
    );
    let plan = saved(&path);
    let added = plan
        .situation
        .competitors
        .iter()
        .find(|c| c.id == "horno-nuevo")
        .expect("saved");
    assert_eq!(added.name, "Horno Nuevo");
    assert_eq!(added.places, ["TikTok", "Market"]);
    assert_eq!(added.works, "Live baking\nGiveaways");
    assert_eq!(added.fails, "Slow replies");
    let shown = screen(&app);
    assert!(shown.contains("What works: Live baking"), "{shown}");
    assert!(shown.contains("Giveaways"), "{shown}");
}

#[test]
fn the_notes_are_edited_in_a_form_and_keep_their_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path).situation.notes;
    assert!(original.contains('\n'));
    // Saved unchanged: the line breaks went through the multi-line field.
    keys(&mut app, "1he");
    assert!(screen(&app).contains("Situation notes"));
    keys(&mut app, "<C-s>");
    assert_eq!(saved(&path).situation.notes, original);
    // The cursor starts at the end: Enter there starts a line of its own.
    keys(&mut app, "e<Enter>Quiet January<Enter>Busy weekends<C-s>");
    let edited = format!("{original}\nQuiet January\nBusy weekends");
    assert_eq!(saved(&path).situation.notes, edited);
    let shown = screen(&app);
    assert!(shown.contains("│Quiet January"), "{shown}");
    assert!(shown.contains("│Busy weekends"), "{shown}");
    // d clears them, after asking; u brings them back.
    keys(&mut app, "d");
    assert!(screen(&app).contains("Clear the situation notes?"));
    keys(&mut app, "y");
    assert_eq!(saved(&path).situation.notes, "");
    assert!(screen(&app).contains("No notes yet"));
    keys(&mut app, "u");
    assert_eq!(saved(&path).situation.notes, edited);
}

#[test]
fn long_notes_scroll() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = socialplan::demo::plan(today(), Lang::En);
    plan.situation.notes = (1..=40)
        .map(|i| format!("line {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let (mut app, _) = on_file(dir.path(), Some(plan), Lang::En);
    keys(&mut app, "1h");
    let shown = screen(&app);
    assert!(shown.contains("│line 1 "), "{shown}");
    assert!(!shown.contains("line 40"), "{shown}");
    keys(&mut app, "<End>");
    let shown = screen(&app);
    assert!(shown.contains("│line 40"), "{shown}");
    assert!(
        shown.contains("/40"),
        "the title says where the view is: {shown}"
    );
    keys(&mut app, "<Home>j");
    let shown = screen(&app);
    assert!(shown.contains("│line 2 "), "{shown}");
    assert!(!shown.contains("│line 1 "), "{shown}");
}

#[test]
fn delete_asks_first_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let original = saved(&path);
    keys(&mut app, "1ld");
    let shown = screen(&app);
    assert!(
        shown.contains("Delete the audience “Neighbours on their way to work”?"),
        "{shown}"
    );
    keys(&mut app, "n");
    assert_eq!(saved(&path), original, "n keeps it");
    keys(&mut app, "dy");
    let after = saved(&path);
    assert_eq!(after.situation.audiences.len(), 2);
    assert!(
        !after
            .situation
            .audiences
            .iter()
            .any(|a| a.id == "neighbours")
    );
    keys(&mut app, "u");
    assert_eq!(saved(&path), original, "undo restores it in its place");
    // A figure is deleted by its channel and date.
    keys(&mut app, "hdy");
    let after = saved(&path);
    assert_eq!(after.situation.figures.len(), 3);
    assert!(
        !after
            .situation
            .figures
            .iter()
            .any(|f| f.channel == "Facebook")
    );
    keys(&mut app, "u");
    assert_eq!(saved(&path), original);
    // And a competitor by its id.
    keys(&mut app, "lljdy");
    assert!(
        !saved(&path)
            .situation
            .competitors
            .iter()
            .any(|c| c.id == "obrador-sur")
    );
}

#[test]
fn bad_ages_and_numbers_are_refused_with_a_message_and_save_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    keys(&mut app, "1la Older<Tab><Tab><Tab><Tab>50<Tab>20<Enter>");
    let shown = screen(&app);
    assert!(
        shown.contains("The age range 50–20 is not valid"),
        "{shown}"
    );
    assert!(shown.contains("New audience"), "the form stays open");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    keys(&mut app, "<C-u>old<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("\"old\" is not a whole number"), "{shown}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    keys(&mut app, "<C-u>121<Enter>");
    assert!(screen(&app).contains("from 0 to 120"), "{}", screen(&app));
    keys(&mut app, "<Esc>y");
    assert_eq!(std::fs::read(&path).unwrap(), before);

    // Figures: whole counts, an engagement from 0 to 100, a real date.
    keys(&mut app, "ha<Tab><Tab>lots<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("\"lots\" is not a whole number"), "{shown}");
    keys(&mut app, "<C-u>10<Tab><Tab>150<Enter>");
    let shown = screen(&app);
    assert!(shown.contains("a percentage from 0 to 100"), "{shown}");
    keys(&mut app, "<C-u>1,5<Enter>");
    assert!(
        screen(&app).contains("write 1.5 (a point for"),
        "{}",
        screen(&app)
    );
    keys(
        &mut app,
        "<C-u>1.5<S-Tab><S-Tab><S-Tab><C-u>2027-02-30<Enter>",
    );
    assert!(screen(&app).contains("is not a date"), "{}", screen(&app));
    // A date after today is refused by the plan, with its reason.
    keys(&mut app, "<C-u>2027-02-01<Enter>");
    assert!(screen(&app).contains("New channel figure"), "still open");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // So is a second figure for the same channel and date.
    keys(&mut app, "<C-u>2026-11-18<Enter>");
    assert!(
        screen(&app).contains("already a figure for Facebook on 2026-11-18"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "<Esc>y");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn esc_in_any_form_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    let before = std::fs::read(&path).unwrap();
    // Each starts from the figures: `1`, then l to the section.
    for form in [
        "a<C-u>Radio<Esc>",
        "e<Tab><Tab>1<Esc>",
        "la Someone<Esc>",
        "le<C-u>Renamed<Esc>",
        "lla Rival<Esc>",
        "lle<Tab>, Radio<Esc>",
        "he<C-u>Forgotten<Esc>",
    ] {
        keys(&mut app, "1");
        while !current_section(&app).starts_with("Channel figures") {
            keys(&mut app, "l");
        }
        keys(&mut app, form);
        let asked = screen(&app);
        assert!(asked.contains("Discard your changes?"), "{form}: {asked}");
        keys(&mut app, "y");
        assert!(!screen(&app).contains("Enter save"), "{form}: form closed");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{form}");
    }
}

#[test]
fn the_spanish_screen_names_the_sections_in_spanish() {
    let mut app = common::demo(Lang::Es);
    keys(&mut app, "1");
    let shown = screen(&app);
    assert!(
        shown.contains("Cifras por canal (4) · Públicos (3) · Competidores (2) · Notas"),
        "{shown}"
    );
    assert!(shown.contains("Seguidores"), "{shown}");
    keys(&mut app, "l");
    let shown = screen(&app);
    assert!(shown.contains("cliente"), "{shown}");
    assert!(shown.contains("Dónde están:"), "{shown}");
    assert_eq!(current_section(&app), "Públicos (3)");
}

#[test]
fn an_empty_situation_explains_each_part_of_step_1() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), Some(Plan::new("New", "EUR")), Lang::En);
    let shown = screen(&app);
    assert!(shown.contains("Step 1 of the method"), "{shown}");
    assert!(shown.contains("No figures yet"), "{shown}");
    assert!(shown.contains("Press a"), "{shown}");
    keys(&mut app, "l");
    assert!(screen(&app).contains("No audiences yet"));
    keys(&mut app, "l");
    assert!(screen(&app).contains("No competitors yet"));
    keys(&mut app, "l");
    assert!(screen(&app).contains("No notes yet"));
    // Nothing to edit or delete says so; a adds.
    keys(&mut app, "hd");
    assert!(
        screen(&app).contains("Nothing selected"),
        "{}",
        screen(&app)
    );
    keys(&mut app, "a Rival<Enter>");
    assert_eq!(saved(&path).situation.competitors[0].id, "rival");

    let dir = tempfile::tempdir().unwrap();
    let app = common::open(&dir.path().join("new.json"), Lang::Es);
    let shown = screen(&app);
    assert!(shown.contains("Paso 1 del método"), "{shown}");
    assert!(shown.contains("Pulsa a"), "{shown}");
}

#[test]
fn the_demo_is_edited_in_memory() {
    let mut app = common::demo(Lang::En);
    keys(&mut app, "1lla");
    let shown = screen(&app);
    assert!(shown.contains("New competitor"), "{shown}");
}
