//! Just enough HTML for mail bodies: the text a reader sees, and the links.

/// A link in an HTML body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The `href` attribute, `None` when the `<a>` has none.
    pub href: Option<String>,
    /// The link's visible text.
    pub text: String,
}

/// One tag: its lowercase name (with `/` for closing tags) and attributes.
struct Tag<'a> {
    name: String,
    source: &'a str,
}

impl Tag<'_> {
    fn attribute(&self, wanted: &str) -> Option<String> {
        let lower = self.source.to_ascii_lowercase();
        let mut from = 0;
        while let Some(found) = lower[from..].find(wanted) {
            let at = from + found;
            from = at + wanted.len();
            let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
            let rest = self.source[at + wanted.len()..].trim_start();
            if !before_ok || !rest.starts_with('=') {
                continue;
            }
            let value = rest[1..].trim_start();
            let (quote, body) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
                _ => (None, value),
            };
            let end = match quote {
                Some(q) => body.find(q).unwrap_or(body.len()),
                None => body
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .unwrap_or(body.len()),
            };
            return Some(decode_entities(&body[..end]));
        }
        None
    }
}

/// A piece of HTML: a run of text or a tag.
enum Piece<'a> {
    Text(&'a str),
    Tag(Tag<'a>),
}

/// The text runs and tags of `html`, skipping comments and the contents of
/// `<script>`, `<style>` and `<head>`.
fn scan(html: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = find_tag_start(rest) else {
            pieces.push(Piece::Text(rest));
            break;
        };
        pieces.push(Piece::Text(&rest[..open]));
        rest = &rest[open..];
        if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |end| &rest[end + 3..]);
            continue;
        }
        // An unclosed tag runs to the end (`rest.len() - 1` could split a
        // multi-byte character).
        let close = rest.find('>').unwrap_or(rest.len());
        let source = &rest[1..close];
        rest = &rest[(close + 1).min(rest.len())..];
        let name: String = source
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '/' || *c == '!')
            .collect::<String>()
            .to_ascii_lowercase();
        if matches!(name.as_str(), "script" | "style" | "head" | "title") {
            rest = match find_end_tag(rest, &name) {
                Some(end) => rest[end..].find('>').map_or("", |gt| &rest[end + gt + 1..]),
                None => "",
            };
            continue;
        }
        pieces.push(Piece::Tag(Tag { name, source }));
    }
    pieces
}

/// Where `</name` first appears in `text`, in any case. Only this element's
/// end is looked for: lowercasing the rest of the document for every
/// `<style>` made many of them quadratic.
fn find_end_tag(text: &str, name: &str) -> Option<usize> {
    text.match_indices("</").map(|(at, _)| at).find(|&at| {
        text.as_bytes()
            .get(at + 2..at + 2 + name.len())
            .is_some_and(|tag| tag.eq_ignore_ascii_case(name.as_bytes()))
    })
}

