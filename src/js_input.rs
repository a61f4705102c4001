//! The draft and the configuration read from the JS objects given to the
//! WebAssembly module: the same values accepted, in the same shapes, with
//! the same defaults as `serde_wasm_bindgen` read them through the types'
//! `Deserialize` (which the command line still uses, from JSON).
//!
//! Read by hand because serde's error messages can print any number the
//! caller passed (`Unexpected::Float`), which linked the standard library's
//! float formatting into the module: with serde's readers and visitors,
//! 12 KB of the module gzipped. Errors here name the field and what was
//! expected instead of the value.

use crate::config::{Config, RuleSetting, VyStyle};
use crate::draft::{Draft, Format, ReplyTo};
use crate::finding::Severity;
use crate::i18n::UiLang;
use crate::wasm::key;
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};

/// A value read, or what was wrong with it.
type Read<T> = Result<T, String>;

/// The draft in `object` (a JS object): missing fields are empty, unknown
/// ones ignored.
pub fn draft(object: &JsValue) -> Read<Draft> {
    let mut draft = Draft::default();
    set(object, "from", &mut draft.from, text)?;
    set(object, "to", &mut draft.to, address_list)?;
    set(object, "cc", &mut draft.cc, address_list)?;
    set(object, "bcc", &mut draft.bcc, address_list)?;
    set(object, "subject", &mut draft.subject, text)?;
    set(object, "body", &mut draft.body, text)?;
    set(object, "html", &mut draft.html, text)?;
    set(object, "format", &mut draft.format, |value, name| {
        Ok([Format::Plain, Format::Html][variant(value, name, &["plain", "html"])?])
    })?;
    set(object, "attachments", &mut draft.attachments, texts)?;
    set(
        object,
        "attachments_unknown",
        &mut draft.attachments_unknown,
        flag,
    )?;
    set(object, "reply_to", &mut draft.reply_to, |value, name| {
        nullable(value, |value| structure(value, name, reply_to))
    })?;
    set(object, "now", &mut draft.now, |value, name| {
        nullable(value, |value| text(value, name))
    })?;
    Ok(draft)
}

/// The message being answered, in `object`.
#[inline(never)]
fn reply_to(object: &JsValue) -> Read<ReplyTo> {
    let mut reply = ReplyTo::default();
    set(object, "from", &mut reply.from, text)?;
    set(object, "date", &mut reply.date, text)?;
    set(object, "body", &mut reply.body, text)?;
    Ok(reply)
}

/// The configuration in `object` (a JS object): missing keys keep their
/// defaults, unknown ones are ignored.
pub fn config(object: &JsValue) -> Read<Config> {
    if !object.is_object() {
        return Err(format!("expected an object, got {}", kind(object)));
    }
    let mut config = Config::default();
    set(object, "ui_lang", &mut config.ui_lang, |value, name| {
        Ok([UiLang::En, UiLang::Ru, UiLang::El][variant(value, name, &["en", "ru", "el"])?])
    })?;
    set(object, "rules", &mut config.rules, rule_settings)?;
    set(
        object,
        "internal_domains",
        &mut config.internal_domains,
        texts,
    )?;
    set(
        object,
        "reply_delay_hours",
        &mut config.reply_delay_hours,
        number,
    )?;
    set(
        object,
        "bulk_recipients",
        &mut config.bulk_recipients,
        whole,
    )?;
    set(object, "line_length", &mut config.line_length, whole)?;
    set(object, "max_words", &mut config.max_words, whole)?;
    set(object, "vy_style", &mut config.vy_style, |value, name| {
        Ok(
            [VyStyle::Lowercase, VyStyle::Capital]
                [variant(value, name, &["lowercase", "capital"])?],
        )
    })?;
    Ok(config)
}

/// The per-rule settings, by rule ID: a plain object, or anything iterable
/// that gives `[id, setting]` pairs (a `Map`).
#[inline(never)]
fn rule_settings(value: &JsValue, name: &str) -> Read<BTreeMap<String, RuleSetting>> {
    let pairs = match js_sys::try_iter(value) {
        Ok(Some(items)) => items
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| unreadable(name))?,
        Ok(None) if value.is_object() => Object::entries(value.unchecked_ref()).to_vec(),
        _ => return Err(wrong(name, "an object of rule settings", value)),
    };
    let mut rules = BTreeMap::new();
    for pair in pairs {
        let pair: Array = pair.unchecked_into();
        let id = text(&pair.get(0), name)?;
        let name = format!("{name}.{id}");
        let setting = structure(&pair.get(1), &name, |object| rule_setting(object, &name))?;
        rules.insert(id, setting);
    }
    Ok(rules)
}

/// One rule's setting, in `object`.
#[inline(never)]
fn rule_setting(object: &JsValue, name: &str) -> Read<RuleSetting> {
    let mut setting = RuleSetting::default();
    set(object, "enabled", &mut setting.enabled, |value, field| {
        nullable(value, |value| flag(value, &format!("{name}.{field}")))
    })?;
    set(object, "severity", &mut setting.severity, |value, field| {
        let severities = [Severity::Info, Severity::Warning, Severity::Error];
        nullable(value, |value| {
            let names = ["info", "warning", "error"];
            Ok(severities[variant(value, &format!("{name}.{field}"), &names)?])
        })
    })?;
    Ok(setting)
}

