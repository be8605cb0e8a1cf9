#!/usr/bin/env node
// Prints the pages of tests/page_sites.rs (real sites' markup, written for the CLI's reader)
// as JSONL {id, html} for `SET=FILE node tests/e2e/readiness.mjs`: each test's
// `format!("…")` whose only arguments are the named paragraphs A–D. Tests that build their
// markup in code (closures, positional arguments) are left out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './harness.mjs';

/** [{ id, html }]: the pages of tests/page_sites.rs that are one literal. */
export function sitePages() {
  const rust = readFileSync(join(ROOT, 'tests', 'page_sites.rs'), 'utf8');
  const unescape = (s) => JSON.parse(`"${s.replace(/\n/g, '\\n')}"`);
  const consts = Object.fromEntries([...rust.matchAll(/^const (\w+): &str = "((?:[^"\\]|\\.)*)";/gm)].map((m) => [m[1], unescape(m[2])]));
  const out = [];
  for (const m of rust.matchAll(/#\[test\]\s*fn (\w+)\(\)[^]*?format!\(\s*"((?:[^"\\]|\\.)*)"\s*\)/g)) {
    const names = [...m[2].matchAll(/\{(\w*)\}/g)].map((n) => n[1]);
    if (names.some((n) => !(n in consts)) || m[0].includes('#[test]', 2)) continue;
    const html = unescape(m[2]).replace(/\{(\w+)\}/g, (_, n) => consts[n]).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    out.push({ id: `site-${m[1]}`, html });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) for (const page of sitePages()) console.log(JSON.stringify(page));
