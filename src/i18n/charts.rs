//! Texts of the HTML report's charts: an objective's way to its target and
//! a channel's budget against what it planned and really spent. The names
//! of what a chart shows that other screens already name (baseline, target,
//! deadline, today, budget, planned spend) are theirs.

use chrono::{Datelike, NaiveDate};

use super::Lang;
use super::calendar::Cal;
use super::channels::Ch;
use super::objectives::O;
use crate::domain::forecast::Forecast;

texts! {
    /// A text of the report's charts.
    Chart;
    Forecast => "Forecast", "Previsión";
    Spent => "Real spend", "Gasto real";
    Month => "Month", "Mes";
    Value => "Value", "Valor";
    Date => "Date", "Fecha";
    NoMeasurements =>
        "No measurements yet: only the baseline is drawn, and there is no trend to forecast from.",
        "Aún no hay mediciones: solo se dibuja el valor inicial y no hay tendencia de la que sacar una previsión.";
    NoTarget =>
        "No target: there is nothing to measure the way against.",
        "Sin meta: no hay con qué medir el camino recorrido.";
    NoDeadline =>
        "No deadline: the forecast has no day to reach.",
        "Sin fecha límite: la previsión no tiene un día al que llegar.";
    NoForecast =>
        "The trend leads beyond what a number holds: no forecast line is drawn.",
        "La tendencia lleva más allá de lo que cabe en un número: no se dibuja la línea de previsión.";
    NoMonths =>
        "No month to show.",
        "No hay ningún mes que mostrar.";
    OutOfRangeBar =>
        "▲ A sum beyond what an amount holds: its bar reaches the top.",
        "▲ Una suma mayor de lo que cabe en un importe: su barra llega hasta arriba.";
}

/// What an objective's chart draws, each in its own line pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Baseline,
    Measurements,
    Forecast,
    Target,
    Deadline,
    Today,
}

/// What a channel's spend chart draws, each with its own fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bar {
    Budget,
    Planned,
    Spent,
}

impl Lang {
    /// A series' name in a chart's legend.
    pub fn chart_series(self, series: Series) -> &'static str {
        match series {
            Series::Baseline => self.t(O::Baseline),
            Series::Measurements => self.t(O::Measurements),
            Series::Forecast => self.t(Chart::Forecast),
            Series::Target => self.t(O::Target),
            Series::Deadline => self.t(O::Deadline),
            Series::Today => self.t(Cal::Today),
        }
    }

    /// A bar's name in a chart's legend.
    pub fn chart_bar(self, bar: Bar) -> &'static str {
        match bar {
            Bar::Budget => self.t(Ch::Money),
            Bar::Planned => self.t(Ch::Planned),
            Bar::Spent => self.t(Chart::Spent),
        }
    }

    /// A month on a chart's axis: "Dec 2026", "dic 2026".
    pub fn chart_month(self, date: NaiveDate) -> String {
        format!("{} {}", self.month_short(date), date.year())
    }

    /// An objective chart's title, for screen readers and as its heading.
    pub fn objective_chart_title(self, name: &str) -> String {
        self.pick(format!("Objective: {name}"), format!("Objetivo: {name}"))
    }

    /// The verdict under an objective's chart, as `status` words it:
    /// "1000 → 1250 / 2000 (25%) · by 2027-03-01 (40 days left) ·
    /// Forecast: 1890 — on track".
    pub fn chart_verdict(self, forecast: &Forecast) -> String {
        let p = &forecast.progress;
        format!(
            "{} ({}) · {} · {}: {} — {}",
            self.values(p.baseline, p.latest, p.target, false),
            self.percent(p.percent()),
            self.deadline(p.deadline, p.days_left),
            self.t(Chart::Forecast),
            self.projected(forecast.projected),
            self.verdict(forecast.verdict),
        )
    }

    /// A spend chart's title.
    pub fn spend_chart_title(self, channel: &str) -> String {
        self.pick(
            format!("{channel}: budget, planned and real spend by month"),
            format!("{channel}: presupuesto, gasto previsto y gasto real por mes"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_on_an_axis_read_in_each_language() {
        let december: NaiveDate = "2026-12-01".parse().unwrap();
        assert_eq!(Lang::En.chart_month(december), "Dec 2026");
        assert_eq!(Lang::Es.chart_month(december), "dic 2026");
    }
}