/// The first `<` that opens a tag (followed by a letter, `/` or `!`).
fn find_tag_start(text: &str) -> Option<usize> {
    text.match_indices('<').map(|(i, _)| i).find(|&i| {
        text[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
    })
}

/// The most `> ` marks a line of text gets, however deep its
/// `<blockquote>`s nest (100,000 nested ones would otherwise write 200 KB
/// before every line).
const MAX_QUOTE_MARKS: usize = 8;

/// The text of an HTML body as a reader sees it: block elements on their
/// own lines, `<blockquote>` lines prefixed with `> `, entities decoded.
pub fn to_text(html: &str) -> String {
    let mut out = String::new();
    let mut quote_depth = 0usize;
    let mut at_line_start = true;
    for piece in scan(html) {
        match piece {
            Piece::Text(text) => {
                let decoded = decode_entities(text);
                let mut words = decoded.split_whitespace().peekable();
                if decoded.starts_with(char::is_whitespace)
                    && !at_line_start
                    && words.peek().is_some()
                    && !out.ends_with(' ')
                {
                    out.push(' ');
                }
                while let Some(word) = words.next() {
                    if at_line_start {
                        // Deeper nesting reads the same: quoted.
                        out.push_str(&"> ".repeat(quote_depth.min(MAX_QUOTE_MARKS)));
                        at_line_start = false;
                    }
                    out.push_str(word);
                    if words.peek().is_some() || decoded.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                }
            }
            Piece::Tag(tag) => {
                let name = tag.name.trim_start_matches('/');
                let is_block = matches!(
                    name,
                    "br" | "p"
                        | "div"
                        | "li"
                        | "tr"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "blockquote"
                        | "table"
                        | "ul"
                        | "ol"
                        | "pre"
                        | "hr"
                );
                if name == "blockquote" {
                    if tag.name.starts_with('/') {
                        quote_depth = quote_depth.saturating_sub(1);
                    } else {
                        quote_depth += 1;
                    }
                }
                if is_block {
                    while out.ends_with(' ') {
                        out.pop();
                    }
                    if !at_line_start || name == "br" {
                        out.push('\n');
                    }
                    at_line_start = true;
                }
            }
        }
    }
    out.trim_end().to_string()
}

/// The `<a>` elements of an HTML body.
pub fn links(html: &str) -> Vec<Link> {
    let mut links: Vec<Link> = Vec::new();
    let mut open: Option<usize> = None;
    for piece in scan(html) {
        match piece {
            Piece::Text(text) => {
                if let Some(i) = open {
                    links[i].text.push_str(&decode_entities(text));
                }
            }
            Piece::Tag(tag) if tag.name == "a" => {
                links.push(Link {
                    href: tag.attribute("href"),
                    text: String::new(),
                });
                open = Some(links.len() - 1);
            }
            Piece::Tag(tag) if tag.name == "/a" => open = None,
            Piece::Tag(_) => {}
        }
    }
    for link in &mut links {
        link.text = link.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    links
}

/// Decodes the entities mail bodies use: named basics and numeric ones.
pub fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !c.is_alphanumeric() && c != '#')
            .map(|e| e + 1);
        let decoded = end.filter(|&e| rest[e..].starts_with(';')).and_then(|e| {
            let entity = &rest[1..e];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                _ => entity.strip_prefix('#').and_then(|n| {
                    match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => n.parse().ok(),
                    }
                    .and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_lines_and_quotes() {
        let html = "<p>Hello&nbsp;<b>Anna</b>,</p><div>See you</div>\
                    <blockquote><div>Old text</div></blockquote><style>p{}</style>";
        assert_eq!(to_text(html), "Hello Anna,\nSee you\n> Old text");
    }

    #[test]
    fn finds_links_with_and_without_href() {
        let html = r#"<a href="https://x.com/u?a=1&amp;b=2">Unsubscribe</a> <a name=top>here</a>"#;
        let found = links(html);
        assert_eq!(found[0].href.as_deref(), Some("https://x.com/u?a=1&b=2"));
        assert_eq!(found[0].text, "Unsubscribe");
        assert_eq!(found[1].href, None);
    }

    #[test]
    fn skips_script_and_style_in_any_case() {
        assert_eq!(
            to_text("<STYLE>p{}</Style><p>Hi</p><script>x()</SCRIPT>there"),
            "Hi\nthere"
        );
        assert_eq!(to_text("a<style>never closed"), "a");
    }

    #[test]
    fn deep_quotes_get_a_bounded_prefix() {
        let html = format!("{}text", "<blockquote>".repeat(1000));
        assert_eq!(
            to_text(&html),
            format!("{}text", "> ".repeat(MAX_QUOTE_MARKS))
        );
    }

    #[test]
    fn survives_broken_markup() {
        assert_eq!(to_text("<p>a <b"), "a");
        assert_eq!(to_text("&#xZZ; &bogus; < 3"), "&#xZZ; &bogus; < 3");
    }
}
