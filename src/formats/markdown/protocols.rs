//! The integral plan's protocols: what each is about, then its steps as a
//! numbered list.

use std::fmt::Write as _;

use super::Heading;
use super::escape::text;
use crate::domain::Plan;
use crate::i18n::Lang;
use crate::i18n::protocols::P;

pub fn protocols(out: &mut String, plan: &Plan, lang: Lang) {
    if plan.protocols.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n", lang.report_heading(Heading::Protocols));
    for p in &plan.protocols {
        let _ = writeln!(out, "### {}\n", text(&p.name));
        for (label, value) in [
            (P::Scope, lang.scope(p.scope)),
            (P::Trigger, p.trigger.as_str()),
            (P::Owner, p.owner.as_str()),
            (P::ResponseTime, p.response_time.as_str()),
        ] {
            if !value.is_empty() {
                let _ = writeln!(out, "- **{}:** {}", lang.t(label), text(value));
            }
        }
        out.push('\n');
        let steps = p.steps.lines().map(str::trim).filter(|s| !s.is_empty());
        for (i, step) in steps.enumerate() {
            let _ = writeln!(out, "{}. {}", i + 1, text(step));
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::{Plan, Protocol, Scope};
    use crate::formats::markdown::report;
    use crate::i18n::Lang;

    #[test]
    fn protocols_come_out_as_text_with_their_steps_numbered() {
        let mut plan = Plan::new("Bakery", "EUR");
        plan.protocols.push(Protocol {
            id: "x".into(),
            name: "A *b* <b>x</b>".into(),
            scope: Scope::Internal,
            trigger: "Any [link](y)".into(),
            steps: "Check it\n\n  Tell _Marta_  \nPost".into(),
            owner: String::new(),
            response_time: "24 h".into(),
        });
        let today = NaiveDate::from_ymd_opt(2027, 1, 20).unwrap_or_default();
        let out = report(&plan, today, Lang::En, "");
        let section = &out[out.find("## Protocols").unwrap_or(0)..];
        assert_eq!(
            section,
            "## Protocols\n\n### A \\*b\\* &lt;b&gt;x&lt;/b&gt;\n\n\
             - **Scope:** internal\n- **When it applies:** Any \\[link\\]\\(y\\)\n\
             - **Response time:** 24 h\n\n1. Check it\n2. Tell \\_Marta\\_\n3. Post\n\n"
        );
    }
}
