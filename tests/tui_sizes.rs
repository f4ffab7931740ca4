//! One sweep over every tab and every dialog, opened with keys as a person
//! does, at sizes on both sides of the smallest usable terminal
//! (`MIN_WIDTH`×`MIN_HEIGHT`), in both languages, with colour and without,
//! in Unicode and in ASCII. For every frame:
//! - at every size, it fits: drawn into a buffer of exactly its size, the
//!   buffer keeps that size and no cell holds a control character; drawn
//!   again at an offset in a larger buffer, nothing outside the area is
//!   written, and the inside is the same frame;
//! - below `MIN_WIDTH`×`MIN_HEIGHT`, the frame is the "too small" message
//!   and nothing else, as much of it as fits (see `too_small`);
//! - from `MIN_WIDTH`×`MIN_HEIGHT` up, the tab bar names the current tab,
//!   unless the open dialog covers it, and the open dialog shows its title
//!   (see `tab_and_dialog`).
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{keys, open_with, plan_file, text, today};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use socialplan::domain::{Plan, Review};
use socialplan::i18n::Lang;
use socialplan::i18n::ui::Ui;
use socialplan::theme::Theme;
use socialplan::tui::tab::Tab;
use socialplan::tui::{App, MIN_HEIGHT, MIN_WIDTH};
use socialplan::workspace::Workspace;

/// Each language with each alphabet, colour on in one of the two: every
/// setting both ways without every combination of all of them.
fn looks() -> [(Lang, Theme); 4] {
    [
        (Lang::En, Theme::new(true, false)),
        (Lang::Es, Theme::new(true, true)),
        (Lang::En, Theme::new(false, true)),
        (Lang::Es, Theme::new(false, false)),
    ]
}

#[test]
fn every_tab_and_dialog_fits_and_says_what_it_is_at_every_size() {
    // One thread a look: the sweep is the slowest test in the suite.
    let problems: Vec<String> = std::thread::scope(|scope| {
        let sweeps = looks().map(|(lang, theme)| scope.spawn(move || sweep(lang, theme)));
        sweeps
            .into_iter()
            .flat_map(|sweep| sweep.join().unwrap())
            .collect()
    });
    assert!(
        problems.is_empty(),
        "{} frames wrong, the first:\n{}",
        problems.len(),
        problems[..problems.len().min(5)].join("\n")
    );
}

/// The extremes, each side of the limits, and the usual terminals.
fn sizes() -> Vec<(u16, u16)> {
    let widths = [
        1,
        20,
        MIN_WIDTH - 1,
        MIN_WIDTH,
        MIN_WIDTH + 1,
        80,
        100,
        133,
        200,
    ];
    let heights = [1, 5, MIN_HEIGHT - 1, MIN_HEIGHT, MIN_HEIGHT + 1, 24, 40, 60];
    widths
        .into_iter()
        .flat_map(|w| heights.map(|h| (w, h)))
        .collect()
}

/// What is wrong with each frame of each screen in this look.
fn sweep(lang: Lang, theme: Theme) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for mut screen in screens(dir.path(), lang, theme) {
        for (w, h) in sizes() {
            let area = Rect::new(0, 0, w, h);
            let mut frame = Buffer::empty(area);
            screen.app.render(area, &mut frame);
            let checked = fits(&screen.app, &frame, area).and_then(|()| {
                if w < MIN_WIDTH || h < MIN_HEIGHT {
                    too_small(&frame, lang)
                } else {
                    tab_and_dialog(&frame, &screen, lang, theme)
                }
            });
            if let Err(why) = checked {
                let shown = text(&frame);
                let name = &screen.name;
                problems.push(format!(
                    "{lang:?} {theme:?}, {name} at {w}x{h}: {why}\n{shown}"
                ));
            }
            keys(&mut screen.app, screen.between);
        }
    }
    problems
}

// ---------------------------------------------------------------- frames

