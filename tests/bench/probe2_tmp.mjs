import { createRequire } from "node:module";
import { join } from "node:path";
import writeGood from "write-good";
import { benchTexts, draftOf, root } from "./texts.mjs";
const presend = createRequire(import.meta.url)(join(root, "pkg/node/presend.js"));
const everyRuleOn = { ...presend.defaultConfig(), rules: Object.fromEntries(presend.rules().map((r) => [r.id, { enabled: true }])) };
const text = benchTexts().find((t) => t.name === "1 KB own");
const draft = draftOf(text.body);
const tiny = draftOf("hi");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function t(f){const s=performance.now(); f(); return performance.now()-s;}
for (let i=0;i<300;i++) presend.check(draft,{...everyRuleOn});
for (let i=0;i<300;i++) writeGood(text.body);
for (const mode of ["alone","wg"]) for (const [name, d, cfg] of [["1KB",draft,()=>({...everyRuleOn})],["tiny",tiny,()=>({...everyRuleOn})],["tiny-nocfg",tiny,()=>undefined],["1KB-nocfg",draft,()=>undefined]]) {
const a=[];
for (let r=0;r<200;r++){
  a.push(t(()=>presend.check(d,cfg())));
  if (mode==="wg") writeGood(text.body);
}
console.log(mode, name, median(a).toFixed(3), "min", Math.min(...a).toFixed(3));
}
