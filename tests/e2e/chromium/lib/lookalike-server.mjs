// Serves a look-alike folder (../outlook-lookalike/, ../yandex-lookalike/,
// ../mailru-lookalike/, ../generic-lookalike/) under the same strict
// Content-Security-Policy as the Gmail look-alike, each on its own loopback
// address so that the test build's manifest can map one adapter to each
// (tests/e2e/chromium/run.sh). What a page "sends" it POSTs to /sent; the
// server records it.

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { STRICT_CSP } from "./gmail-server.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const COMMON = path.join(HERE, "..", "lookalike-common");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Where each look-alike is served: the host its adapter is mapped to in the test build. */
export const LOOKALIKES = Object.freeze({
  outlook: { folder: "outlook-lookalike", host: "127.0.0.2" },
  yandex: { folder: "yandex-lookalike", host: "127.0.0.3" },
  mailru: { folder: "mailru-lookalike", host: "127.0.0.4" },
  // No adapter is mapped here: the user turns presend on for it in the popup.
  generic: { folder: "generic-lookalike", host: "127.0.0.5" },
});

/** Starts look-alike `name`; resolves to { url, origin, sent, close }. */
export async function startLookalike(name) {
  const { folder, host } = LOOKALIKES[name];
  const root = path.join(HERE, "..", folder);
  const sent = [];
  const server = http.createServer((request, response) => {
    if (request.method === "POST" && request.url === "/sent") {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        sent.push(JSON.parse(body));
        response.writeHead(204).end();
      });
      return;
    }
    const pathname = request.url.split("?")[0];
    // The send behaviour all these look-alikes share lives in ../lookalike-common/.
    const base = pathname.startsWith("/common/") ? COMMON : root;
    const relative = pathname.startsWith("/common/") ? pathname.slice("/common".length) : pathname;
    const file = path.join(base, relative === "/" ? "index.html" : relative);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !TYPES[path.extname(file)]) {
      response.writeHead(404, { "content-security-policy": STRICT_CSP }).end();
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)],
      "content-security-policy": STRICT_CSP,
      "cache-control": "no-store",
    });
    response.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, host, resolve));
  const origin = `http://${host}:${server.address().port}`;
  return {
    url: `${origin}/`,
    origin,
    sent,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Resolves to the look-alike's recorded messages once `count` have arrived (or after `timeoutMs`). */
export async function waitForSent(lookalike, count, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (lookalike.sent.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500)); // would another one follow?
  return lookalike.sent;
}
