//! Errors as sentences that say what is wrong and what to do.

use crate::domain::{Direction, EditError, Field, Kind};
use crate::workspace::CommitError;

use super::grammar::indefinite;
use super::{Lang, T};

names! {
    pub fn kind(Kind);
    Channel => "channel", "canal";
    Objective => "objective", "objetivo";
    Campaign => "campaign", "campaña";
    Review => "review", "revisión";
    Figure => "channel figure", "cifra de canal";
    Audience => "audience", "público";
    Competitor => "competitor", "competidor";
    Post => "post", "publicación";
    Protocol => "protocol", "protocolo";
}

names! {
    pub fn field(Field);
    PlanName => "plan name", "nombre del plan";
    Notes => "notes", "notas";
    SituationNotes => "notes", "notas";
    Id => "id", "id";
    Name => "name", "nombre";
    Metric => "metric", "métrica";
    Unit => "unit", "unidad";
    Channel => "channel", "canal";
    Baseline => "baseline", "valor inicial";
    Target => "target", "meta";
    Deadline => "deadline", "fecha límite";
    Value => "value", "valor";
    Note => "note", "nota";
    Reason => "reason", "motivo";
    Budget => "budget", "presupuesto";
    Amount => "amount", "importe";
    MonthlyBudget => "monthly budget", "presupuesto mensual";
    WeeklyHours => "weekly hours", "horas semanales";
    PostsPerWeek => "posts per week", "publicaciones por semana";
    CopyLimit => "copy limit", "límite del texto";
    Fit => "fit score", "puntuación de encaje";
    Start => "start", "inicio";
    End => "end", "fin";
    Audience => "audience", "público";
    Message => "message", "mensaje";
    Owner => "owner", "responsable";
    Places => "places", "dónde están";
    Interests => "interests", "intereses";
    AgeMin => "youngest age", "edad mínima";
    AgeMax => "oldest age", "edad máxima";
    Works => "what works", "qué les funciona";
    Fails => "what does not work", "qué no les funciona";
    Worked => "what worked", "qué funcionó";
    DidNotWork => "what did not work", "qué no funcionó";
    Followers => "followers", "seguidores";
    Reach => "reach", "alcance";
    Engagement => "engagement", "interacción";
    Date => "date", "fecha";
    Campaign => "campaign", "campaña";
    Time => "time", "hora";
    Title => "title", "título";
    Copy => "copy", "texto";
    Asset => "image or video", "imagen o vídeo";
    Link => "link", "enlace";
    Trigger => "when it applies", "cuándo se aplica";
    Steps => "steps", "pasos";
    ResponseTime => "response time", "tiempo de respuesta";
}

impl Lang {
    /// "Delete the campaign “Spring sale”?"
    pub fn delete_question(self, kind: Kind, name: &str) -> String {
        let name = crate::text::printable(name);
        self.pick(
            format!("Delete the {} “{name}”?", self.kind(kind)),
            format!("¿Borrar {} «{name}»?", self.kind_with_article(kind)),
        )
    }

    /// Spanish needs the article's gender: "el canal", "la campaña".
    pub(super) fn kind_with_article(self, kind: Kind) -> String {
        let article = if feminine(kind) { "la" } else { "el" };
        format!("{article} {}", self.kind(kind))
    }

    /// An item refers to one of `kind` that the plan does not have.
    fn unknown(self, kind: Kind, id: &str) -> String {
        let (add, one) = if feminine(kind) {
            ("añádela", "una")
        } else {
            ("añádelo", "uno")
        };
        self.pick(
            format!(
                "there is no {} {id:?}: add it first or pick an existing one.",
                self.kind(kind)
            ),
            format!(
                "no existe {} {id:?}: {add} antes o elige {one} existente.",
                self.kind_with_article(kind)
            ),
        )
    }

