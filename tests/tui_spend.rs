//! Recording what a campaign spent from the TUI (`$`), and seeing it in the
//! campaign's details and in its channel's month.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use common::{keys, on_file, render, saved, text, today};
use socialplan::domain::{Money, Spend};
use socialplan::i18n::Lang;
use socialplan::tui::App;

fn tall(app: &App) -> String {
    text(&render(app, 100, 40))
}

/// What the newsletter's welcome series spent, as the file holds it.
fn spend_of(path: &Path) -> Vec<Spend> {
    saved(path)
        .campaign("nl-welcome-series")
        .unwrap()
        .spend
        .clone()
}

#[test]
fn spend_recorded_with_dollar_shows_in_the_campaign_and_its_channels_month() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::En);
    // The first channel and the first campaign are both the newsletter's.
    keys(&mut app, "3");
    assert!(tall(&app).contains("Planned spend: Jan 8.23 · Feb 7.43"));
    keys(&mut app, "4$");
    // The date is today's unless changed.
    keys(&mut app, "<Tab>20<Tab>Banner ad<Enter>");
    let spent = vec![Spend {
        date: today(),
        amount: Money::from_units(20),
        note: "Banner ad".into(),
    }];
    assert_eq!(spend_of(&path), spent);
    let actions = tall(&app);
    assert!(
        actions.contains("Spent: 20.00 of 0.00 EUR planned"),
        "{actions}"
    );
    assert!(
        actions.contains("• 2027-01-20  20.00 EUR  Banner ad"),
        "{actions}"
    );
    // January: 20.00 spent of 8.23 planned, over the 14.90 a month.
    keys(&mut app, "3");
    let channels = tall(&app);
    assert!(
        channels.contains("Spent/planned: Jan 20.00/8.23 over · Feb 7.43"),
        "{channels}"
    );
    // Undo takes the entry back out of the file.
    keys(&mut app, "u");
    assert!(spend_of(&path).is_empty());
    assert!(tall(&app).contains("Planned spend: Jan 8.23 · Feb 7.43"));
}

#[test]
fn a_bad_amount_or_a_future_date_is_refused_in_the_form_in_spanish_too() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, path) = on_file(dir.path(), None, Lang::Es);
    // A decimal comma is Spanish; three decimals are no amount.
    keys(&mut app, "4$<Tab>1,555<Enter>");
    assert!(tall(&app).contains("no es un importe"), "{}", tall(&app));
    keys(&mut app, "<BS><BS><BS><BS><BS>0<Enter>");
    assert!(
        tall(&app).contains("El importe debe ser mayor que cero"),
        "{}",
        tall(&app)
    );
    // The date is offered as Spain writes it; the day after today is refused.
    assert!(tall(&app).contains("20/01/2027"), "{}", tall(&app));
    keys(
        &mut app,
        "<S-Tab><End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>21/01/2027<Tab><BS>15<Enter>",
    );
    assert!(tall(&app).contains("es posterior a hoy"), "{}", tall(&app));
    assert!(spend_of(&path).is_empty());
}
