//! The WebAssembly binding: `check`, `hasExternalRecipient`, `rules`,
//! `defaultConfig`, `settingsSchema`, `version` and `memoryBytes`. Plain data
//! crosses as JS objects (read by `js_input`, written through serde); errors
//! come back as JS `Error`s with a message.
//!
//! Two things differ from reading the draft as it is given. Very long
//! strings are cut in JS before they are copied into the module's memory
//! (which never shrinks), so a 20 MB draft costs the module no more than a
//! 1 MB one; the core then reports the cut. And each finding's `excerpt` is
//! sliced from the field's JS string, so a lone surrogate in the draft
//! (which a Rust string cannot hold) stays in the excerpt exactly as JS has
//! it.

use crate::company;
use crate::draft::{MAX_FIELD_BYTES, MAX_LIST_ITEMS};
use crate::finding::Field;
use crate::rules::catalogue;
use crate::{Checker, Config, Draft};
use js_sys::{Array, JsString, Object, Reflect};
use serde::Serialize;
use std::cell::{OnceCell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The module's allocator: Talc instead of the standard library's
/// dlmalloc, 1,226 bytes gzipped smaller and as fast (README,
/// "WebAssembly").
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

thread_local! {
    static CHECKER: OnceCell<Checker> = const { OnceCell::new() };
    static KEYS: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
    static LAST_CONFIG: RefCell<Option<(JsValue, Rc<Config>)>> = const { RefCell::new(None) };
}

/// The JS string of a property name, made once: making it anew on each
/// check (UTF-8 decoded into a JS string) was a few percent of a 1 KB check.
pub(crate) fn key(name: &'static str) -> JsValue {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        if let Some((_, value)) = keys.iter().find(|(known, _)| *known == name) {
            return value.clone();
        }
        let value = JsValue::from_str(name);
        keys.push((name, value.clone()));
        value
    })
}

/// Installs the panic hook and prepares the rules, once, when the module is
/// instantiated. The hook prints the panic's place (file and line) to the
/// console, for whoever reads it, before the module traps and the add-on
/// tells the user the check failed. (Its message too cost 252 bytes more
/// gzipped; the `console_error_panic_hook` crate adds a JS stack, which
/// names nothing in a module built without its name section, for 593
/// bytes more.)
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let (file, line) = info
            .location()
            .map_or(("?", 0), |at| (at.file(), at.line()));
        let said = "presend: the check panicked at".into();
        web_sys::console::error_3(&said, &file.into(), &line.into())
    }));
    CHECKER.with(|c| {
        c.get_or_init(Checker::new);
    });
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The longest string copied into the module: one unit more than a check
/// reads (a UTF-16 unit is at least one byte of UTF-8), so the core still
/// sees that the field was longer and says so.
const MAX_UNITS: u32 = MAX_FIELD_BYTES as u32 + 1;

/// A shorter copy of `value` when it is a string or a list longer than a
/// check reads; `None` when it is short enough as it is.
fn bounded(value: &JsValue) -> Option<JsValue> {
    if let Some(text) = value.dyn_ref::<JsString>() {
        return (text.length() > MAX_UNITS).then(|| text.slice(0, MAX_UNITS).into());
    }
    if !Array::is_array(value) {
        return None;
    }
    let list: &Array = value.unchecked_ref();
    let too_many = list.length() > MAX_LIST_ITEMS as u32;
    let list = if too_many {
        list.slice(0, MAX_LIST_ITEMS as u32 + 1)
    } else {
        list.clone()
    };
    let long = list.iter().any(|item| {
        item.dyn_ref::<JsString>()
            .is_some_and(|t| t.length() > MAX_UNITS)
    });
    if long {
        return Some(
            list.map(&mut |item, _, _| bounded(&item).unwrap_or(item))
                .into(),
        );
    }
    too_many.then(|| list.into())
}

