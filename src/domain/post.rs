//! Posts: the pieces a campaign publishes, each on a date (and maybe at a
//! time), on the campaign's channel.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::iso_date;

mod by_campaign;
mod copies;

pub use by_campaign::PostsByCampaign;
pub use copies::{a_week_after, duplicate_campaign, duplicate_post, repeat_weekly};

/// What a post is, as the person plans it: the shape of the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PostFormat {
    Post,
    Carousel,
    Reel,
    Story,
    ShortVideo,
    Video,
    Live,
    Email,
    Article,
    Ad,
    /// A radio or TV spot.
    Spot,
    PressRelease,
    Event,
    Other,
}

impl PostFormat {
    pub const ALL: [PostFormat; 14] = [
        PostFormat::Post,
        PostFormat::Carousel,
        PostFormat::Reel,
        PostFormat::Story,
        PostFormat::ShortVideo,
        PostFormat::Video,
        PostFormat::Live,
        PostFormat::Email,
        PostFormat::Article,
        PostFormat::Ad,
        PostFormat::Spot,
        PostFormat::PressRelease,
        PostFormat::Event,
        PostFormat::Other,
    ];
}

/// Where a post is on its way out: idea → draft → ready (approved) →
/// scheduled → published, or skipped.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PostStatus {
    #[default]
    Idea,
    Draft,
    Ready,
    Scheduled,
    Published,
    Skipped,
}

impl PostStatus {
    pub const ALL: [PostStatus; 6] = [
        PostStatus::Idea,
        PostStatus::Draft,
        PostStatus::Ready,
        PostStatus::Scheduled,
        PostStatus::Published,
        PostStatus::Skipped,
    ];
}

/// One post of a campaign. It takes its channel from the campaign; a date
/// outside the campaign's is a finding of the lint, not an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Post {
    pub id: String,
    /// The id of the campaign it belongs to.
    pub campaign: String,
    #[serde(with = "iso_date")]
    pub date: NaiveDate,
    /// Local wall-clock time, `HH:MM`, no zone; none when only the day is planned.
    #[serde(default)]
    pub time: Option<String>,
    pub format: PostFormat,
    pub title: String,
    /// The text to publish.
    #[serde(default)]
    pub copy: String,
    /// A link to, or path of, the image or video.
    #[serde(default)]
    pub asset: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub status: PostStatus,
    /// Where it was published.
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub notes: String,
    /// How many people saw it (as the network counts them); none until known.
    /// Any status may hold results; the interface shows them for published posts.
    #[serde(default)]
    pub reach: Option<u64>,
    /// Likes, comments, shares and saves, as the network sums them.
    #[serde(default)]
    pub interactions: Option<u64>,
    #[serde(default)]
    pub clicks: Option<u64>,
    /// Conversions: sign-ups, orders, requests…
    #[serde(default)]
    pub leads: Option<u64>,
}

impl PostStatus {
    /// Whether the post is settled: out, or not going out.
    pub fn is_settled(self) -> bool {
        matches!(self, PostStatus::Published | PostStatus::Skipped)
    }

    /// The next step on the way out; none once published or skipped.
    pub fn next(self) -> Option<PostStatus> {
        match self {
            PostStatus::Idea => Some(PostStatus::Draft),
            PostStatus::Draft => Some(PostStatus::Ready),
            PostStatus::Ready => Some(PostStatus::Scheduled),
            PostStatus::Scheduled => Some(PostStatus::Published),
            PostStatus::Published | PostStatus::Skipped => None,
        }
    }
}

impl Post {
    /// A new idea of a post on `date`: an ordinary post with no time, copy,
    /// owner, link or results yet.
    pub fn new(id: String, campaign: String, date: NaiveDate, title: String) -> Post {
        Post {
            id,
            campaign,
            date,
            time: None,
            format: PostFormat::Post,
            title,
            copy: String::new(),
            asset: String::new(),
            owner: String::new(),
            status: PostStatus::Idea,
            link: String::new(),
            notes: String::new(),
            reach: None,
            interactions: None,
            clicks: None,
            leads: None,
        }
    }

    /// Reach, interactions, clicks and leads, in that order.
    pub fn results(&self) -> [Option<u64>; 4] {
        [self.reach, self.interactions, self.clicks, self.leads]
    }

    /// The results' fields, in the order of [`Post::results`].
    pub fn results_mut(&mut self) -> [&mut Option<u64>; 4] {
        [
            &mut self.reach,
            &mut self.interactions,
            &mut self.clicks,
            &mut self.leads,
        ]
    }

    /// Overdue: its day has passed and it is neither published nor skipped.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.date < today && !self.status.is_settled()
    }

    /// When it goes out, for sorting a day's posts: untimed ones first.
    pub fn sort_key(&self) -> (NaiveDate, Option<(u8, u8)>) {
        (self.date, self.time.as_deref().and_then(clock_time))
    }
}

/// The hours and minutes of a `HH:MM` time from 00:00 to 23:59.
pub fn clock_time(text: &str) -> Option<(u8, u8)> {
    let (hours, minutes) = text.split_once(':')?;
    let two_digits = |part: &str| {
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u8>().ok())
            .flatten()
    };
    let (hours, minutes) = (two_digits(hours)?, two_digits(minutes)?);
    (hours < 24 && minutes < 60).then_some((hours, minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_two_digits_each_within_a_day() {
        assert_eq!(clock_time("00:00"), Some((0, 0)));
        assert_eq!(clock_time("23:59"), Some((23, 59)));
        assert_eq!(clock_time("09:30"), Some((9, 30)));
        for bad in [
            "24:00", "12:60", "9:30", "09:3", "0930", "", "ab:cd", "+1:00", "09:30:00",
        ] {
            assert_eq!(clock_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn status_moves_forward_to_published_and_stops() {
        let mut status = PostStatus::Idea;
        let mut steps = vec![status];
        while let Some(next) = status.next() {
            status = next;
            steps.push(status);
        }
        assert_eq!(steps, PostStatus::ALL[..5]);
        assert_eq!(PostStatus::Skipped.next(), None);
    }

    #[test]
    fn a_post_is_overdue_once_its_day_passed_unsettled() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        let mut post = Post {
            status: PostStatus::Ready,
            ..Post::new("p".into(), "c".into(), day(27), "t".into())
        };
        assert!(post.is_overdue(day(30)));
        assert!(!post.is_overdue(day(27)), "due today is not overdue yet");
        post.status = PostStatus::Skipped;
        assert!(!post.is_overdue(day(30)));
    }

    #[test]
    fn formats_and_statuses_are_written_in_snake_case() {
        let format = |f: PostFormat| serde_json::to_string(&f).unwrap();
        assert_eq!(format(PostFormat::ShortVideo), "\"short-video\"");
        assert_eq!(format(PostFormat::PressRelease), "\"press-release\"");
        assert_eq!(format(PostFormat::Spot), "\"spot\"");
        let status = serde_json::to_string(&PostStatus::Published).unwrap();
        assert_eq!(status, "\"published\"");
    }
}
