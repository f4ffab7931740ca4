//! Texts of the Channels tab.

use crate::domain::budget::Month;
use crate::domain::{ChannelKind, Colour, Figure, Money};

use super::Lang;

texts! {
    /// A text of the Channels tab.
    Ch;
    Title => "Channels", "Canales";
    Empty =>
        "Step 3 of the method: choose the channels carefully. Each one reaches a different audience, so put your budget, time and effort where yours is. Press a to add one of the common channels (Instagram, newsletter, press, events…) or your own.",
        "Paso 3 del método: elige los canales con cuidado. Cada uno llega a un público distinto, así que dedica presupuesto, tiempo y esfuerzo donde está el tuyo. Pulsa a para añadir uno de los canales habituales (Instagram, boletín, prensa, eventos…) o uno propio.";
    ColName => "Channel", "Canal";
    ColKind => "Kind", "Tipo";
    ColFit => "Fit", "Encaje";
    ColBudget => "Budget/mo", "Ppto./mes";
    ColHours => "h/week", "h/sem.";
    ColActive => "Active", "Activo";
    KindSocial => "social network", "red social";
    KindOwned => "owned media", "medio propio";
    KindTraditional => "traditional media", "medio tradicional";
    KindPr => "public relations", "relaciones públicas";
    ShortSocial => "social", "red social";
    ShortOwned => "owned", "propio";
    ShortTraditional => "traditional", "tradicional";
    ShortPr => "PR", "RR. PP.";
    Kind => "Kind", "Tipo";
    Reason => "Reason", "Motivo";
    NoReason =>
        "none yet: say why this channel suits your audience (e).",
        "ninguno aún: explica por qué este canal encaja con tu público (e).";
    Fit => "Fit", "Encaje";
    Audience => "audience", "público";
    Cost => "cost", "coste";
    Effort => "effort", "esfuerzo";
    NotRated => "not rated", "sin valorar";
    Budget => "Monthly budget", "Presupuesto mensual";
    Hours => "Weekly hours", "Horas semanales";
    PostsPerWeek => "Posts per week", "Publicaciones por semana";
    CopyLimit => "Copy limit (characters)", "Límite del texto (caracteres)";
    Cadence => "Cadence", "Ritmo";
    CopyLength => "Copy", "Texto";
    Money => "Budget", "Presupuesto";
    Time => "Time", "Dedicación";
    Colour => "Colour", "Color";
    Planned => "Planned spend", "Gasto previsto";
    SpentPlanned => "Spent/planned", "Gastado/previsto";
    Over => "over", "excede";
    NothingPlanned => "none from this month on", "nada desde este mes";
    Active => "Active", "Activo";
    Campaigns => "Campaigns", "Campañas";
    Objectives => "Objectives", "Objetivos";
    NoCampaigns => "none", "ninguna";
    NoObjectives => "none", "ninguno";
    PickTitle => "Add a channel", "Añadir un canal";
    Custom => "Custom…", "Personalizado…";
    AddTitle => "New channel", "Nuevo canal";
    EditTitle => "Edit channel", "Editar canal";
    Id => "Id", "Id";
    Name => "Name", "Nombre";
    FitAudience => "Fit: audience", "Encaje: público";
    FitCost => "Fit: cost", "Encaje: coste";
    FitEffort => "Fit: effort", "Encaje: esfuerzo";
    Score0 => "0 (not rated)", "0 (sin valorar)";
    AudiencePoor => "1 (poor)", "1 (malo)";
    AudienceExcellent => "5 (excellent)", "5 (excelente)";
    CostHigh => "1 (expensive)", "1 (caro)";
    CostLow => "5 (cheap)", "5 (barato)";
    EffortHigh => "1 (heavy)", "1 (mucho trabajo)";
    EffortLow => "5 (light)", "5 (poco trabajo)";
    IdHint =>
        "Id: leave empty to make one from the name.",
        "Id: déjalo vacío para crearlo a partir del nombre.";
    Added => "added channel", "alta del canal";
    Edited => "changed channel", "cambios en el canal";
    Deleted => "deleted channel", "borrado del canal";
    Black => "black", "negro";
    Red => "red", "rojo";
    Green => "green", "verde";
    Yellow => "yellow", "amarillo";
    Blue => "blue", "azul";
    Magenta => "magenta", "magenta";
    Cyan => "cyan", "cian";
    Gray => "gray", "gris";
    DarkGray => "dark gray", "gris oscuro";
    LightRed => "light red", "rojo claro";
    LightGreen => "light green", "verde claro";
    LightYellow => "light yellow", "amarillo claro";
    LightBlue => "light blue", "azul claro";
    LightMagenta => "light magenta", "magenta claro";
    LightCyan => "light cyan", "cian claro";
    White => "white", "blanco";
}

