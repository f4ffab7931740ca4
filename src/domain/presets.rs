//! The common channels a plan starts from: the social networks, the brand's
//! own media, traditional media and public relations (step 3 of the method).
//!
//! Pure data. Brand names are the same in every language; the generic media
//! (blog, press, events…) have an English and a Spanish name.

use super::plan::{Channel, ChannelKind, Colour};

/// A channel as a new plan would usually set it up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// The id the channel gets when the plan does not use it yet.
    pub id: &'static str,
    pub name_en: &'static str,
    pub name_es: &'static str,
    pub kind: ChannelKind,
    pub colour: Colour,
    /// The longest copy the network takes, in characters; none for media
    /// without one (a blog, the press).
    pub copy_limit: Option<u32>,
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
        copy_limit: None,
    }
}

/// A social network: one name in every language, and the longest copy
/// (caption, post or description) it takes.
const fn brand(id: &'static str, name: &'static str, colour: Colour, copy_limit: u32) -> Preset {
    Preset {
        copy_limit: Some(copy_limit),
        ..preset(id, name, name, ChannelKind::Social, colour)
    }
}

/// The common channels, social networks first, then owned media,
/// traditional media and public relations. Colours follow each brand where
/// it has one; the 16 ANSI colours are too few for all to differ.
///
/// Copy limits are those of each network's own help pages (2025), for the
/// text of an ordinary post; docs/FILE_FORMAT.md lists them. A channel's
/// `copy_limit` overrides them (an ad, a longer in-app limit).
pub const PRESETS: &[Preset] = &[
    // Instagram Help Center: a caption holds up to 2 200 characters.
    brand("instagram", "Instagram", Colour::Magenta, 2_200),
    // Facebook: a post holds up to 63 206 characters.
    brand("facebook", "Facebook", Colour::Blue, 63_206),
    // TikTok's Content Posting API takes captions of up to 2 200 characters
    // (the app allows more on some accounts; schedulers go through the API).
    brand("tiktok", "TikTok", Colour::Cyan, 2_200),
    // LinkedIn Help: a post holds up to 3 000 characters.
    brand("linkedin", "LinkedIn", Colour::LightBlue, 3_000),
    // X Help Center, "Counting characters": 280 for non-subscribers
    // (X counts CJK characters twice; we count what people see).
    brand("x", "X", Colour::Gray, 280),
    // YouTube Help: a video description holds up to 5 000 characters.
    brand("youtube", "YouTube", Colour::Red, 5_000),
    // Pinterest Help: a Pin's description holds up to 500 characters.
    brand("pinterest", "Pinterest", Colour::LightRed, 500),
    // WhatsApp Business Platform: a text message body holds up to 4 096.
    brand("whatsapp", "WhatsApp", Colour::Green, 4_096),
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
        "Newsletter",
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

/// The preset a channel was made from, as far as one can tell: the one
/// with its id, or else the one with its name (a channel `ig` named
/// "Instagram").
pub fn of(channel: &Channel) -> Option<Preset> {
    find(&channel.id).or_else(|| PRESETS.iter().copied().find(|p| p.is_named(&channel.name)))
}

/// The longest copy a channel's posts may have: its own limit, or else its
/// preset network's; none when neither says.
pub fn copy_limit(channel: &Channel) -> Option<u32> {
    channel.copy_limit.or_else(|| of(channel)?.copy_limit)
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
        assert_eq!(newsletter.name(true), "Newsletter");
        assert_eq!(find("instagram").map(|p| p.name(true)), Some("Instagram"));
        assert!(newsletter.is_named("newsletter"));
        assert!(newsletter.is_named(" NEWSLETTER "));
        assert!(!newsletter.is_named("News"));
    }

    #[test]
    fn a_channel_takes_its_own_copy_limit_or_else_its_presets() {
        let channel = |id: &str, name: &str, copy_limit: Option<u32>| -> Channel {
            let json = serde_json::json!({
                "id": id, "name": name, "kind": "social", "colour": "gray",
                "copy_limit": copy_limit,
            });
            serde_json::from_value(json).unwrap()
        };
        assert_eq!(copy_limit(&channel("x", "Twitter", None)), Some(280));
        assert_eq!(copy_limit(&channel("ig", "Instagram", None)), Some(2_200));
        assert_eq!(
            copy_limit(&channel("ig", "Instagram", Some(125))),
            Some(125)
        );
        assert_eq!(copy_limit(&channel("blog", "Blog", None)), None);
        assert_eq!(copy_limit(&channel("podcast", "Podcast", None)), None);
        assert_eq!(
            copy_limit(&channel("podcast", "Podcast", Some(900))),
            Some(900)
        );
    }

    #[test]
    fn every_social_network_has_a_copy_limit() {
        for p in PRESETS.iter().filter(|p| p.kind == ChannelKind::Social) {
            assert!(p.copy_limit.is_some_and(|n| n > 0), "{}", p.id);
        }
    }
}
