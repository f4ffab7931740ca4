//! Texts of the forecast verdicts and of `check`'s findings: what is wrong
//! and how to fix it.

use chrono::{IsoWeek, NaiveDate, Weekday};

use super::Lang;
use crate::domain::forecast::Verdict;
use crate::domain::item::Kind;
use crate::domain::lint::{Finding, Rule, Severity};
use crate::domain::{Figure, Money, Plan};

texts! {
    /// A text of the forecast and the check.
    K;
    Achieved => "achieved", "conseguido";
    OnTrack => "on track", "en buen camino";
    AtRisk => "at risk", "en riesgo";
    Behind => "behind", "retrasado";
    Overdue => "overdue", "vencido";
    NoData => "no data", "sin datos";
    Error => "error", "error";
    Warning => "warning", "aviso";
    Hint => "hint", "sugerencia";
    Clean => "No findings: the plan follows the five steps.", "Sin observaciones: el plan sigue los cinco pasos.";
    Fix => "fix", "solución";
}

impl Lang {
    pub fn verdict(self, verdict: Verdict) -> &'static str {
        self.t(match verdict {
            Verdict::Achieved => K::Achieved,
            Verdict::OnTrack => K::OnTrack,
            Verdict::AtRisk => K::AtRisk,
            Verdict::Behind => K::Behind,
            Verdict::Overdue => K::Overdue,
            Verdict::NoData => K::NoData,
        })
    }

    pub fn severity(self, severity: Severity) -> &'static str {
        self.t(match severity {
            Severity::Error => K::Error,
            Severity::Warning => K::Warning,
            Severity::Hint => K::Hint,
        })
    }

    /// "campaign “Spring sale”", "the plan".
    pub fn subject(self, finding: &Finding, plan: &Plan) -> String {
        let Some((kind, key)) = &finding.item else {
            return self.pick("the plan", "el plan").to_string();
        };
        let name = match kind {
            Kind::Objective => plan.objective(key).map(|o| o.name.as_str()),
            Kind::Channel => plan.channel(key).map(|c| c.name.as_str()),
            Kind::Campaign => plan.campaign(key).map(|c| c.name.as_str()),
            Kind::Post => plan.post(key).map(|p| p.title.as_str()),
            _ => None,
        };
        let name = crate::text::printable(name.unwrap_or(key));
        let (open, close) = self.pick(("“", "”"), ("«", "»"));
        format!("{} {key} {open}{name}{close}", self.kind(*kind))
    }

    /// What a finding says is wrong, and the suggested fix.
    #[allow(clippy::too_many_lines)] // one arm per rule, two languages each
    pub fn finding(self, finding: &Finding, plan: &Plan) -> (String, String) {
        let currency = self.currency(&plan.currency);
        let (what, fix): (String, String) = match &finding.rule {
            Rule::ObjectiveWithoutTarget => (
                self.pick("has no target or no deadline, so it cannot be checked", "no tiene meta o fecha límite, así que no se puede comprobar").into(),
                self.pick("give it a target and a deadline (tab 2, e)", "dale una meta y una fecha límite (pestaña 2, e)").into(),
            ),
            Rule::ChannelWithoutReason => (
                self.pick("says nothing about why it was chosen", "no dice por qué se eligió").into(),
                self.pick("write the audience it reaches, or make it inactive (tab 3, e)", "escribe a qué público llega, o desactívalo (pestaña 3, e)").into(),
            ),
            Rule::CampaignWithoutObjective => (
                self.pick("serves no objective", "no contribuye a ningún objetivo").into(),
                self.pick("tick the objectives it serves (tab 4, e)", "marca los objetivos a los que contribuye (pestaña 4, e)").into(),
            ),
            Rule::ObjectiveNotServed => (
                self.pick("is served by no campaign", "no tiene ninguna campaña vinculada").into(),
                self.pick("plan a campaign for it (tab 4, a), or make it inactive", "planifica una campaña para él (pestaña 4, a), o desactívalo").into(),
            ),
            Rule::CampaignOnInactiveChannel => (
                self.pick("runs on a channel the plan no longer uses", "va en un canal que el plan ya no usa").into(),
                self.pick("move it to an active channel, cancel it, or make the channel active again", "pásala a un canal activo, cancélala, o vuelve a activar el canal").into(),
            ),
            Rule::ObjectiveNotMeasured { last } => {
                let last = self.date(*last);
                (
                self.pick(format!("has not been measured since {last}"), format!("no se mide desde el {last}")),
                self.pick("record this week's value (socialplan update, or w in tab 6)", "registra el valor de esta semana (socialplan update, o w en la pestaña 6)").into(),
                )
            }
            Rule::ObjectiveOverdue => (
                self.pick("passed its deadline without reaching the target", "pasó su fecha límite sin alcanzar la meta").into(),
                self.pick("decide: a new target or deadline with a reason (tab 2, r), or make it inactive", "decide: una meta o fecha nueva con su motivo (pestaña 2, r), o desactívalo").into(),
            ),
            Rule::ChannelOverBudget { month, planned, budget } => {
                let (month, planned, budget) = (self.month_in_sentence(*month), self.money(*planned), self.money(*budget));
                (
                self.pick(
                    format!("plans {planned} {currency} of campaigns in {month}, over its monthly budget of {budget} {currency}"),
                    format!("prevé {planned} {currency} en campañas en {month}, más que su presupuesto mensual de {budget} {currency}"),
                ),
                self.pick("raise the channel's budget (tab 3), or move or trim campaigns (tab 4)", "sube el presupuesto del canal (pestaña 3), o mueve o recorta campañas (pestaña 4)").into(),
                )
            }
            Rule::ChannelOverspent { month, spent, budget } => {
                let (month, spent, budget) = (self.month_in_sentence(*month), self.money(*spent), self.money(*budget));
                (
                self.pick(
                    format!("spent {spent} {currency} on campaigns in {month}, over its monthly budget of {budget} {currency}"),
                    format!("gastó {spent} {currency} en campañas en {month}, más que su presupuesto mensual de {budget} {currency}"),
                ),
                self.pick("check the spend entries (key $ in tab 4), then trim the campaigns left this month or raise the channel's budget (tab 3)", "comprueba los gastos (tecla $ en la pestaña 4), y recorta las campañas que quedan este mes o sube el presupuesto del canal (pestaña 3)").into(),
                )
            }
            Rule::ChannelSpendOutOfRange { month } => {
                let (month, max) = (self.month_in_sentence(*month), self.money(Money::MAX));
                (
                    self.pick(
                        format!("plans or spent more in campaigns in {month} than an amount can hold ({max} {currency}), so its budget cannot be checked"),
                        format!("prevé o gastó en campañas en {month} más de lo que cabe en un importe ({max} {currency}), así que no se puede comparar con su presupuesto"),
                    ),
                    self.pick("look for a campaign budget with digits too many (tab 4)", "busca un presupuesto de campaña con cifras de más (pestaña 4)").into(),
                )
            }
            Rule::CampaignStatusOutdated { expected } => {
                let expected = self.status(*expected);
                (
                    self.pick(format!("should be “{expected}” by its dates"), format!("debería estar «{expected}» por sus fechas")),
                    self.pick("update its status (tab 4, e)", "actualiza su estado (pestaña 4, e)").into(),
                )
            }
            Rule::WeeksBelowCadence { channel, cadence, weeks } => {
                let channel = plan.channel(channel).map_or(channel.as_str(), |c| c.name.as_str());
                let channel = crate::text::printable(channel);
                let count = self.count(weeks.len(), ("week", "weeks"), ("semana", "semanas"));
                let weeks = self.short_weeks(weeks);
                (
                    self.pick(
                        format!("plans fewer posts on {channel} than the channel's {cadence} a week in {count}: {weeks}"),
                        format!("prevé en {channel} menos publicaciones que las {cadence} semanales del canal en {count}: {weeks}"),
                    ),
                    self.pick("add posts to those weeks (socialplan post add), or lower the channel's posts per week (tab 3, e)", "añade publicaciones a esas semanas (socialplan post add), o baja las publicaciones por semana del canal (pestaña 3, e)").into(),
                )
            }
            Rule::CampaignWithoutPosts => self.said(
                ["is active but plans no posts", "plan what it publishes, and when (socialplan post add)"],
                ["está activa pero no prevé ninguna publicación", "planifica qué publica, y cuándo (socialplan post add)"],
            ),
            Rule::PostOverdue { date } => {
                let date = self.date(*date);
                (
                self.pick(format!("was due on {date} and has not gone out"), format!("tocaba el {date} y no ha salido")),
                self.pick("publish it and record its link, mark it skipped, or give it a new date (socialplan post set)", "publícala y anota su enlace, márcala como descartada, o dale otra fecha (socialplan post set)").into(),
                )
            }
            Rule::PostOutsideCampaign { date, start, end } => {
                let (date, start, end) = (self.date(*date), self.date(*start), self.date(*end));
                (
                self.pick(format!("is dated {date}, outside its campaign ({start} to {end})"), format!("tiene fecha del {date}, fuera de su campaña (del {start} al {end})")),
                self.pick("move it into the campaign's dates (socialplan post set --date), or widen the campaign (tab 4, e)", "pásala a las fechas de la campaña (socialplan post set --date), o amplía la campaña (pestaña 4, e)").into(),
                )
            }
            Rule::PostWithoutLink => self.said(
                ["is published but has no link", "record where it went out (socialplan post set --link)"],
                ["está publicada pero no tiene enlace", "anota dónde salió (socialplan post set --link)"],
            ),
            Rule::PostCopyTooLong { length, limit } => (
                self.pick(format!("has a copy of {length} characters; its channel takes {limit}"), format!("tiene un texto de {length} caracteres; su canal admite {limit}")),
                self.pick("shorten the copy, or set the channel's copy limit (tab 3, e)", "acorta el texto, o ajusta el límite del texto del canal (pestaña 3, e)").into(),
            ),
            Rule::PlanWithoutObjectives => (
                self.pick("has no objectives yet", "aún no tiene objetivos").into(),
                self.pick("step 2: add quantified objectives (tab 2, a)", "paso 2: añade objetivos cuantificables (pestaña 2, a)").into(),
            ),
            Rule::PlanWithoutChannels => (
                self.pick("has no channels yet", "aún no tiene canales").into(),
                self.pick("step 3: choose the channels (tab 3, a)", "paso 3: elige los canales (pestaña 3, a)").into(),
            ),
        };
        (what, fix)
    }
}

