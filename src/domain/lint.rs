//! The plan checked against the five steps of the method: what is missing,
//! what contradicts itself, what needs attention this week. Each finding has
//! a stable code (scripts may rely on it), a severity and the item it is
//! about; the catalog in `i18n` says what is wrong and how to fix it.

use foldhash::HashSet;

use chrono::{IsoWeek, NaiveDate};

use super::budget::{Month, MonthSpend, monthly_spend};
use super::figure::Figure;
use super::forecast::{Forecast, Verdict};
use super::item::Kind;
use super::money::Money;
use super::plan::{Objective, Plan, Status};
use super::post::PostsByCampaign;
use super::progress::STALE_DAYS;

mod posts;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Hint,
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Step 2: an objective must be quantified: a target and a deadline.
    ObjectiveWithoutTarget,
    /// Step 3: a channel is chosen for a reason (its fit with the audience).
    ChannelWithoutReason,
    /// Step 4: every campaign serves an objective.
    CampaignWithoutObjective,
    /// Step 4: an active objective no campaign serves.
    ObjectiveNotServed,
    /// A planned or running campaign on a channel the plan no longer uses.
    CampaignOnInactiveChannel,
    /// Step 5: an active objective not measured for over a week.
    ObjectiveNotMeasured {
        last: NaiveDate,
    },
    /// Step 5: the deadline passed without reaching the target.
    ObjectiveOverdue,
    /// A month where a channel's campaigns cost more than its monthly budget.
    ChannelOverBudget {
        month: Month,
        planned: Money,
        budget: Money,
    },
    /// A month where a channel's campaigns really spent more than its
    /// monthly budget (the sum of their spend entries dated in it).
    ChannelOverspent {
        month: Month,
        spent: Money,
        budget: Money,
    },
    /// A month where a channel's campaigns add up to more than an amount
    /// holds: the spend cannot be checked against the budget (and a budget
    /// with digits too many is the likely cause).
    ChannelSpendOutOfRange {
        month: Month,
    },
    /// A campaign whose status says otherwise than its dates.
    CampaignStatusOutdated {
        expected: Status,
    },
    /// Step 4: the weeks of an active campaign, from this one on, where
    /// its channel's campaigns plan fewer posts than the channel's cadence;
    /// each week with the posts it has.
    WeeksBelowCadence {
        channel: String,
        cadence: u32,
        weeks: Vec<(IsoWeek, u32)>,
    },
    /// An active campaign that plans no posts.
    CampaignWithoutPosts,
    /// A post whose day passed and that neither went out nor was skipped.
    PostOverdue {
        date: NaiveDate,
    },
    /// A post dated outside its campaign: allowed, but likely a slip.
    PostOutsideCampaign {
        date: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    },
    /// A published post with no link to where it went out.
    PostWithoutLink,
    /// A copy longer than its channel (or the channel's network) takes.
    PostCopyTooLong {
        length: usize,
        limit: u32,
    },
    PlanWithoutObjectives,
    PlanWithoutChannels,
}

impl Rule {
    /// The stable code: the same in every language and every version.
    pub fn code(&self) -> &'static str {
        match self {
            Rule::ObjectiveWithoutTarget => "objective-without-target",
            Rule::ChannelWithoutReason => "channel-without-reason",
            Rule::CampaignWithoutObjective => "campaign-without-objective",
            Rule::ObjectiveNotServed => "objective-not-served",
            Rule::CampaignOnInactiveChannel => "campaign-on-inactive-channel",
            Rule::ObjectiveNotMeasured { .. } => "objective-not-measured",
            Rule::ObjectiveOverdue => "objective-overdue",
            Rule::ChannelOverBudget { .. } => "channel-over-budget",
            Rule::ChannelOverspent { .. } => "channel-overspent",
            Rule::ChannelSpendOutOfRange { .. } => "channel-spend-out-of-range",
            Rule::CampaignStatusOutdated { .. } => "campaign-status-outdated",
            Rule::WeeksBelowCadence { .. } => "weeks-below-cadence",
            Rule::CampaignWithoutPosts => "campaign-without-posts",
            Rule::PostOverdue { .. } => "post-overdue",
            Rule::PostOutsideCampaign { .. } => "post-outside-campaign",
            Rule::PostWithoutLink => "post-without-link",
            Rule::PostCopyTooLong { .. } => "post-copy-too-long",
            Rule::PlanWithoutObjectives => "plan-without-objectives",
            Rule::PlanWithoutChannels => "plan-without-channels",
        }
    }

    pub fn severity(&self) -> Severity {
        match self {
            Rule::ObjectiveWithoutTarget
            | Rule::CampaignOnInactiveChannel
            | Rule::ChannelSpendOutOfRange { .. } => Severity::Error,
            Rule::ChannelWithoutReason
            | Rule::CampaignWithoutObjective
            | Rule::ObjectiveNotServed
            | Rule::ObjectiveNotMeasured { .. }
            | Rule::ObjectiveOverdue
            | Rule::ChannelOverBudget { .. }
            | Rule::ChannelOverspent { .. }
            | Rule::WeeksBelowCadence { .. }
            | Rule::PostOverdue { .. }
            | Rule::PostOutsideCampaign { .. }
            | Rule::PostCopyTooLong { .. } => Severity::Warning,
            // A plan may leave its posts out altogether, and a link is
            // bookkeeping: suggestions, not faults.
            Rule::CampaignStatusOutdated { .. }
            | Rule::CampaignWithoutPosts
            | Rule::PostWithoutLink
            | Rule::PlanWithoutObjectives
            | Rule::PlanWithoutChannels => Severity::Hint,
        }
    }
}

