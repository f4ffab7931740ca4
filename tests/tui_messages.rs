//! Status-line messages read as sentences, in both languages.
#![allow(clippy::unwrap_used)] // tests may unwrap (helpers too)

mod common;

use common::{keys, on_file, screen};
use socialplan::i18n::Lang;

#[test]
fn probe() {
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = on_file(dir.path(), None, Lang::En);
    keys(&mut app, "2dy");
    println!("{}", screen(&app));
    keys(&mut app, "3dy");
    println!("{}", screen(&app));
    panic!();
}
