// Reads the date out of a reply's attribution line ("On Mon, Mar 2, 2026 at
// 10:00 AM Peter <peter@client.com> wrote:", "02.03.2026 10:00",
// "2 мар. 2026 г., в 10:00", "Δευ, 2 Μαρ 2026 στις 10:00") without relying
// on the words around it. The mail client shows that date in the reader's
// time zone, so it is read as local time. Anything unsure gives null: a
// wrong date would make presend claim a late reply that is not.
(() => {
  "use strict";
  if (globalThis.presendReplyDate) return;

  // Month stems after lower-casing and removing accents (en, ru, el, and the
  // common abbreviations of de/fr/es that share them).
  const MONTHS = [
    ["jan", "янв", "ιαν"],
    ["feb", "фев", "φεβ"],
    ["mar", "мар", "μαρ"],
    ["apr", "апр", "απρ", "avr"],
    ["may", "mai", "май", "мая", "μαι"],
    ["jun", "июн", "ιουν", "juin"],
    ["jul", "июл", "ιουλ", "juil"],
    ["aug", "авг", "αυγ", "aou"],
    ["sep", "сен", "σεπ"],
    ["oct", "okt", "окт", "οκτ"],
    ["nov", "ноя", "νοε", "νοεμ"],
    ["dec", "dez", "дек", "δεκ"],
  ];

  const fold = (word) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

  /** 1..12 for a month name or abbreviation, or 0. */
  function monthOf(word) {
    const w = fold(word);
    if (w.length < 3) return 0;
    let found = 0;
    MONTHS.forEach((stems, index) => {
      if (stems.some((stem) => (stem.length === w.length ? w === stem : w.startsWith(stem)))) {
        found = found && found !== index + 1 ? -1 : index + 1;
      }
    });
    return found > 0 ? found : 0;
  }

  // The time after the date: a few non-digits ("at", "г., в", "στις", ","),
  // then H:MM with an optional AM/PM marker (en "AM", el "π.μ."/"μ.μ.").
  const TIME = String.raw`[^\d]{0,16}?(\d{1,2}):(\d{2})(?!\d)(?::\d{2})?(?:\s*(a\.?\s?m\.?|p\.?\s?m\.?|π\.?\s?μ\.?|μ\.?\s?μ\.?)(?!\p{L}))?`;
  const L = String.raw`(\p{L}+)\.?`;
  const PATTERNS = [
    // 2026-03-02 10:00
    { re: new RegExp(String.raw`(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)` + TIME, "iu"), ymd: [1, 2, 3] },
    // 02.03.2026 10:00 (day first wherever dots are used)
    { re: new RegExp(String.raw`(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)` + TIME, "iu"), ymd: [3, 2, 1] },
    // 2 мар. 2026 г., в 10:00 / Δευ, 2 Μαρ 2026 στις 10:00 / 2. März 2026 um 10:00
    {
      re: new RegExp(
        String.raw`(?<!\d)(\d{1,2})\.?\s+(?:de\s+)?` + L + String.raw`,?\s+(?:de\s+)?(\d{4})(?!\d)` + TIME,
        "iu",
      ),
      ymd: [3, "name2", 1],
    },
    // Mon, Mar 2, 2026 at 10:00 AM
    {
      re: new RegExp(L + String.raw`\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)` + TIME, "iu"),
      ymd: [3, "name1", 2],
    },
    // 03/02/2026 10:00: only when the order is certain (one part above 12)
    { re: new RegExp(String.raw`(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)` + TIME, "iu"), ymd: "slash" },
  ];

  function partsOf(match, ymd) {
    const num = (i) => Number(match[i]);
    let year, month, day;
    if (ymd === "slash") {
      const [a, b] = [num(1), num(2)];
      if (a > 12 && b <= 12) [day, month] = [a, b];
      else if (b > 12 && a <= 12) [month, day] = [a, b];
      else if (a === b) [day, month] = [a, b];
      else return null;
      year = num(3);
    } else {
      year = num(ymd[0]);
      day = num(ymd[2]);
      month = typeof ymd[1] === "string" ? monthOf(match[Number(ymd[1].slice(4))]) : num(ymd[1]);
    }
    // The time groups follow the date's three groups.
    let hour = num(4);
    const minute = num(5);
    const marker = match[6] ? fold(match[6]).replace(/[.\s]/g, "") : "";
    if (marker) {
      if (hour < 1 || hour > 12) return null;
      const pm = marker === "pm" || marker === "μμ";
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    if (!month || year < 1970 || year > 2100 || hour > 23 || minute > 59) return null;
    const date = new Date(year, month - 1, day, hour, minute);
    if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
    return { year, month, day, hour, minute, index: match.index, end: match.index + match[0].length };
  }

  /**
   * The date and time in `text`, as { year, month, day, hour, minute, index,
   * end } (index/end: where it stands in `text`), or null when there is none
   * or it cannot be read for certain. Two different readings give null too.
   */
  function readReplyDate(text) {
    if (typeof text !== "string" || !text) return null;
    const found = [];
    for (const { re, ymd } of PATTERNS) {
      const match = re.exec(text);
      if (!match) continue;
      const parts = partsOf(match, ymd);
      if (parts) found.push(parts);
    }
    if (!found.length) return null;
    const same = (a, b) => ["year", "month", "day", "hour", "minute"].every((k) => a[k] === b[k]);
    if (!found.every((parts) => same(parts, found[0]))) return null;
    return found[0];
  }

  /** RFC 3339 (UTC) for parts read as local time, or "" for null. */
  function toRfc3339(parts) {
    if (!parts) return "";
    const date = new Date(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
    return Number.isNaN(date.getTime()) ? "" : date.toISOString();
  }

  /**
   * The draft's `reply_to` from an attribution line and the quoted text:
   * { from, date, body }. `address` is the sender's address when the markup
   * names it; else the first address in the line. The name is what stands
   * between the date and the address, if anything sensible does. Fields that
   * cannot be read stay empty.
   */
  function replyTo(attribution, body, address = "") {
    const line = String(attribution ?? "")
      .replace(/\s+/g, " ")
      .trim();
    const parts = readReplyDate(line);
    const inLine =
      line.match(/<\s*([^<>\s]+@[^<>\s]+)\s*>/) ??
      line.match(/[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[^\s<>()"',;:]+/);
    const sender = address || (inLine ? (inLine[1] ?? inLine[0]) : "");
    let name = "";
    if (parts && inLine && parts.end <= inLine.index) {
      name = line
        .slice(parts.end, inLine.index)
        .replace(/^[\s,.:;]+|[\s,.:;"]+$/g, "")
        .replace(/^"/, "");
      if (name.length > 80 || /[\d<>@]/.test(name)) name = "";
    }
    return {
      from: sender && name ? `${name} <${sender}>` : sender,
      date: toRfc3339(parts),
      body: String(body ?? ""),
    };
  }

  globalThis.presendReplyDate = Object.freeze({ readReplyDate, toRfc3339, monthOf, replyTo });
})();
