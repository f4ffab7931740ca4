//! At 80 columns, in English and in Spanish: the footer keeps the keys that
//! matter for each tab, the same in both languages.
#![allow(clippy::unwrap_used)]

mod common;

use common::{demo, keys, render, text};
use socialplan::i18n::Lang;
use socialplan::i18n::keys::KeyName;
use socialplan::theme::Theme;
use socialplan::tui::keymap;
use socialplan::tui::tab::Tab;

/// Every tab and screen, with the keys that open it from the start.
const VIEWS: [(Tab, &str); 9] = [
    (Tab::Situation, "1"),
    (Tab::Objectives, "2"),
    (Tab::Channels, "3"),
    (Tab::Actions, "4"),
    (Tab::Calendar, "5"),
    (Tab::Review, "6"),
    (Tab::Posts, "4<Enter>"),
    (Tab::Agenda, "A"),
    (Tab::Measurements, "2M"),
];

/// The footer's keys, named as in English: a Spanish keyboard's "Intro"
/// is the same key as "Enter".
fn footer_keys(tab: Tab, lang: Lang, theme: Theme) -> Vec<String> {
    keymap::footer(tab, lang, theme.ascii, 80, theme.separator())
        .into_iter()
        .map(|(key, _)| in_english(&key, lang))
        .collect()
}

fn in_english(key: &str, lang: Lang) -> String {
    let mut key = key.to_string();
    for name in KeyName::ALL {
        key = key.replace(lang.t(*name), Lang::En.t(*name));
    }
    key
}

/// The last row of the screen at 80×24 after `pressed`.
fn footer_row(lang: Lang, pressed: &str) -> String {
    let mut app = demo(lang);
    keys(&mut app, pressed);
    let screen = text(&render(&app, 80, 24));
    screen.lines().last().unwrap().to_string()
}

#[test]
fn every_footer_keeps_the_same_keys_in_spanish_as_in_english() {
    for theme in [Theme::new(true, false), Theme::new(false, true)] {
        for (tab, _) in VIEWS {
            let english = footer_keys(tab, Lang::En, theme);
            let spanish = footer_keys(tab, Lang::Es, theme);
            assert_eq!(english, spanish, "{tab:?}, ascii {}", theme.ascii);
            assert!(english.contains(&"?".to_string()), "{tab:?} has no help");
            assert!(english.contains(&"q".to_string()), "{tab:?} has no quit");
        }
    }
}

#[test]
fn each_tab_footer_shows_its_main_keys() {
    let theme = Theme::new(true, false);
    let must = [
        (Tab::Situation, &["a", "e", "u"][..]),
        (Tab::Objectives, &["a", "e", "m", "r", "u"]),
        (Tab::Channels, &["a", "e", "d", "u"]),
        (Tab::Actions, &["a", "Enter", "e", "u"]),
        (Tab::Calendar, &["←/→", "+/-", "t", "Enter"]),
        (Tab::Review, &["w", "a", "e", "u"]),
        (Tab::Posts, &["Esc", "p", "u"]),
        (Tab::Agenda, &["Esc", "Enter", "p"]),
        (Tab::Measurements, &["Esc", "m", "e", "d", "u"]),
    ];
    for (tab, wanted) in must {
        for lang in [Lang::En, Lang::Es] {
            let shown = footer_keys(tab, lang, theme);
            for key in wanted {
                assert!(
                    shown.contains(&(*key).to_string()),
                    "{tab:?} {lang:?}: {key} in {shown:?}"
                );
            }
        }
    }
}

#[test]
fn the_drawn_footer_is_the_chosen_one() {
    for (lang, revise, undo, edit) in [
        (Lang::En, "r revise", "u undo", "e edit"),
        (Lang::Es, "r ", "u deshacer", "e editar"),
    ] {
        let row = footer_row(lang, "2");
        for hint in [revise, undo, edit] {
            assert!(row.contains(hint), "{lang:?}: {hint} in {row}");
        }
    }
}

#[test]
fn a_long_message_wraps_and_keeps_its_end() {
    for (lang, start, end) in [
        (Lang::En, "Cannot delete", "newsletter-subs."),
        (Lang::Es, "No se puede borrar", "newsletter-subs."),
    ] {
        let mut app = demo(lang);
        keys(&mut app, "3d");
        let screen = text(&render(&app, 80, 24));
        let rows: Vec<&str> = screen.lines().collect();
        assert!(rows[rows.len() - 3].starts_with(start), "{screen}");
        assert!(rows[rows.len() - 1].trim_end().ends_with(end), "{screen}");
        // The tab above gives up the rows; the frame still closes.
        assert!(rows[rows.len() - 4].starts_with('└'), "{screen}");
    }
}

