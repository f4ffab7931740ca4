//! Texts of the Calendar tab.

use chrono::{Datelike, NaiveDate};

use super::Lang;

texts! {
    /// A text of the Calendar tab.
    Cal;
    Title => "Calendar", "Calendario";
    Empty =>
        "The calendar draws every campaign on a timeline, one row per channel, with today and the objectives' deadlines marked: what runs where, when, and what is coming. Plan campaigns in tab 4 (Actions), or press a to add one here.",
        "El calendario dibuja cada campaña en el tiempo, una fila por canal, con el día de hoy y las fechas límite de los objetivos marcados: qué se hace en cada canal, cuándo y qué viene. Planifica campañas en la pestaña 4 (Acciones) o pulsa a para añadir una aquí.";
    EmptyNoChannels =>
        "The calendar draws every campaign on a timeline, one row per channel. Every campaign runs on a channel, so choose the channels first in tab 3 (Channels); then press a here to add a campaign.",
        "El calendario dibuja cada campaña en el tiempo, una fila por canal. Cada campaña va en un canal, así que elige primero los canales en la pestaña 3 (Canales); luego pulsa a aquí para añadir una campaña.";
    CliEmpty =>
        "No campaign to draw yet. Step 4 of the method: plan campaigns in tab 4 (Actions) of `socialplan`, or import them with `socialplan import FILE`.",
        "Aún no hay campañas que dibujar. Paso 4 del método: planifica campañas en la pestaña 4 (Acciones) de `socialplan` o impórtalas con `socialplan import FICHERO`.";
    CliEmptyNoChannels =>
        "No campaign to draw yet, and every campaign runs on a channel. Step 3 of the method: choose the channels in tab 3 (Channels) of `socialplan`; then plan campaigns in tab 4 (Actions).",
        "Aún no hay campañas que dibujar, y cada campaña va en un canal. Paso 3 del método: elige los canales en la pestaña 3 (Canales) de `socialplan`; luego planifica campañas en la pestaña 4 (Acciones).";
    Today => "today", "hoy";
    Deadlines => "Deadlines", "Fechas límite";
    Deadline => "deadline", "fecha límite";
    PostPlanned => "to post", "por publicar";
    PostPublished => "posted", "publicada";
    PostOverdue => "overdue", "atrasada";
    Days => "days", "días";
    Weeks => "weeks", "semanas";
    Months => "months", "meses";
    NothingInView =>
        "No campaign in view: move in time with h/l or the arrows, t for today.",
        "Ninguna campaña a la vista: muévete en el tiempo con h/l o las flechas, t para hoy.";
    PickTitle => "Channels shown", "Canales visibles";
    AllChannels => "All channels", "Todos los canales";
    PickKeys => "Space: tick  a: all  Enter: apply", "Espacio: marcar  a: todos  Intro: aplicar";
    NoneTicked => "No channel ticked: showing them all.", "Ningún canal marcado: se muestran todos.";
    DetailsKeys => "Esc/Enter: close  e: edit", "Esc/Intro: cerrar  e: editar";
    KeyEarlier => "earlier in time", "antes en el tiempo";
    KeyLater => "later in time", "después en el tiempo";
    KeyMove => "move", "mover";
    KeyEarlierPage => "a screen earlier", "una pantalla antes";
    KeyLaterPage => "a screen later", "una pantalla después";
    KeyZoomIn => "zoom in", "acercar";
    KeyZoomOut => "zoom out", "alejar";
    KeyZoom => "zoom", "zoom";
    KeyToday => "today", "hoy";
    KeyDetails => "details", "detalles";
    KeyChannels => "channels", "canales";
}

/// The months' names, for headings.
pub(super) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub(super) const MONTHS_ES: [&str; 12] = [
    "Enero",
    "Febrero",
    "Marzo",
    "Abril",
    "Mayo",
    "Junio",
    "Julio",
    "Agosto",
    "Septiembre",
    "Octubre",
    "Noviembre",
    "Diciembre",
];

impl Lang {
    /// An ISO week's label in the chart's header: "W49", and "S49" (semana)
    /// in Spanish.
    pub fn week_label(self, week: u32) -> String {
        match self {
            Lang::En => format!("W{week:02}"),
            Lang::Es => format!("S{week:02}"),
        }
    }

