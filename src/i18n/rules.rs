//! The Spanish name of each of `check`'s rules, shown next to its code: the
//! code is a stable identifier, in English in both languages.

use super::Lang;
use crate::domain::lint::Rule;

impl Lang {
    /// The rule's name where the code alone would read as a foreign word:
    /// in Spanish. None in English, where the code says it.
    pub fn rule_name(self, rule: &Rule) -> Option<&'static str> {
        match self {
            Lang::En => None,
            Lang::Es => Some(spanish_name(rule)),
        }
    }
}

fn spanish_name(rule: &Rule) -> &'static str {
    match rule {
        Rule::ObjectiveWithoutTarget => "objetivo sin meta",
        Rule::ChannelWithoutReason => "canal sin motivo",
        Rule::CampaignWithoutObjective => "campaña sin objetivo",
        Rule::ObjectiveNotServed => "objetivo sin campañas vinculadas",
        Rule::CampaignOnInactiveChannel => "campaña en un canal inactivo",
        Rule::ObjectiveNotMeasured { .. } => "objetivo sin medir",
        Rule::ObjectiveOverdue => "objetivo vencido",
        Rule::ChannelOverBudget { .. } => "canal por encima del presupuesto",
        Rule::ChannelOverspent { .. } => "canal con más gasto que presupuesto",
        Rule::ChannelSpendOutOfRange { .. } => "gasto del canal fuera de rango",
        Rule::CampaignStatusOutdated { .. } => "estado de la campaña desfasado",
        Rule::WeeksBelowCadence { .. } => "semanas por debajo de la frecuencia",
        Rule::CampaignWithoutPosts => "campaña sin publicaciones",
        Rule::PostOverdue { .. } => "publicación atrasada",
        Rule::PostOutsideCampaign { .. } => "publicación fuera de su campaña",
        Rule::PostWithoutLink => "publicación sin enlace",
        Rule::PostCopyTooLong { .. } => "texto de la publicación demasiado largo",
        Rule::PlanWithoutObjectives => "plan sin objetivos",
        Rule::PlanWithoutChannels => "plan sin canales",
    }
}
