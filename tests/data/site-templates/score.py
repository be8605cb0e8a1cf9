#!/usr/bin/env python3
"""Shingle (4-word) and bag-of-words F1/precision/recall of BIN's text on this folder's pages."""
import json, os, re, subprocess, sys
from collections import Counter
here = os.path.dirname(os.path.abspath(__file__))
# The team's scorer, in shared/ beside the repository.
sys.path.insert(0, os.path.join(here, "..", "..", "..", "..", "shared", "tools"))
from score import visible_text, tokens

def prf(pred, gold):
    a, b = Counter(pred), Counter(gold)
    ov = sum((a & b).values())
    if not ov:
        return 0.0, 0.0, 0.0
    p, r = ov / sum(a.values()), ov / sum(b.values())
    return 2 * p * r / (p + r), p, r

def sh(t, n=4):
    return [" ".join(t[i:i + n]) for i in range(max(1, len(t) - n + 1))]

# Another folder of marked pages (a new batch) may be scored instead: SITE_PAGES=DIR.
folder = os.path.join(here, os.environ.get("SITE_PAGES", "pages"))

def marked(d):
    return open(os.path.join(folder, d + ".html"), encoding="utf-8").read()

def gold_text(raw):
    """The visible text of each stretch marked with ⟦ and ⟧, in order."""
    return " ".join(visible_text(m) for m in re.findall("⟦(.*?)⟧", raw, flags=re.S))

pages = sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".html"))
items = "".join(json.dumps({"id": d, "html": marked(d).replace("⟦", "").replace("⟧", "")}) + "\n" for d in pages)
out = subprocess.run(sys.argv[1] + " analyze --jsonl", shell=True, input=items.encode(), capture_output=True).stdout.decode()
reps = {json.loads(l)["id"]: json.loads(l) for l in out.splitlines() if l.strip()}
rows = []
for d in pages:
    gold = tokens(gold_text(marked(d)))
    pred = tokens(reps.get(d, {}).get("text", ""))
    f, p, r = prf(sh(pred), sh(gold))
    bf = prf(pred, gold)[0]
    rows.append((d, f, p, r, bf))
    print(f"{d:28s} F1 {f:.3f}  P {p:.3f}  R {r:.3f}  bagF1 {bf:.3f}")
    if len(sys.argv) > 2 and (sys.argv[2] == d or sys.argv[2] == "all"):
        gs = set(sh(gold)); ps = set(sh(pred))
        print("  EXTRA:", [s for s in sh(pred) if s not in gs][:80])
        print("  MISSING:", [s for s in sh(gold) if s not in ps][:80])
n = len(rows)
print(f"MEAN F1 {sum(r[1] for r in rows)/n:.4f}  P {sum(r[2] for r in rows)/n:.4f}  R {sum(r[3] for r in rows)/n:.4f}  bagF1 {sum(r[4] for r in rows)/n:.4f}  ({n} pages)")
