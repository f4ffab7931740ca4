//! Texts of the Calendar tab.

use chrono::{Datelike, NaiveDate};

use super::Lang;

texts! {
    /// A text of the Calendar tab.
    Cal;
    Title => "Calendar", "Calendario";
    Empty =>
        "The calendar puts every campaign on a timeline, month by month, with the objectives' deadlines and today marked. Plan campaigns in tab 4 (Actions), or press a to add one here.",
        "El calendario pone cada campaña en el tiempo, mes a mes, con las fechas límite de los objetivos y el día de hoy marcado. Planifica campañas en la pestaña 4 (Acciones) o pulsa a para añadir una aquí.";
    Today => "today", "hoy";
    Deadlines => "Deadlines", "Fechas límite";
    Deadline => "deadline", "fecha límite";
    IsDeadline =>
        "That is an objective's deadline: change it in tab 2 (Objectives).",
        "Es la fecha límite de un objetivo: cámbiala en la pestaña 2 (Objetivos).";
}

impl Lang {
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

    /// A month heading: "January 2027", "Enero de 2027".
    pub fn month_heading(self, date: NaiveDate) -> String {
        const EN: [&str; 12] = [
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
        const ES: [&str; 12] = [
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
        let index = usize::try_from(date.month0()).unwrap_or(0).min(11);
        let year = date.year();
        self.pick(
            format!("{} {year}", EN[index]),
            format!("{} de {year}", ES[index]),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for text in Cal::ALL {
            assert!(!text.text(Lang::En).is_empty(), "{text:?}");
            assert!(!text.text(Lang::Es).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn months_are_named_in_each_language() {
        let date: NaiveDate = "2027-01-20".parse().unwrap();
        assert_eq!(Lang::En.month_heading(date), "January 2027");
        assert_eq!(Lang::Es.month_heading(date), "Enero de 2027");
        assert_eq!(Lang::En.short_date(date, 2027), "20 Jan");
        assert_eq!(Lang::Es.short_date(date, 2026), "20 ene 2027");
    }
}
