//! Texts of `import`: what a sheet added and changed, and why its rows were
//! refused, for campaigns and posts alike.

use std::path::Path;

use super::Lang;
use crate::domain::post::{PostFormat, PostStatus};
use crate::domain::{EditError, Kind};
use crate::formats::csv::{Import, Problem, RowError, file_word};
use crate::text::shown_path;

texts! {
    /// A label of the exchange formats.
    X;
    Format => "Format", "Formato";
    Link => "Link", "Enlace";
}

impl Lang {
    pub fn import_refused(self, rows: usize) -> String {
        let need = self.plural(rows, ("row needs", "rows need"), ("fila", "filas"));
        self.pick(
            format!("nothing was imported: {rows} {need} fixing first."),
            format!("no se ha importado nada: hay que corregir antes {rows} {need}."),
        )
    }

    pub fn imported(self, import: &Import) -> String {
        let Import {
            added,
            updated,
            unchanged,
            ..
        } = import;
        let items = match import.kind {
            Kind::Post => self.plural(*added, ("post", "posts"), ("publicación", "publicaciones")),
            _ => self.plural(*added, ("campaign", "campaigns"), ("campaña", "campañas")),
        };
        // Campañas and publicaciones are both feminine.
        let added_es = self.plural(*added, ("", ""), ("añadida", "añadidas"));
        let updated_es = self.plural(*updated, ("", ""), ("actualizada", "actualizadas"));
        let mut text = self.pick(
            format!("Imported: {added} {items} added, {updated} updated, {unchanged} unchanged."),
            format!(
                "Importado: {added} {items} {added_es}, {updated} {updated_es}, {unchanged} sin cambios."
            ),
        );
        let created = &import.channels_created;
        if !created.is_empty() {
            let list = created.join(", ");
            let n = created.len();
            let channels = self.plural(
                n,
                ("New channel", "New channels"),
                ("Canal nuevo", "Canales nuevos"),
            );
            let them = self.plural(n, ("it", "them"), ("dale", "dales"));
            text.push_str(&self.pick(
                format!(" {channels}: {list} (give {them} a reason and a budget in tab 3)."),
                format!(" {channels}: {list} ({them} un motivo y un presupuesto en la pestaña 3)."),
            ));
        }
        text
    }

    /// "plan.csv:4: the end is before the start…"
    pub fn row_problem(self, file: &Path, row: &RowError) -> String {
        use Problem as P;
        let kind = self.kind(row.kind);
        let what = match &row.problem {
            P::Malformed(e) => self.pick(format!("not CSV: {e}"), format!("no es CSV: {e}")),
            P::MissingColumn(c) => self.pick(
                format!("the header has no {c:?} column"),
                format!("la cabecera no tiene la columna {c:?}"),
            ),
            P::Empty(c) => self.pick(format!("{c} is empty"), format!("{c} está vacía")),
            // Campaña and publicación are both feminine: one Spanish sentence fits both.
            P::NewNeeds(c) => self.pick(
                format!("a new {kind} needs a {c:?} column: add it, or give the id of a {kind} the plan has"),
                format!("una {kind} nueva necesita la columna {c:?}: añádela o pon el id de una {kind} del plan"),
            ),
            P::BadDate { column, text, why } => {
                format!("{column}: {}", self.date_error(text, *why))
            }
            P::DuplicateId { id, first_line } => self.pick(
                format!("the id {id:?} is also on line {first_line}: each {kind} once per file"),
                format!("el id {id:?} también está en la línea {first_line}: cada {kind} una sola vez por fichero"),
            ),
            P::BadBudget(b) => self.bad_amount(b),
            P::BadStatus(s) => self.pick(
                format!("{s:?} is not a status: planned, active, done or cancelled"),
                format!("{s:?} no es un estado: planned, active, done o cancelled"),
            ),
            P::BadTime(t) => self.edit_error(&EditError::InvalidTime(t.clone())),
            P::BadResult { column, text } => self.pick(
                format!("{column}: {text:?} is not a whole number (0 or more); leave the cell empty for none"),
                format!("{column}: {text:?} no es un número entero (0 o más); deja la celda vacía si no hay dato"),
            ),
            P::BadFormat(f) => self.not_one_of(f, "format", "formato", &words(&PostFormat::ALL)),
            P::BadPostStatus(s) => self.not_one_of(s, "status", "estado", &words(&PostStatus::ALL)),
            P::Refused(e) => self.edit_error(e),
        };
        format!("  {}:{}: {what}", shown_path(file), row.line)
    }

    /// "\"tweet\" is not a format: post, carousel, …"
    fn not_one_of(self, text: &str, en: &str, es: &str, words: &str) -> String {
        self.pick(
            format!("{text:?} is not a {en}: {words}"),
            format!("{text:?} no es un {es}: {words}"),
        )
    }
}

/// The words the plan file writes for `values`, as a list.
fn words<V: serde::Serialize + Copy>(values: &[V]) -> String {
    values
        .iter()
        .map(|&v| file_word(v))
        .collect::<Vec<_>>()
        .join(", ")
}