#[test]
fn recent_messages_stay_readable_on_one_key() {
    let mut app = demo(Lang::En);
    keys(&mut app, "L");
    assert!(common::screen(&app).contains("No messages yet"));
    keys(&mut app, "3du");
    // The status line has moved on; L shows both, newest first.
    keys(&mut app, "L");
    let screen = text(&render(&app, 80, 24));
    let undo = screen.find("Nothing to undo").expect(&screen);
    let delete = screen.find("Cannot delete").expect(&screen);
    assert!(undo < delete, "{screen}");
    assert!(screen.contains("newsletter-subs."), "{screen}");
}
/// The header rows of a screen: the row under each panel's top border.
fn header_rows(screen: &str) -> Vec<String> {
    let rows: Vec<&str> = screen.lines().collect();
    rows.windows(2)
        .filter(|pair| pair[0].starts_with(['┌', '+']))
        .map(|pair| pair[1].trim_matches(['│', '|', ' ']).to_string())
        .collect()
}

fn words(rows: &[String]) -> Vec<String> {
    rows.iter()
        .flat_map(|r| {
            r.split(|c: char| c.is_whitespace() || matches!(c, '│' | '|'))
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_header_is_cut_without_the_mark() {
    for (lang, theme) in [
        (Lang::En, Theme::new(true, false)),
        (Lang::Es, Theme::new(true, false)),
        (Lang::En, Theme::new(false, true)),
    ] {
        let mark = theme.ellipsis();
        for (tab, pressed) in VIEWS {
            let mut app = socialplan::tui::App::new(
                socialplan::workspace::Workspace::demo(common::today(), lang),
                lang,
                theme,
            );
            keys(&mut app, pressed);
            // Wide enough that nothing is cut: every title whole.
            let whole = words(&header_rows(&text(&render(&app, 250, 24))));
            // The first panel's titles (the list's, where the tab has one).
            let narrow = header_rows(&text(&render(&app, 80, 24)));
            for word in words(&narrow[..1]) {
                assert!(
                    whole.contains(&word) || word.ends_with(mark),
                    "{tab:?} {lang:?}: {word:?} is cut without {mark}"
                );
            }
        }
    }
}

#[test]
fn a_cut_cell_ends_with_the_mark() {
    for (lang, theme, cut) in [
        (
            Lang::En,
            Theme::new(true, false),
            "Grow Instagram to 2,000 followe…",
        ),
        (
            Lang::Es,
            Theme::new(true, false),
            "Llegar a 2.000 seguidores en In…",
        ),
        (
            Lang::En,
            Theme::new(false, true),
            "Grow Instagram to 2,000 followe~",
        ),
    ] {
        let mut app = socialplan::tui::App::new(
            socialplan::workspace::Workspace::demo(common::today(), lang),
            lang,
            theme,
        );
        keys(&mut app, "2");
        let screen = text(&render(&app, 80, 24));
        assert!(screen.contains(cut), "{screen}");
        let deadline = if lang == Lang::Es {
            "Límite"
        } else {
            "Deadline"
        };
        assert!(header_rows(&screen)[0].ends_with(deadline), "{screen}");
    }
}

#[test]
fn no_help_line_reaches_the_edge_without_the_mark() {
    // At 60 columns (the least), tall enough to show every group: a line
    // that reaches the dialog's edge was cut, and shows it.
    for lang in [Lang::En, Lang::Es] {
        for (tab, pressed) in VIEWS {
            let mut app = demo(lang);
            keys(&mut app, &format!("{pressed}?"));
            let screen = text(&render(&app, 60, 70));
            let dialog = screen
                .lines()
                .skip_while(|l| !l.starts_with("┌ Keys") && !l.starts_with("┌ Teclas"))
                .skip(1)
                .take_while(|l| !l.starts_with('└'))
                .collect::<Vec<_>>();
            assert!(dialog.len() > 10, "{tab:?} {lang:?}: no help\n{screen}");
            for row in dialog {
                let chars: Vec<char> = row.chars().collect();
                // The last cell before the frame's right edge.
                let last = chars[chars.len().saturating_sub(2)];
                assert!(
                    last.is_whitespace() || last == '…' || last == '│',
                    "{tab:?} {lang:?}: {row}"
                );
            }
        }
    }
}