impl Lang {
    /// "social network", "owned media", "traditional media", "public relations".
    pub fn channel_kind_name(self, kind: ChannelKind) -> &'static str {
        self.t(match kind {
            ChannelKind::Social => Ch::KindSocial,
            ChannelKind::Owned => Ch::KindOwned,
            ChannelKind::Traditional => Ch::KindTraditional,
            ChannelKind::Pr => Ch::KindPr,
        })
    }

    /// A kind in a list column: "social", "owned", "traditional", "PR".
    pub fn channel_kind_short(self, kind: ChannelKind) -> &'static str {
        self.t(match kind {
            ChannelKind::Social => Ch::ShortSocial,
            ChannelKind::Owned => Ch::ShortOwned,
            ChannelKind::Traditional => Ch::ShortTraditional,
            ChannelKind::Pr => Ch::ShortPr,
        })
    }

    pub fn channel_colour_name(self, colour: Colour) -> &'static str {
        self.t(match colour {
            Colour::Black => Ch::Black,
            Colour::Red => Ch::Red,
            Colour::Green => Ch::Green,
            Colour::Yellow => Ch::Yellow,
            Colour::Blue => Ch::Blue,
            Colour::Magenta => Ch::Magenta,
            Colour::Cyan => Ch::Cyan,
            Colour::Gray => Ch::Gray,
            Colour::DarkGray => Ch::DarkGray,
            Colour::LightRed => Ch::LightRed,
            Colour::LightGreen => Ch::LightGreen,
            Colour::LightYellow => Ch::LightYellow,
            Colour::LightBlue => Ch::LightBlue,
            Colour::LightMagenta => Ch::LightMagenta,
            Colour::LightCyan => Ch::LightCyan,
            Colour::White => Ch::White,
        })
    }

    /// "150.00 EUR/month"
    pub fn per_month(self, amount: Money, currency: &str) -> String {
        let amount = self.money_in(amount, currency);
        self.pick(format!("{amount}/month"), format!("{amount}/mes"))
    }

    /// A month of planned spend: "Feb", or "Dec 2026" when it is not in
    /// `year`.
    pub fn spend_month(self, month: Month, year: i32) -> String {
        let Some(day) = month.first_day() else {
            return month.to_string();
        };
        let name = self.month_short(day);
        if month.year == year {
            name.to_string()
        } else {
            format!("{name} {}", month.year)
        }
    }

    /// "2.5 h/week"
    /// A channel's cadence: "3 posts a week".
    pub fn cadence(self, posts_per_week: u32) -> String {
        let posts = self.count(
            posts_per_week,
            ("post", "posts"),
            ("publicación", "publicaciones"),
        );
        self.pick(format!("{posts} a week"), format!("{posts} por semana"))
    }

    /// The longest copy a channel takes: "up to 280 characters", naming
    /// the network when the limit is its preset's.
    pub fn copy_limit(self, limit: u32, network: Option<&str>) -> String {
        match network {
            None => self.pick(
                format!("up to {limit} characters"),
                format!("hasta {limit} caracteres"),
            ),
            Some(name) => self.pick(
                format!("up to {limit} characters ({name}'s limit)"),
                format!("hasta {limit} caracteres (el límite de {name})"),
            ),
        }
    }

    pub fn per_week(self, hours: f64) -> String {
        let hours = self.num(hours);
        self.pick(format!("{hours} h/week"), format!("{hours} h/semana"))
    }

    /// The totals under the list: what the active channels cost (a sum of
    /// budgets may be out of range). `separator` is the theme's (" · ", or
    /// " | " in ASCII).
    pub fn channel_totals(
        self,
        active: usize,
        budget: Figure<Money>,
        currency: &str,
        hours: f64,
        separator: &str,
    ) -> String {
        let active = self.count(active, ("active", "active"), ("activo", "activos"));
        format!(
            "Total ({active}): {}{separator}{}",
            match budget {
                Figure::Value(budget) => self.per_month(budget, currency),
                Figure::OutOfRange => self.t(super::T::OutOfRange).into(),
            },
            self.per_week(hours)
        )
    }

    /// Why a channel cannot be deleted: what still uses it (ids), and what
    /// to do instead.
    pub fn channel_in_use(
        self,
        name: &str,
        campaigns: usize,
        objectives: usize,
        ids: &[&str],
    ) -> String {
        const SHOWN: usize = 3;
        let name = crate::text::printable(name);
        let counted = |n: usize, en: (&str, &str), es: (&str, &str)| -> Option<String> {
            let (one, many) = self.pick(en, es);
            match n {
                0 => None,
                1 => Some(format!("1 {one}")),
                n => Some(format!("{n} {many}")),
            }
        };
        let parts: Vec<String> = [
            counted(
                campaigns,
                ("campaign", "campaigns"),
                ("campaña", "campañas"),
            ),
            counted(
                objectives,
                ("objective", "objectives"),
                ("objetivo", "objetivos"),
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        let users = parts.join(self.pick(" and ", " y "));
        let one = campaigns + objectives == 1;
        let mut list = ids
            .iter()
            .take(SHOWN)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        if ids.len() > SHOWN {
            list = format!("{list}, +{}", ids.len() - SHOWN);
        }
        self.pick(
            format!(
                "Cannot delete “{name}”: {users} {} it. Move {} to another channel first, or make this one inactive. Used by: {list}.",
                if one { "uses" } else { "use" },
                if one { "it" } else { "them" },
            ),
            format!(
                "No se puede borrar «{name}»: {} {users}. {} otro canal antes, o deja este inactivo. En uso por: {list}.",
                if one { "lo usa" } else { "lo usan" },
                if one { "Asígnale" } else { "Asígnales" },
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_colour_has_a_name_in_both_languages() {
        for lang in [Lang::En, Lang::Es] {
            let names: std::collections::HashSet<&str> = Colour::ALL
                .iter()
                .map(|c| lang.channel_colour_name(*c))
                .collect();
            assert_eq!(names.len(), Colour::ALL.len());
        }
    }

    #[test]
    fn in_use_counts_and_lists() {
        let text = Lang::En.channel_in_use("Instagram", 2, 1, &["a", "b", "c", "d"]);
        assert!(
            text.starts_with(
                "Cannot delete “Instagram”: 2 campaigns and 1 objective use it. Move them"
            ),
            "{text}"
        );
        assert!(text.ends_with("Used by: a, b, c, +1."), "{text}");
        let text = Lang::Es.channel_in_use("Radio", 1, 0, &["a"]);
        assert!(
            text.contains("lo usa 1 campaña. Asígnale otro canal"),
            "{text}"
        );
    }

    #[test]
    fn totals_read_well() {
        assert_eq!(
            Lang::En.channel_totals(
                5,
                Figure::Value(Money::from_minor(105_490)),
                "EUR",
                14.5,
                " · "
            ),
            "Total (5 active): 1054.90 EUR/month · 14.5 h/week"
        );
        assert_eq!(
            Lang::Es.channel_totals(1, Figure::Value(Money::ZERO), "EUR", 0.0, " | "),
            "Total (1 activo): 0,00 €/mes | 0 h/semana"
        );
        assert_eq!(
            Lang::Es.channel_totals(2, Figure::OutOfRange, "EUR", 3.0, " · "),
            "Total (2 activos): fuera de rango · 3 h/semana"
        );
    }
}