/// Where the second drawing of each frame starts inside its larger buffer.
const MARGIN: u16 = 2;
/// What the cells around that second drawing hold until something writes.
const UNTOUCHED: &str = "¤";

/// The frame drawn into a buffer of exactly `area` fits: the buffer kept
/// its size, no cell holds a control character (it would move the real
/// terminal's cursor), and nothing is written outside the area.
fn fits(app: &App, frame: &Buffer, area: Rect) -> Result<(), String> {
    if frame.area != area {
        return Err(format!("the buffer became {:?}", frame.area));
    }
    no_control_characters(frame)?;
    stays_inside(app, frame)
}

fn no_control_characters(frame: &Buffer) -> Result<(), String> {
    match frame
        .content
        .iter()
        .find(|cell| cell.symbol().chars().any(char::is_control))
    {
        Some(cell) => Err(format!("a cell holds {:?}", cell.symbol())),
        None => Ok(()),
    }
}

/// Draws the app again at an offset inside a larger buffer whose cells
/// around the area are marked: the marks must all survive, and the inside
/// must be the frame drawn at the origin.
fn stays_inside(app: &App, frame: &Buffer) -> Result<(), String> {
    let (w, h) = (frame.area.width, frame.area.height);
    let inside = Rect::new(MARGIN, MARGIN, w, h);
    let outer = Rect::new(0, 0, w + 2 * MARGIN, h + 2 * MARGIN);
    let mut around = Buffer::filled(outer, Cell::new(UNTOUCHED));
    let (margin, width, height) = (usize::from(MARGIN), usize::from(w), usize::from(h));
    let rows_inside = margin..margin + height;
    let rows = around.content.chunks_mut(usize::from(outer.width));
    for row in rows.skip(margin).take(height) {
        row[margin..margin + width].fill(Cell::default());
    }
    app.render(inside, &mut around);
    let written = |cell: &Cell| cell.symbol() != UNTOUCHED;
    for (y, row) in around.content.chunks(usize::from(outer.width)).enumerate() {
        if !rows_inside.contains(&y) {
            if row.iter().any(written) {
                return Err(format!("written above or below the area (row {y})"));
            }
            continue;
        }
        let (left, rest) = row.split_at(margin);
        let (middle, right) = rest.split_at(width);
        if left.iter().chain(right).any(written) {
            return Err(format!("written beside row {}", y - margin));
        }
        let start = (y - margin) * width;
        if middle != &frame.content[start..start + width] {
            return Err(format!("row {} differs drawn at an offset", y - margin));
        }
    }
    Ok(())
}

/// Below `MIN_WIDTH`×`MIN_HEIGHT` the whole frame is "Terminal too small
/// (W×H): need at least 60×15", word-wrapped. Read row by row (spaces left
/// out: a word longer than the width is split across rows) it is that
/// message from its start. It may stop short only when every row holds
/// some of it, and it must be whole whenever the area has a row for each of its
/// words (each cut into pieces the width of the area), since a row never
/// needs more than that. At 1×1 that is its first letter.
fn too_small(frame: &Buffer, lang: Lang) -> Result<(), String> {
    let Rect { width, height, .. } = frame.area;
    let message = format!(
        "{} ({width}×{height}): {} {MIN_WIDTH}×{MIN_HEIGHT}",
        lang.t(Ui::TooSmall),
        lang.t(Ui::Need)
    );
    let screen = text(frame);
    let rows: Vec<&str> = screen.lines().collect();
    let shown = without_spaces(&screen);
    let whole = without_spaces(&message);
    if !whole.starts_with(&shown) {
        return Err("not the too-small message from its start".into());
    }
    let complete = shown == whole;
    if !complete && rows.iter().any(|row| row.trim().is_empty()) {
        return Err("the message stops short with rows to spare".into());
    }
    let rows_for_each_word: usize = message
        .split_whitespace()
        .map(|word| cells(word).div_ceil(usize::from(width)))
        .sum();
    if !complete && rows_for_each_word <= usize::from(height) {
        return Err("the message is cut short although it fits".into());
    }
    Ok(())
}