/// The weeks below a cadence a finding lists; the others are counted.
const SHOWN_WEEKS: usize = 6;

impl Lang {
    /// A finding's fixed texts, [what, fix] in English and in Spanish.
    fn said(self, en: [&str; 2], es: [&str; 2]) -> (String, String) {
        let [what, fix] = self.pick(en, es);
        (what.to_string(), fix.to_string())
    }
}

impl Lang {
    /// "1 in 2026-W51 (from 2026-12-14), 0 in 2026-W52": the posts each
    /// week has, the first week's Monday to find it on a calendar.
    fn short_weeks(self, weeks: &[(IsoWeek, u32)]) -> String {
        let mut parts: Vec<String> = weeks
            .iter()
            .take(SHOWN_WEEKS)
            .enumerate()
            .map(|(i, (week, posts))| {
                // As ISO 8601 writes a week: 2026-W49; 2026-S49 (semana) in Spanish.
                let name = format!("{}-{}", week.year(), self.week_label(week.week()));
                let monday = NaiveDate::from_isoywd_opt(week.year(), week.week(), Weekday::Mon)
                    .map(|monday| self.date(monday));
                match monday.filter(|_| i == 0) {
                    Some(monday) => self.pick(
                        format!("{posts} in {name} (from {monday})"),
                        format!("{posts} en la {name} (desde el {monday})"),
                    ),
                    None => self.pick(
                        format!("{posts} in {name}"),
                        format!("{posts} en la {name}"),
                    ),
                }
            })
            .collect();
        if let Some(more) = weeks.len().checked_sub(SHOWN_WEEKS).filter(|n| *n > 0) {
            parts.push(self.pick(format!("and {more} more"), format!("y {more} más")));
        }
        parts.join(", ")
    }

