//! What is said when socialplan itself fails: a crash, a debug log that
//! cannot be written.

use std::path::Path;

use crate::text::{escape_disruptive, shown_path};

use super::Lang;

impl Lang {
    /// After a panic, the terminal restored: what happened, that saved
    /// changes are safe, and where the details are.
    pub fn crash_report(self, message: &str, report: &Path) -> String {
        let (message, report) = (escape_disruptive(message), shown_path(report));
        self.pick(
            format!("socialplan stopped because of a bug: {message}\nEvery change saved before it is in the plan file. The details are in {report}: please attach that file when you report the bug."),
            format!("socialplan se ha detenido por un error del programa: {message}\nTodo cambio guardado antes está en el fichero del plan. Los detalles están en {report}: adjunta ese fichero al informar del error."),
        )
    }

    /// After a panic whose report could not be written anywhere: the
    /// report follows on stderr.
    pub fn crash_unwritten(self, message: &str, error: &std::io::Error) -> String {
        let message = escape_disruptive(message);
        self.pick(
            format!("socialplan stopped because of a bug: {message}\nEvery change saved before it is in the plan file. The report could not be written to a file ({error}), so here it is: please include it when you report the bug."),
            format!("socialplan se ha detenido por un error del programa: {message}\nTodo cambio guardado antes está en el fichero del plan. El informe no se pudo escribir en un fichero ({error}), así que aquí está: inclúyelo al informar del error."),
        )
    }

    /// `SOCIALPLAN_LOG` is set, but its file cannot be opened.
    pub fn log_unwritable(self, path: &Path, error: &std::io::Error) -> String {
        let path = shown_path(path);
        self.pick(
            format!("cannot write the debug log {path}: {error}. Continuing without it."),
            format!(
                "no se puede escribir el registro de depuración {path}: {error}. Se sigue sin él."
            ),
        )
    }
}
