use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::*;
use crate::i18n::Lang;
use crate::theme::Theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum T {
    Name,
    Kind,
    Goals,
}

impl FieldKey for T {}

fn press(form: &mut Form<T>, code: KeyCode) -> Outcome {
    form.handle_key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_text(form: &mut Form<T>, text: &str) {
    for c in text.chars() {
        press(form, KeyCode::Char(c));
    }
}

fn nothing(_: &mut Form<T>, _: &Ctx) -> Option<Change> {
    None
}

fn form() -> Form<T> {
    Form::new("t", nothing)
        .text(T::Name, "Name", "")
        .choice(
            T::Kind,
            "Kind",
            vec!["Social".into(), "Owned".into(), "Press".into()],
            0,
        )
        .checklist(
            T::Goals,
            "Goals",
            vec![
                ("a".into(), "A".into(), false),
                ("b".into(), "B".into(), true),
            ],
        )
}

#[test]
fn typing_edits_the_focused_text_with_accents_and_emoji() {
    let mut f = form();
    type_text(&mut f, "Campaña 🎄");
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::Backspace);
    assert_eq!(f.value(T::Name), "Campaña🎄");
}

#[test]
fn tab_and_arrows_move_between_fields_and_options() {
    let mut f = form();
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::Right);
    assert_eq!(f.selected(T::Kind), 1);
    type_text(&mut f, "p");
    assert_eq!(f.selected(T::Kind), 2);
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(f.checked_keys(T::Goals), ["a", "b"]);
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Char(' '));
    assert_eq!(f.checked_keys(T::Goals), ["a"]);
    press(&mut f, KeyCode::Down);
    assert_eq!(f.focus, 0, "wraps to the first field");
    press(&mut f, KeyCode::BackTab);
    assert_eq!(f.focus, 2);
}

/// The form drawn in a `width`-cell wide area, as text rows.
fn drawn(form: &Form<T>, width: u16) -> Vec<String> {
    let plan = crate::domain::Plan::default();
    let posts = crate::domain::post::PostsByCampaign::default();
    let ctx = Ctx {
        plan: &plan,
        posts: &posts,
        today: chrono::NaiveDate::MIN,
        lang: Lang::En,
        theme: Theme::new(false, false),
    };
    let area = Rect::new(0, 0, width, 12);
    let mut buf = Buffer::empty(area);
    form.render(area, &mut buf, &ctx);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn a_long_value_scrolls_to_its_cursor_and_others_show_their_start() {
    let mut f = form();
    type_text(&mut f, &format!("start {} end", "x".repeat(80)));
    let rows = drawn(&f, 40);
    let name_row = rows.iter().find(|r| r.contains("Name")).unwrap();
    assert!(name_row.contains("end"), "{rows:#?}");
    assert!(!name_row.contains("start"), "{rows:#?}");
    press(&mut f, KeyCode::Tab);
    let rows = drawn(&f, 40);
    let name_row = rows.iter().find(|r| r.contains("Name")).unwrap();
    assert!(name_row.contains("start xxx"), "{rows:#?}");
}

#[test]
fn long_errors_wrap_inside_the_dialog() {
    let mut f = form();
    f.invalid(
        T::Name,
        "a reason long enough to need two rows in a narrow dialog, surely",
    );
    f.error = Some("and a form-level message that is also long enough to wrap".into());
    let rows = drawn(&f, 40).join("\n");
    assert!(rows.contains("surely"), "{rows}");
    assert!(rows.contains("to wrap"), "{rows}");
}

#[test]
fn enter_submits_and_esc_cancels() {
    let mut f = form();
    assert_eq!(press(&mut f, KeyCode::Enter), Outcome::Submit);
    assert_eq!(press(&mut f, KeyCode::Esc), Outcome::Cancel);
}

#[test]
fn a_form_is_changed_only_while_a_value_differs_from_how_it_opened() {
    let mut f = form();
    assert!(!f.is_changed());
    type_text(&mut f, "x");
    assert!(f.is_changed());
    press(&mut f, KeyCode::Backspace);
    assert!(!f.is_changed(), "typed and deleted again");
    press(&mut f, KeyCode::Tab);
    press(&mut f, KeyCode::Right);
    assert!(f.is_changed(), "another choice");
    press(&mut f, KeyCode::Left);
    press(&mut f, KeyCode::Down);
    press(&mut f, KeyCode::Char(' '));
    assert!(f.is_changed(), "a ticked box");
}

#[test]
fn control_characters_are_not_typed() {
    let mut f = form();
    f.handle_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
    press(&mut f, KeyCode::Char('\u{1b}'));
    assert_eq!(f.value(T::Name), "");
}

#[test]
fn a_multi_line_field_takes_enter_and_counts_as_unchanged_when_typed_back() {
    let mut f = Form::new("t", nothing).lines(T::Name, "Notes", "first");
    assert_eq!(press(&mut f, KeyCode::Enter), Outcome::Continue);
    type_text(&mut f, "second ");
    assert_eq!(f.value(T::Name), "first\nsecond");
    assert!(f.is_changed());
    for _ in 0..="second ".len() {
        press(&mut f, KeyCode::Backspace);
    }
    assert!(!f.is_changed(), "back to how it began");
    let ctrl_s = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert_eq!(f.handle_key(ctrl_s), Outcome::Submit);
    let ctrl_o = KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(f.handle_key(ctrl_o), Outcome::Editor);
    f.set_focused_text("from\nthe editor");
    assert_eq!(f.value(T::Name), "from\nthe editor");
}

#[test]
fn the_editor_key_does_nothing_on_a_choice_and_joins_lines_in_a_one_line_field() {
    let mut f = form();
    f.set_focused_text("two\nlines");
    assert_eq!(f.value(T::Name), "two lines");
    press(&mut f, KeyCode::Tab);
    let ctrl_o = KeyEvent::new(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(f.handle_key(ctrl_o), Outcome::Continue);
}