    /// A month in three letters: "Jan", "ene".
    pub fn month_short(self, date: NaiveDate) -> &'static str {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const ES: [&str; 12] = [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
        ];
        let index = usize::try_from(date.month0()).unwrap_or(0).min(11);
        self.pick(EN, ES)[index]
    }

    /// A short date under a month heading: "6 Jan", "6 ene"; with the year
    /// when it is not `year`.
    pub fn short_date(self, date: NaiveDate, year: i32) -> String {
        let month = self.month_short(date);
        if date.year() == year {
            format!("{:>2} {month}", date.day())
        } else {
            format!("{:>2} {month} {}", date.day(), date.year())
        }
    }

    /// The days a chart shows, in its title: "2027-01-11 → 2027-04-18"; in
    /// Spanish as the selected campaign's dates below it read, "11 ene →
    /// 18 abr", so that one screen writes dates one way.
    pub fn shown_span(self, first: NaiveDate, last: NaiveDate, year: i32, arrow: &str) -> String {
        match self {
            Lang::En => format!("{first} {arrow} {last}"),
            Lang::Es => format!(
                "{} {arrow} {}",
                self.short_date(first, year).trim_start(),
                self.short_date(last, year).trim_start()
            ),
        }
    }

    /// A day's heading: "Monday 30 November 2026", "Lunes 30 de noviembre de 2026".
    pub fn day_heading(self, date: NaiveDate) -> String {
        const EN: [&str; 7] = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        const ES: [&str; 7] = [
            "Lunes",
            "Martes",
            "Miércoles",
            "Jueves",
            "Viernes",
            "Sábado",
            "Domingo",
        ];
        let weekday = usize::try_from(date.weekday().num_days_from_monday()).unwrap_or(0);
        format!("{} {}", self.pick(EN, ES)[weekday], self.long_date(date))
    }

    /// A date in words: "30 November 2026", "30 de noviembre de 2026".
    pub fn long_date(self, date: NaiveDate) -> String {
        let month = usize::try_from(date.month0()).unwrap_or(0).min(11);
        let (day, year) = (date.day(), date.year());
        self.pick(
            format!("{day} {} {year}", MONTHS_EN[month]),
            format!("{day} de {} de {year}", MONTHS_ES[month].to_lowercase()),
        )
    }

    /// A month heading: "January 2027", "Enero de 2027".
    pub fn month_heading(self, date: NaiveDate) -> String {
        let index = usize::try_from(date.month0()).unwrap_or(0).min(11);
        let year = date.year();
        self.pick(
            format!("{} {year}", MONTHS_EN[index]),
            format!("{} de {year}", MONTHS_ES[index]),
        )
    }
}

impl Lang {
    /// A post's mark in the calendar's legend.
    pub fn post_mark(self, mark: crate::calendar::layout::Mark) -> &'static str {
        use crate::calendar::layout::Mark;
        self.t(match mark {
            Mark::Planned => Cal::PostPlanned,
            Mark::Published => Cal::PostPublished,
            Mark::Overdue => Cal::PostOverdue,
        })
    }

    /// How much time a column shows, for the Calendar's title.
    pub fn zoom_name(self, zoom: crate::calendar::timeline::Zoom) -> &'static str {
        use crate::calendar::timeline::Zoom;
        self.t(match zoom {
            Zoom::Day => Cal::Days,
            Zoom::Week => Cal::Weeks,
            Zoom::Month => Cal::Months,
        })
    }

    /// "2 of 6 channels".
    pub fn channels_shown(self, shown: usize, total: usize) -> String {
        self.pick(
            format!("{shown} of {total} channels"),
            format!("{shown} de {total} canales"),
        )
    }

    /// Which lanes are shown when not all fit: "lanes 3-9 of 12".
    pub fn lanes_shown(self, first: usize, last: usize, total: usize) -> String {
        self.pick(
            format!("lanes {first}-{last} of {total}"),
            format!("filas {first}-{last} de {total}"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_days_are_named_in_each_language() {
        let date: NaiveDate = "2027-01-20".parse().unwrap();
        assert_eq!(Lang::En.month_heading(date), "January 2027");
        assert_eq!(Lang::Es.month_heading(date), "Enero de 2027");
        assert_eq!(Lang::En.short_date(date, 2027), "20 Jan");
        assert_eq!(Lang::Es.short_date(date, 2026), "20 ene 2027");
        let monday: NaiveDate = "2026-11-30".parse().unwrap();
        assert_eq!(Lang::En.day_heading(monday), "Monday 30 November 2026");
        let spanish = Lang::Es.day_heading(monday);
        assert_eq!(spanish, "Lunes 30 de noviembre de 2026");
    }

    #[test]
    fn a_chart_title_writes_its_days_as_the_rest_of_the_screen() {
        let (first, last) = ("2027-01-06".parse().unwrap(), "2027-03-03".parse().unwrap());
        assert_eq!(Lang::Es.shown_span(first, last, 2027, "→"), "6 ene → 3 mar");
        assert_eq!(
            Lang::Es.shown_span(first, last, 2026, "→"),
            "6 ene 2027 → 3 mar 2027"
        );
        assert_eq!(
            Lang::En.shown_span(first, last, 2027, "->"),
            "2027-01-06 -> 2027-03-03"
        );
    }
}