    #[allow(clippy::too_many_lines)] // one arm per error, two languages each
    pub fn edit_error(self, error: &EditError) -> String {
        use EditError as E;
        let en = self == Lang::En;
        match error {
            E::Empty(f) => {
                let the = self.field_subject(*f);
                self.pick(
                    format!("{} {} empty: write something.", the.text, the.verb(self, ("is", "are"), ("", ""))),
                    format!("{} {}: escribe algo.", the.verb(self, ("", ""), ("falta", "faltan")), the.text),
                )
            }
            E::ControlCharacter(f) => {
                let the = self.field_subject(*f);
                let contains = the.verb(self, ("contains", "contain"), ("contiene", "contienen"));
                self.pick(
                    format!("{} {contains} control characters: remove them.", the.text),
                    format!("{} {contains} caracteres de control: quítalos.", the.text),
                )
            }
            E::TooLong { field, max } => {
                let the = self.field_subject(*field);
                let verb = the.verb(self, ("is", "are"), ("tiene", "tienen"));
                self.pick(
                    format!("{} {verb} longer than {max} characters: shorten it.", the.text),
                    format!("{} {verb} más de {max} caracteres: acórtalo.", the.text),
                )
            }
            E::InvalidId(id) => self.pick(
                format!("{id:?} is not a valid id: use 1 to 40 lowercase letters, digits and dashes, e.g. ig-followers."),
                format!("{id:?} no es un id válido: usa de 1 a 40 minúsculas, cifras y guiones, p. ej. ig-seguidores."),
            ),
            E::InvalidCurrency(code) => self.pick(
                format!("{code:?} is not a currency code: use three capital letters such as EUR or USD."),
                format!("{code:?} no es un código de moneda: usa tres mayúsculas como EUR o USD."),
            ),
            E::NotFinite(f) => {
                let the = self.field_subject(*f);
                let must = the.verb(self, ("must", "must"), ("debe", "deben"));
                self.pick(
                    format!("{} must be a finite number.", the.text),
                    format!("{} {must} ser un número finito.", the.text),
                )
            }
            E::Negative(f) => {
                let the = self.field_subject(*f);
                let can = the.verb(self, ("cannot", "cannot"), ("puede", "pueden"));
                self.pick(
                    format!("{} cannot be negative.", the.text),
                    format!("{} no {can} ser negativ{}.", the.text, the.ending()),
                )
            }
            E::NotPositive(f) => {
                let the = self.field_subject(*f);
                let must = the.verb(self, ("must", "must"), ("debe", "deben"));
                self.pick(
                    format!("{} must be more than zero.", the.text),
                    format!("{} {must} ser mayor que cero.", the.text),
                )
            }
            E::OutOfRange { field, min, max } => {
                let (min, max) = (self.num(*min), self.num(*max));
                let the = self.field_subject(*field);
                let must = the.verb(self, ("must", "must"), ("debe", "deben"));
                self.pick(
                    format!("{} must be between {min} and {max}.", the.text),
                    format!("{} {must} estar entre {min} y {max}.", the.text),
                )
            }
            E::Duplicate { kind: Kind::Figure, key, .. } => {
                // Figures have no id: they are one per channel and date.
                let (channel, date) = key.rsplit_once('@').unwrap_or((key, ""));
                self.pick(
                    format!("there is already a figure for {channel} on {date}: edit that one, or change the date."),
                    format!("ya hay una cifra de {channel} del {date}: edita esa, o cambia la fecha."),
                )
            }
            E::Duplicate { kind: Kind::Review, key, .. } => self.pick(
                format!("there is already a review on {key}: edit that one, or change the date."),
                format!("ya hay una revisión del {key}: edita esa, o cambia la fecha."),
            ),
            E::Duplicate { kind, key, .. } => self.pick(
                format!("{} {} {key:?} already exists: choose another id.", indefinite(self.kind(*kind)), self.kind(*kind)),
                format!(
                    "ya existe {} {} {key:?}: elige otro id.",
                    if feminine(*kind) { "una" } else { "un" },
                    self.kind(*kind)
                ),
            ),
            E::NotFound { kind, key } => self.pick(
                format!("there is no {} {key:?}.", self.kind(*kind)),
                format!("no existe el {} {key:?}.", self.kind(*kind)),
            ),
            E::UnknownChannel(id) => self.unknown(Kind::Channel, id),
            E::UnknownCampaign(id) => self.unknown(Kind::Campaign, id),
            E::UnknownObjective(id) => self.unknown(Kind::Objective, id),
            E::InvalidTime(time) => self.pick(
                format!("{time:?} is not a time: write it as HH:MM, from 00:00 to 23:59."),
                format!("{time:?} no es una hora: escríbela como HH:MM, de 00:00 a 23:59."),
            ),
            E::RepeatedObjective(id) => self.pick(
                format!("the objective {id:?} is listed twice: keep it once."),
                format!("el objetivo {id:?} aparece dos veces: déjalo una sola vez."),
            ),
            E::EndBeforeStart { start, end, .. } => self.pick(
                format!("the end ({end}) is before the start ({start}): a campaign ends on or after the day it starts."),
                format!("el fin ({end}) es anterior al inicio ({start}): una campaña termina el mismo día que empieza o después."),
            ),
            E::TargetEqualsBaseline(value) => self.pick(
                format!("the target equals the baseline ({}): an objective must aim to change something.", self.num(*value)),
                format!("la meta es igual al valor inicial ({}): un objetivo debe aspirar a cambiar algo.", self.num(*value)),
            ),
            E::TargetWrongSide { direction, baseline, target } => {
                let (b, t) = (self.num(*baseline), self.num(*target));
                match (direction, en) {
                    (Direction::Increase, true) => format!("the target {t} is below the baseline {b}, but the objective is to increase: raise the target or make it a decrease."),
                    (Direction::Increase, false) => format!("la meta {t} es menor que el valor inicial {b}, pero el objetivo es aumentar: sube la meta o conviértelo en una reducción."),
                    (Direction::Decrease, true) => format!("the target {t} is above the baseline {b}, but the objective is to decrease: lower the target or make it an increase."),
                    (Direction::Decrease, false) => format!("la meta {t} es mayor que el valor inicial {b}, pero el objetivo es reducir: baja la meta o conviértelo en un aumento."),
                }
            }
            E::DeadlineNotAfterBaseline { baseline, deadline } => {
                let (baseline, deadline) = (self.date(*baseline), self.date(*deadline));
                self.pick(
                format!("the deadline ({deadline}) must come after the baseline date ({baseline})."),
                format!("la fecha límite ({deadline}) debe ser posterior a la fecha del valor inicial ({baseline})."),
            )
            }
            E::InFuture { date, today } => {
                let (date, today) = (self.date(*date), self.date(*today));
                self.pick(
                format!("{date} is after today ({today}): only what has happened can be recorded."),
                format!("{date} es posterior a hoy ({today}): solo se puede registrar lo que ya ha ocurrido."),
            )
            }
            E::BeforeBaseline { date, baseline } => {
                let (date, baseline) = (self.date(*date), self.date(*baseline));
                self.pick(
                format!("{date} is before the objective's baseline date ({baseline}): change the baseline first."),
                format!("{date} es anterior a la fecha del valor inicial del objetivo ({baseline}): cambia antes el valor inicial."),
            )
            }
            E::SpendOutOfOrder(date) => self.pick(
                format!("the spend entries are not in order: {} comes after a later entry.", self.date(*date)),
                format!("los gastos no están en orden: {} viene tras un gasto posterior.", self.date(*date)),
            ),
            E::NoSpend { campaign, date, amount } => {
                let date = self.date(*date);
                self.pick(
                format!("the campaign {campaign:?} has no spend of {amount} on {date}."),
                format!("la campaña {campaign:?} no tiene un gasto de {amount} el {date}."),
            )
            }
            E::MeasurementsOutOfOrder(date) => {
                let date = self.date(*date);
                self.pick(
                format!("the measurements are not in date order, or {date} appears twice: one value per date, oldest first."),
                format!("las mediciones no están en orden de fecha, o {date} aparece dos veces: un valor por fecha, de la más antigua a la más reciente."),
            )
            }
            E::NoMeasurementOn { objective, date } => {
                let date = self.date(*date);
                self.pick(
                format!("the objective {objective:?} has no value on {date}."),
                format!("el objetivo {objective:?} no tiene valor el {date}."),
            )
            }
            E::InUse { kind, key, used_by } => {
                let list = used_by.join(", ");
                self.pick(
                    format!("the {} {key:?} is used by {list}: change or delete those first.", self.kind(*kind)),
                    format!("{} {key:?} está en uso por {list}: cámbialos o bórralos antes.", self.kind_with_article(*kind)),
                )
            }
            E::RevisionRequired(id) => self.pick(
                format!("the target and deadline of {id:?} change only through a revision, which keeps the old values and asks why."),
                format!("la meta y la fecha límite de {id:?} solo cambian con un reajuste, que guarda los valores anteriores y pide el motivo."),
            ),
            E::RevisionChangesNothing(id) => self.pick(
                format!("the revision of {id:?} sets the same target and deadline: change at least one."),
                format!("el reajuste de {id:?} deja la misma meta y fecha límite: cambia al menos una."),
            ),
            E::NoRevision(id) => self.pick(
                format!("the objective {id:?} has no revision to take back."),
                format!("el objetivo {id:?} no tiene ningún reajuste que deshacer."),
            ),
            E::RevisionMismatch(id) => self.pick(
                format!("the last revision of {id:?} does not hold its current target and deadline: make them match."),
                format!("el último reajuste de {id:?} no coincide con su meta y fecha límite actuales: haz que coincidan."),
            ),
            E::AgeRange { min, max, .. } => self.pick(
                format!("the age range {min}–{max} is not valid: the youngest age comes first, up to 120."),
                format!("el rango de edad {min}–{max} no es válido: primero la edad menor, hasta 120."),
            ),
            E::Changed(changed) => self.changed(changed),
            E::NotPatchable { kind, field } => self.pick(
                format!("{} {} has no field {field:?} that can be changed this way.", indefinite(self.kind(*kind)), self.kind(*kind)),
                format!("{} no tiene ningún campo {field:?} que se pueda cambiar así.", self.kind_with_article(*kind)),
            ),
        }
    }

    pub fn commit_error(self, error: &CommitError) -> String {
        match error {
            CommitError::ReadOnly => self.t(T::ReadOnly).into(),
            CommitError::Edit(e) => self.edit_error(e),
            CommitError::Store(e) => self.store_error(e),
            CommitError::WriterGone => self.t(crate::i18n::ui::Ui::WriterGone).into(),
        }
    }
}

/// Whether the Spanish name of `kind` is feminine ("la campaña").
fn feminine(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::Campaign | Kind::Review | Kind::Audience | Kind::Post
    )
}
