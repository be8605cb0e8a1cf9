#!/usr/bin/env node
// Spotcheck's main-thread tasks in thread CPU time, from a Chromium trace: wall-clock
// stretches (longtasks.mjs, data-spotcheck-timing) swell with the machine's load, since a
// preempted thread's wait counts; a trace event's thread duration (`tdur`) counts only the
// time the page's thread ran. For the seed page and the three largest development news pages,
// loaded RUNS times (default 3) with each extension build DIR given (default dist/chrome),
// alternately, this prints per page and build the longest task of Spotcheck's work in CPU ms
// (and that task's wall ms), the CPU ms of the task that injected the content scripts, and
// the phase the extension's meter names for its longest stretch.
//
// A task is Spotcheck's when it evaluated one of the extension's scripts (their injection)
// or ran a stretch of the content script's work: each build is measured through a copy
// whose meter (content/walk.js: begin/end around every synchronous stretch) also stamps
// the trace (console.timeStamp), the only difference from the build given.
//
//   node tests/e2e/taskcpu.mjs [DIR ...]
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionDir, launchChromium, waitForState } from './harness.mjs';
import { articlePage, newsPages, prose, startServer } from './hostile.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const dirs = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [await extensionDir('chrome')];

/** A copy of build `dir` whose meter stamps the trace at the start of every stretch. */
function stamped(dir) {
  const out = join(mkdtempSync(join(tmpdir(), 'spotcheck-taskcpu-')), 'ext');
  cpSync(dir, out, { recursive: true });
  const file = join(out, 'content', 'walk.js');
  const source = readFileSync(file, 'utf8');
  const begin = /(begin\(\) \{\n)(\s*)(this\.started = now\(\);)/;
  if (!begin.test(source)) throw new Error(`${dir}: no meter.begin() to stamp in content/walk.js`);
  writeFileSync(file, source.replace(begin, "$1$2console.timeStamp('spotcheck-stretch');\n$2$3"));
  return out;
}

const server = await startServer();
const browsers = [];
for (const dir of dirs) browsers.push(await launchChromium(stamped(dir)));
let pages = [['seed', '/seed.html'], ...newsPages().slice(0, 3).map((p) => [p.name, `/corpus/${p.name}`])];
// STRESS=1: the hostile pages of runtime.test.mjs instead (a 5 MB article, a 2 MB text node).
if (process.env.STRESS) {
  server.page('article-5mb', articlePage({ paragraphs: prose(5_000_000) }));
  server.page('text-node-2mb', articlePage({ paragraphs: [prose(2_000_000).join(' ')] }));
  pages = [['article-5mb', '/gen/article-5mb'], ['text-node-2mb', '/gen/text-node-2mb']];
}

/** The trace events of one load of `path` (CDP Tracing on the page's target). */
async function traced(browser, path) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(server.url(path));
  const state = await waitForState(page, ['ready', 'error'], 90000);
  await page.waitForTimeout(500);
  const timing = await page.evaluate(() => document.documentElement.getAttribute('data-spotcheck-timing') ?? '');
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, state, timing };
}

/** Spotcheck's tasks on the renderer's main thread: [{ cpu, wall }] in ms. */
function ourTasks(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((f) => f.pid === e.pid && f.tid === e.tid && f.name === 'TimeStamp' && f.args?.data?.message === 'spotcheck-stretch'));
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask'); // every task on the thread (a yield's continuation too)
  const ours = onMain.filter((e) => ((e.name === 'FunctionCall' || e.name === 'EvaluateScript') && /^chrome-extension:/.test(e.args?.data?.url ?? '')));
  const stamps = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'TimeStamp' && e.args?.data?.message === 'spotcheck-stretch');
  const out = [];
  for (const t of tasks) {
    const inside = (f) => f.ts >= t.ts && f.ts < t.ts + t.dur;
    if (!(ours.some(inside) || stamps.some(inside))) continue;
    // DETAIL=1: what the task spent its time on (its longest events inside, by thread time).
    const detail = process.env.DETAIL ? onMain.filter((f) => f !== t && inside(f)).sort((a, b) => (b.tdur ?? b.dur) - (a.tdur ?? a.dur)).slice(0, 8).map((f) => `${f.name}${f.args?.data?.url ? `(${f.args.data.url.split('/').pop()}:${f.args.data.lineNumber ?? ''})` : ''}${f.args?.data?.functionName ? `[${f.args.data.functionName}]` : ''} ${((f.tdur ?? f.dur) / 1000).toFixed(1)}`).join(', ') : '';
    out.push({ cpu: (t.tdur ?? t.dur) / 1000, wall: t.dur / 1000, injection: ours.some((f) => f.name === 'EvaluateScript' && inside(f)), detail });
  }
  return out;
}

const results = new Map();
for (let run = 0; run < RUNS; run++) {
  for (const [name, path] of pages) {
    for (const [b, browser] of browsers.entries()) {
      const { events, state, timing } = await traced(browser, path);
      const tasks = ourTasks(events);
      const work = tasks.filter((t) => !t.injection);
      const cpu = Math.max(0, ...work.map((t) => t.cpu));
      const wall = Math.max(0, ...work.map((t) => t.wall));
      const inject = Math.max(0, ...tasks.filter((t) => t.injection).map((t) => t.cpu));
      const key = `${name} ${dirs.length > 1 ? `[${b}]` : ''}`;
      if (!results.has(key)) results.set(key, []);
      if (process.env.DETAIL) for (const t of work.filter((w) => w.cpu > 30)) console.log(`${key}: ${t.cpu.toFixed(1)} ms: ${t.detail}`);
      results.get(key).push({ cpu, wall, inject, n: work.length, state: state.state, phase: `${/longest-task (\d+)/.exec(timing)?.[1] ?? '?'} ms in ${/ in (\S+)/.exec(timing)?.[1] ?? ''}` });
    }
  }
}
for (const [key, runs] of results) {
  const cpus = runs.map((r) => r.cpu).sort((a, b) => a - b);
  console.log(`${key.padEnd(16)} longest task of Spotcheck's work, CPU ms ${runs.map((r) => r.cpu.toFixed(1)).join(', ')} (median ${cpus[Math.floor(cpus.length / 2)].toFixed(1)}); injecting the scripts ${runs.map((r) => r.inject.toFixed(1)).join(', ')}; wall ms ${runs.map((r) => r.wall.toFixed(0)).join(', ')}; tasks ${runs.map((r) => r.n).join(', ')}; meter's longest (wall) ${runs.map((r) => r.phase || '-').join(', ')}; ${runs.map((r) => r.state).join(', ')}`);
}
for (const b of browsers) await b.close();
await server.close();
