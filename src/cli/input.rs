//! Reading drafts from files: JSON drafts, `.eml` messages, text files that
//! start with mail headers, and plain text.
#![allow(clippy::disallowed_methods)] // sorts freely: not in the module

use mail_parser::{MessageParser, MimeHeaders};
use presend::draft::{split_address_list, Draft, Format};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest input read: a mail with its attachments rarely comes near;
/// a check reads at most 1 MiB of each field anyway.
pub const MAX_INPUT_BYTES: u64 = 100 << 20;

/// Turns the command line's files and folders into the list of inputs:
/// folders are searched (sorted) for `.json`, `.eml` and `.txt` files, each
/// folder and file once however many links lead to it, pipes and devices
/// skipped with a note; no argument means standard input (`-`).
pub fn expand(args: &[String]) -> Result<Vec<String>, String> {
    if args.is_empty() {
        return Ok(vec!["-".to_string()]);
    }
    let mut inputs = Vec::new();
    let mut seen = HashSet::new();
    for arg in args {
        if Path::new(arg).is_dir() {
            walk(Path::new(arg), &mut inputs, &mut seen)
                .map_err(|e| format!("cannot read folder {arg}: {e}"))?;
        } else {
            inputs.push(arg.clone());
        }
    }
    Ok(inputs)
}

fn walk(dir: &Path, inputs: &mut Vec<String>, seen: &mut HashSet<PathBuf>) -> std::io::Result<()> {
    // A link back up the tree leads to a folder already seen.
    if !seen.insert(std::fs::canonicalize(dir)?) {
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        // Follows links; a dangling one is left alone.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, inputs, seen)?;
            continue;
        }
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "eml" | "txt")
        ) {
            continue;
        }
        if !meta.is_file() {
            eprintln!(
                "presend: {}: skipped: not a regular file ({})",
                path.display(),
                kind_of(&meta)
            );
            continue;
        }
        if seen.insert(std::fs::canonicalize(&path)?) {
            inputs.push(path.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

/// What a file that is not a regular file is, in a word or two.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a named pipe";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    let _ = meta;
    "not a file"
}

/// Reads at most [`MAX_INPUT_BYTES`] from `reader`; more is an error, found
/// without reading further.
fn read_bounded(reader: impl Read, what: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {what}: {e}"))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(too_large(None));
    }
    Ok(bytes)
}

fn too_large(bytes: Option<u64>) -> String {
    let size = bytes.map_or_else(
        || "more than".to_string(),
        |b| format!("{:.1} MB;", b as f64 / 1_048_576.0),
    );
    format!(
        "too large to read: {size} presend reads files up to {} MB",
        MAX_INPUT_BYTES >> 20
    )
}

/// Reads one input into a draft, or says in one line why it cannot.
pub fn load(name: &str) -> Result<Draft, String> {
    let bytes = if name == "-" {
        read_bounded(std::io::stdin().lock(), "standard input")?
    } else {
        // The size is known before reading: a 2 GB file is refused at once,
        // and a pipe or a device is not read at all (it may never end).
        let meta = std::fs::metadata(name).map_err(|e| format!("cannot read {name}: {e}"))?;
        if !meta.is_file() {
            return Err(format!("not a regular file ({}); skipped", kind_of(&meta)));
        }
        if meta.len() > MAX_INPUT_BYTES {
            return Err(too_large(Some(meta.len())));
        }
        let file = std::fs::File::open(name).map_err(|e| format!("cannot read {name}: {e}"))?;
        read_bounded(file, name)?
    };
    let extension = Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("");
    match extension {
        _ if name == "-" => Draft::from_json(utf8(&bytes)?),
        "json" => Draft::from_json(utf8(&bytes)?),
        "eml" => mime_message(without_bom(&bytes)),
        _ => {
            let text = utf8(&bytes)?;
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            match header_block(text) {
                Some(headers)
                    if headers
                        .iter()
                        .any(|(k, _)| k == "mime-version" || k == "content-type") =>
                {
                    mime_message(without_bom(&bytes))
                }
                Some(headers) => Ok(text_message(text, headers)),
                // A bare text file says nothing of attachments.
                None => Ok(Draft {
                    body: text.to_string(),
                    attachments_unknown: true,
                    ..Draft::default()
                }),
            }
        }
    }
}

/// The bytes without a leading UTF-8 byte-order mark.
fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })
}

/// The header lines at the top of a text file, when it starts with mail
/// headers (`Name: value` lines up to a blank line, one of them From, To,
/// Subject, Date or an `X-` header). Keys are lowercased.
fn header_block(text: &str) -> Option<Vec<(String, String)>> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            if let Some(last) = headers.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
                continue;
            }
            return None;
        }
        let (key, value) = line.split_once(':')?;
        if key.is_empty() || key.contains(char::is_whitespace) {
            return None;
        }
        headers.push((key.to_ascii_lowercase(), value.trim().to_string()));
    }
    // A mail header, or an `X-` extension header such as the `X-Source:`
    // a converted message carries.
    let known = ["from", "to", "subject", "date"];
    headers
        .iter()
        .any(|(k, _)| known.contains(&k.as_str()) || k.starts_with("x-"))
        .then_some(headers)
}

/// A message converted to text (headers, blank line, body): its MIME parts
/// are gone, so whether files were attached is unknown.
fn text_message(text: &str, headers: Vec<(String, String)>) -> Draft {
    let body_start = text.find("\n\n").or_else(|| text.find("\r\n\r\n"));
    let body = body_start.map_or("", |at| text[at..].trim_start_matches(['\r', '\n']));
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    Draft {
        from: header("from"),
        to: split_address_list(&header("to")),
        cc: split_address_list(&header("cc")),
        subject: header("subject"),
        body: body.to_string(),
        attachments_unknown: true,
        ..Draft::default()
    }
}

fn mime_message(bytes: &[u8]) -> Result<Draft, String> {
    let message = MessageParser::default()
        .parse(bytes)
        .filter(|m| m.from().is_some() || m.subject().is_some() || m.body_text(0).is_some())
        .ok_or("not a mail message: no headers or body could be read")?;
    let addresses = |list: Option<&mail_parser::Address>| -> Vec<String> {
        list.map(|l| {
            l.iter()
                .map(|a| match (&a.name, &a.address) {
                    (Some(name), Some(addr)) => format!("{name} <{addr}>"),
                    (None, Some(addr)) => addr.to_string(),
                    (Some(name), None) => name.to_string(),
                    (None, None) => String::new(),
                })
                .filter(|a| !a.is_empty())
                .collect()
        })
        .unwrap_or_default()
    };
    let html = message
        .body_html(0)
        .map(|h| h.into_owned())
        .unwrap_or_default();
    let has_text_part = message.text_body.iter().any(|&i| {
        message
            .part(i)
            .is_some_and(|p| p.is_text() && !p.is_text_html())
    });
    let body = if has_text_part {
        message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default()
    } else {
        presend::html::to_text(&html)
    };
    Ok(Draft {
        from: addresses(message.from())
            .into_iter()
            .next()
            .unwrap_or_default(),
        to: addresses(message.to()),
        cc: addresses(message.cc()),
        bcc: addresses(message.bcc()),
        subject: message.subject().unwrap_or_default().to_string(),
        format: if html.is_empty() {
            Format::Plain
        } else {
            Format::Html
        },
        html,
        body,
        attachments: message
            .attachments()
            .map(|a| a.attachment_name().unwrap_or("attachment").to_string())
            .collect(),
        now: message.date().map(|d| d.to_rfc3339()),
        ..Draft::default()
    })
}
