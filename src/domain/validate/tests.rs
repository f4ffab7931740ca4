use super::*;

#[test]
fn slugs_fold_accents_and_punctuation() {
    assert_eq!(slug("Rebajas de Otoño!"), "rebajas-de-otono");
    assert_eq!(slug("  Día de la Madre 🎂 "), "dia-de-la-madre");
    assert_eq!(slug("🎄"), "item");
    assert!(id(&slug(&"x".repeat(100))).is_ok());
}

#[test]
fn unique_ids_count_up() {
    let taken = ["spring", "spring-2"];
    assert_eq!(unique_id("Spring", |c| taken.contains(&c)), "spring-3");
    assert_eq!(unique_id("Summer", |c| taken.contains(&c)), "summer");
}

#[test]
fn text_rules() {
    assert!(line(Field::Name, "Café ☕ 🎄").is_ok());
    assert_eq!(
        line(Field::Name, "a\u{1b}[2J"),
        Err(EditError::ControlCharacter(Field::Name))
    );
    assert!(text(Field::Notes, "two\nlines").is_ok());
    assert!(text(Field::Notes, "tab\there").is_err());
    assert!(
        line(Field::Name, "abc\u{202e}def").is_err(),
        "bidi override"
    );
    assert!(
        line(Field::Name, "👩\u{200d}🍳 ❤\u{fe0f}").is_ok(),
        "joiners are fine"
    );
    assert_eq!(
        required_line(Field::Name, "  "),
        Err(EditError::Empty(Field::Name))
    );
}
