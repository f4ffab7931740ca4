//! Texts of the Markdown report.

use chrono::NaiveDate;

use super::Lang;
use crate::domain::{AudienceKind, Revision};
use crate::formats::markdown::Heading;

names! {
    /// A section's heading.
    pub fn report_heading(Heading);
    Situation => "Situation", "Situación";
    Figures => "Channel figures", "Cifras por canal";
    Audiences => "Audiences", "Audiencias";
    Competitors => "Competitors", "Competidores";
    Objectives => "Objectives", "Objetivos";
    Revisions => "Revisions of targets and deadlines", "Revisiones de metas y fechas límite";
    Channels => "Channels", "Canales";
    Budget => "Planned spend by month", "Gasto previsto por mes";
    Campaigns => "Campaigns by month", "Campañas por mes";
    Calendar => "Calendar", "Calendario";
    LastReview => "Last review", "Última revisión";
}

names! {
    pub fn audience_kind(AudienceKind);
    Customer => "customer", "cliente";
    Prospect => "prospect", "potencial";
}

impl Lang {
    pub fn report_date(self, today: NaiveDate) -> String {
        self.pick(format!("Report of {today}"), format!("Informe del {today}"))
    }

    pub fn report_figure_columns(self) -> [&'static str; 5] {
        self.pick(
            ["Channel", "Date", "Followers", "Reach", "Engagement"],
            ["Canal", "Fecha", "Seguidores", "Alcance", "Interacción"],
        )
    }

    pub fn report_objective_columns(self) -> [&'static str; 6] {
        self.pick(
            [
                "Objective",
                "Baseline → latest / target",
                "Progress",
                "Deadline",
                "Projected",
                "Status",
            ],
            [
                "Objetivo",
                "Inicial → último / meta",
                "Progreso",
                "Fecha límite",
                "Previsión",
                "Estado",
            ],
        )
    }

    pub fn report_channel_columns(self) -> [&'static str; 5] {
        self.pick(
            ["Channel", "Kind", "Why", "Monthly budget", "Hours a week"],
            [
                "Canal",
                "Tipo",
                "Por qué",
                "Presupuesto mensual",
                "Horas a la semana",
            ],
        )
    }

    pub fn report_budget_columns(self) -> [&'static str; 5] {
        self.pick(
            ["Channel", "Month", "Planned", "Budget", ""],
            ["Canal", "Mes", "Previsto", "Presupuesto", ""],
        )
    }

    pub fn report_post_columns(self) -> [&'static str; 6] {
        self.pick(
            ["Date", "Time", "Format", "Title", "Status", "Link"],
            ["Fecha", "Hora", "Formato", "Título", "Estado", "Enlace"],
        )
    }

    /// A revision: when, and the target and deadline before and after.
    pub fn report_revision(self, r: &Revision) -> String {
        let old_target = r.old_target.map_or_else(|| "-".into(), super::number);
        let old_deadline = r.old_deadline.map_or_else(|| "-".into(), |d| d.to_string());
        let (target, deadline) = (super::number(r.new_target), r.new_deadline);
        self.pick(
            format!(
                "{}: target {old_target} → {target}, deadline {old_deadline} → {deadline}",
                r.date
            ),
            format!(
                "{}: meta {old_target} → {target}, fecha límite {old_deadline} → {deadline}",
                r.date
            ),
        )
    }

    pub fn over_budget(self) -> &'static str {
        self.pick("over budget", "por encima del presupuesto")
    }
}
