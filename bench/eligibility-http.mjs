// GET /api/v1/eligibility as a user's request runs it (bench/README.md "Eligibility"): over HTTP
// through `thidua serve` on the database bench/eligibility.cpp generated (--keep-db), logged in as
// a Ministry user — the session, the scope and version checks, the held records, the engine, the
// sentences, the JSON and the socket all in the time. For every title of the plan (the keys of
// `engine.eligible` in the bench's JSON) at the Ministry's scope: a page of 100 (`limit=100`, what the
// screen asks: 100 items, the counts of everyone) and the full list (no limit), `--passes` warm
// passes after one that reads the held year; each request checked against the engine's eligible
// count (the counts of the answer, the Ministry itself left out as in the bench). The warm pages
// are a different page of each list each pass (rotating offsets across the list: no page asked
// twice in a row), and all the page passes come before the full lists' (a page pass that followed
// 154 MB of full lists paid for the client's collector: one request of ~53 ms each pass). A
// request is timed to the last byte of its answer; the client's decoding and parsing of it are
// timed apart (`client_decode_parse_ms`), as is the first byte (`first_byte_ms`).
//
//   node bench/eligibility-http.mjs --thidua build/thidua --db sqlite:/tmp/w/eligibility.sqlite \
//        --bench-json /tmp/w/out.json [--passes 2] [--out FILE] [--merge-into RESULTS.json]
//
// --merge-into: the figures are written into that results file (bench/results/latest.json) as
// "eligibility"."http", with the SQL of the same run (its eligibility_sql_sqlite_ms) divided by the
// page's and the full list's time over HTTP. bench/eligibility.sh --http runs it (make bench does).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { spawnServe } from '../tests/lib/server.mjs';
import { RawSession } from './raw_http.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const thidua = args.thidua ?? 'build/thidua';
const db = args.db;
const passes = Number(args.passes ?? 2);
const bench = JSON.parse(readFileSync(args['bench-json'], 'utf8'));
const engine = (bench.eligibility ?? bench).engine.eligible;
const codes = Object.keys(engine);
const year = (bench.eligibility ?? bench).year;
if (!db || !codes.length) throw new Error('usage: --db URL --bench-json FILE (a run with --keep-db)');

const password = 'bench-http-Password-1';
try {
  execFileSync(thidua, ['user', 'add', '--db', db, 'benchhttp', '--role', 'admin', '--unit', 'BCA'],
    { env: { ...process.env, THIDUA_USER_PASSWORD: password }, stdio: 'pipe' });
} catch (e) {
  if (!/exist|tồn tại|đã có/i.test(String(e.stderr))) throw e;
}
// THIDUA_SERVER_TIMING=1: each answer says how long it queued for a worker, ran in the handler and
// waited to be written (two clock readings a request), so the time over HTTP is split into the
// server's part and what is outside it (the client, the loopback, the parsing). Its log line a
// request is read and only the tail kept.
const srv = await spawnServe(thidua, ['--db', db], { env: { ...process.env, THIDUA_SERVER_TIMING: '1' }, keep: 20000 });
const serverTiming = (h) => Object.fromEntries(String(h || '').split(',').map((x) => x.trim().match(/^(\w+);dur=([\d.]+)$/))
  .filter(Boolean).map((m) => [m[1], Number(m[2])]));