/// From `MIN_WIDTH`×`MIN_HEIGHT` up: no "too small", and the current tab
/// named in the tab bar (the second row) as "N Title" in the app's
/// language. An open dialog shows its title on its top border (a
/// question's frame is titled "?", and its question begins on the next
/// row). Dialogs are centred and grow with their content (help and long
/// forms take the whole height when they need it), so the tab bar may be
/// hidden, but only by a dialog whose top border (or that of a form
/// waiting behind it) is on the first two rows.
fn tab_and_dialog(frame: &Buffer, screen: &Screen, lang: Lang, theme: Theme) -> Result<(), String> {
    let shown = text(frame);
    let rows: Vec<&str> = shown.lines().collect();
    if shown.contains(lang.t(Ui::TooSmall)) {
        return Err("says too small".into());
    }
    let mut tab_bar_covered = false;
    if let Some(dialog) = &screen.dialog {
        let corner = theme.border().top_left;
        let top = |title: &str| {
            let border = format!("{corner} {title} ");
            rows.iter().position(|row| row.contains(&border))
        };
        let Some(y) = top(&dialog.title) else {
            return Err(format!("no dialog titled {:?}", dialog.title));
        };
        if let Some(question) = &dialog.question
            && !rows
                .get(y + 1)
                .is_some_and(|row| row.contains(question.as_str()))
        {
            return Err(format!("the question does not begin {question:?}"));
        }
        let behind = dialog.behind.as_deref().and_then(top).unwrap_or(y);
        tab_bar_covered = y.min(behind) <= 1;
    }
    // The agenda is named by its key, after the numbered tabs.
    let key = if screen.tab == Tab::Agenda {
        "A".to_string()
    } else {
        (screen.tab.index() + 1).to_string()
    };
    let label = format!("{key} {}", screen.tab.title(lang));
    if !tab_bar_covered && !rows[1].contains(&label) {
        return Err(format!("the tab bar does not show {label:?}"));
    }
    Ok(())
}

