//! What a command says when the item it names is not there, or is not the
//! only one that matches: in each language with the words of that kind
//! (gender and plural agree in Spanish).

use super::Lang;
use crate::domain::Kind;

/// How a sentence names a kind: none of them, several of them, its plural,
/// and "add them".
struct Words {
    none: &'static str,
    several: &'static str,
    plural: &'static str,
    plural_capital: &'static str,
    add_them: &'static str,
}

impl Lang {
    fn words(self, kind: Kind) -> Words {
        let (none, several, plural, plural_capital, add_them) = match (self, kind) {
            (Lang::En, Kind::Campaign) => (
                "no campaign",
                "several",
                "campaigns",
                "Campaigns",
                "Add them",
            ),
            (Lang::En, Kind::Post) => ("no post", "several", "posts", "Posts", "Add them"),
            (Lang::En, Kind::Channel) => {
                ("no channel", "several", "channels", "Channels", "Add them")
            }
            (Lang::En, _) => (
                "no objective",
                "several",
                "objectives",
                "Objectives",
                "Add them",
            ),
            (Lang::Es, Kind::Campaign) => (
                "ninguna campaña",
                "varias",
                "campañas",
                "Campañas",
                "Añádelas",
            ),
            (Lang::Es, Kind::Post) => (
                "ninguna publicación",
                "varias",
                "publicaciones",
                "Publicaciones",
                "Añádelas",
            ),
            (Lang::Es, Kind::Channel) => {
                ("ningún canal", "varios", "canales", "Canales", "Añádelos")
            }
            (Lang::Es, _) => (
                "ningún objetivo",
                "varios",
                "objetivos",
                "Objetivos",
                "Añádelos",
            ),
        };
        Words {
            none,
            several,
            plural,
            plural_capital,
            add_them,
        }
    }

    /// Nothing of `kind` is called `query`: the ids there are, or that
    /// there are none yet.
    pub fn unknown_item(self, kind: Kind, query: &str, ids: &[&str]) -> String {
        let w = self.words(kind);
        let (none, plural, add) = (w.none, w.plural, w.add_them);
        if ids.is_empty() {
            return self.pick(
                format!("{none} matches {query:?}: the plan has no {plural} yet. {add} in the plan first."),
                format!("{none} coincide con {query:?}: el plan aún no tiene {plural}. {add} primero al plan."),
            );
        }
        let list = ids.join(", ");
        let title = w.plural_capital;
        self.pick(
            format!("{none} matches {query:?}. {title}: {list}"),
            format!("{none} coincide con {query:?}. {title}: {list}"),
        )
    }

    /// `query` begins the id or name of several items of `kind`.
    pub fn ambiguous_item(self, kind: Kind, query: &str, matches: &[&str]) -> String {
        let w = self.words(kind);
        let (several, plural, list) = (w.several, w.plural, matches.join(", "));
        // A post is named by its title.
        let (name, nombre) = if kind == Kind::Post {
            ("title", "título")
        } else {
            ("name", "nombre")
        };
        self.pick(
            format!("{query:?} matches {several} {plural}: {list}. Type more of the id or {name}."),
            format!(
                "{query:?} coincide con {several} {plural}: {list}. Escribe más letras del id o del {nombre}."
            ),
        )
    }
}
