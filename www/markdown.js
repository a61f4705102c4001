// A small Markdown renderer for rule documentation: headings, lists,
// paragraphs and `code`. Builds DOM nodes; text is never parsed as HTML.

function inline(text) {
  const fragment = document.createDocumentFragment();
  text.split(/(`[^`]+`)/).forEach((piece) => {
    if (piece.startsWith("`") && piece.endsWith("`") && piece.length > 1) {
      const code = document.createElement("code");
      code.textContent = piece.slice(1, -1);
      fragment.append(code);
    } else if (piece) {
      fragment.append(piece);
    }
  });
  return fragment;
}

/** Renders `markdown` into a fragment. */
export function renderMarkdown(markdown) {
  const fragment = document.createDocumentFragment();
  let list = null;
  let paragraph = null;
  for (const line of markdown.split("\n")) {
    const heading = line.match(/^(#{1,6})\s+(.*)$/);
    const item = line.match(/^\s*[-*]\s+(.*)$/);
    if (!line.trim()) {
      list = paragraph = null;
    } else if (heading) {
      list = paragraph = null;
      const h = document.createElement(`h${Math.min(6, heading[1].length + 2)}`);
      h.append(inline(heading[2]));
      fragment.append(h);
    } else if (item) {
      paragraph = null;
      if (!list) {
        list = document.createElement("ul");
        fragment.append(list);
      }
      const li = document.createElement("li");
      li.append(inline(item[1]));
      list.append(li);
    } else {
      list = null;
      if (!paragraph) {
        paragraph = document.createElement("p");
        fragment.append(paragraph);
      } else {
        paragraph.append(" ");
      }
      paragraph.append(inline(line.trim()));
    }
  }
  return fragment;
}
