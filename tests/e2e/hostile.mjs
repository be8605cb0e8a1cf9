// Pages for the runtime's end-to-end tests: hostile pages generated afresh on each run,
// the development news pages, and a server that serves them on 127.0.0.1 the way
// harness.mjs serves its pages (the page probe first in <head>), plus:
//
//   /csp/…   behind `Content-Security-Policy: script-src 'self'; report-uri /r`; a report
//            POSTed to /r is recorded in `reports`.
//   /lt.js   a long-task recorder (PerformanceObserver 'longtask' and, where the browser
//            has it, 'long-animation-frame' with script attribution), loaded first.
//   /gen/N   a generated page registered with `server.page(N, html)`.
//   /corpus/N  ../shared/corpus/readability/N/source.html.
import http from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED, SHARED } from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPORTING_CSP = "script-src 'self'; report-uri /r";
const CORPUS = join(SHARED, 'corpus', 'readability');

const LONG_TASKS = `(() => {
  const lt = { long: [], scripts: [], loaf: false };
  window.__lt = lt;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) lt.long.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) for (const s of frame.scripts ?? []) {
        lt.scripts.push({ start: s.startTime, duration: s.duration, url: s.sourceURL ?? '', invoker: s.invoker ?? '' });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
    lt.loaf = true;
  } catch {}
})();`;

/** The news pages of the development corpus, largest first. */
export function newsPages() {
  const news = /^(nytimes-\d|wapo-\d|guardian-\d|herald-sun-1|salon-1|tmz-1|buzzfeed-1|ars-1|engadget|citylab-1|quanta-1|webmd-1)$/;
  return readdirSync(CORPUS)
    .filter((name) => news.test(name) && existsSync(join(CORPUS, name, 'source.html')))
    .map((name) => ({ name, size: statSync(join(CORPUS, name, 'source.html')).size }))
    .sort((a, b) => b.size - a.size);
}

export async function startServer() {
  const requests = [];
  const reports = [];
  const pages = new Map();
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    let path = new URL(req.url, 'http://127.0.0.1').pathname;
    if (path === '/r') {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => { reports.push({ method: req.method, type: req.headers['content-type'], body }); res.writeHead(204); res.end(); });
      return;
    }
    const headers = { 'cache-control': 'no-store' };
    if (path.startsWith('/csp/')) {
      headers['content-security-policy'] = REPORTING_CSP;
      path = path.slice('/csp'.length);
    }
    let body = null;
    let type = 'text/html; charset=utf-8';
    if (path === '/seed.html') body = readFileSync(SEED, 'utf8');
    else if (path === '/probe.js') [body, type] = [readFileSync(join(HERE, 'pages', 'probe.js'), 'utf8'), 'text/javascript'];
    else if (path === '/lt.js') [body, type] = [LONG_TASKS, 'text/javascript'];
    else if (path.startsWith('/js/') && pages.has(path)) [body, type] = [pages.get(path), 'text/javascript'];
    else if (path.startsWith('/gen/')) body = pages.get(path.slice('/gen/'.length)) ?? null;
    else if (path.startsWith('/corpus/') && !path.includes('..')) {
      const file = join(CORPUS, path.slice('/corpus/'.length), 'source.html');
      if (existsSync(file)) body = readFileSync(file, 'utf8');
    }
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (type.startsWith('text/html')) {
      // Corpus pages carry their own scripts and links: every outside request is aborted by
      // the browser harness; the recorders come first.
      const inject = '<script src="/lt.js"></script><script src="/probe.js"></script>';
      body = /<head[^>]*>/i.test(body) ? body.replace(/<head[^>]*>/i, (m) => m + inject) : inject + body;
    }
    res.writeHead(200, { ...headers, 'content-type': type });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    reports,
    url: (path) => origin + path,
    /** Registers a generated page at /gen/NAME (or a script at /js/NAME). */
    page: (name, html) => pages.set(name, html),
    script: (name, js) => pages.set(`/js/${name}`, js),
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

/** Paragraphs of real prose (PolNeAR development texts), as many as `bytes` take. */
export function prose(bytes) {
  const dir = join(SHARED, 'corpus', 'polnear', 'dev', 'text');
  const paragraphs = readdirSync(dir).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 40);
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    size += p.length + 9;
  }
  return out;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An article page: `paragraphs` in <article>, `head` and `extra` markup around it. */
export function articlePage({ title = 'A test article', paragraphs, head = '', before = '', after = '', articleAttrs = '' }) {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title)}</title>${head}</head><body>
<header class="site"><nav><a href="/">Home</a></nav></header>${before}
<main><article${articleAttrs}><h1>${escape(title)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main>${after}
<footer class="site">Footer text</footer></body></html>`;
}

export const QUOTE = '\u201cWe have spent $4 million on this program since 2019,\u201d said Jane Okafor, the mayor.';

/** A short article with quotes, figures and claims (the seed's kind of text). */
export function shortArticle() {
  return [
    `The city council voted 7-2 on Tuesday to raise the transit budget by 12% to $48 million, the largest increase in a decade.`,
    `\u201cBuses will come every five minutes at the busiest hours of the day,\u201d said transit director Lee Park.`,
    `About 40% of residents ride a bus at least once a week, according to a survey by the city\u2019s planning office.`,
    `\u201cWe cannot keep raising fares while the service gets worse,\u201d said council member Ana Ruiz, who voted against the plan.`,
    `Ridership fell by 3.5 million trips in 2023, the agency said in its annual report.`,
  ];
}

/**
 * Long tasks seen by the page (PerformanceObserver 'longtask') and Spotcheck's own
 * longest stretch of work without a yield (its data-spotcheck-timing diagnostic, which
 * times every synchronous stretch of the content script, forced style and layout
 * included), with the timing of the last run.
 */
export function longTasks(page) {
  return page.evaluate(() => {
    const timing = document.documentElement.getAttribute('data-spotcheck-timing') ?? '';
    const longest = Number(/longest-task (\d+)/.exec(timing)?.[1] ?? NaN);
    const beforeDraw = Number(/longest-before-draw (\d+)/.exec(timing)?.[1] ?? NaN);
    const draw = Number(/draw (\d+)/.exec(timing)?.[1] ?? NaN);
    return { tasks: window.__lt.long.map((t) => Math.round(t.duration)), longest, beforeDraw, draw, timing };
  });
}

