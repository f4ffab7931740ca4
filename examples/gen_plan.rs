//! Writes a large, valid, realistic plan to stdout, for tests and benchmarks:
//!
//!     cargo run --release --example gen_plan -- --campaigns 10000 --channels 40 \
//!         --objectives 200 --measurements 100000 > big.json
//!
//! The same arguments give the same plan (see `socialplan::generate`). Left
//! out, channels, objectives and measurements grow with the campaigns, and
//! there are 10 posts per campaign (`--posts 0` for the plans the
//! performance budgets were measured on).

use std::io::Write;

use clap::Parser;
use socialplan::generate::{self, Size};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 1000)]
    campaigns: usize,
    #[arg(long)]
    channels: Option<usize>,
    #[arg(long)]
    objectives: Option<usize>,
    #[arg(long)]
    measurements: Option<usize>,
    /// Posts spread over the campaigns; 10 per campaign when left out.
    #[arg(long)]
    posts: Option<usize>,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() {
    let args = Args::parse();
    let usual = Size::campaigns(args.campaigns);
    let plan = generate::plan(Size {
        campaigns: args.campaigns,
        channels: args.channels.unwrap_or(usual.channels),
        objectives: args.objectives.unwrap_or(usual.objectives),
        measurements: args.measurements.unwrap_or(usual.measurements),
        posts: args.posts.unwrap_or(args.campaigns * 10),
        seed: args.seed,
    });
    if let Err(problem) = socialplan::domain::validate::plan(&plan) {
        eprintln!("gen_plan made an invalid plan: {problem:?}");
        std::process::exit(1);
    }
    let mut out = std::io::stdout().lock();
    if out.write_all(&socialplan::store::to_json(&plan)).is_err() {
        std::process::exit(1);
    }
}
