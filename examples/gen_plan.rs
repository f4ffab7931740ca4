//! Writes a large, valid, realistic plan to stdout, for tests and benchmarks:
//!
//!     cargo run --release --example gen_plan -- --campaigns 10000 --channels 40 \
//!         --objectives 200 --measurements 100000 > big.json
//!
//! The same arguments give the same plan (see `socialplan::generate`).

use std::io::Write;

use clap::Parser;
use socialplan::generate::{self, Size};

#[derive(Parser)]
struct Args {
    #[arg(long, default_value_t = 1000)]
    campaigns: usize,
    #[arg(long, default_value_t = 20)]
    channels: usize,
    #[arg(long, default_value_t = 50)]
    objectives: usize,
    #[arg(long, default_value_t = 10_000)]
    measurements: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() {
    let args = Args::parse();
    let plan = generate::plan(Size {
        campaigns: args.campaigns,
        channels: args.channels,
        objectives: args.objectives,
        measurements: args.measurements,
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
