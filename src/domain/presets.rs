//! The common channels a plan starts from: the social networks, the brand's
//! own media, traditional media and public relations (step 3 of the method).
//!
//! Pure data. Brand names are the same in every language; the generic media
//! (blog, press, events…) have an English and a Spanish name.

use super::plan::{ChannelKind, Colour};

/// A channel as a new plan would usually set it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The id the channel gets when the plan does not use it yet.
    pub id: &'static str,
    pub name_en: &'static str,
    pub name_es: &'static str,
    pub kind: ChannelKind,
    pub colour: Colour,
}

impl Preset {
    /// The display name, in Spanish or in English.
    pub fn name(self, spanish: bool) -> &'static str {
        if spanish { self.name_es } else { self.name_en }
    }

    /// Whether `name` is this preset's name in either language (ignoring case).
    pub fn is_named(self, name: &str) -> bool {
        let name = name.trim();
        name.eq_ignore_ascii_case(self.name_en)
            || name.to_lowercase() == self.name_es.to_lowercase()
    }
}

#[allow(clippy::similar_names)] // the English and the Spanish name
const fn preset(
    id: &'static str,
    name_en: &'static str,
    name_es: &'static str,
    kind: ChannelKind,
    colour: Colour,
) -> Preset {
    Preset {
        id,
        name_en,
        name_es,
        kind,
        colour,
    }
}

/// A brand: one name in every language.
const fn brand(id: &'static str, name: &'static str, colour: Colour) -> Preset {
    preset(id, name, name, ChannelKind::Social, colour)
}

/// The common channels, social networks first, then owned media,
/// traditional media and public relations. Colours follow each brand where
/// it has one; the 16 ANSI colours are too few for all to differ.
pub const PRESETS: &[Preset] = &[
    brand("instagram", "Instagram", Colour::Magenta),
    brand("facebook", "Facebook", Colour::Blue),
    brand("tiktok", "TikTok", Colour::Cyan),
    brand("linkedin", "LinkedIn", Colour::LightBlue),
    brand("x", "X", Colour::Gray),
    brand("youtube", "YouTube", Colour::Red),
    brand("pinterest", "Pinterest", Colour::LightRed),
    brand("whatsapp", "WhatsApp", Colour::Green),
    preset(
        "blog",
        "Blog",
        "Blog",
        ChannelKind::Owned,
        Colour::LightMagenta,
    ),
    preset(
        "newsletter",
        "Newsletter",
        "Boletín",
        ChannelKind::Owned,
        Colour::Yellow,
    ),
    preset(
        "web",
        "Website",
        "Web",
        ChannelKind::Owned,
        Colour::LightCyan,
    ),
    preset(
        "press",
        "Press",
        "Prensa",
        ChannelKind::Traditional,
        Colour::LightYellow,
    ),
    preset(
        "radio",
        "Radio",
        "Radio",
        ChannelKind::Traditional,
        Colour::Red,
    ),
    preset(
        "tv",
        "TV",
        "Televisión",
        ChannelKind::Traditional,
        Colour::Blue,
    ),
    preset(
        "events",
        "Events",
        "Eventos",
        ChannelKind::Pr,
        Colour::LightGreen,
    ),
    preset(
        "contests",
        "Contests",
        "Concursos",
        ChannelKind::Pr,
        Colour::Magenta,
    ),
];

/// The preset with this id.
pub fn find(id: &str) -> Option<Preset> {
    PRESETS.iter().copied().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::domain::validate;

    #[test]
    fn every_preset_id_is_a_valid_id_and_unique() {
        let mut seen = HashSet::new();
        for p in PRESETS {
            assert!(validate::id(p.id).is_ok(), "{} is not a valid id", p.id);
            assert!(seen.insert(p.id), "{} appears twice", p.id);
            assert!(!p.name_en.is_empty() && !p.name_es.is_empty(), "{}", p.id);
            assert!(validate::required_line(crate::domain::Field::Name, p.name_es).is_ok());
        }
    }

    #[test]
    fn the_common_channels_are_all_there() {
        let ids: Vec<&str> = PRESETS.iter().map(|p| p.id).collect();
        for id in [
            "instagram",
            "facebook",
            "tiktok",
            "linkedin",
            "x",
            "youtube",
            "pinterest",
            "whatsapp",
            "blog",
            "newsletter",
            "web",
            "press",
            "radio",
            "tv",
            "events",
            "contests",
        ] {
            assert!(ids.contains(&id), "{id} missing");
        }
        assert_eq!(find("tv").map(|p| p.kind), Some(ChannelKind::Traditional));
        assert_eq!(find("contests").map(|p| p.kind), Some(ChannelKind::Pr));
        assert_eq!(find("blog").map(|p| p.kind), Some(ChannelKind::Owned));
        assert_eq!(find("nope"), None);
    }

    #[test]
    fn names_per_language() {
        let Some(newsletter) = find("newsletter") else {
            panic!("no newsletter preset");
        };
        assert_eq!(newsletter.name(false), "Newsletter");
        assert_eq!(newsletter.name(true), "Boletín");
        assert_eq!(find("instagram").map(|p| p.name(true)), Some("Instagram"));
        assert!(newsletter.is_named("boletín"));
        assert!(newsletter.is_named(" NEWSLETTER "));
        assert!(!newsletter.is_named("News"));
    }
}