/// The field `name` of `object`; `None` when the object has no such field
/// (one set to `undefined` is there).
#[inline(never)]
fn field(object: &JsValue, name: &'static str) -> Read<Option<JsValue>> {
    let key = key(name);
    let value = Reflect::get(object, &key).map_err(|_| unreadable(name))?;
    if value.is_undefined() && !Reflect::has(object, &key).unwrap_or(false) {
        return Ok(None);
    }
    Ok(Some(value))
}

/// Sets `slot` to the field `name` of `object` as `read` reads it (given
/// the value and the field's name, to report), when the object has it.
fn set<T>(
    object: &JsValue,
    name: &'static str,
    slot: &mut T,
    read: impl FnOnce(&JsValue, &str) -> Read<T>,
) -> Read<()> {
    if let Some(value) = field(object, name)? {
        *slot = read(&value, name)?;
    }
    Ok(())
}

/// `None` for `null` or `undefined`, else the value as `read` reads it.
fn nullable<T>(value: &JsValue, read: impl FnOnce(&JsValue) -> Read<T>) -> Read<Option<T>> {
    if is_nullish(value) {
        Ok(None)
    } else {
        read(value).map(Some)
    }
}

/// An object (arrays included) read by `read`.
fn structure<T>(value: &JsValue, name: &str, read: impl FnOnce(&JsValue) -> Read<T>) -> Read<T> {
    if value.is_object() {
        read(value)
    } else {
        Err(wrong(name, "an object", value))
    }
}

#[inline(never)]
fn text(value: &JsValue, name: &str) -> Read<String> {
    value
        .as_string()
        .ok_or_else(|| wrong(name, "a string", value))
}

#[inline(never)]
fn flag(value: &JsValue, name: &str) -> Read<bool> {
    value
        .as_bool()
        .ok_or_else(|| wrong(name, "true or false", value))
}

#[inline(never)]
fn number(value: &JsValue, name: &str) -> Read<f64> {
    value.as_f64().ok_or_else(|| wrong(name, "a number", value))
}

/// A whole number from 0 up: a safe integer or a `BigInt`.
#[inline(never)]
fn whole(value: &JsValue, name: &str) -> Read<usize> {
    let number = if value.is_bigint() {
        u64::try_from(value.clone()).ok()
    } else {
        value
            .as_f64()
            .filter(|n| n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0 && *n >= 0.0)
            .map(|n| n as u64)
    };
    number
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| wrong(name, "a whole number from 0", value))
}

/// A list of strings: an array, or anything iterable.
#[inline(never)]
fn texts(value: &JsValue, name: &str) -> Read<Vec<String>> {
    if let Some(list) = value.dyn_ref::<Array>() {
        return list.iter().map(|item| text(&item, name)).collect();
    }
    match js_sys::try_iter(value) {
        Ok(Some(items)) => items
            .map(|item| text(&item.map_err(|_| unreadable(name))?, name))
            .collect(),
        Ok(None) => Err(wrong(name, "a list of strings", value)),
        Err(_) => Err(unreadable(name)),
    }
}

/// Recipients: a list of strings, one string (kept as one item), or `null`.
#[inline(never)]
fn address_list(value: &JsValue, name: &str) -> Read<Vec<String>> {
    if is_nullish(value) {
        return Ok(Vec::new());
    }
    if let Some(one) = value.as_string() {
        return Ok(vec![one]);
    }
    if Array::is_array(value) {
        return texts(value, name);
    }
    Err(wrong(name, "a list of strings, a string, or null", value))
}

/// The position in `names` of the name `value` gives: the name as a
/// string, or an object with that name as its only key and `null` (or
/// `undefined`) as its value.
#[inline(never)]
fn variant(value: &JsValue, name: &str, names: &[&str]) -> Read<usize> {
    let expected = || format!("one of \"{}\"", names.join("\", \""));
    let (tag, payload) = if value.is_string() {
        (value.clone(), JsValue::UNDEFINED)
    } else if value.is_object() {
        let entries = Object::entries(value.unchecked_ref());
        if entries.length() != 1 {
            return Err(wrong(name, &expected(), value));
        }
        let pair: Array = entries.get(0).unchecked_into();
        (pair.get(0), pair.get(1))
    } else {
        return Err(wrong(name, &expected(), value));
    };
    let tag = tag.as_string().unwrap_or_default();
    let at = names
        .iter()
        .position(|known| *known == tag)
        .ok_or_else(|| format!("{name}: expected {}, got \"{tag}\"", expected()))?;
    if !is_nullish(&payload) {
        return Err(wrong(name, &expected(), value));
    }
    Ok(at)
}

#[inline(never)]
fn is_nullish(value: &JsValue) -> bool {
    value.is_null() || value.is_undefined()
}

#[inline(never)]
fn unreadable(name: &str) -> String {
    format!("{name}: cannot be read")
}

/// What was wrong with `value` in the field `name`.
#[inline(never)]
fn wrong(name: &str, expected: &str, value: &JsValue) -> String {
    format!("{name}: expected {expected}, got {}", kind(value))
}

/// What kind of value `value` is: its JS type, `null` or `a list`.
#[inline(never)]
fn kind(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if Array::is_array(value) {
        "a list".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}
