#!/usr/bin/env python3
"""Quote errors on a PolNeAR split, grouped by kind, with how often gold marks each kind.

    python3 scripts/quote_errors.py BIN [SPLIT_DIR] [--dump FILE] [--show KIND]

Runs `BIN analyze --jsonl` on the split, matches quotes exactly as the reference scorer
does (/work/shared/tools/score.py, imported, so the two cannot disagree), and prints:

- precision / recall / F1 on halves A and B (a stable hash of the article name), to tune
  a rule on one half and confirm it on the other;
- for each surface kind of predicted quote (second half after a cue, short quote with no
  speaker, paragraph-opening quote with no cue, piece of a quote left open at its
  paragraph's end, ...): true and false positives and the gold-mark rate. Dropping a kind
  raises F1 only when gold marks it less than about F1/2 of the time (~0.48 here);
- the same by annotator (the suffix of the first .ann file, the one the scorer reads):
  an annotator who leaves quotes unmarked shows as low precision spread over every kind.

A kind is a surface pattern, counted on predictions, not a rule of the detector.
"""

import argparse
import glob
import hashlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

SCORER_DIR = "/work/shared/tools"
CUE = (r"(said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|declared|noted|notes|"
       r"explained|continued|continues|insisted|argued|recalled|tweeted|posted|replied|responded|"
       r"warned|claimed|acknowledged|remarked|quipped|joked|announced|conceded|observed|suggested|"
       r"complained|urged|predicted|concludes|concluded|points out|pointed out|explains|maintains)")
CUE_RE = re.compile(r"\b" + CUE + r"\b", re.I)


def half(name):
    return "A" if int(hashlib.md5(name.encode()).hexdigest(), 16) % 2 == 0 else "B"


def annotator(split_dir, name):
    anns = sorted(glob.glob(os.path.join(split_dir, "attributions", name + "*.ann")))
    return os.path.basename(anns[0])[:-4].rsplit("_", 1)[-1] if anns else "?"


def kinds(text, s, e, speaker):
    """The surface kinds of the predicted quote text[s:e] (one quote may have several)."""
    q = text[s:e]
    words = len(q.split())
    ps = text.rfind("\n", 0, s) + 1
    pe = text.find("\n", e)
    pe = len(text) if pe < 0 else pe
    before, after = text[ps:max(ps, s - 1)], text[e + 1:pe]
    out = []
    if text[e:e + 1] == "\n":
        out.append("left_open_piece")  # the scorer needs a closing mark in the paragraph
    if re.search(r"[”\"']\s*,?\s*[^“\"”]{0,60}\b" + CUE + r"\b[^“\"”]{0,60}[.,:;]\s*$", before, re.I):
        out.append("second_half")
    if not before.strip() and not CUE_RE.search(after):
        out.append("paragraph_opening_no_cue")
    if before.rstrip().endswith(":"):
        out.append("after_colon")
    if re.search(r"[—–]\s*$", before) or re.search(r"^\s*[—–]", after):
        out.append("dash")
    if re.search(r"\b(titled|entitled)\W{0,3}$", before, re.I):
        out.append("titled")
    if re.search(r"\b(so-called|so called)\W*$", before, re.I):
        out.append("so_called")
    if words <= 4 and speaker is None:
        out.append("short_no_speaker")
    if words <= 4 and speaker is not None and not CUE_RE.search(before + " " + after):
        out.append("short_speaker_no_cue")
    return out or ["other"]


SMALL_WORDS = {"of", "the", "a", "an", "and", "for", "to", "in", "on", "with", "or", "at", "by"}


def missed_kind(text, s, e):
    """The kind of a gold quote nobody predicted."""
    q = text[s:e]
    if text[s - 1:s] not in "\"“'‘" or q.startswith("'") or text[e:e + 2] == "''" and text[s - 2:s] == "''" and q[:1] == " ":
        # '' pairs as two single marks in the scorer: the words between two quotes
        # (''a'' and ''b'') or a leading mark become a "quote" of their own.
        return "double_apostrophe_gap"
    if text[s - 2:s] == "''" and text[e:e + 2] == "''" and (q[:1] == " " or q[-1:] == " "):
        return "double_apostrophe_gap"
    words = q.split()
    if all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in SMALL_WORDS for w in words):
        return "title_case"
    return "other"


def rate_line(label, c):
    tp, fp = c["TP"], c["FP"]
    halves = "  A %d/%d  B %d/%d" % (c["ATP"], c["AFP"], c["BTP"], c["BFP"])
    return "  %-26s TP %5d  FP %4d  gold-mark rate %.2f%s" % (label, tp, fp, tp / (tp + fp) if tp + fp else 0, halves)


def prf(c):
    tp, fp, fn = c["TP"], c["FP"], c["FN"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return "P %.4f R %.4f F1 %.4f (TP %d FP %d FN %d)" % (p, r, 2 * p * r / (p + r) if p + r else 0.0, tp, fp, fn)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bin")
    ap.add_argument("split", nargs="?", default="/work/shared/corpus/polnear/train")
    ap.add_argument("--dump", help="write every TP/FP/FN with its context as JSON")
    ap.add_argument("--show", help="print the false positives (or misses) of this kind")
    args = ap.parse_args()
    sys.path.insert(0, SCORER_DIR)
    import score

    arts = score.polnear_gold(args.split)
    reports = score.run_jsonl(os.path.abspath(args.bin) + " analyze --jsonl", [{"id": n, "text": t} for n, t, _ in arts])
    rows = []
    for name, text, gold in arts:
        pred = score.spans_of(reports.get(name, {}), "quote")
        pairs = score.match(pred, gold)
        hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
        base = {"art": name, "half": half(name), "annotator": annotator(args.split, name)}
        for i, (s, e, f) in enumerate(pred):
            rows.append(dict(base, kind="TP" if i in hit_p else "FP", s=s, e=e, speaker=f.get("speaker"), cue=f.get("cue"),
                             kinds=kinds(text, s, e, f.get("speaker")), ctx=text[max(0, s - 80):e + 60]))
        for j, (s, e, src) in enumerate(gold):
            if j not in hit_g:
                rows.append(dict(base, kind="FN", s=s, e=e, speaker=src, cue=None, kinds=[missed_kind(text, s, e)], ctx=text[max(0, s - 80):e + 60]))

    by_half = defaultdict(Counter)
    by_kind = defaultdict(Counter)
    by_ann = defaultdict(Counter)
    by_missed = Counter()
    for r in rows:
        by_half[r["half"]][r["kind"]] += 1
        by_half["all"][r["kind"]] += 1
        by_ann[r["annotator"]][r["kind"]] += 1
        for k in r["kinds"]:
            if r["kind"] == "FN":
                by_missed[k] += 1
                continue
            by_kind[k][r["kind"]] += 1
            by_kind[k][r["half"] + r["kind"]] += 1
    for h in ("A", "B", "all"):
        print("%-4s %s" % (h, prf(by_half[h])))
    print("predicted quotes by kind (A/B: TP/FP):")
    for k in sorted(by_kind):
        print(rate_line(k, by_kind[k]))
    print("missed gold quotes by kind:", dict(by_missed.most_common()))
    print("by annotator:")
    for a in sorted(by_ann, key=lambda a: -sum(by_ann[a].values())):
        print("  %-6s %s" % (a, prf(by_ann[a])))
    if args.show:
        for r in rows:
            if r["kind"] != "TP" and args.show in r["kinds"]:
                print(r["kind"], r["art"][:40], "|", r["ctx"].replace("\n", "⏎"))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
