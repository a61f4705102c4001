//! presend: a second pair of eyes that reads a business email at the moment
//! its author presses Send, and asks "are you sure?" when the letter would
//! hurt the relationship with a client.
//!
//! The core is pure: a [`Draft`] and a [`Config`] go in, sorted [`Finding`]s
//! come out. The command line (`src/main.rs`) and the WebAssembly binding
//! (`wasm.rs`) are thin layers over [`Checker`].

pub mod address;
pub mod case;
pub mod checker;
pub mod company;
pub mod conditions;
pub mod config;
pub mod context;
pub mod draft;
pub mod finding;
pub mod greeklish;
pub mod guides;
pub mod html;
pub mod i18n;
pub mod language;
pub mod layout;
pub mod links;
pub mod normalize;
pub mod phrases;
pub mod rules;
pub mod settings;
pub mod sort;
pub mod span;
pub mod subject;
pub mod time;
pub mod tone;
pub mod translit;
pub mod typed_in_latin;
pub mod word_bounds;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod js_input;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use checker::{CheckError, Checker};
pub use config::Config;
pub use draft::Draft;
pub use finding::{Field, Finding, Severity};
pub use i18n::UiLang;
pub use language::Lang;

/// The crate's version, as `presend --version` and `version()` in JS report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
