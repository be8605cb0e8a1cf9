#!/usr/bin/env python3
"""Writes the realistic site pages of this folder: each page file pages/NAME.html marks the
article text (the hand-made gold) with ⟦ and ⟧; NAME/source.html is the page without the
marks and NAME/expected.html is the marked text, one <p> a mark. Run from this folder."""
import html, os, re, sys
from html.parser import HTMLParser


class Text(HTMLParser):
    SKIP = {"script", "style", "noscript", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(fragment):
    t = Text()
    t.feed(fragment)
    return re.sub(r"\s+", " ", " ".join(t.parts)).strip()


for name in sorted(os.listdir("pages")):
    raw = open(os.path.join("pages", name), encoding="utf-8").read()
    gold = [visible(m) for m in re.findall(r"⟦(.*?)⟧", raw, flags=re.S)]
    if raw.count("⟦") != len(gold) or raw.count("⟧") != len(gold):
        sys.exit(f"{name}: unbalanced marks")
    page = name.rsplit(".", 1)[0]
    os.makedirs(page, exist_ok=True)
    open(os.path.join(page, "source.html"), "w", encoding="utf-8").write(raw.replace("⟦", "").replace("⟧", ""))
    body = "".join(f"<p>{html.escape(g)}</p>\n" for g in gold if g)
    open(os.path.join(page, "expected.html"), "w", encoding="utf-8").write(f"<article>\n{body}</article>\n")
