// Serves the Gmail look-alike (../gmail-lookalike/) on localhost with a
// strict Content-Security-Policy like Gmail's, and records what it "sends".

import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "gmail-lookalike");
const FILES = {
  "/": ["index.html", "text/html; charset=utf-8"],
  "/gmail.js": ["gmail.js", "text/javascript; charset=utf-8"],
  "/gmail.css": ["gmail.css", "text/css; charset=utf-8"],
};

// No 'wasm-unsafe-eval' or 'unsafe-eval': WebAssembly cannot be compiled in
// the page, and Trusted Types are required, as on mail.google.com.
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
].join("; ");

/** Starts the server; resolves to { url, sent, close }. */
export async function startGmailLookalike() {
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
    const file = FILES[request.url.split("?")[0]];
    if (!file) {
      response.writeHead(404, { "content-security-policy": STRICT_CSP }).end();
      return;
    }
    response.writeHead(200, {
      "content-type": file[1],
      "content-security-policy": STRICT_CSP,
      "cache-control": "no-store",
    });
    response.end(fs.readFileSync(path.join(ROOT, file[0])));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    // "localhost", not 127.0.0.1: the test build runs the Gmail adapter there.
    url: `http://localhost:${port}/`,
    sent,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
