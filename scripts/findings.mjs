// Prints the findings of `spotcheck analyze` reports (JSON lines on standard input) as a
// short table for people: id, kind, score, the text, and who or what it is credited to.
import { createInterface } from 'node:readline';

const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const report = JSON.parse(line);
  console.log(`${report.title ?? '(untitled)'}: ${report.findings.length} findings`);
  for (const f of report.findings) {
    const about = f.kind === 'quote' ? [f.speaker ?? 'no speaker', f.cue]
      : f.kind === 'figure' ? [f.category, f.value, f.approx, f.unit, f.source && `source: ${f.source}`]
      : [f.source && `source: ${f.source}`, (f.reasons ?? []).join(',')];
    const details = about.filter((x) => x !== null && x !== undefined && x !== '').join(' · ');
    console.log(`  ${f.id.padEnd(4)} ${f.kind.padEnd(6)} ${f.score.toFixed(2)}  ${JSON.stringify(clip(f.text, 70))}  ${details}`);
  }
}
