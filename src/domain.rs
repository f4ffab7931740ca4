//! The plan and everything that can be done to it, as pure values and functions:
//! no terminal, no files, no clock ("today" is always passed in).

pub mod agenda;
pub mod budget;
pub mod compare;
pub mod edit;
pub mod error;
pub mod figure;
pub mod forecast;
pub mod iso_date;
pub mod item;
pub mod lint;
pub mod merge;
pub mod money;
pub mod patch;
pub mod plan;
pub mod post;
pub mod presets;
pub mod progress;
pub mod protocol;
pub mod results;
pub mod sieve;
pub mod unusual;
pub mod validate;

pub use edit::{Context, Edit, PlanField};
pub use error::{EditError, Field};
pub use figure::Figure;
pub use item::{Item, Kind};
pub use merge::{Cause, Conflict, Keep, Merged, Side};
pub use money::Money;
pub use patch::{FieldChange, Patch};
pub use plan::*;
