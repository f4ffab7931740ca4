//! Each campaign's posts, found without going over the plan's: an index
//! worked out once per plan (one pass over the posts), so that what shows
//! one campaign (its results, its posts in a window, its posts' list) or
//! goes campaign by campaign looks at each campaign's posts only.

use foldhash::{HashMap, HashMapExt};
use std::ops::Range;

use super::Post;
use crate::domain::Plan;

/// The places of each campaign's posts in the plan's list, in the plan's
/// order ([`PostsByCampaign::going_out`] sorts one campaign's by day and
/// time). Valid for the plan it was made from: made again whenever that
/// changes.
#[derive(Clone, Debug, Default)]
pub struct PostsByCampaign {
    /// Each campaign id's range in `places`.
    ranges: HashMap<String, Range<usize>>,
    /// The posts' places in the plan's list, grouped by campaign.
    places: Vec<usize>,
}

impl PostsByCampaign {
    /// One pass over the posts counts each campaign's (and remembers which
    /// campaign each post is of), one over the numbers puts each post in its
    /// place. Nothing is sorted: sorting every campaign's posts cost three
    /// times the rest, for what shows one campaign at a time.
    pub fn of(plan: &Plan) -> PostsByCampaign {
        let posts = &plan.posts;
        let mut ranges: HashMap<String, Range<usize>> = HashMap::new();
        // Each post's campaign as a number in order of first appearance;
        // a campaign's posts often follow each other in the file, so the
        // last one is tried before the map.
        let mut numbers: HashMap<&str, usize> = HashMap::new();
        let mut counts: Vec<usize> = Vec::new();
        let mut ids: Vec<&str> = Vec::new();
        let mut number_of = Vec::with_capacity(posts.len());
        let mut last: Option<(&str, usize)> = None;
        for post in posts {
            let campaign = post.campaign.as_str();
            let number = match last {
                Some((id, number)) if id == campaign => number,
                _ => *numbers.entry(campaign).or_insert_with(|| {
                    counts.push(0);
                    ids.push(campaign);
                    counts.len() - 1
                }),
            };
            last = Some((campaign, number));
            counts[number] += 1;
            number_of.push(number);
        }
        // Where each campaign's run starts, then each post into its run.
        let mut next = Vec::with_capacity(counts.len());
        let mut start = 0;
        for (&id, &count) in ids.iter().zip(&counts) {
            next.push(start);
            ranges.insert(id.to_string(), start..start + count);
            start += count;
        }
        let mut places = vec![0; posts.len()];
        for (place, number) in number_of.into_iter().enumerate() {
            places[next[number]] = place;
            next[number] += 1;
        }
        PostsByCampaign { ranges, places }
    }

    /// The places in the plan's list of the posts of `campaign` (an id), in
    /// the plan's order; none for a campaign without posts.
    pub fn places(&self, campaign: &str) -> &[usize] {
        self.ranges
            .get(campaign)
            .map_or(&[][..], |range| &self.places[range.clone()])
    }

    /// The posts of `campaign` in `plan` (the plan the index was made
    /// from), in the plan's order.
    pub fn posts<'p>(
        &'p self,
        plan: &'p Plan,
        campaign: &'p str,
    ) -> impl Iterator<Item = &'p Post> + 'p {
        self.places(campaign)
            .iter()
            .filter_map(|&place| plan.posts.get(place))
            // Only ever false for an index of another plan: better a post
            // left out than another campaign's shown.
            .filter(move |post| post.campaign == campaign)
    }

    /// The places of the posts of `campaign` that `keep` keeps, in the order
    /// they go out: by day, then time (a post without one first), posts
    /// that tie in the plan's order.
    pub fn going_out(
        &self,
        plan: &Plan,
        campaign: &str,
        keep: impl Fn(&Post) -> bool,
    ) -> Vec<usize> {
        let mut kept: Vec<(usize, &Post)> = self
            .places(campaign)
            .iter()
            .filter_map(|&place| Some((place, plan.posts.get(place)?)))
            .filter(|(_, post)| post.campaign == campaign && keep(post))
            .collect();
        // Stable: ties keep the plan's order.
        kept.sort_by_cached_key(|(_, post)| post.sort_key());
        kept.into_iter().map(|(place, _)| place).collect()
    }

    /// How many posts `campaign` has.
    pub fn count(&self, campaign: &str) -> usize {
        self.places(campaign).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::results::CampaignResults;
    use crate::generate::{self, Size};

    fn plan() -> Plan {
        generate::plan(Size {
            campaigns: 60,
            channels: 4,
            objectives: 3,
            measurements: 0,
            posts: 900,
            seed: 7,
        })
    }

    /// What the index stands for: a scan of every post, sorted.
    fn scanned<'p>(plan: &'p Plan, campaign: &'p str) -> Vec<&'p Post> {
        let mut posts: Vec<&Post> = plan.posts_of(campaign).collect();
        posts.sort_by_key(|p| p.sort_key());
        posts
    }

    #[test]
    fn each_campaign_has_the_posts_a_scan_finds_in_going_out_order() {
        let mut plan = plan();
        // Posts of a campaign apart from each other, some on one day at
        // different times and without one.
        plan.posts.reverse();
        let day = plan.posts[0].date;
        plan.posts[0].time = Some("18:00".into());
        plan.posts[3].date = day;
        plan.posts[3].time = None;
        plan.posts[3].campaign = plan.posts[0].campaign.clone();
        let index = PostsByCampaign::of(&plan);
        let mut counted = 0;
        for campaign in &plan.campaigns {
            let listed: Vec<&Post> = index
                .going_out(&plan, &campaign.id, |_| true)
                .into_iter()
                .map(|place| &plan.posts[place])
                .collect();
            assert!(
                index
                    .posts(&plan, &campaign.id)
                    .map(|p| &p.id)
                    .eq(plan.posts_of(&campaign.id).map(|p| &p.id)),
                "in the plan's order"
            );
            assert_eq!(
                listed.iter().map(|p| &p.id).collect::<Vec<_>>(),
                scanned(&plan, &campaign.id)
                    .iter()
                    .map(|p| &p.id)
                    .collect::<Vec<_>>(),
                "{}",
                campaign.id
            );
            assert_eq!(index.count(&campaign.id), listed.len());
            counted += listed.len();
        }
        assert_eq!(counted, plan.posts.len(), "every post once");
        assert!(index.places("no-such-campaign").is_empty());
    }

    #[test]
    fn results_from_the_index_are_those_of_a_scan() {
        let plan = plan();
        let index = PostsByCampaign::of(&plan);
        for campaign in &plan.campaigns {
            assert_eq!(
                CampaignResults::of(&campaign.id, index.posts(&plan, &campaign.id)),
                CampaignResults::of(&campaign.id, &plan.posts),
                "{}",
                campaign.id
            );
        }
    }

    #[test]
    fn an_index_of_another_plan_never_shows_another_campaigns_posts() {
        let plan = plan();
        let index = PostsByCampaign::of(&plan);
        let mut changed = plan.clone();
        changed.posts.rotate_left(1);
        for campaign in &changed.campaigns {
            assert!(
                index
                    .posts(&changed, &campaign.id)
                    .all(|p| p.campaign == campaign.id)
            );
        }
    }
}
