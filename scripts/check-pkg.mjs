// Loads a built pkg/ the way a page does (ES module, init, call) and fails the build when
// the optimized module no longer instantiates or answers: wasm-opt run with the wrong
// feature flags produces a module that validates yet cannot start.
//
//   node scripts/check-pkg.mjs DIR    (DIR holds spotcheck.js and spotcheck_bg.wasm)
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(process.argv[2] ?? 'pkg');
const spotcheck = await import(pathToFileURL(`${dir}/spotcheck.js`).href);
await spotcheck.default({ module_or_path: await readFile(`${dir}/spotcheck_bg.wasm`) });

const text = 'Mayor Ana Ruiz said on Monday that the city spent about $4.8 billion on 12 new schools in 2023.';
const report = spotcheck.analyzeText(text);
const problems = [];
if (report.version !== spotcheck.version()) problems.push(`version ${report.version} != ${spotcheck.version()}`);
if (report.text !== text) problems.push('report.text is not the input');
if (!Array.isArray(report.findings) || report.findings.length === 0) problems.push('no findings');
for (const f of report.findings ?? []) {
  if (text.slice(f.start, f.end) !== f.text) problems.push(`finding ${f.id}: offsets do not slice its text`);
}
let thrown = null;
try {
  spotcheck.analyzeSnapshot?.(42);
} catch (e) {
  thrown = e;
}
if (spotcheck.analyzeSnapshot && !(thrown instanceof Error)) problems.push('a bad snapshot did not throw an Error');

if (problems.length) {
  console.error(`check-pkg: ${dir}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`check-pkg: ${dir}: module ${spotcheck.version()} loads and answers (${report.findings.length} findings on the probe text)`);