/// `object` itself when none of its `fields` is longer than a check reads
/// (most drafts: copying each one cost a 1 KB check a twentieth of its
/// time), otherwise a shallow copy with those fields cut; and whether it is
/// a copy.
fn bounded_copy(object: &Object, fields: &[&'static str]) -> Result<(Object, bool), JsValue> {
    let mut copy: Option<Object> = None;
    for &name in fields {
        let key = key(name);
        if let Some(cut) = bounded(&Reflect::get(object, &key)?) {
            let copy = copy.get_or_insert_with(|| Object::assign(&Object::new(), object));
            Reflect::set(copy, &key, &cut)?;
        }
    }
    Ok(match copy {
        Some(copy) => (copy, true),
        None => (object.clone(), false),
    })
}

/// The JS text of a field that findings' offsets point into: a string as
/// it is, a list joined with `", "`, nothing as `""`.
fn field_text(draft: &Object, field: Field) -> Option<JsString> {
    let value = Reflect::get(draft, &key(field.as_str())).ok()?;
    if let Some(text) = value.dyn_ref::<JsString>() {
        return Some(text.clone());
    }
    if Array::is_array(&value) {
        return Some(value.unchecked_into::<Array>().join(", "));
    }
    (value.is_null() || value.is_undefined()).then(|| JsString::from(""))
}

/// The draft object as given, and the draft read from it with its long
/// fields cut first.
fn draft_from_js(draft: JsValue) -> Result<(Object, Draft), JsError> {
    if !draft.is_object() || Array::is_array(&draft) {
        return Err(JsError::new(
            "not a draft: expected an object such as {subject: \"…\", body: \"…\"}",
        ));
    }
    let given: Object = draft.unchecked_into();
    let (mut light, copied) = bounded_copy(
        &given,
        &[
            "subject",
            "from",
            "body",
            "html",
            "to",
            "cc",
            "bcc",
            "attachments",
        ],
    )
    .map_err(|_| JsError::new("not a valid draft: its fields cannot be read"))?;
    let reply = Reflect::get(&light, &key("reply_to")).unwrap_or(JsValue::NULL);
    if reply.is_object() && !Array::is_array(&reply) {
        let (reply, cut) = bounded_copy(reply.unchecked_ref(), &["body", "from", "date"])
            .map_err(|_| JsError::new("not a valid draft: reply_to cannot be read"))?;
        if cut {
            // The caller's draft is never changed: its reply is cut in a copy.
            if !copied {
                light = Object::assign(&Object::new(), &light);
            }
            let _ = Reflect::set(&light, &key("reply_to"), &reply);
        }
    }
    let parsed = crate::js_input::draft(&light)
        .map_err(|e| JsError::new(&format!("not a valid draft: {e}")))?;
    Ok((given, parsed))
}

/// The configuration read from `config` (none: the defaults). The add-ons
/// pass one on every check, a new object each time with the same settings:
/// read through serde it cost up to ~30 us a check with every rule set, so
/// the last one read is kept with its JSON text and used again while the
/// text is the same (one `JSON.stringify`, and the texts compared in JS:
/// neither is copied into the module).
fn config_from_js(config: JsValue) -> Result<Rc<Config>, JsError> {
    if config.is_undefined() || config.is_null() {
        return Ok(Rc::new(Config::default()));
    }
    let text = js_sys::JSON::stringify(&config)
        .ok()
        .map(JsValue::from)
        .filter(JsValue::is_string);
    if let Some(text) = &text {
        let known = LAST_CONFIG.with(|last| {
            last.borrow()
                .as_ref()
                .filter(|(known, _)| known == text)
                .map(|(_, config)| config.clone())
        });
        if let Some(config) = known {
            return Ok(config);
        }
    }
    let parsed: Rc<Config> = Rc::new(
        crate::js_input::config(&config)
            .map_err(|e| JsError::new(&format!("not a valid configuration: {e}")))?,
    );
    // Only a configuration that makes sense is kept: JSON writes some values
    // that do not (NaN) as others (null), which read differently.
    if let Some(text) = text.filter(|_| parsed.validate().is_ok()) {
        LAST_CONFIG.with(|last| *last.borrow_mut() = Some((text, parsed.clone())));
    }
    Ok(parsed)
}

/// Checks a draft (a plain object) with an optional configuration; returns
/// the findings, sorted.
#[wasm_bindgen]
pub fn check(draft: JsValue, config: JsValue) -> Result<JsValue, JsError> {
    let (given, parsed) = draft_from_js(draft)?;
    let config = config_from_js(config)?;
    let findings = CHECKER
        .with(|c| c.get_or_init(Checker::new).check(&parsed, &config))
        .map_err(|e| JsError::new(&e.to_string()))?;
    let out = to_js(&findings)?;
    // Excerpts from the JS strings themselves where the core's text may
    // differ: a lone surrogate (which a Rust string cannot hold) reads as
    // U+FFFD. A body made from the HTML is not a JS string: its excerpts
    // stay as the core wrote them.
    let body_from_html = parsed.body.trim().is_empty() && !parsed.html.trim().is_empty();
    let excerpt = key("excerpt");
    // Each field's JS text, when its excerpts are re-read from it.
    let mut texts: Vec<(Field, Option<JsString>)> = Vec::new();
    for (i, finding) in findings.iter().enumerate() {
        if finding.field == Field::Body && body_from_html {
            continue;
        }
        let text = match texts.iter().find(|(f, _)| *f == finding.field) {
            Some((_, text)) => text.clone(),
            None => {
                let text = has_replacement(&parsed, finding.field)
                    .then(|| field_text(&given, finding.field))
                    .flatten();
                texts.push((finding.field, text.clone()));
                text
            }
        };
        if let Some(text) = text {
            let slice = text.slice(finding.start as u32, finding.end as u32);
            let object = Reflect::get_u32(&out, i as u32).map_err(|_| JsError::new("findings"))?;
            let _ = Reflect::set(&object, &excerpt, &slice);
        }
    }
    Ok(out)
}

/// True when the core's text of `field` holds U+FFFD, which may stand for a
/// lone surrogate of the JS string: elsewhere the core's excerpts are the
/// JS string's own text.
fn has_replacement(draft: &Draft, field: Field) -> bool {
    let in_list = |list: &[String]| list.iter().any(|item| item.contains('\u{fffd}'));
    match field {
        Field::Subject => draft.subject.contains('\u{fffd}'),
        Field::Body => draft.body.contains('\u{fffd}'),
        Field::To => in_list(&draft.to),
        Field::Cc => in_list(&draft.cc),
        Field::Bcc => in_list(&draft.bcc),
        Field::Attachments => in_list(&draft.attachments),
    }
}

/// Whether the draft goes to someone outside the company, decided as the
/// rules decide it (see `company::has_external_recipient`): the add-ons ask
/// this before "only check mail to people outside my organisation" lets a
/// draft go unchecked.
#[wasm_bindgen(js_name = hasExternalRecipient)]
pub fn has_external_recipient(draft: JsValue, config: JsValue) -> Result<bool, JsError> {
    Ok(company::has_external_recipient(
        &draft_from_js(draft)?.1,
        &*config_from_js(config)?,
    ))
}

/// The rule catalogue: each rule's ID, severity, category, languages,
/// status, title and reason (the guides for users are in the reference page,
/// `site/rules.html` in the add-ons).
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&catalogue())
}

/// The default configuration.
#[wasm_bindgen(js_name = defaultConfig)]
pub fn default_config() -> Result<JsValue, JsError> {
    to_js(&Config::default())
}

/// Every setting described once (key, kind, range, default, title and
/// description in each language): see [`crate::settings`].
#[wasm_bindgen(js_name = settingsSchema)]
pub fn settings_schema() -> Result<JsValue, JsError> {
    to_js(&crate::settings::schema())
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// The size of the module's memory in bytes. It grows when a check needs
/// more and never shrinks: tests watch it stay bounded over many checks and
/// on huge drafts.
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    (core::arch::wasm32::memory_size(0) * 65536) as f64
}
