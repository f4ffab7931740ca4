//! Texts of the agenda: its headings, its lines and its refusals.

use chrono::NaiveDate;

use super::Lang;

texts! {
    /// A fixed text of the agenda.
    A;
    CampaignStarts => "Campaign starts", "Empieza la campaña";
    CampaignEnds => "Campaign ends", "Termina la campaña";
    Deadline => "Deadline", "Fecha límite";
    Reminders => "Reminders", "Recordatorios";
    Owner => "owner", "responsable";
    Channel => "channel", "canal";
    Value => "VALUE", "VALOR";
}

impl Lang {
    /// The agenda's first line: "Agenda: 2026-11-30 to 2026-12-06".
    pub fn agenda_title(self, from: NaiveDate, last: NaiveDate) -> String {
        let (from, last) = (self.date(from), self.date(last));
        self.pick(
            format!("Agenda: {from} to {last}"),
            format!("Agenda: del {from} al {last}"),
        )
    }

    /// The overdue section's heading, with how many posts are late.
    pub fn agenda_overdue(self, posts: usize) -> String {
        let count = self.count(posts, ("post", "posts"), ("publicación", "publicaciones"));
        self.pick(
            format!("Overdue: {count} not out yet"),
            format!("Atrasadas: {count} sin salir"),
        )
    }

    /// A reminder: an objective with no new value for `days` days.
    pub fn agenda_measure(self, name: &str, last: NaiveDate, days: i64) -> String {
        let last = self.date(last);
        self.pick(
            format!(
                "{name}: no new value since {last} ({})",
                self.count(days, ("day", "days"), ("día", "días"))
            ),
            format!(
                "{name}: sin valor nuevo desde el {last} ({})",
                self.count(days, ("day", "days"), ("día", "días"))
            ),
        )
    }

    /// No day of the window holds anything (the overdue or the reminders
    /// may still be shown).
    pub fn agenda_no_days(self, from: NaiveDate, last: NaiveDate) -> String {
        let (from, last) = (self.date(from), self.date(last));
        self.pick(
            format!("Nothing planned from {from} to {last}."),
            format!("Nada previsto del {from} al {last}."),
        )
    }

    /// Nothing at all to show, and what to do about it.
    pub fn agenda_empty(self, filtered: bool) -> String {
        if filtered {
            return self.pick(
                "Nothing for this owner or channel: try without --owner or --channel, or look further with --from and --days.".to_string(),
                "Nada para este responsable o canal: prueba sin --owner ni --channel, o mira más allá con --from y --days.".to_string(),
            );
        }
        self.pick(
            "Nothing overdue and nothing due: plan posts with `socialplan post add CAMPAIGN DATE TITLE`, or look further with --from and --days.".to_string(),
            "Nada atrasado ni pendiente: planifica publicaciones con `socialplan post add CAMPAÑA FECHA TÍTULO`, o mira más allá con --from y --days.".to_string(),
        )
    }

    /// `--days` out of its range.
    pub fn agenda_bad_days(self, days: u32, most: u32) -> String {
        self.pick(
            format!("--days {days}: give a number of days from 1 to {most}."),
            format!("--days {days}: indica un número de días del 1 al {most}."),
        )
    }
}
