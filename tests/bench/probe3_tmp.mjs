import { createRequire } from "node:module";
import { join } from "node:path";
import writeGood from "write-good";
import { benchTexts, draftOf, root } from "./texts.mjs";
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const text = benchTexts().find((t) => t.name === "1 KB own");
const draft = draftOf(text.body);
const tiny = draftOf("hi");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function t(f){const s=performance.now(); f(); return performance.now()-s;}
const big = new Uint8Array(32<<20);
function scrub(mb){ for (let i=0;i<(mb<<20);i+=64) big[i]++; }
for (let i=0;i<300;i++) presend.check(draft);
for (let i=0;i<300;i++) writeGood(text.body);
const between = {none:()=>{}, wg:()=>writeGood(text.body), scrub1:()=>scrub(1), scrub4:()=>scrub(4), scrub32:()=>scrub(32), gcminor:()=>globalThis.gc({type:"minor"}), wg_gc:()=>{writeGood(text.body);globalThis.gc({type:"minor"})}, sleep:()=>{const s=performance.now(); while(performance.now()-s<2);} };
for (const [bn, bf] of Object.entries(between)) for (const [name, d] of [["1KB",draft],["tiny",tiny]]) {
const a=[];
for (let r=0;r<150;r++){ bf(); a.push(t(()=>presend.check(d))); }
console.log(bn.padEnd(8), name, median(a).toFixed(3), "min", Math.min(...a).toFixed(3));
}