/// One thing the check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    /// The item it is about; None for the plan as a whole.
    pub item: Option<(Kind, String)>,
}

impl Finding {
    fn on(kind: Kind, key: &str, rule: Rule) -> Finding {
        Finding {
            rule,
            item: Some((kind, key.to_string())),
        }
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }
}

/// Every finding, most severe first, then in the plan's order.
pub fn check(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    check_with(plan, &PostsByCampaign::of(plan), today)
}

/// [`check`] with the plan's posts already grouped by campaign (`posts`,
/// an index of `plan`): what a session that keeps one checks with.
pub fn check_with(plan: &Plan, posts: &PostsByCampaign, today: NaiveDate) -> Vec<Finding> {
    let campaign_of = posts::campaign_of_each(plan, posts);
    let mut findings = Vec::new();
    plan_rules(plan, &mut findings);
    objective_rules(plan, today, &mut findings);
    channel_rules(plan, &mut findings);
    campaign_rules(plan, today, &mut findings);
    posts::cadence_rules(plan, &campaign_of, today, &mut findings);
    posts::campaign_rules(plan, posts, &mut findings);
    posts::post_rules(plan, &campaign_of, today, &mut findings);
    // Stable: within a severity, the order above (the plan's order) stays.
    findings.sort_by_key(Finding::severity);
    findings
}

fn plan_rules(plan: &Plan, out: &mut Vec<Finding>) {
    if plan.objectives.is_empty() {
        out.push(Finding {
            rule: Rule::PlanWithoutObjectives,
            item: None,
        });
    }
    if plan.channels.is_empty() {
        out.push(Finding {
            rule: Rule::PlanWithoutChannels,
            item: None,
        });
    }
}

fn objective_rules(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    // Once, not a scan of every campaign for every objective.
    let served: HashSet<&str> = plan
        .campaigns
        .iter()
        .flat_map(|c| c.objectives.iter().map(String::as_str))
        .collect();
    for o in &plan.objectives {
        let on = |rule| Finding::on(Kind::Objective, &o.id, rule);
        if o.target.is_none() || o.deadline.is_none() {
            out.push(on(Rule::ObjectiveWithoutTarget));
        }
        if !o.active {
            continue;
        }
        if !served.contains(o.id.as_str()) {
            out.push(on(Rule::ObjectiveNotServed));
        }
        let verdict = Forecast::of(o, today).verdict;
        if verdict == Verdict::Overdue {
            out.push(on(Rule::ObjectiveOverdue));
        } else if let Some(last) = measurement_due(o, verdict, today) {
            out.push(on(Rule::ObjectiveNotMeasured { last }));
        }
    }
}

/// When an objective needs a new value: the day of its last one (or of its
/// baseline), if that is over [`STALE_DAYS`] ago and the objective is still
/// running — active, not achieved, its deadline not past. `verdict` is its
/// forecast's today. The check and the agenda's reminders share this rule.
pub fn measurement_due(
    objective: &Objective,
    verdict: Verdict,
    today: NaiveDate,
) -> Option<NaiveDate> {
    if !objective.active || matches!(verdict, Verdict::Achieved | Verdict::Overdue) {
        return None;
    }
    let (_, last) = objective.latest();
    ((today - last).num_days() > STALE_DAYS).then_some(last)
}

fn channel_rules(plan: &Plan, out: &mut Vec<Finding>) {
    for c in plan
        .channels
        .iter()
        .filter(|c| c.active && c.reason.trim().is_empty())
    {
        out.push(Finding::on(
            Kind::Channel,
            &c.id,
            Rule::ChannelWithoutReason,
        ));
    }
    for spend in monthly_spend(plan) {
        for rule in budget_rules(&spend) {
            out.push(Finding::on(Kind::Channel, &spend.channel, rule));
        }
    }
}

/// A month over budget as planned and as really spent: both are said, as
/// the plan warns ahead of the month and the spend once it is paid. A sum
/// too large to check is said once.
fn budget_rules(sums: &MonthSpend) -> Vec<Rule> {
    let (month, budget) = (sums.month, sums.budget);
    match (sums.planned, sums.spent) {
        (Figure::OutOfRange, _) | (_, Figure::OutOfRange) => {
            vec![Rule::ChannelSpendOutOfRange { month }]
        }
        (Figure::Value(planned), Figure::Value(spent)) => {
            let mut rules = Vec::new();
            if planned > budget {
                rules.push(Rule::ChannelOverBudget {
                    month,
                    planned,
                    budget,
                });
            }
            if spent > budget {
                rules.push(Rule::ChannelOverspent {
                    month,
                    spent,
                    budget,
                });
            }
            rules
        }
    }
}

