//! The kinds of things a plan lists, seen uniformly: each has a key that is
//! unique within its list, and a list in the plan where it lives.

use super::error::Field;
use super::plan::{
    Audience, Campaign, Channel, ChannelFigure, Competitor, Objective, Plan, Post, Protocol, Review,
};

/// The lists of a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Channel,
    Objective,
    Campaign,
    Review,
    Figure,
    Audience,
    Competitor,
    Post,
    Protocol,
}

impl Kind {
    /// The field that holds the key: a review is one per date, a channel
    /// figure one per channel and date (the date is what a person changes
    /// to make it another), everything else has an id.
    pub fn key_field(self) -> Field {
        match self {
            Kind::Review | Kind::Figure => Field::Date,
            _ => Field::Id,
        }
    }
}

/// The English name, for the `Display` of errors (people read the catalog's).
impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Kind::Channel => "channel",
            Kind::Objective => "objective",
            Kind::Campaign => "campaign",
            Kind::Review => "review",
            Kind::Figure => "channel figure",
            Kind::Audience => "audience",
            Kind::Competitor => "competitor",
            Kind::Post => "post",
            Kind::Protocol => "protocol",
        })
    }
}

/// Runs generic code with the type `$t` bound to the type of the items of
/// `kind`: `on_kind!(kind, T => T::list(plan).len())`.
macro_rules! on_kind {
    ($kind:expr, $t:ident => $body:expr) => {
        $crate::domain::item::on_kind!(@each $kind, $t, $body;
            Channel: Channel, Objective: Objective, Campaign: Campaign, Review: Review,
            Figure: ChannelFigure, Audience: Audience, Competitor: Competitor,
            Post: Post, Protocol: Protocol)
    };
    (@each $kind:expr, $t:ident, $body:expr; $($variant:ident: $ty:ident),*) => {
        match $kind {
            $($crate::domain::item::Kind::$variant => {
                type $t = $crate::domain::plan::$ty;
                $body
            })*
        }
    };
}
pub(crate) use on_kind;

/// One thing of any kind, as carried by an edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Channel(Channel),
    Objective(Objective),
    Campaign(Campaign),
    Review(Review),
    Figure(ChannelFigure),
    Audience(Audience),
    Competitor(Competitor),
    Post(Post),
    Protocol(Protocol),
}

impl Item {
    pub fn kind(&self) -> Kind {
        match self {
            Item::Channel(_) => Kind::Channel,
            Item::Objective(_) => Kind::Objective,
            Item::Campaign(_) => Kind::Campaign,
            Item::Review(_) => Kind::Review,
            Item::Figure(_) => Kind::Figure,
            Item::Audience(_) => Kind::Audience,
            Item::Competitor(_) => Kind::Competitor,
            Item::Post(_) => Kind::Post,
            Item::Protocol(_) => Kind::Protocol,
        }
    }

    pub fn key(&self) -> String {
        match self {
            Item::Channel(x) => x.key(),
            Item::Objective(x) => x.key(),
            Item::Campaign(x) => x.key(),
            Item::Review(x) => x.key(),
            Item::Figure(x) => x.key(),
            Item::Audience(x) => x.key(),
            Item::Competitor(x) => x.key(),
            Item::Post(x) => x.key(),
            Item::Protocol(x) => x.key(),
        }
    }
}

/// Something stored in one of the plan's lists under a unique key.
pub trait Keyed: Clone + Into<Item> {
    const KIND: Kind;
    fn key(&self) -> String;
    fn list(plan: &Plan) -> &Vec<Self>;
    fn list_mut(plan: &mut Plan) -> &mut Vec<Self>;

    fn position(plan: &Plan, key: &str) -> Option<usize> {
        Self::list(plan).iter().position(|x| x.key() == key)
    }
}

macro_rules! keyed {
    ($ty:ident, $kind:ident, |$x:ident| $key:expr, |$p:ident| $list:expr) => {
        impl Keyed for $ty {
            const KIND: Kind = Kind::$kind;
            fn key(&self) -> String {
                let $x = self;
                $key
            }
            fn list($p: &Plan) -> &Vec<Self> {
                &$list
            }
            fn list_mut($p: &mut Plan) -> &mut Vec<Self> {
                &mut $list
            }
        }
        impl From<$ty> for Item {
            fn from(x: $ty) -> Item {
                Item::$kind(x)
            }
        }
    };
}

keyed!(Channel, Channel, |x| x.id.clone(), |p| p.channels);
keyed!(Objective, Objective, |x| x.id.clone(), |p| p.objectives);
keyed!(Campaign, Campaign, |x| x.id.clone(), |p| p.campaigns);
keyed!(Post, Post, |x| x.id.clone(), |p| p.posts);
keyed!(Protocol, Protocol, |x| x.id.clone(), |p| p.protocols);
keyed!(Review, Review, |x| x.date.to_string(), |p| p.reviews);
keyed!(
    ChannelFigure,
    Figure,
    |x| figure_key(&x.channel, x.date),
    |p| p.situation.figures
);
keyed!(Audience, Audience, |x| x.id.clone(), |p| p
    .situation
    .audiences);
keyed!(Competitor, Competitor, |x| x.id.clone(), |p| p
    .situation
    .competitors);

/// Figures are one per channel and date.
pub fn figure_key(channel: &str, date: chrono::NaiveDate) -> String {
    format!("{channel}@{date}")
}

impl Plan {
    /// A copy of the item of `kind` with `key`, if the plan has one.
    pub fn item(&self, kind: Kind, key: &str) -> Option<Item> {
        fn get<T: Keyed>(plan: &Plan, key: &str) -> Option<Item> {
            T::list(plan)
                .iter()
                .find(|x| x.key() == key)
                .cloned()
                .map(Into::into)
        }
        on_kind!(kind, T => get::<T>(self, key))
    }
}