fn without_spaces(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn cells(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

// --------------------------------------------------------------- screens

/// An app after some keys, and what it should show.
struct Screen {
    /// How it was reached, for failure messages.
    name: String,
    app: App,
    tab: Tab,
    dialog: Option<Dialog>,
    /// Keys pressed after each size (see `scrolling`).
    between: &'static str,
}

struct Dialog {
    title: String,
    /// How a question starts, under a frame titled "?".
    question: Option<String>,
    /// The title of a dialog drawn behind this one (a form waiting).
    behind: Option<String>,
}

/// Each dialog over the demo plan but help: the keys that open it from
/// the first screen (the Objectives tab; a leading digit goes to another
/// tab, which stays under the dialog), then its title in English | in
/// Spanish. A dash " — " in a title is " - " in ASCII. Seven values
/// recorded in the weekly check-in open the week's review form, and once
/// it is closed, the summary.
const DIALOGS: &str = "
    1a          New channel figure | Nueva cifra de canal
    1e          Edit channel figure | Editar cifra de canal
    1la         New audience | Nuevo público
    1lla        New competitor | Nuevo competidor
    1llla       Situation notes | Notas de la situación
    2a          New objective | Nuevo objetivo
    2e          Edit objective | Editar objetivo
    2m          Record a value — ig-followers | Registrar un valor — ig-followers
    2r          Revise target and deadline — ig-followers | Reajustar meta y fecha límite — ig-followers
    3a          Add a channel | Añadir un canal
    3a<Enter>   New channel — LinkedIn | Nuevo canal — LinkedIn
    3e          Edit channel — newsletter | Editar canal — newsletter
    4a          New campaign | Nueva campaña
    4e          Edit campaign | Editar campaña
    4c          Show the campaigns of | Mostrar las campañas de
    4C          Copy the campaign — Welcome series | Copiar la campaña — Serie de bienvenida
    5<Enter>a   New post | Nueva publicación
    4<Enter>e   Edit post | Editar publicación
    4<Enter>e<Tab><Tab><Tab><Tab><Tab>  Edit post | Editar publicación
    4<Enter>p   Mark as published — Join the bread club | Marcar como publicada — Únete al club del pan
    4<Enter>C   Copy to another day — Join the bread club | Copiar a otro día — Únete al club del pan
    4<Enter>w   Repeat every week — Join the bread club | Repetir cada semana — Únete al club del pan
    5i          Today's bake stories | Historias del horneado del día
    5c          Channels shown | Canales visibles
    6a          New review | Nueva revisión
    6e          Edit review | Editar revisión
    6la         New protocol | Nuevo protocolo
    6le         Edit protocol | Editar protocolo
    6le<Tab><Tab><Tab>  Edit protocol | Editar protocolo
    6w          Weekly check-in | Seguimiento semanal
    6wx<Enter>  Weekly check-in | Seguimiento semanal
    6w<Enter>   Weekly check-in 1/7 | Seguimiento semanal 1/7
    6w<Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter>       This week's review (optional) | Revisión de la semana (opcional)
    6w<Enter><Enter><Enter><Enter><Enter><Enter><Enter><Enter><Esc>  Check-in done: 7 values recorded | Seguimiento terminado: 7 valores registrados
    n           Plan | Plan
    !           9 findings | 9 observaciones
";

/// Each question over the demo plan, in a frame titled "?": the keys that
/// open it, then how it begins in English | in Spanish. Deleting, and a
/// changed form closed with Esc or Ctrl-c (the form waits behind).
const QUESTIONS: &str = "
    2d          Delete the objective | ¿Borrar el objetivo
    6ld         Delete the protocol | ¿Borrar el protocolo
    nx<Esc>     Discard your changes? | ¿Descartar los cambios?
    nx<C-c>     Discard your changes and quit? | ¿Descartar los cambios y salir?
";

/// The rows of a table above: keys, the tab they leave open, and the text
/// in English and in Spanish.
fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, Tab, [&'static str; 2])> {
    table
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (opening, texts) = line.trim().split_once(' ').unwrap();
            let (en, es) = texts.trim().split_once(" | ").unwrap();
            (opening, tab_after(opening), [en, es])
        })
}

/// The tab a leading digit goes to; the demo plan opens on Objectives.
fn tab_after(opening: &str) -> Tab {
    opening
        .chars()
        .next()
        .and_then(Tab::from_digit)
        .unwrap_or(Tab::Objectives)
}

/// Every tab of the demo plan, of a new plan and of a plan with long and
/// odd texts, the tabs in other states, every dialog, and what the app
/// says about its file: each in a plan file of its own (the demo is never
/// written, and forms are refused there).
fn screens(root: &Path, lang: Lang, theme: Theme) -> Vec<Screen> {
    let mut files = Files {
        root,
        lang,
        theme,
        made: 0,
    };
    let mut screens = files.tabs();
    let say = |texts| say(lang, theme, texts);
    let help = Tab::ALL.map(|tab| (format!("{}?", tab.index() + 1), tab, ["Keys", "Teclas"]));
    let dialogs = rows(DIALOGS).map(|(opening, tab, title)| (opening.to_string(), tab, title));
    for (opening, tab, title) in help.into_iter().chain(dialogs) {
        let dialog = Dialog {
            title: say(title),
            question: None,
            behind: None,
        };
        let app = files.demo_after(&opening);
        let screen = Screen::new(&opening, app, tab, Some(dialog));
        screens.push(screen.between(scrolling(&opening)));
    }
    for (opening, tab, question) in rows(QUESTIONS) {
        // A changed form waits behind the question.
        let behind = opening.starts_with("nx").then(|| say(["Plan", "Plan"]));
        let dialog = Dialog {
            title: "?".into(),
            question: Some(say(question)),
            behind,
        };
        let app = files.demo_after(opening);
        screens.push(Screen::new(opening, app, tab, Some(dialog)));
    }
    screens.extend([
        files.write_back(),
        files.not_written_back(),
        files.conflict(),
        files.unreadable(),
    ]);
    #[cfg(unix)]
    screens.push(files.file_notice());
    screens
}

