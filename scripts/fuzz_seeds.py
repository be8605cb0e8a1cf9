#!/usr/bin/env python3
"""Seeds for the fuzz targets from the development data: `fuzz_seeds.py SHARED OUT`.

text: pieces of PolNeAR development articles; html: the start of
small Readability pages; snapshot: the same pages as the content script's DOM snapshot
(docs/wasm-api.md), built with Python's HTML parser."""
import json
import os
import sys
from html.parser import HTMLParser

shared, out = sys.argv[1], sys.argv[2]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
LEFT_OUT = {"script", "style", "noscript", "template"}


def write(kind, name, data):
    with open(os.path.join(out, kind, name), "w", encoding="utf-8") as f:
        f.write(data)


class Snap(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = {"tag": "html", "attrs": {}, "hidden": False, "children": []}
        self.stack = [self.root]
        self.ids = 0
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            return
        if tag in LEFT_OUT:
            self.skip += 1
            return
        el = {"tag": tag, "attrs": {k: v or "" for k, v in attrs}, "hidden": tag == "head", "children": []}
        self.stack[-1]["children"].append(el)
        if tag not in VOID:
            self.stack.append(el)

    def handle_endtag(self, tag):
        if tag in LEFT_OUT:
            self.skip = max(0, self.skip - 1)
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i]["tag"] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.stack[-1]["children"].append({"text": data, "id": self.ids})
        self.ids += 1


texts = os.path.join(shared, "corpus", "polnear", "dev", "text")
for name in sorted(os.listdir(texts))[:24]:
    with open(os.path.join(texts, name), encoding="utf-8") as f:
        write("text", name, f.read()[:3000])
pages = os.path.join(shared, "corpus", "readability")
small = sorted((os.path.getsize(os.path.join(pages, p, "source.html")), p) for p in os.listdir(pages) if os.path.exists(os.path.join(pages, p, "source.html")))[:16]
for _, page in small:
    with open(os.path.join(pages, page, "source.html"), encoding="utf-8") as f:
        html = f.read()[:12000]
    write("html", page + ".html", html)
    snap = Snap()
    snap.feed(html)
    write("snapshot", page + ".json", json.dumps(snap.root, ensure_ascii=False))
write("snapshot", "seed.json", json.dumps({"tag": "html", "attrs": {}, "hidden": False, "children": [{"tag": "body", "attrs": {}, "hidden": False, "children": [{"tag": "article", "attrs": {}, "hidden": False, "children": [{"tag": "p", "attrs": {}, "hidden": False, "children": [{"text": "\u201cWe spent $4 million on the bridge,\u201d said Jane Okafor, the mayor.", "id": 0}]}]}]}]}, ensure_ascii=False))
