//! Errors as sentences that say what is wrong and what to do.

use crate::domain::validate::Problem;
use crate::domain::{Conflict, Direction, EditError, Field, Kind};
use crate::store::{NotAFile, Notice, StoreError, backup_path};
use crate::text::{escape_disruptive, shown_path};
use crate::workspace::CommitError;

use super::{Lang, T, number};

impl Lang {
    pub fn kind(self, kind: Kind) -> &'static str {
        match kind {
            Kind::Channel => self.pick("channel", "canal"),
            Kind::Objective => self.pick("objective", "objetivo"),
            Kind::Campaign => self.pick("campaign", "campaña"),
            Kind::Review => self.pick("review", "revisión"),
            Kind::Figure => self.pick("channel figure", "dato de canal"),
            Kind::Audience => self.pick("audience", "audiencia"),
            Kind::Competitor => self.pick("competitor", "competidor"),
        }
    }

    /// "Delete the campaign “Spring sale”?"
    pub fn delete_question(self, kind: Kind, name: &str) -> String {
        let name = crate::text::printable(name);
        self.pick(
            format!("Delete the {} “{name}”?", self.kind(kind)),
            format!("¿Borrar {} «{name}»?", self.kind_with_article(kind)),
        )
    }

    /// Spanish needs the article's gender: "el canal", "la campaña".
    fn kind_with_article(self, kind: Kind) -> String {
        let article = match kind {
            Kind::Campaign | Kind::Review | Kind::Audience => "la",
            _ => "el",
        };
        format!("{article} {}", self.kind(kind))
    }

    pub fn field(self, field: Field) -> &'static str {
        let (en, es) = match field {
            Field::PlanName => ("plan name", "nombre del plan"),
            Field::Notes => ("notes", "notas"),
            Field::Id => ("id", "id"),
            Field::Name => ("name", "nombre"),
            Field::Metric => ("metric", "métrica"),
            Field::Unit => ("unit", "unidad"),
            Field::Channel => ("channel", "canal"),
            Field::Baseline => ("baseline", "valor inicial"),
            Field::Target => ("target", "meta"),
            Field::Deadline => ("deadline", "fecha límite"),
            Field::Value => ("value", "valor"),
            Field::Note => ("note", "nota"),
            Field::Reason => ("reason", "motivo"),
            Field::Budget => ("budget", "presupuesto"),
            Field::MonthlyBudget => ("monthly budget", "presupuesto mensual"),
            Field::WeeklyHours => ("weekly hours", "horas semanales"),
            Field::Fit => ("fit score", "puntuación de encaje"),
            Field::Start => ("start", "inicio"),
            Field::End => ("end", "fin"),
            Field::Audience => ("audience", "audiencia"),
            Field::Message => ("message", "mensaje"),
            Field::Owner => ("owner", "responsable"),
            Field::Places => ("places", "dónde están"),
            Field::Interests => ("interests", "intereses"),
            Field::Age => ("age", "edad"),
            Field::Works => ("what works", "qué les funciona"),
            Field::Fails => ("what does not work", "qué no les funciona"),
            Field::Worked => ("what worked", "qué funcionó"),
            Field::DidNotWork => ("what did not work", "qué no funcionó"),
            Field::Followers => ("followers", "seguidores"),
            Field::Reach => ("reach", "alcance"),
            Field::Engagement => ("engagement", "interacción"),
            Field::Date => ("date", "fecha"),
        };
        self.pick(en, es)
    }

    #[allow(clippy::too_many_lines)] // one arm per error, two languages each
    pub fn edit_error(self, error: &EditError) -> String {
        use EditError as E;
        let en = self == Lang::En;
        match error {
            E::Empty(f) => self.pick(
                format!("the {} is empty: write something.", self.field(*f)),
                format!("falta {}: escribe algo.", self.field(*f)),
            ),
            E::ControlCharacter(f) => self.pick(
                format!("the {} contains control characters: remove them.", self.field(*f)),
                format!("{} contiene caracteres de control: quítalos.", self.field(*f)),
            ),
            E::TooLong { field, max } => self.pick(
                format!("the {} is longer than {max} characters: shorten it.", self.field(*field)),
                format!("{} tiene más de {max} caracteres: acórtalo.", self.field(*field)),
            ),
            E::InvalidId(id) => self.pick(
                format!("{id:?} is not a valid id: use 1 to 40 lowercase letters, digits and dashes, e.g. ig-followers."),
                format!("{id:?} no es un id válido: usa de 1 a 40 minúsculas, cifras y guiones, p. ej. ig-seguidores."),
            ),
            E::InvalidCurrency(code) => self.pick(
                format!("{code:?} is not a currency code: use three capital letters such as EUR or USD."),
                format!("{code:?} no es un código de moneda: usa tres mayúsculas como EUR o USD."),
            ),
            E::NotFinite(f) => self.pick(
                format!("the {} must be a finite number.", self.field(*f)),
                format!("{} debe ser un número finito.", self.field(*f)),
            ),
            E::Negative(f) => self.pick(
                format!("the {} cannot be negative.", self.field(*f)),
                format!("{} no puede ser negativo.", self.field(*f)),
            ),
            E::OutOfRange { field, min, max } => {
                let (min, max) = (number(*min), number(*max));
                self.pick(
                    format!("the {} must be between {min} and {max}.", self.field(*field)),
                    format!("{} debe estar entre {min} y {max}.", self.field(*field)),
                )
            }
            E::Duplicate { kind: Kind::Figure, key } => {
                // Figures have no id: they are one per channel and date.
                let (channel, date) = key.rsplit_once('@').unwrap_or((key, ""));
                self.pick(
                    format!("there is already a figure for {channel} on {date}: edit that one, or change the date."),
                    format!("ya hay un dato de {channel} del {date}: edita ese, o cambia la fecha."),
                )
            }
            E::Duplicate { kind: Kind::Review, key } => self.pick(
                format!("there is already a review on {key}: edit that one, or change the date."),
                format!("ya hay una revisión del {key}: edita esa, o cambia la fecha."),
            ),
            E::Duplicate { kind, key } => self.pick(
                format!("a {} {key:?} already exists: choose another id.", self.kind(*kind)),
                format!("ya existe un {} {key:?}: elige otro id.", self.kind(*kind)),
            ),
            E::NotFound { kind, key } => self.pick(
                format!("there is no {} {key:?}.", self.kind(*kind)),
                format!("no existe el {} {key:?}.", self.kind(*kind)),
            ),
            E::UnknownChannel(id) => self.pick(
                format!("there is no channel {id:?}: add it first or pick an existing one."),
                format!("no existe el canal {id:?}: añádelo antes o elige uno existente."),
            ),
            E::UnknownObjective(id) => self.pick(
                format!("there is no objective {id:?}: add it first or pick an existing one."),
                format!("no existe el objetivo {id:?}: añádelo antes o elige uno existente."),
            ),
            E::RepeatedObjective(id) => self.pick(
                format!("the objective {id:?} is listed twice: keep it once."),
                format!("el objetivo {id:?} aparece dos veces: déjalo una sola vez."),
            ),
            E::EndBeforeStart { start, end } => self.pick(
                format!("the end ({end}) is before the start ({start}): a campaign ends on or after the day it starts."),
                format!("el fin ({end}) es anterior al inicio ({start}): una campaña termina el mismo día que empieza o después."),
            ),
            E::TargetEqualsBaseline(value) => self.pick(
                format!("the target equals the baseline ({}): an objective must aim to change something.", number(*value)),
                format!("la meta es igual al valor inicial ({}): un objetivo debe aspirar a cambiar algo.", number(*value)),
            ),
            E::TargetWrongSide { direction, baseline, target } => {
                let (b, t) = (number(*baseline), number(*target));
                match (direction, en) {
                    (Direction::Increase, true) => format!("the target {t} is below the baseline {b}, but the objective is to increase: raise the target or make it a decrease."),
                    (Direction::Increase, false) => format!("la meta {t} es menor que el valor inicial {b}, pero el objetivo es aumentar: sube la meta o conviértelo en una reducción."),
                    (Direction::Decrease, true) => format!("the target {t} is above the baseline {b}, but the objective is to decrease: lower the target or make it an increase."),
                    (Direction::Decrease, false) => format!("la meta {t} es mayor que el valor inicial {b}, pero el objetivo es reducir: baja la meta o conviértelo en un aumento."),
                }
            }
            E::DeadlineNotAfterBaseline { baseline, deadline } => self.pick(
                format!("the deadline ({deadline}) must come after the baseline date ({baseline})."),
                format!("la fecha límite ({deadline}) debe ser posterior a la fecha del valor inicial ({baseline})."),
            ),
            E::InFuture { date, today } => self.pick(
                format!("{date} is after today ({today}): only what has happened can be recorded."),
                format!("{date} es posterior a hoy ({today}): solo se puede registrar lo que ya ha ocurrido."),
            ),
            E::BeforeBaseline { date, baseline } => self.pick(
                format!("{date} is before the objective's baseline date ({baseline}): change the baseline first."),
                format!("{date} es anterior a la fecha del valor inicial del objetivo ({baseline}): cambia antes el valor inicial."),
            ),
            E::MeasurementsOutOfOrder(date) => self.pick(
                format!("the measurements are not in date order, or {date} appears twice: one value per date, oldest first."),
                format!("las mediciones no están en orden de fecha, o {date} aparece dos veces: un valor por fecha, de la más antigua a la más reciente."),
            ),
            E::NoMeasurementOn { objective, date } => self.pick(
                format!("the objective {objective:?} has no value on {date}."),
                format!("el objetivo {objective:?} no tiene valor el {date}."),
            ),
            E::InUse { kind, key, used_by } => {
                let list = used_by.join(", ");
                self.pick(
                    format!("the {} {key:?} is used by {list}: change or delete those first.", self.kind(*kind)),
                    format!("el {} {key:?} está en uso por {list}: cámbialos o bórralos antes.", self.kind(*kind)),
                )
            }
            E::RevisionRequired(id) => self.pick(
                format!("the target and deadline of {id:?} change only through a revision, which keeps the old values and asks why."),
                format!("la meta y la fecha límite de {id:?} solo cambian con una revisión, que guarda los valores anteriores y pide el motivo."),
            ),
            E::RevisionChangesNothing(id) => self.pick(
                format!("the revision of {id:?} sets the same target and deadline: change at least one."),
                format!("la revisión de {id:?} deja la misma meta y fecha límite: cambia al menos una."),
            ),
            E::NoRevision(id) => self.pick(
                format!("the objective {id:?} has no revision to take back."),
                format!("el objetivo {id:?} no tiene ninguna revisión que deshacer."),
            ),
            E::RevisionMismatch(id) => self.pick(
                format!("the last revision of {id:?} does not hold its current target and deadline: make them match."),
                format!("la última revisión de {id:?} no coincide con su meta y fecha límite actuales: haz que coincidan."),
            ),
            E::AgeRange { min, max } => self.pick(
                format!("the age range {min}–{max} is not valid: the youngest age comes first, up to 120."),
                format!("el rango de edad {min}–{max} no es válido: primero la edad menor, hasta 120."),
            ),
            E::Changed(changed) => self.changed(changed),
            E::NotPatchable { kind, field } => self.pick(
                format!("a {} has no field {field:?} that can be changed this way.", self.kind(*kind)),
                format!("{} no tiene ningún campo {field:?} que se pueda cambiar así.", self.kind_with_article(*kind)),
            ),
        }
    }

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
                let what = match (truncated, self) {
                    (true, Lang::En) => "the file ends too soon (cut short?)".to_string(),
                    (true, Lang::Es) => "el fichero termina antes de tiempo (¿cortado?)".to_string(),
                    (false, _) => escape_disruptive(message),
                };
                self.pick(
                    format!("{file}:{line}:{column}: not valid JSON: {what}. {keep}; {recover}."),
                    format!("{file}:{line}:{column}: JSON no válido: {what}. {keep}; {recover}."),
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
                format!("{file}:{line}:{column}: campo {field}: {message}. {keep}; {recover}."),
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

    /// A conflict, said whole: what, which field, the value there now and
    /// the one wanted, and that nothing was changed.
    pub fn changed(self, changed: &Conflict) -> String {
        let what = self.changed_item(changed);
        let field = escape_disruptive(&changed.field);
        let found = self.value(changed.theirs.as_ref());
        let wanted = self.value(changed.ours.as_ref());
        self.pick(
            format!("{what}: {field} was changed elsewhere since you read it; it is now {found}, and your change would make it {wanted}. Nothing was changed: look at it again and repeat your change if it still applies."),
            format!("{what}: {field} ha cambiado en otra parte desde que lo leíste; ahora es {found} y tu cambio lo dejaría en {wanted}. No se ha cambiado nada: vuelve a mirarlo y repite el cambio si sigue siendo válido."),
        )
    }

    /// "the campaign “welcome”", or "the plan".
    pub fn changed_item(self, changed: &Conflict) -> String {
        match &changed.item {
            Some((kind, key)) => {
                let key = escape_disruptive(key);
                self.pick(
                    format!("the {} “{key}”", self.kind(*kind)),
                    format!("{} «{key}»", self.kind_with_article(*kind)),
                )
            }
            None => self.pick("the plan", "el plan").to_string(),
        }
    }

    /// A value of the file as a person reads it: text quoted, numbers as
    /// numbers, nothing as "(nothing)", lists joined.
    pub fn value(self, value: Option<&serde_json::Value>) -> String {
        use serde_json::Value as V;
        let Some(value) = value else {
            return self.pick("(nothing)", "(nada)").to_string();
        };
        match value {
            V::Null => self.pick("(nothing)", "(nada)").to_string(),
            V::Bool(true) => self.pick("yes", "sí").to_string(),
            V::Bool(false) => self.pick("no", "no").to_string(),
            V::Number(n) => n.as_f64().map_or_else(|| n.to_string(), number),
            V::String(s) if s.is_empty() => self.pick("(empty)", "(vacío)").to_string(),
            V::String(s) => format!("“{}”", escape_disruptive(s)),
            V::Array(items) if items.is_empty() => self.pick("(none)", "(ninguno)").to_string(),
            V::Array(items) => items
                .iter()
                .map(|v| match v {
                    V::String(s) => escape_disruptive(s),
                    other => self.value(Some(other)),
                })
                .collect::<Vec<_>>()
                .join(", "),
            V::Object(_) => escape_disruptive(&value.to_string()),
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
                    format!("you have no permission to write {file}: it opens read-only. Fix its permissions to change it."),
                    format!("no tienes permiso para escribir {file}: se abre en solo lectura. Corrige sus permisos para cambiarlo."),
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

    pub fn commit_error(self, error: &CommitError) -> String {
        match error {
            CommitError::ReadOnly => self.t(T::ReadOnly).into(),
            CommitError::Edit(e) => self.edit_error(e),
            CommitError::Store(e) => self.store_error(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::PathBuf;

    use super::*;

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
