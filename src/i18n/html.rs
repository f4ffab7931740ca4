//! Texts of the HTML report: its cover, its labels and the captions of its
//! figures. The section headings are the Markdown report's
//! (`report_heading`), and every sentence the command line already says
//! (verdicts, findings, the agenda's lines) is said the same way.

use chrono::NaiveDate;

use super::Lang;

texts! {
    /// A fixed text of the HTML report.
    H;
    Kind => "Social media plan", "Plan de social media";
    Period => "Period", "Periodo";
    Contents => "Contents", "Índice";
    Baseline => "Baseline", "Valor inicial";
    Target => "Target", "Meta";
    Deadline => "Deadline", "Fecha límite";
    LastMeasured => "Last measurement", "Última medición";
    NotMeasured => "not measured yet", "sin medir aún";
    Status => "Status", "Estado";
    Channel => "Channel", "Canal";
    Metric => "Metric", "Métrica";
    Projected => "Projected at the deadline", "Previsión a la fecha límite";
    SpendCaption =>
        "Planned and real spend by channel and month, against each channel's monthly budget.",
        "Gasto previsto y real por canal y mes, frente al presupuesto mensual de cada canal.";
    NoSpend =>
        "No campaign plans or records spend in this period.",
        "Ninguna campaña prevé ni registra gasto en este periodo.";
    NoCampaigns =>
        "No campaign runs in this period.",
        "Ninguna campaña se desarrolla en este periodo.";
    NoObjectives =>
        "No objectives yet: step 2 of the method sets them.",
        "Aún no hay objetivos: los fija el paso 2 del método.";
    CalendarNote =>
        "Campaigns by channel over the period, with today and the objectives' deadlines marked.",
        "Campañas por canal a lo largo del periodo, con hoy y las fechas límite de los objetivos marcados.";
    Overdue => "Overdue", "Atrasadas";
    Time => "Time", "Hora";
    Format => "Format", "Formato";
    Title => "Title", "Título";
    Owner => "Owner", "Responsable";
    Severity => "Severity", "Gravedad";
    Rule => "Rule", "Regla";
    About => "About", "Sobre";
    Finding => "Finding", "Observación";
    Fix => "What to do", "Qué hacer";
    Over => "over budget", "por encima del presupuesto";
}

impl Lang {
    /// The page's title: "Bakery — social media plan report".
    pub fn html_title(self, plan: &str) -> String {
        self.pick(
            format!("{plan} — social media plan report"),
            format!("{plan} — informe del plan de social media"),
        )
    }

    /// The period the report covers, in words: "1 December 2026 – 28
    /// February 2027", "1 de diciembre de 2026 – 28 de febrero de 2027".
    pub fn html_period(self, from: NaiveDate, to: NaiveDate) -> String {
        format!("{} – {}", self.long_date(from), self.long_date(to))
    }

    /// When the report was made: "Made on 30 November 2026".
    pub fn html_made(self, today: NaiveDate) -> String {
        let date = self.long_date(today);
        self.pick(format!("Made on {date}"), format!("Elaborado el {date}"))
    }

    /// A value and the day it was measured: "1250 on 2026-11-23".
    pub fn html_value_on(self, value: f64, date: NaiveDate) -> String {
        let (value, date) = (self.num(value), self.date(date));
        self.pick(format!("{value} on {date}"), format!("{value} el {date}"))
    }

    /// An objective's chart's caption.
    pub fn html_objective_caption(self, name: &str) -> String {
        self.pick(
            format!("{name}: the values measured and the trend, against the target."),
            format!("{name}: los valores medidos y la tendencia, frente a la meta."),
        )
    }

    /// The last review's heading: "Last review, 23 November 2026".
    pub fn html_review_heading(self, heading: &str, date: NaiveDate) -> String {
        format!("{heading}, {}", self.long_date(date))
    }
}
