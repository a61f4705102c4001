"""What the WASM core built into the add-on knows, asked through its Node
build (pkg/node, made by `make wasm` alongside pkg/web)."""
import json
import os
import shutil
import subprocess

from harness import ROOT


def core_rule_ids():
    """The rule IDs of the core's catalogue, or None if it cannot be asked."""
    module = os.path.join(ROOT, "pkg", "node", "presend.js")
    node = shutil.which("node")
    if not node or not os.path.exists(module):
        return None
    script = f"console.log(JSON.stringify(require({json.dumps(module)}).rules().map(r => r.id)))"
    try:
        out = subprocess.run([node, "-e", script], capture_output=True, text=True, timeout=30, check=True)
        return set(json.loads(out.stdout))
    except (subprocess.SubprocessError, ValueError):
        return None


def core_findings(draft, config=None):
    """The findings (rule, severity, excerpt) the core returns for `draft`,
    or None if it cannot be asked."""
    module = os.path.join(ROOT, "pkg", "node", "presend.js")
    node = shutil.which("node")
    if not node or not os.path.exists(module):
        return None
    script = (f"const p = require({json.dumps(module)});"
              f"const [d, c] = JSON.parse(process.argv[1]);"
              f"console.log(JSON.stringify(p.check(d, c).map(f => [f.rule, f.severity, f.excerpt])))")
    try:
        out = subprocess.run([node, "-e", script, json.dumps([draft, config or {}])],
                             capture_output=True, text=True, timeout=30, check=True)
        return [tuple(f) for f in json.loads(out.stdout)]
    except (subprocess.SubprocessError, ValueError):
        return None
