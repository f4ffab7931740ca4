//! Texts of the Markdown report.

use chrono::NaiveDate;

use super::Lang;
use crate::domain::{AudienceKind, Revision};
use crate::formats::Heading;

names! {
    /// A section's heading.
    pub fn report_heading(Heading);
    Situation => "Situation", "Situación";
    Figures => "Channel figures", "Cifras por canal";
    Audiences => "Audiences", "Públicos";
    Competitors => "Competitors", "Competidores";
    Objectives => "Objectives", "Objetivos";
    Revisions => "Revisions of targets and deadlines", "Reajustes de metas y fechas límite";
    Channels => "Channels", "Canales";
    Budget => "Spend by month", "Gasto por mes";
    Campaigns => "Campaigns by month", "Campañas por mes";
    Compared => "Campaigns compared", "Campañas comparadas";
    Calendar => "Calendar", "Calendario";
    LastReview => "Last review", "Última revisión";
    Protocols => "Protocols", "Protocolos";
    Agenda => "The next two weeks", "Las próximas dos semanas";
    Findings => "Plan check", "Comprobación del plan";
}

names! {
    pub fn audience_kind(AudienceKind);
    Customer => "customer", "cliente";
    Prospect => "prospect", "prospecto";
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

    pub fn report_budget_columns(self) -> [&'static str; 6] {
        self.pick(
            ["Channel", "Month", "Planned", "Real spend", "Budget", ""],
            ["Canal", "Mes", "Previsto", "Gasto real", "Presupuesto", ""],
        )
    }

    /// A post's row: what it is, then its four results.
    pub fn report_post_columns(self) -> [&'static str; 10] {
        let [reach, interactions, clicks, leads] = self.report_result_names();
        let [date, time, format, title, status, link] = self.pick(
            ["Date", "Time", "Format", "Title", "Status", "Link"],
            ["Fecha", "Hora", "Formato", "Título", "Estado", "Enlace"],
        );
        [
            date,
            time,
            format,
            title,
            status,
            link,
            reach,
            interactions,
            clicks,
            leads,
        ]
    }

    /// Reach, interactions, clicks and leads, as a column or a sum names them.
    pub fn report_result_names(self) -> [&'static str; 4] {
        self.pick(
            ["Reach", "Interactions", "Clicks", "Leads"],
            ["Alcance", "Interacciones", "Clics", "Leads"],
        )
    }

    /// A campaign's spend entries.
    pub fn report_spend_columns(self) -> [&'static str; 3] {
        self.pick(["Date", "Amount", "Note"], ["Fecha", "Importe", "Nota"])
    }

    /// What a click and a lead cost.
    pub fn report_cost_names(self) -> [&'static str; 2] {
        self.pick(
            ["Cost per click", "Cost per lead (CPL)"],
            ["Coste por clic", "Coste por lead (CPL)"],
        )
    }

    /// The campaigns compared: what each planned, spent, published, reached
    /// and what it cost.
    pub fn report_compare_columns(self) -> [&'static str; 10] {
        let [reach, interactions, clicks, leads] = self.report_result_names();
        let [per_click, per_lead] = self.report_cost_names();
        let [campaign, planned, spent, posts] = self.pick(
            ["Campaign", "Planned", "Real spend", "Posts"],
            ["Campaña", "Previsto", "Gasto real", "Publicaciones"],
        );
        [
            campaign,
            planned,
            spent,
            posts,
            reach,
            interactions,
            clicks,
            leads,
            per_click,
            per_lead,
        ]
    }

    /// Under the campaigns compared: how to read the posts and the costs.
    pub fn report_compare_note(self) -> &'static str {
        self.pick(
            "Posts: published/planned. Costs are on the real spend recorded; — where none is recorded, or there are no clicks or leads to divide it by.",
            "Publicaciones: publicadas/previstas. Los costes son sobre el gasto real registrado; — donde no hay gasto registrado, o no hay clics ni leads entre los que repartirlo.",
        )
    }

    /// A revision: when, and the target and deadline before and after.
    pub fn report_revision(self, r: &Revision) -> String {
        let old_target = r.old_target.map_or_else(|| "-".into(), |t| self.num(t));
        let old_deadline = r.old_deadline.map_or_else(|| "-".into(), |d| self.date(d));
        let (target, deadline) = (self.num(r.new_target), self.date(r.new_deadline));
        let date = self.date(r.date);
        self.pick(
            format!("{date}: target {old_target} → {target}, deadline {old_deadline} → {deadline}"),
            format!(
                "{date}: meta {old_target} → {target}, fecha límite {old_deadline} → {deadline}"
            ),
        )
    }

    /// A month's warnings: planned over the budget, really spent over it.
    pub fn report_budget_flags(self, planned_over: bool, spent_over: bool) -> String {
        let flags = [
            (
                planned_over,
                self.pick("planned over budget", "previsto por encima del presupuesto"),
            ),
            (
                spent_over,
                self.pick(
                    "real spend over budget",
                    "gasto real por encima del presupuesto",
                ),
            ),
        ];
        let flags: Vec<&str> = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
        flags.join(", ")
    }
}