    /// A number of findings, for the TUI's title line: "3 findings".
    pub fn findings_count(self, n: usize) -> String {
        self.count(n, ("finding", "findings"), ("observación", "observaciones"))
    }

    /// A projected value ("1890"), "-" when there is none, or "out of
    /// range" when the trend leads beyond what a number holds.
    pub fn projected(self, value: Option<Figure<f64>>) -> String {
        value.map_or_else(|| "-".into(), |figure| self.figure(figure))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_run_of_short_weeks_shows_the_first_ones_and_counts_the_rest() {
        let weeks: Vec<(IsoWeek, u32)> = (1..=8)
            .map(|w| {
                let monday = NaiveDate::from_isoywd_opt(2027, w, Weekday::Mon).unwrap();
                let week = chrono::Datelike::iso_week(&monday);
                (week, w % 2)
            })
            .collect();
        assert_eq!(
            Lang::En.short_weeks(&weeks[..2]),
            "1 in 2027-W01 (from 2027-01-04), 0 in 2027-W02"
        );
        let all = Lang::Es.short_weeks(&weeks);
        assert!(
            all.starts_with("1 en la 2027-S01 (desde el 04/01/2027), 0 en la 2027-S02"),
            "{all}"
        );
        assert!(all.ends_with("0 en la 2027-S06, y 2 más"), "{all}");
    }

    #[test]
    fn every_finding_reads_in_both_languages() {
        let today = "2027-06-20".parse().unwrap();
        let plan = crate::demo::plan("2027-01-20".parse().unwrap(), Lang::En);
        let findings = crate::domain::lint::check(&plan, today);
        assert!(!findings.is_empty());
        for finding in &findings {
            for lang in [Lang::En, Lang::Es] {
                let (what, fix) = lang.finding(finding, &plan);
                assert!(!what.is_empty() && !fix.is_empty());
            }
        }
    }
}
