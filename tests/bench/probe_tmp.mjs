import { createRequire } from "node:module";
import { join } from "node:path";
import writeGood from "write-good";
import { benchTexts, draftOf, root } from "./texts.mjs";
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const everyRuleOn = { ...presend.defaultConfig(), rules: Object.fromEntries(presend.rules().map((r) => [r.id, { enabled: true }])) };
const text = benchTexts().find((t) => t.name === "1 KB own");
const draft = draftOf(text.body);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function t(f){const s=performance.now(); f(); return performance.now()-s;}
for (let i=0;i<300;i++) presend.check(draft,{...everyRuleOn});
for (let i=0;i<300;i++) writeGood(text.body);
const mode = process.argv[2];
const a=[], b=[];
for (let r=0;r<200;r++){
  if (mode.includes("gc")) globalThis.gc?.({type:"minor"});
  a.push(t(()=>presend.check(draft,{...everyRuleOn})));
  if (mode.includes("wg")) { b.push(t(()=>writeGood(text.body))); }
}
console.log(mode, "presend", median(a).toFixed(3), "min", Math.min(...a).toFixed(3), b.length? "wg "+median(b).toFixed(3):"");
