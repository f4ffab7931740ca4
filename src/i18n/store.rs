//! What the store's errors and notices say: what happened, to which file,
//! where, and how to recover.

use crate::domain::validate::Problem;
use crate::store::{NotAFile, Notice, StoreError, backup_path};
use crate::text::{escape_disruptive, shown_path};

use super::{Lang, T};

impl Lang {
    /// A store error: what happened, to which file, where, and how to recover.
    /// The path and what the parser quotes from the file are escaped: either
    /// may hold a control character that would drive the terminal.
    pub fn store_error(self, error: &StoreError) -> String {
        let file = error.path().map(shown_path).unwrap_or_default();
        let keep = self.pick(
            "socialplan will not write over it",
            "socialplan no lo sobrescribirá",
        );
        let recover = self.recovery(error.path());
        match error {
            StoreError::NoDataDir => self.t(T::NoDataDir).into(),
            StoreError::Read { source, .. } => self.pick(
                format!("cannot read {file}: {source}. Check the path and its permissions."),
                format!("no se puede leer {file}: {source}. Comprueba la ruta y sus permisos."),
            ),
            StoreError::Write { source, .. } => self.pick(
                format!("cannot save {file}: {source}. Nothing was changed; free some space or fix the permissions and try again."),
                format!("no se puede guardar {file}: {source}. No se ha cambiado nada; libera espacio o corrige los permisos y vuelve a intentarlo."),
            ),
            StoreError::NotAFile { what, .. } => self.not_a_file(&file, *what),
            StoreError::TooLarge { .. } => {
                let mib = crate::store::MAX_PLAN_BYTES / (1024 * 1024);
                self.pick(
                    format!("{file} is larger than {mib} MiB, far more than any plan or spreadsheet of one: check the path."),
                    format!("{file} ocupa más de {mib} MiB, mucho más que cualquier plan u hoja de cálculo de uno: comprueba la ruta."),
                )
            }
            StoreError::NotWritable { .. } => self.pick(
                format!("you have no permission to write {file}. Nothing was changed; ask its owner, fix it with chmod, or open it with --read-only."),
                format!("no tienes permiso para escribir {file}. No se ha cambiado nada; pídeselo a su propietario, corrígelo con chmod o ábrelo con --read-only."),
            ),
            StoreError::Busy { .. } => self.pick(
                format!("{file} is being saved by another socialplan for too long. Nothing was changed; try again in a moment."),
                format!("otro socialplan lleva demasiado tiempo guardando {file}. No se ha cambiado nada; vuelve a intentarlo en un momento."),
            ),
            StoreError::Syntax { line, column, message, truncated, .. } => {
                // serde's detail is English: in Spanish, in parentheses.
                let what = match (truncated, self) {
                    (true, Lang::En) => ": the file ends too soon (cut short?)".to_string(),
                    (true, Lang::Es) => ": el fichero termina antes de tiempo (¿cortado?)".to_string(),
                    (false, Lang::En) => format!(": {}", escape_disruptive(message)),
                    (false, Lang::Es) => format!(" ({})", escape_disruptive(message)),
                };
                self.pick(
                    format!("{file}:{line}:{column}: not valid JSON{what}. {keep}; {recover}."),
                    format!("{file}:{line}:{column}: JSON no válido{what}. {keep}; {recover}."),
                )
            }
            StoreError::NotAPlan { .. } => self.pick(
                format!("{file} is not a socialplan plan (expected a JSON object). {keep}; {recover}."),
                format!("{file} no es un plan de socialplan (se esperaba un objeto JSON). {keep}; {recover}."),
            ),
            StoreError::NoVersion { .. } => self.pick(
                format!("{file} has no schema_version, so it is not a plan this program wrote. {keep}; {recover}."),
                format!("{file} no tiene schema_version, así que no es un plan escrito por este programa. {keep}; {recover}."),
            ),
            StoreError::BadVersion { found, .. } => {
                let found = escape_disruptive(found);
                self.pick(
                format!("{file}: schema_version {found} is not a version number. {keep}; {recover}."),
                format!("{file}: schema_version {found} no es un número de versión. {keep}; {recover}."),
                )
            }
            StoreError::Newer { found, .. } => {
                let ours = crate::domain::SCHEMA_VERSION;
                self.pick(
                    format!("{file} was written by a newer socialplan (file format {found}; this one reads up to {ours}). {keep}; upgrade socialplan to open it."),
                    format!("{file} lo escribió un socialplan más reciente (formato {found}; este lee hasta el {ours}). {keep}; actualiza socialplan para abrirlo."),
                )
            }
            StoreError::Migration { from, message, .. } => {
                let message = escape_disruptive(message);
                self.pick(
                format!("{file}: cannot upgrade from file format {from}: {message}. {keep}; {recover}."),
                format!("{file}: no se puede actualizar desde el formato {from}: {message}. {keep}; {recover}."),
                )
            }
            StoreError::Invalid { field, line, column, message, .. } => {
                let (field, message) = (escape_disruptive(field), escape_disruptive(message));
                self.pick(
                format!("{file}:{line}:{column}: field {field}: {message}. {keep}; {recover}."),
                format!("{file}:{line}:{column}: campo {field}: {} ({message}). {keep}; {recover}.", serde_problem(&message)),
                )
            }
            StoreError::Problem { problem, .. } => {
                let (place, what) = self.problem(problem);
                self.pick(
                    format!("{file}: {place}{what} {keep}; {recover}."),
                    format!("{file}: {place}{what} {keep}; {recover}."),
                )
            }
            StoreError::Gone { .. } => self.pick(
                format!("{file} was moved or deleted after socialplan read it, so this change was not saved. The plan is still here, in memory: write it back to the file first."),
                format!("{file} se movió o se borró después de que socialplan lo leyera, así que este cambio no se ha guardado. El plan sigue aquí, en memoria: vuelve a escribirlo en el fichero primero."),
            ),
        }
    }

