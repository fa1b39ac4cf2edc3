#!/usr/bin/env node
// The whole nation's figures run by run, as a Markdown table with the targets beside them:
// `node bench/history.mjs [results-dir]` reads every whole-nation product run kept in
// bench/results (a file whose "product" ran at scale 1 on both databases), oldest first, and prints
// one row a figure, one column a run, so a regression shows. bench/README.md's "At a glance" is its
// output; a run added to bench/results is a column more.
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), 'results');

const runs = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'latest.json')) {
  let d;
  try { d = JSON.parse(readFileSync(join(dir, f), 'utf8')); } catch { continue; }
  const p = d?.product;
  if (!p?.sqlite || !p?.postgresql || p.dataset?.scale !== 1 || !p.run?.started) continue;
  runs.push({ file: f, p });
}
runs.sort((a, b) => a.p.run.started.localeCompare(b.p.run.started));
if (!runs.length) {
  console.error(`no whole-nation run on both databases in ${dir}`);
  process.exit(1);
}

const num = (x, digits = 1) => (typeof x === 'number' && Number.isFinite(x)
  ? x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—');
const both = (get, digits) => (p) => `${num(get(p.sqlite), digits)} / ${num(get(p.postgresql), digits)}`;
const zeros = (get) => (p) => `${get(p.sqlite) ?? '—'} / ${get(p.postgresql) ?? '—'}`;

// Each row: what it is, the target, and how a run's cell is read (SQLite / PostgreSQL).
const rows = [
  ['cold start ÷ scan floor', '≤ 3×', both((s) => s.cold_vs_floor, 2)],
  ['report → ranking p50, ms', '', both((s) => s.report_to_ranking_p50_ms, 2)],
  ['report → ranking p99, ms', '', both((s) => s.report_to_ranking_p99_ms, 1)],
  ['write floor p99, ms', '', both((s) => s.write_txn_p99_ms, 1)],
  ['p99 minus the floor\'s p99, ms', '≤ 1', both((s) => s.report_to_ranking_p99_minus_write_p99_ms ??
    (s.report_to_ranking_p99_ms - s.write_txn_p99_ms), 1)],
  ['rush ÷ its floor', '≥ 0.5×', both((s) => s.deadline_rush?.rush_vs_floor, 2)],
  ['rush errors / lost', '0 / 0', (p) => `${zeros((s) => s.deadline_rush?.errors)(p)}; ${zeros((s) => s.deadline_rush?.lost_writes)(p)}`],
  ['national view ÷ nginx', '≥ 0.5×', both((s) => s.national_vs_nginx, 2)],
  ['a group\'s ranking ÷ nginx', '≥ 0.5×', both((s) => s.ranking_vs_nginx, 2)],
  ['server RSS, MB', '≤ 1,024', both((s) => s.server_rss_mb, 0)],
  ['RSS ÷ the values\' bytes', '≤ 1.5×', both((s) => s.rss_vs_value_bytes, 2)],
  ['two instances: staleness p99, ms', '', (p) => num(p.postgresql.two_instances?.cross_instance_staleness_p99_ms ??
    p.two_instances?.cross_instance_staleness_p99_ms, 0)],
  ['ranks against the SQL reference: mismatches', '0', zeros((s) => s.reference_rankings?.mismatches)],
  ['load average at the start → end', '', (p) => `${p.run.load_average_start?.split(' ')[0] ?? '?'} → ${p.run.load_average_end?.split(' ')[0] ?? '?'}`],
];

const head = runs.map((r) => `${r.p.run.started.slice(0, 16).replace('T', ' ')} UTC`);
const out = [
  `| figure (SQLite / PostgreSQL) | target | ${head.join(' | ')} |`,
  `| --- | --- | ${head.map(() => '---').join(' | ')} |`,
  ...rows.map(([name, target, cell]) => `| ${name} | ${target} | ${runs.map((r) => cell(r.p)).join(' | ')} |`),
  '',
  `Runs: ${runs.map((r) => `\`results/${r.file}\``).join(', ')}.`,
];
console.log(out.join('\n'));
