use super::*;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn digits_jump_to_tabs() {
    assert_eq!(
        action(Tab::Objectives, &key(KeyCode::Char('5'))),
        Some(Action::GoTo(Tab::Calendar))
    );
    assert_eq!(action(Tab::Objectives, &key(KeyCode::Char('7'))), None);
}

#[test]
fn tab_keys_come_before_global_ones() {
    assert_eq!(
        action(Tab::Situation, &key(KeyCode::Char('l'))),
        Some(Action::NextSection)
    );
    assert_eq!(action(Tab::Objectives, &key(KeyCode::Char('l'))), None);
    assert_eq!(
        action(Tab::Review, &key(KeyCode::Char('w'))),
        Some(Action::CheckIn)
    );
}

#[test]
fn control_keys_need_control() {
    let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(action(Tab::Objectives, &ctrl_r), Some(Action::Redo));
    assert_eq!(
        action(Tab::Objectives, &key(KeyCode::Char('r'))),
        Some(Action::Revise)
    );
}

/// A tab may give a global key another meaning (it comes first), but
/// no key means two things among a tab's own keys or the global ones.
#[test]
fn no_key_means_two_things_on_one_tab() {
    let twice = |bindings: &[Binding], name: &str| {
        for (i, a) in bindings.iter().enumerate() {
            for b in &bindings[i + 1..] {
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{name}: {k:?} bound twice");
                }
            }
        }
    };
    twice(GLOBAL, "global");
    for tab in Tab::ALL {
        twice(tab_bindings(tab), &format!("{tab:?}"));
    }
}

#[test]
fn the_calendar_moves_in_time_with_arrows_and_pages() {
    let calendar = |code| action(Tab::Calendar, &key(code));
    assert_eq!(calendar(KeyCode::Char('h')), Some(Action::Earlier));
    assert_eq!(calendar(KeyCode::Right), Some(Action::Later));
    assert_eq!(calendar(KeyCode::PageUp), Some(Action::EarlierPage));
    assert_eq!(calendar(KeyCode::Enter), Some(Action::Posts));
    assert_eq!(calendar(KeyCode::Char('i')), Some(Action::Open));
    assert_eq!(calendar(KeyCode::Char('j')), Some(Action::Down));
    assert_eq!(
        action(Tab::Objectives, &key(KeyCode::PageUp)),
        Some(Action::PageUp)
    );
}

#[test]
fn paired_hints_show_both_keys() {
    let hints = hints(Tab::Calendar, Lang::En, false);
    assert_eq!(hints[0], ("←/→".to_string(), "move"));
    assert_eq!(hints[1], ("+/-".to_string(), "zoom"));
    let ascii = super::hints(Tab::Calendar, Lang::En, true);
    assert_eq!(ascii[0].0, "Left/Right");
    // In Spanish the arrows are named in Spanish too.
    let ascii = super::hints(Tab::Calendar, Lang::Es, true);
    assert_eq!(ascii[0].0, "Izq/Der");
}