    /// How to get a good plan back: from the backup, when there is one.
    fn recovery(self, path: Option<&std::path::Path>) -> String {
        match path {
            // Rendering an error is the one place worth a look at the disk:
            // only point at a backup that is there.
            Some(path) if backup_path(path).exists() => {
                let backup = shown_path(&backup_path(path));
                self.pick(
                    format!("fix the file by hand, or restore the previous version from {backup}"),
                    format!("corrige el fichero a mano o recupera la versión anterior de {backup}"),
                )
            }
            _ => self
                .pick(
                    "fix the file by hand (there is no backup beside it)",
                    "corrige el fichero a mano (no hay copia de seguridad junto a él)",
                )
                .to_string(),
        }
    }

    /// "plan.json is a directory: give the path of a file."
    fn not_a_file(self, file: &str, what: NotAFile) -> String {
        let (en, es) = match what {
            NotAFile::Directory => ("a directory", "un directorio"),
            NotAFile::Device => ("a device, not a file", "un dispositivo, no un fichero"),
            NotAFile::Socket => ("a socket, not a file", "un socket, no un fichero"),
            NotAFile::Pipe => (
                "a pipe, which can be read but not saved to",
                "una tubería, que se puede leer pero no guardar",
            ),
        };
        let fix = if what == NotAFile::Pipe {
            self.pick(
                "add --read-only to look at it, or give the path of a plan file",
                "añade --read-only para consultarlo, o indica la ruta de un fichero de plan",
            )
        } else {
            self.pick("give the path of a file", "indica la ruta de un fichero")
        };
        self.pick(
            format!("{file} is {en}: {fix}."),
            format!("{file} es {es}: {fix}."),
        )
    }