/// Keys pressed between one size and the next, so that a scrolled view
/// meets sizes it was not scrolled at.
fn scrolling(opening: &str) -> &'static str {
    match opening {
        "!" => "j",
        summary if summary.ends_with("<Enter><Esc>") => "<Down>",
        _ => "",
    }
}

impl Screen {
    fn new(name: &str, app: App, tab: Tab, dialog: Option<Dialog>) -> Screen {
        Screen {
            name: name.into(),
            app,
            tab,
            dialog,
            between: "",
        }
    }

    fn between(self, between: &'static str) -> Screen {
        Screen { between, ..self }
    }
}

/// The text in the app's language, its dashes in ASCII when the theme
/// draws only ASCII.
fn say(lang: Lang, theme: Theme, [en, es]: [&str; 2]) -> String {
    let text = if lang == Lang::En { en } else { es };
    text.replace(" — ", theme.dash())
}

/// Makes the apps: each on a plan file in a directory of its own, so that
/// no screen sees another's saves.
struct Files<'a> {
    root: &'a Path,
    lang: Lang,
    theme: Theme,
    made: usize,
}

impl Files<'_> {
    fn dir(&mut self) -> PathBuf {
        self.made += 1;
        let dir = self.root.join(self.made.to_string());
        std::fs::create_dir(&dir).unwrap();
        dir
    }

    fn open(&self, path: &Path) -> App {
        open_with(path, self.lang, self.theme)
    }

    /// The app on a file holding the demo plan, after `pressed`.
    fn demo_after(&mut self, pressed: &str) -> App {
        let path = plan_file(&self.dir(), None, self.lang);
        let mut app = self.open(&path);
        keys(&mut app, pressed);
        app
    }

    /// Each tab of each plan, and some tabs in other states: the calendar
    /// zoomed, or far from today; the campaigns filtered.
    fn tabs(&mut self) -> Vec<Screen> {
        let lang = self.lang;
        let plans = [
            ("demo", Some(socialplan::demo::plan(today(), lang))),
            ("new", None),
            ("odd", Some(odd_plan(lang))),
        ];
        let mut screens = Vec::new();
        for (name, plan) in plans {
            let path = match plan {
                Some(plan) => plan_file(&self.dir(), Some(plan), lang),
                None => self.dir().join("new.json"),
            };
            for tab in Tab::ALL {
                let digit = (tab.index() + 1).to_string();
                let mut app = self.open(&path);
                keys(&mut app, &digit);
                let name = format!("{name} plan, tab {digit}");
                screens.push(Screen::new(&name, app, tab, None));
            }
        }
        for (pressed, tab, between) in [
            ("5+", Tab::Calendar, ""),
            ("5--", Tab::Calendar, ""),
            ("5G<PgDn>", Tab::Calendar, "jl"),
            ("4c<End><Enter>s", Tab::Actions, ""),
            // A campaign's posts: a screen opened from Actions.
            ("4<Enter>", Tab::Actions, "k"),
            // The agenda, over the tab it was opened from.
            ("2A", Tab::Agenda, "j"),
            // The Review tab's protocols.
            ("6l", Tab::Review, "j"),
            // The campaigns compared, sorted by spent and filtered.
            ("6llooo", Tab::Review, "j"),
            ("6llcp", Tab::Review, "o"),
            // An objective's measurements, a screen opened from Objectives.
            ("2M", Tab::Objectives, "j"),
        ] {
            let app = self.demo_after(pressed);
            screens.push(Screen::new(pressed, app, tab, None).between(between));
        }
        screens
    }

    /// The app after its plan file was deleted under it, and `pressed`.
    fn deleted_after(&mut self, pressed: &str) -> App {
        let path = plan_file(&self.dir(), None, self.lang);
        let mut app = self.open(&path);
        std::fs::remove_file(&path).unwrap();
        app.tick();
        keys(&mut app, pressed);
        app
    }

    /// The plan file deleted: the app asks to write it back.
    fn write_back(&mut self) -> Screen {
        let app = self.deleted_after("");
        let dialog = Dialog {
            title: "?".into(),
            question: Some(say(
                self.lang,
                self.theme,
                ["The plan file was", "El fichero del plan"],
            )),
            behind: None,
        };
        Screen::new("file deleted", app, Tab::Objectives, Some(dialog))
    }

    /// Not written back: a notice stays above the tab.
    fn not_written_back(&mut self) -> Screen {
        let app = self.deleted_after("<Esc>");
        Screen::new("file deleted, not written back", app, Tab::Objectives, None)
    }

    /// Another session sets a campaign's budget while this one's form on it
    /// is open; this one then sets it too: which to keep?
    fn conflict(&mut self) -> Screen {
        let path = plan_file(&self.dir(), None, self.lang);
        let mut app = self.open(&path);
        let mut other = common::open(&path, self.lang);
        keys(&mut app, "4e");
        keys(&mut other, "4e<Tab><Tab><Tab><Tab><Tab><C-u>75<Enter>");
        keys(&mut app, "<Tab><Tab><Tab><Tab><Tab><C-u>90<Enter>");
        let say = |texts| say(self.lang, self.theme, texts);
        let dialog = Dialog {
            title: say(["Changed in another session", "Cambiado en otra sesión"]),
            question: None,
            behind: Some(say(["Edit campaign", "Editar campaña"])),
        };
        Screen::new("conflict", app, Tab::Actions, Some(dialog))
    }

    /// A file that cannot be read: the reason above the (empty) tab.
    fn unreadable(&mut self) -> Screen {
        let path = self.dir().join("plan.json");
        std::fs::write(&path, "{\"schema_version\": 1, \"name\": ").unwrap();
        let error = Workspace::open(&path, false, today()).unwrap_err();
        let app = App::new(Workspace::unreadable(&path, today()), self.lang, self.theme)
            .with_problem(self.lang.store_error(&error));
        Screen::new("unreadable file", app, Tab::Situation, None)
    }

    /// A plan file with another hard link: said once, in a dialog, on
    /// opening.
    #[cfg(unix)]
    fn file_notice(&mut self) -> Screen {
        let dir = self.dir();
        let path = plan_file(&dir, None, self.lang);
        std::fs::hard_link(&path, dir.join("other.json")).unwrap();
        let dialog = Dialog {
            title: say(
                self.lang,
                self.theme,
                ["About the plan file", "Sobre el fichero del plan"],
            ),
            question: None,
            behind: None,
        };
        Screen::new("hard link", self.open(&path), Tab::Objectives, Some(dialog))
    }
}

/// The demo plan with texts that are long, wide (emoji), broken over
/// lines, or missing.
fn odd_plan(lang: Lang) -> Plan {
    let mut plan = socialplan::demo::plan(today(), lang);
    plan.name = "🍞 Panadería con un nombre muy largo que no cabe en la línea".into();
    plan.reviews.push(Review {
        date: "2026-11-02".parse().unwrap(),
        worked: "🍞🍞🍞 Campaña\nde otoño ".repeat(20),
        did_not_work: String::new(),
        decision: None,
        notes: "x".repeat(300),
    });
    plan.objectives[1].measurements.clear();
    plan.objectives[2].target = None;
    plan.objectives[3].name = "🎄".repeat(40);
    plan.protocols[0].name = "🚨 Protocolo con un nombre larguísimo ".repeat(4);
    plan.protocols[0].steps = "Paso 🍞 muy largo que no cabe\n".repeat(30);
    plan.protocols[1].owner = "👩\u{200d}🍳".repeat(30);
    plan
}