fn campaign_rules(plan: &Plan, today: NaiveDate, out: &mut Vec<Finding>) {
    for c in &plan.campaigns {
        let on = |rule| Finding::on(Kind::Campaign, &c.id, rule);
        let live = matches!(c.status, Status::Planned | Status::Active);
        if c.objectives.is_empty() && c.status != Status::Cancelled {
            out.push(on(Rule::CampaignWithoutObjective));
        }
        if live && plan.channel(&c.channel).is_some_and(|ch| !ch.active) {
            out.push(on(Rule::CampaignOnInactiveChannel));
        }
        let expected = if today < c.start {
            Status::Planned
        } else if today <= c.end {
            Status::Active
        } else {
            Status::Done
        };
        // Only a status left behind by time: a campaign marked done early,
        // or not started yet, is a decision, not an oversight.
        let behind = matches!(
            (c.status, expected),
            (Status::Planned, Status::Active | Status::Done) | (Status::Active, Status::Done)
        );
        if behind {
            out.push(on(Rule::CampaignStatusOutdated { expected }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_plan_is_mostly_in_order() {
        let today = "2027-01-20".parse().unwrap();
        let plan = crate::demo::plan(today, crate::i18n::Lang::En);
        let findings = check(&plan, today);
        assert!(
            findings.iter().all(|f| f.severity() != Severity::Error),
            "{findings:#?}"
        );
    }

    #[test]
    fn codes_are_unique() {
        let rules = [
            Rule::ObjectiveWithoutTarget,
            Rule::ChannelWithoutReason,
            Rule::CampaignWithoutObjective,
            Rule::ObjectiveNotServed,
            Rule::CampaignOnInactiveChannel,
            Rule::ObjectiveNotMeasured {
                last: NaiveDate::MIN,
            },
            Rule::ObjectiveOverdue,
            Rule::ChannelOverBudget {
                month: Month {
                    year: 2027,
                    month: 1,
                },
                planned: Money::ZERO,
                budget: Money::ZERO,
            },
            Rule::ChannelOverspent {
                month: Month {
                    year: 2027,
                    month: 1,
                },
                spent: Money::ZERO,
                budget: Money::ZERO,
            },
            Rule::ChannelSpendOutOfRange {
                month: Month {
                    year: 2027,
                    month: 1,
                },
            },
            Rule::CampaignStatusOutdated {
                expected: Status::Done,
            },
            Rule::WeeksBelowCadence {
                channel: "ig".into(),
                cadence: 3,
                weeks: Vec::new(),
            },
            Rule::CampaignWithoutPosts,
            Rule::PostOverdue {
                date: NaiveDate::MIN,
            },
            Rule::PostOutsideCampaign {
                date: NaiveDate::MIN,
                start: NaiveDate::MIN,
                end: NaiveDate::MIN,
            },
            Rule::PostWithoutLink,
            Rule::PostCopyTooLong {
                length: 281,
                limit: 280,
            },
            Rule::PlanWithoutObjectives,
            Rule::PlanWithoutChannels,
        ];
        let mut codes: Vec<&str> = rules.iter().map(Rule::code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), rules.len());
    }

    #[test]
    fn a_monthly_spend_beyond_an_amount_is_an_error_not_a_wrong_sum() {
        use crate::domain::plan::{Campaign, Channel, ChannelKind, Colour, Fit};
        let today: NaiveDate = "2027-01-20".parse().unwrap();
        let mut plan = Plan::new("p", "EUR");
        plan.channels.push(Channel {
            id: "ig".into(),
            name: "Instagram".into(),
            kind: ChannelKind::Social,
            reason: "young locals".into(),
            fit: Fit::default(),
            monthly_budget: Money::from_units(100),
            weekly_hours: 0.0,
            colour: Colour::Magenta,
            active: true,
            posts_per_week: None,
            copy_limit: None,
        });
        for (id, budget) in [("a", i64::MAX - 10), ("b", 100), ("c", 5)] {
            plan.campaigns.push(Campaign {
                spend: Vec::new(),
                id: id.into(),
                name: id.into(),
                channel: "ig".into(),
                start: "2027-02-01".parse().unwrap(),
                end: "2027-02-28".parse().unwrap(),
                status: Status::Planned,
                budget: Money::from_minor(budget),
                objectives: Vec::new(),
                audience: String::new(),
                message: String::new(),
                owner: String::new(),
            });
        }
        let findings = check(&plan, today);
        let budget: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.item == Some((Kind::Channel, "ig".into())))
            .collect();
        assert_eq!(budget.len(), 1, "{findings:#?}");
        assert_eq!(budget[0].rule.code(), "channel-spend-out-of-range");
        assert_eq!(budget[0].severity(), Severity::Error);
    }
}