    /// Said once when a plan file opens: on stderr by the CLI, on the status
    /// line by the TUI.
    pub fn store_notice(self, notice: &Notice) -> String {
        match notice {
            Notice::HardLinks { path, links } => {
                let file = shown_path(path);
                self.pick(
                    format!("{file} has {links} hard links: a save writes a new file, so the other names keep the old plan. Share a plan with a symbolic link instead."),
                    format!("{file} tiene {links} enlaces duros: al guardar se escribe un fichero nuevo y los demás nombres conservan el plan anterior. Para compartir un plan usa un enlace simbólico."),
                )
            }
            Notice::NotWritable { path } => {
                let file = shown_path(path);
                self.pick(
                    format!("You have no permission to write {file}: it opens read-only. Fix its permissions to change it."),
                    format!("No tienes permiso para escribir {file}: se abre en solo lectura. Corrige sus permisos para cambiarlo."),
                )
            }
        }
    }

    fn problem(self, problem: &Problem) -> (String, String) {
        let place = problem
            .item
            .as_ref()
            .map(|(kind, key)| format!("{} {key:?}: ", self.kind(*kind)))
            .unwrap_or_default();
        (place, self.edit_error(&problem.error))
    }
}

/// A Spanish reading of serde's message about a field, which is English:
/// its kind of problem, from the words serde_json starts it with.
fn serde_problem(message: &str) -> &'static str {
    const KINDS: &[(&str, &str)] = &[
        ("invalid type", "el valor no es del tipo esperado"),
        ("invalid value", "el valor no es válido"),
        ("invalid length", "el número de elementos no es el esperado"),
        ("unknown variant", "el valor no es ninguno de los admitidos"),
        ("unknown field", "el campo no existe en un plan"),
        ("missing field", "falta un campo obligatorio"),
        ("duplicate field", "el campo está repetido"),
    ];
    KINDS
        .iter()
        .find(|(start, _)| message.starts_with(start))
        .map_or("el valor no es válido", |&(_, spanish)| spanish)
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::PathBuf;

    use super::*;
    use crate::domain::{EditError, Field, Kind};

    /// Every store error, about `path`, quoting `quoted` where it quotes the file.
    fn every_store_error(path: &std::path::Path, quoted: &str) -> Vec<StoreError> {
        let path = || path.to_path_buf();
        let io_error = || io::Error::from(io::ErrorKind::PermissionDenied);
        vec![
            StoreError::Read {
                path: path(),
                source: io_error(),
            },
            StoreError::Write {
                path: path(),
                source: io_error(),
            },
            StoreError::Busy { path: path() },
            StoreError::Syntax {
                path: path(),
                line: 1,
                column: 2,
                message: quoted.into(),
                truncated: false,
            },
            StoreError::NotAPlan { path: path() },
            StoreError::NoVersion { path: path() },
            StoreError::BadVersion {
                path: path(),
                found: quoted.into(),
            },
            StoreError::Newer {
                path: path(),
                found: 99,
            },
            StoreError::Migration {
                path: path(),
                from: 1,
                message: quoted.into(),
            },
            StoreError::Invalid {
                path: path(),
                field: quoted.into(),
                line: 3,
                column: 4,
                message: quoted.into(),
            },
            StoreError::Problem {
                path: path(),
                problem: Problem {
                    item: Some((Kind::Channel, quoted.into())),
                    error: EditError::Empty(Field::Name),
                },
            },
        ]
    }

    #[test]
    fn store_errors_name_the_file_with_control_characters_escaped() {
        let path = PathBuf::from("/tmp/\u{1b}[31mred/plan.json");
        for error in every_store_error(&path, "\u{1b}]0;title\u{7}") {
            for lang in [Lang::En, Lang::Es] {
                let text = lang.store_error(&error);
                assert!(!text.chars().any(char::is_control), "{text:?}");
                assert!(text.contains("/tmp/\\u{1b}[31mred/plan.json"), "{text:?}");
            }
        }
    }
}