const { port, url } = srv;
let raw;
try {
  for (let i = 0; ; ++i) {
    try { if ((await fetch(`${url}/readyz`)).ok) break; } catch { /* not yet: /readyz answers 503 while the scores load */ }
    if (i > 300) throw new Error(`thidua serve did not start: ${srv.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'benchhttp', password }) });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = /thidua_session=[^;]*/.exec(login.headers.get('set-cookie'))[0];
  const me = (await login.json()).user;
  // The pages are asked through a minimal client (bench/raw_http.mjs): fetch's own cost per answer
  // (undici, the body decoded) was most of what a page took over HTTP beside the server's part.
  raw = new RawSession(port, { cookie });
  await raw.connect();

  // As bench/eligibility.cpp's rotating_offset: pass `p`, title number `k`, a list of `total`.
  const rotatingOffset = (p, k, total) => {
    const pages = Math.max(1, Math.ceil(total / 100));
    return Number((BigInt(p) * 7919n + BigInt(k) * 104729n) % BigInt(pages)) * 100;
  };
  const totals = {};
  // A request's time: from its bytes written to the last byte of the answer received (the server's
  // answer delivered). Beside it, and not in it: to the first byte, and the client's own decoding
  // and parsing of the JSON (Node 20's UTF-8 decoding alone cost ~10 ms CPU for the 21 pages'
  // 1.4 MB — it was in this figure until s15-elig, the parsing was not; a browser decodes and parses
  // with its own engine), timed separately.
  // The client's own collector run before each request, outside its time: without it a scavenge
  // or mark-compact of this process (the previous answers' garbage) fell inside 2–3 requests of
  // every other page pass, 9–59 ms each on the shared machine (node --trace-gc, s15-elig) — the
  // test client's pauses, not the server's nor the loopback's.
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc');
  async function get(code, extra, parsed) {
    collect({ type: 'minor' });
    const t = performance.now();
    const r = await raw.req('GET', `/api/v1/eligibility?title=${code}&year=${year}&unit_id=${me.unit_id}${extra}`);
    const ms = r.lastByte - t;
    if (r.status !== 200) throw new Error(`${code}${extra}: ${r.status} ${r.text.slice(0, 300)}`);
    const t2 = performance.now();
    const body = parsed ? r.body : null;
    const parse = parsed ? performance.now() - t2 : 0;
    return { ms, first: r.firstByte - t, parse, bytes: r.bytes.length, body, timing: serverTiming(r.headers['server-timing']) };
  }
  const result = { load_average_1min_start: loadavg()[0], titles: codes.length, passes, page: [], full: [] };
  const pageCounts = {};
  const check = (code, body, what) => {
    if (what === 'page') { pageCounts[code] = body.counts.eligible; return; }
    const all = body.items.filter((i) => i.eligible).length;
    // the Ministry itself is listed for the collective titles, not in the plan the engine ran
    const self = body.items.filter((i) => i.subject.kind === 'unit' && i.subject.id === me.unit_id && i.eligible).length;
    if (all - self !== engine[code]) throw new Error(`${code}: the full list has ${all - self} eligible, the engine ${engine[code]}`);
    if (pageCounts[code] !== all) throw new Error(`${code}: the page's counts say ${pageCounts[code]} eligible, its full list ${all}`);
  };
  // Every page pass (pass 0: the server's first, the held year read), then every full lists' pass.
  for (const [what, extra] of [['page', '&limit=100'], ['full', '']]) {
    for (let p = 0; p <= passes; ++p) {
      let ms = 0, max = 0, bytes = 0, first = 0, parse = 0;
      const server = { queue: 0, handler: 0, back: 0 };  // the Server-Timing of the 21, summed
      for (const [k, code] of codes.entries()) {
        const offset = what === 'page' && p > 0 ? `&offset=${rotatingOffset(p, k, totals[code])}` : '';
        const r = await get(code, extra + offset, what === 'page' || p === 1);
        if (what === 'page' && p === 0) totals[code] = r.body.total;
        ms += r.ms; max = Math.max(max, r.ms); bytes += r.bytes; first += r.first; parse += r.parse;
        for (const key of Object.keys(server)) server[key] += r.timing[key] ?? 0;
        if (p === 1) check(code, r.body, what);
      }
      if (p === 0) result[`first_${what}_ms`] = Math.round(ms);
      else result[what].push({ ms: Math.round(ms), slowest_ms: Math.round(max), bytes,
        server_queue_ms: Math.round(server.queue * 10) / 10, server_handler_ms: Math.round(server.handler * 10) / 10,
        server_back_ms: Math.round(server.back * 10) / 10, first_byte_ms: Math.round(first * 10) / 10,
        client_decode_parse_ms: Math.round(parse * 10) / 10 });
      console.error(`eligibility over HTTP: pass ${p} ${what}: ${codes.length} requests ${Math.round(ms)} ms (slowest ${Math.round(max)} ms), ${(bytes / 1048576).toFixed(1)} MB; `
        + `server: queue ${server.queue.toFixed(1)}, handler ${server.handler.toFixed(1)}, written ${server.back.toFixed(1)} ms; `
        + `first byte ${first.toFixed(1)} ms; the client's decoding and parsing (not in the time) ${parse.toFixed(1)} ms`);
    }
  }
  // What any request costs over HTTP here, for comparison: the same user's session, 21 requests of
  // a small answer (GET /api/v1/session: the session checked, the user read), timed the same way, warm.
  result.baseline = [];
  for (let p = 0; p <= passes; ++p) {
    let ms = 0;
    for (let i = 0; i < codes.length; ++i) {
      collect({ type: 'minor' });
      const t = performance.now();
      const r = await raw.req('GET', '/api/v1/session');
      if (r.status !== 200) throw new Error(`session: ${r.status}`);
      ms += r.lastByte - t;
    }
    if (p > 0) result.baseline.push(Math.round(ms));
  }
  console.error(`eligibility over HTTP: ${codes.length} requests of GET /api/v1/session (the floor of a request here): ${result.baseline.join(', ')} ms`);
  const median = (v) => { const s = [...v].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  result.page_ms = median(result.page.map((x) => x.ms));
  result.full_ms = median(result.full.map((x) => x.ms));
  result.baseline_ms = median(result.baseline);
  result.load_average_1min_end = loadavg()[0];
  console.log(JSON.stringify(result, null, 1));
  if (args.out) writeFileSync(args.out, JSON.stringify(result, null, 1) + '\n');
  if (args['merge-into']) {
    let all = {};
    try { all = JSON.parse(readFileSync(args['merge-into'], 'utf8')); } catch { /* a new file */ }
    all.eligibility ??= {};
    const sql = (bench.eligibility ?? bench).eligibility_sql_sqlite_ms;
    const ratio = (ms) => (sql && ms > 0 ? Math.round((sql / ms) * 1000) / 1000 : null);
    all.eligibility.http = { ...result, db: 'sqlite', sql_sqlite_vs_http_page: ratio(result.page_ms),
      sql_sqlite_vs_http_full: ratio(result.full_ms) };
    writeFileSync(args['merge-into'], JSON.stringify(all, null, 2) + '\n');
  }
} finally {
  srv.proc.kill('SIGTERM');
  raw?.close();
}
