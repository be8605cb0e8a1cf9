#!/usr/bin/env bash
# Byte-identical output check for changes that must alter speed only.
#   scripts/same-outputs.sh BIN OUTDIR [SHARED_DIR]
# writes BIN's outputs on the public corpora into OUTDIR (PolNeAR train+dev texts, the
# newsfigures sentence sets, the Recognizers specs, the Readability pages in html mode, all
# through `analyze --jsonl`; `rank` on a few CLEF transcripts). Run it with main's binary and
# with yours, then `diff -r` the two folders: any difference means the change altered a result.
set -euo pipefail
bin=$(realpath "$1"); out=$(realpath -m "$2"); shared=${3:-$(dirname "$0")/../../shared}
[ -d "$shared/corpus" ] || shared=/work/shared
mkdir -p "$out"
cd "$(dirname "$0")/.."
python3 - "$shared" "$out" <<'PY'
import glob, json, os, sys
shared, out = sys.argv[1], sys.argv[2]
def dump(name, items):
    with open(os.path.join(out, name + ".in.jsonl"), "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
arts = []
for split in ("train", "dev"):
    for p in sorted(glob.glob(f"{shared}/corpus/polnear/{split}/text/*")):
        arts.append({"id": f"{split}/{os.path.basename(p)}", "text": open(p, encoding="utf-8").read()})
dump("polnear", arts)
news = []
for p in sorted(glob.glob("tests/data/newsfigures-*.json")):
    for k, d in enumerate(json.load(open(p, encoding="utf-8"))):
        news.append({"id": f"{os.path.basename(p)}:{k}", "text": d["text"] if isinstance(d, dict) else d})
dump("newsfigures", news)
rec = []
for p in sorted(glob.glob(f"{shared}/corpus/recognizers/*.json")):
    for k, c in enumerate(json.load(open(p, encoding="utf-8-sig"))):
        rec.append({"id": f"{os.path.basename(p)}:{k}", "text": c["Input"]})
dump("recognizers", rec)
pages = []
for d in sorted(glob.glob(f"{shared}/corpus/readability/*/source.html")):
    pages.append({"id": d, "html": open(d, encoding="utf-8", errors="replace").read()})
dump("pages", pages)
for p in sorted(glob.glob(f"{shared}/corpus/checkworthy/clef2020/train/*.tsv"))[:6]:
    rows = [l.rstrip("\n").split("\t") for l in open(p, encoding="utf-8") if l.strip()]
    with open(os.path.join(out, "rank-" + os.path.basename(p) + ".in.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(r[2].replace("\n", " ") for r in rows) + "\n")
PY
for f in "$out"/*.in.jsonl; do "$bin" analyze --jsonl < "$f" > "${f%.in.jsonl}.out"; done
for f in "$out"/rank-*.in.txt; do "$bin" rank "$f" > "${f%.in.txt}.out"; done
wc -l "$out"/*.out | tail -1
