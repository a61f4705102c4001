//! The WebAssembly binding: `check`, `hasExternalRecipient`, `rules`,
//! `defaultConfig`, `version`.
//! Plain data crosses as JS objects; errors come back as JS `Error`s with a
//! message.

use crate::company;
use crate::rules::{catalogue, RuleDoc};
use crate::{Checker, Config, Draft};
use serde::Serialize;
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static CHECKER: OnceCell<Checker> = const { OnceCell::new() };
}

/// Installs the panic hook and prepares the rules, once, when the module is
/// instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    CHECKER.with(|c| {
        c.get_or_init(Checker::new);
    });
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn draft_from_js(draft: JsValue) -> Result<Draft, JsError> {
    if !draft.is_object() {
        return Err(JsError::new(
            "not a draft: expected an object such as {subject: \"…\", body: \"…\"}",
        ));
    }
    serde_wasm_bindgen::from_value(draft)
        .map_err(|e| JsError::new(&format!("not a valid draft: {e}")))
}

fn config_from_js(config: JsValue) -> Result<Config, JsError> {
    if config.is_undefined() || config.is_null() {
        return Ok(Config::default());
    }
    serde_wasm_bindgen::from_value(config)
        .map_err(|e| JsError::new(&format!("not a valid configuration: {e}")))
}

/// Checks a draft (a plain object) with an optional configuration; returns
/// the findings, sorted.
#[wasm_bindgen]
pub fn check(draft: JsValue, config: JsValue) -> Result<JsValue, JsError> {
    let draft = draft_from_js(draft)?;
    let config = config_from_js(config)?;
    let findings = CHECKER.with(|c| c.get_or_init(Checker::new).check(&draft, &config));
    to_js(&findings.map_err(|e| JsError::new(&e.to_string()))?)
}

/// Whether the draft goes to someone outside the company, decided as the
/// rules decide it (see `company::has_external_recipient`): the add-ons ask
/// this before "only check mail to people outside my organisation" lets a
/// draft go unchecked.
#[wasm_bindgen(js_name = hasExternalRecipient)]
pub fn has_external_recipient(draft: JsValue, config: JsValue) -> Result<bool, JsError> {
    Ok(company::has_external_recipient(
        &draft_from_js(draft)?,
        &config_from_js(config)?,
    ))
}

/// The rule catalogue: each rule's ID, severity, category, languages,
/// status, title, reason and documentation.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    let docs: Vec<RuleDoc> = catalogue().into_iter().map(RuleDoc::from).collect();
    to_js(&docs)
}

/// The default configuration.
#[wasm_bindgen(js_name = defaultConfig)]
pub fn default_config() -> Result<JsValue, JsError> {
    to_js(&Config::default())
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
