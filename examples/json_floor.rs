//! The floor under every command that reads a plan: read the file and scan
//! its JSON syntax, building nothing. `benches/compare.sh` times it beside
//! `socialplan` and taskwarrior.
//!
//!     cargo run --release --example json_floor -- plan.json

use serde::de::IgnoredAny;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: json_floor PLAN.json");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    };
    if let Err(e) = serde_json::from_slice::<IgnoredAny>(&bytes) {
        eprintln!("{}: {e}", path.to_string_lossy());
        std::process::exit(1);
    }
}
