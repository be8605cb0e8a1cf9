// Throughput of the built wasm core against npm `compromise` in one Node process, on the
// same texts: a ratio holds from machine to machine better than seconds do.
//
//   node bench/wasm-vs-compromise.mjs [TEXT_DIR] [ROUNDS]
//
// TEXT_DIR defaults to ../shared/corpus/polnear/dev/text (the 84 PolNeAR development
// articles), ROUNDS to 3. Each side gets one warm-up pass over every text (module
// instantiation, lazily built tables, the JIT), then ROUNDS timed passes; the best pass
// counts. compromise does what Spotcheck's nearest equivalent would: quotations, numbers,
// percentages and money, each read out so that its lazy work is done.
//
// pkg/ must be built first (`make build`); `make bench` runs this after it.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const dir = resolve(process.argv[2] ?? join(root, '../shared/corpus/polnear/dev/text'));
const rounds = Number(process.argv[3] ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`bench: ROUNDS must be a positive integer, not ${process.argv[3]}`);
  process.exit(2);
}

const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
if (names.length === 0) {
  console.error(`bench: no .txt files in ${dir}`);
  process.exit(2);
}
const texts = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
// MB of UTF-8, the unit the native benchmark and the issue use.
const mb = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;

const spotcheck = await import(pathToFileURL(join(root, 'pkg/spotcheck.js')).href);
await spotcheck.default({ module_or_path: await readFile(join(root, 'pkg/spotcheck_bg.wasm')) });

// Each returns a count that depends on all of the work, so nothing is optimized away.
function wasmPass() {
  let n = 0;
  for (const t of texts) n += spotcheck.analyzeText(t).findings.length;
  return n;
}

function compromisePass() {
  let n = 0;
  for (const t of texts) {
    const doc = nlp(t);
    n += doc.quotations().out('array').length;
    n += doc.numbers().out('array').length;
    n += doc.percentages().out('array').length;
    n += doc.money().out('array').length;
  }
  return n;
}

/** CPU milliseconds this process has used (user and system, every thread). */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
}

/**
 * Best of `rounds` timed passes after one warm-up: { cpu, wall } in ms of the pass with
 * the least CPU time, and the findings of the last pass. CPU time is the figure to read
 * on a machine shared with other jobs: the wall clock counts their work too.
 */
function bestOf(pass) {
  let found = pass();
  let best = { cpu: Infinity, wall: Infinity };
  for (let i = 0; i < rounds; i++) {
    const [c, w] = [cpuMs(), performance.now()];
    found = pass();
    const run = { cpu: cpuMs() - c, wall: performance.now() - w };
    if (run.cpu < best.cpu) best = run;
  }
  return { ...best, found };
}

const wasm = bestOf(wasmPass);
const other = bestOf(compromisePass);
const rate = (ms) => (mb / (ms / 1e3)).toFixed(2).padStart(6);
const line = (name, r) =>
  `  ${name.padEnd(44)} ${r.cpu.toFixed(1).padStart(8)} ms CPU  ${rate(r.cpu)} MB/s  ` +
  `(wall ${rate(r.wall)} MB/s)  ${(r.cpu / texts.length).toFixed(2).padStart(6)} ms/article  ${r.found} found`;

console.log(`${texts.length} texts (${mb.toFixed(2)} MB) from ${dir}, best of ${rounds} after a warm-up`);
console.log(line('spotcheck wasm (analyzeText)', wasm));
console.log(line('compromise (quotes, numbers, percent, money)', other));
console.log(`  ratio: spotcheck is ${(other.cpu / wasm.cpu).toFixed(1)}x compromise (CPU time; wall ${(other.wall / wasm.wall).toFixed(1)}x)`);
