// The product benchmark's driver (bench/README.md, "The product through its API"): starts
// `thidua serve` on a database that `thidua_nation load` filled, and measures it through HTTP
// against floors measured in the same run (the database read once and written directly by a
// minimal client, nginx serving the same bytes). Prints one JSON object of figures.
//
//   node bench/http_bench.mjs --db URL --manifest FILE --work DIR [--duration 10] [--samples 200]
//                             [--two-instances 1]
//   node bench/http_bench.mjs --only rtr --db URL --manifest FILE --work DIR [--samples 1000] [--rtr-rounds R]
// Environment: BUILD (build directory), THIDUA_BENCH_NICE (unused here; run.sh nices the run).
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, chmodSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import net from 'node:net';
import { ROOT, PASSWORD, spawnServe } from '../tests/lib/server.mjs';
import { RawSession } from './raw_http.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (i % 2 ? acc : [...acc, [a.replace(/^--/, ''), all[i + 1]]]), []));
const BUILD = process.env.BUILD || 'build';
const BIN = process.env.THIDUA_BIN || join(ROOT, BUILD, 'thidua');  // THIDUA_BIN: another build's server (before/after runs)
const NATION = join(ROOT, BUILD, 'bench/thidua_nation');
const manifest = JSON.parse(readFileSync(args.manifest, 'utf8'));
const work = args.work;
const duration = Number(args.duration || 10);
const samples = Number(args.samples || 200);
const YEAR = manifest.year;
const isPg = args.db.startsWith('postgres');
mkdirSync(work, { recursive: true });

const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (v, p) => { if (!v.length) return null; const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const log = (...m) => console.error('http_bench:', ...m);

// ---- HTTP: keep-alive agents, one per client, so 64 clients are 64 connections.
function request(port, method, path, opts = {}) {
  // A GET sent on a kept-alive socket the server had already closed for idleness (the event loop
  // was blocked by a long child process meanwhile) never reached it: sent again once, as Node's
  // documentation advises for reused sockets.
  return requestOnce(port, method, path, opts).catch((e) => {
    if (method === 'GET' && e.reusedSocket && (e.code === 'ECONNRESET' || e.code === 'EPIPE')) return requestOnce(port, method, path, opts);
    throw e;
  });
}

function requestOnce(port, method, path, { body, cookie, csrf, agent } = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers = { Accept: 'application/json' };
    if (data) { headers['Content-Type'] = 'application/json'; headers['Content-Length'] = data.length; }
    if (cookie) headers.Cookie = cookie;
    if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json = null;
        try { json = JSON.parse(text); } catch { /* not JSON */ }
        resolve({ status: res.statusCode, text, body: json, headers: res.headers });
      });
      res.on('error', reject);
    });
    req.on('error', (e) => { e.reusedSocket = req.reusedSocket; reject(e); });
    if (data) req.write(data);
    req.end();
  });
}

class Session {
  constructor(port, agent = new http.Agent({ keepAlive: true, maxSockets: 1 })) { this.port = port; this.agent = agent; }
  async login(username, password = PASSWORD) {
    const r = await request(this.port, 'POST', '/api/v1/session', { body: { username, password }, agent: this.agent });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    this.cookie = (r.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
    this.csrf = r.body.csrf_token;
    return this;
  }
  req(method, path, body) { return request(this.port, method, path, { body, cookie: this.cookie, csrf: this.csrf, agent: this.agent }); }
  close() { this.agent.destroy(); }
}

// ---- the server
const servers = [];
const nginxPids = new Set();  // nginx daemons started and not stopped yet
async function startServer(extraEnv = {}, db = args.db) {
  const t0 = now();
  const toLog = process.env.SERVER_LOG && ((d) => writeFileSync(process.env.SERVER_LOG, d, { flag: 'a' }));
  const { proc, port, log } = await spawnServe(BIN, ['--db', db], {
    env: { ...process.env, THIDUA_ADMIN_PASSWORD: PASSWORD, ...extraEnv }, timeoutMs: 1800000, keep: 20000, onOutput: toLog,
  });
  servers.push(proc);
  // Alive (/healthz 200), then ready (/readyz: 503 while the scores load, 200 once every group's
  // ranking is answerable from memory).
  const waitFor = async (path, seen) => {
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}:\n${log()}`);
      try {
        const r = await request(port, 'GET', path);
        if (r.status === 200) return now() - t0;
        if (seen) seen[r.status] = (seen[r.status] || 0) + 1;
      } catch { /* not yet */ }
      if (now() - t0 > 1800000) throw new Error(`server did not answer ${path}:\n${log()}`);
      await sleep(10);
    }
  };
  const healthy_ms = await waitFor('/healthz');
  const readyz_statuses = {};
  const ready_ms = await waitFor('/readyz', readyz_statuses);
  return { proc, port, t0, healthy_ms, ready_ms, readyz_statuses, log };
}
function stop(s, signal = 'SIGTERM') {
  if (s.proc.exitCode !== null) return Promise.resolve();
  return new Promise((r) => { s.proc.once('exit', r); s.proc.kill(signal); });
}
process.on('exit', () => {
  for (const p of servers) if (p.exitCode === null) p.kill('SIGKILL');
  for (const pid of nginxPids) try { process.kill(pid); } catch { /* stopped */ }
});

function rss(pid) {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number((s.match(new RegExp(`${k}:\\s+(\\d+)`)) || [])[1] || 0);
  return { rss_mb: round(kb('VmRSS') / 1024, 1), hwm_mb: round(kb('VmHWM') / 1024, 1) };
}
// The server's memory at a point of the run: RSS, its peak, and what the score board holds
// (/readyz `scores.held`: the snapshots' bytes against the budget, how many it dropped).
async function memory(srv) {
  const r = await request(srv.port, 'GET', '/readyz');
  const h = JSON.parse(r.text).scores.held || {};
  return { ...rss(srv.proc.pid), score_board_bytes: h.bytes, score_board_snapshots: h.snapshots,
           score_board_evicted: h.evicted, score_board_budget_bytes: h.budget_bytes };
}
const memoryAt = {};  // point of the run → memory()

const rankingPath = (gid) => `/api/v1/groups/${gid}/years/${YEAR}/ranking`;

// Every group's ranking answered (200) once, `conc` requests at a time.
async function allRankings(port, cookie, conc = 8) {
  const groups = manifest.groups;
  let next = 0, bad = 0, firstBad = '';
  const agents = [];
  await Promise.all(Array.from({ length: conc }, async () => {
    const s = new Session(port); s.cookie = cookie; agents.push(s);
    while (next < groups.length) {
      const g = groups[next++];
      const r = await s.req('GET', rankingPath(g.id));
      if (r.status !== 200) { bad++; firstBad ||= `${g.code}: ${r.status} ${r.text.slice(0, 200)}`; }
    }
  }));
  agents.forEach((a) => a.close());
  return { bad, firstBad };
}

// A report for a unit and period through the API: create, then submit. Returns its id when the
// submission is acknowledged (200), otherwise throws with the status.
async function submitReport(s, unitId, period, values) {
  const c = await s.req('POST', '/api/v1/reports', { unit_id: unitId, period, values });
  if (c.status !== 201) { const e = new Error(`create ${c.status} ${c.text.slice(0, 200)}`); e.status = c.status; e.step = 'create'; throw e; }
  const sub = await s.req('POST', `/api/v1/reports/${c.body.id}/submit`, {});
  if (sub.status !== 200) { const e = new Error(`submit ${sub.status} ${sub.text.slice(0, 200)}`); e.status = sub.status; e.step = 'submit'; e.id = c.body.id; throw e; }
  return c.body.id;
}

const reportValues = (k) => ({ toi_pham_ttxh: 1 + (k % 3), toi_pham_ttxh_kham_pha: 1, tin_bao_tiep_nhan: 4, tin_bao_da_xu_ly: 4,
  tin_bao_giai_quyet: 4, tuan_tra: 5 + (k % 7), tin_bao_to_bao_ve: 2 });

// The group's ranking shows the unit's new report: the body changed and the unit's entry is
// complete (it had only this month missing).
function reflects(body, before, unitId) {
  if (body === before) return false;
  try {
    const j = JSON.parse(body);
    const item = (j.items || []).find((i) => i.unit_id === unitId);
    return item ? !item.incomplete : true;
  } catch { return false; }
}

async function waitReflected(s, gid, before, unitId, timeoutMs = 10000) {
  const t0 = now();
  for (;;) {
    const r = await s.req('GET', rankingPath(gid));
    if (r.status === 200 && reflects(r.text, before, unitId)) return true;
    if (now() - t0 > timeoutMs) return false;
  }
}

function nationTool(cmd, extra) {
  const out = execFileSync('nice', ['-n', '5', NATION, cmd, '--db', args.db, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop());
}

// ---- wrk against the API and nginx serving the same bytes
// nginx (bench/nginx.sh: a daemon on a free port, another port tried when one was taken); `conf`
// gives what goes in its http { } for a port.
async function startNginx(conf) {
  const [port, pidFile] = execFileSync('bash', [join(ROOT, 'bench/nginx.sh'), work], { input: conf('@PORT@'), encoding: 'utf8' }).trim().split(' ');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  nginxPids.add(pid);
  for (let i = 0; i < 100; i++) {
    try { await request(Number(port), 'GET', '/'); break; } catch { await sleep(50); }
  }
  return { port: Number(port), stop: () => { nginxPids.delete(pid); try { process.kill(pid); } catch { /* gone */ } } };
}

function wrk(url, cookie) {
  const a = ['-t2', '-c64', `-d${duration}s`, '--timeout', '30s', url];
  if (cookie) a.unshift('-H', `Cookie: ${cookie}`);
  const out = execFileSync('wrk', a, { encoding: 'utf8' });
  const rps = Number((out.match(/Requests\/sec:\s+([\d.]+)/) || [])[1] || 0);
  const non2xx = Number((out.match(/Non-2xx or 3xx responses:\s+(\d+)/) || [])[1] || 0);
  return { rps: round(rps, 0), non2xx };
}

// ---- the rush: every commune's report for a period by `clients` concurrent clients, with bad
// input beside it. Returns figures and the acknowledged report ids.
async function rush(port, period, { clients = 64, killAfter, onKill } = {}) {
  const communes = manifest.communes;
  const sessions = await Promise.all(Array.from({ length: clients }, () => new Session(port).login('admin')));
  let next = 0, errors = 0, firstError = '';
  const acked = [], lat = [], failed = [];
  const t0 = now();
  let killed = false;
  await Promise.all(sessions.map(async (s) => {
    while (next < communes.length) {
      const k = next++;
      const u = communes[k];
      const t = now();
      try {
        const id = await submitReport(s, u.id, period, reportValues(k));
        lat.push(now() - t);
        acked.push({ id, unit: u.id, k });
      } catch (e) {
        errors++;
        firstError ||= e.message;
        failed.push({ unit: u.id, k, status: e.status || 0, step: e.step || 'connection', id: e.id, message: e.message.slice(0, 200) });
        if (e.code) s.agent.destroy(), (s.agent = new http.Agent({ keepAlive: true, maxSockets: 1 }));
      }
      if (killAfter && !killed && acked.length >= killAfter) { killed = true; await onKill(); }
    }
  }));
  const ms = now() - t0;
  sessions.forEach((s) => s.close());
  return { acked, errors, firstError, ms, lat, failed };
}

// Bad input during a rush: each must be answered 4xx and change nothing; a client that
// disconnects mid-request gets no answer and leaves nothing.
async function badInput(port, period, admin, reporter, acked) {
  const out = { unknown_unit: [], out_of_scope: [], duplicate: [], disconnect: 0 };
  for (let i = 0; i < 5; i++) {
    out.unknown_unit.push((await admin.req('POST', '/api/v1/reports', { unit_id: 2000000000 + i, period, values: reportValues(i) })).status);
    // A reporter of the first province submitting for a commune of the last one.
    const foreign = manifest.communes[manifest.communes.length - 1 - i];
    out.out_of_scope.push((await reporter.req('POST', '/api/v1/reports', { unit_id: foreign.id, period: { ...period, month: 11, year: YEAR - 2 }, values: reportValues(i) })).status);
    if (acked[i]) out.duplicate.push((await admin.req('POST', '/api/v1/reports', { unit_id: acked[i].unit, period, values: reportValues(i) })).status);
    // Half a request, then the socket closed.
    await new Promise((resolve) => {
      const sock = net.connect(port, '127.0.0.1', () => {
        const body = JSON.stringify({ unit_id: manifest.communes[i].id, period: { ...period, year: YEAR - 3 }, values: reportValues(i) });
        sock.write(`POST /api/v1/reports HTTP/1.1\r\nHost: x\r\nCookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrf}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, body.length >> 1)}`);
        setTimeout(() => { sock.destroy(); out.disconnect++; resolve(); }, 20);
      });
      sock.on('error', resolve);
    });
  }
  const all = [...out.unknown_unit, ...out.out_of_scope, ...out.duplicate];
  out.count = all.length + out.disconnect;
  out.not_4xx = all.filter((s) => s < 400 || s >= 500).length;
  return out;
}

// Every acknowledged report read back: present, submitted, with the values sent.
async function readBack(s, acked, period) {
  let lost = 0;
  let next = 0;
  const wanted = (k) => JSON.stringify(Object.entries(reportValues(k)).sort());
  await Promise.all(Array.from({ length: 8 }, async () => {
    const c = new Session(s.port); c.cookie = s.cookie;
    while (next < acked.length) {
      const a = acked[next++];
      const r = await c.req('GET', `/api/v1/reports/${a.id}`);
      const ok = r.status === 200 && r.body.unit_id === a.unit && r.body.status === 'submitted' && r.body.period.month === period.month &&
        JSON.stringify(Object.entries(r.body.values).filter(([k, v]) => v !== null && k in reportValues(a.k)).sort()) === wanted(a.k);
      if (!ok) lost++;
    }
    c.close();
  }));
  return lost;
}

// Units' ids written to a file for thidua_nation write.
function unitsFile(name, units) {
  const f = join(work, name);
  writeFileSync(f, units.map((u) => u.id).join('\n') + '\n');
  return f;
}

// ====================================================================== the run
const fig = { db: isPg ? 'postgresql' : 'sqlite', scale: manifest.scale };
const probes = manifest.probes;
const half = Math.floor(probes.length / 2);
const rtrProbes = probes.slice(0, Math.min(samples, half));
const staleProbes = probes.slice(half, half + Math.min(Math.max(10, Math.min(samples, 200) >> 2), probes.length - half));  // at most 50 (200 ms each)
// The write floor's units: probes of the same kind that neither report → ranking nor staleness
// samples (a floor write to the sampled unit would be another writer's write to it, which the
// score board rightly reads again: half the samples then measured that, not the handed path).
const floorProbes = probes.slice(half + staleProbes.length);

// --only rtr: report → ranking and its write floor measured, nothing else (a quick rerun of the
// one figure, e.g. before/after a change; bench/README.md).
const onlyRtr = args.only === 'rtr';
if (args.only && !onlyRtr) throw new Error('--only rtr is the one part that runs alone');

// ---- report → ranking, interleaved with its write floor
const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
// "queue;dur=0.01, handler;dur=1.2, …" (the server's Server-Timing header) → { queue: 0.01, … }
const serverTiming = (h) => Object.fromEntries(String(h || '').split(',').map((x) => x.trim().match(/^(\w+);dur=([\d.]+)$/)).filter(Boolean).map((m) => [m[1], Number(m[2])]));

// The floor's own client: `thidua_nation write --stdin 1` on the database, one report a line.
function floorClient(db) {
  const proc = spawn(NATION, ['write', '--db', db, '--stdin', '1'], { stdio: ['pipe', 'pipe', 'inherit'] });
  servers.push(proc);
  let buf = '';
  const waiting = [];
  proc.stdout.on('data', (d) => {
    buf += d;
    for (let i; (i = buf.indexOf('\n')) >= 0;) { const line = buf.slice(0, i); buf = buf.slice(i + 1); waiting.shift()(line); }
  });
  return {
    write: (unit, ym) => new Promise((resolve) => { waiting.push(resolve); proc.stdin.write(`${unit} ${ym}\n`); })
      .then((line) => (line.startsWith('error') ? { error: line } : { ms: Number(line) })),
    close: () => new Promise((r) => { proc.once('exit', r); proc.stdin.end(); }),
  };
}

// Samples of report → ranking, its phases (the client's view and the server's Server-Timing),
// and the floor's.
function rtrSampler() { return { total: [], floor: [], phases: [], missed: 0, floorErrors: 0, firstFloorError: '', rounds: [] }; }

async function rtrRound(all, s, session, db, units) {
  const period = manifest.rush_period;
  const client = args['rtr-client'] || 'raw';
  all.client = client;
  const sess = client === 'node' ? session : new RawSession(s.port, session);
  if (client !== 'node') await sess.connect();
  const floor = floorClient(db);
  const from = all.total.length, fromFloor = all.floor.length, load0 = loadavg();
  for (const [k, p] of units.entries()) {
    const before = (await sess.req('GET', rankingPath(p.group))).text;
    const product = async () => {
      const ph = {};
      const t0 = now();
      const c = await sess.req('POST', '/api/v1/reports', { unit_id: p.id, period, values: reportValues(k) });
      const t1 = now();
      if (c.status !== 201) throw new Error(`create ${c.status} ${c.text.slice(0, 200)}`);
      const sub = await sess.req('POST', `/api/v1/reports/${c.body.id}/submit`, {});
      const t2 = now();
      if (sub.status !== 200) throw new Error(`submit ${sub.status} ${sub.text.slice(0, 200)}`);
      let gets = 0, ok = false;
      for (;;) {
        const r = await sess.req('GET', rankingPath(p.group));
        gets++;
        if (r.status === 200 && reflects(r.text, before, p.id)) { ok = true; break; }
        if (now() - t2 > 10000) break;
      }
      const t3 = now();
      if (!ok) { all.missed++; return; }
      ph.create = t1 - t0; ph.submit = t2 - t1; ph.ranking = t3 - t2; ph.gets = gets;
      for (const [step, res] of [['create', c], ['submit', sub]])
        for (const [name, v] of Object.entries(serverTiming(res.headers['server-timing']))) ph[`${step}_${name}`] = v;
      // What the server did not account for: the client, the kernel's loopback, the parsing.
      for (const step of ['create', 'submit'])
        if (ph[`${step}_handler`] != null) ph[`${step}_outside_server`] = ph[step] - ph[`${step}_queue`] - ph[`${step}_handler`] - ph[`${step}_back`];
      all.total.push(t3 - t0);
      all.phases.push(ph);
    };
    const direct = async () => {
      // Another month each time the floor's units are used up (`--only rtr` takes more samples
      // than there are floor probes at small scales: the same unit and month twice was refused as
      // a duplicate, and the floor then had a fraction of the samples): November back to January
      // two years before, then the year before that. Never a December (the bad-input checks
      // look for nothing in December three years back).
      const n = floorProbes.length || 1, pass = Math.floor(k / n);
      const ym = `${YEAR - 2 - Math.floor(pass / 11)}-${String(11 - (pass % 11)).padStart(2, '0')}`;
      const f = await floor.write(floorProbes.length ? floorProbes[k % n].id : p.id, ym);
      if (f.error) { all.floorErrors++; all.firstFloorError ||= f.error; } else all.floor.push(f.ms);
    };
    if (k % 2) { await direct(); await product(); } else { await product(); await direct(); }
  }
  await floor.close();
  if (sess !== session) sess.close();
  const t = all.total.slice(from), f = all.floor.slice(fromFloor);
  all.rounds.push({ samples: t.length, load_average_start: load0, load_average_end: loadavg(),
                    report_to_ranking_p50_ms: round(pct(t, 0.5), 3), report_to_ranking_p99_ms: round(pct(t, 0.99), 3),
                    write_txn_p50_ms: round(pct(f, 0.5), 3), write_txn_p99_ms: round(pct(f, 0.99), 3) });
}

function rtrFigures(all) {
  const st = (v) => ({ p50: round(pct(v, 0.5), 3), p90: round(pct(v, 0.9), 3), p99: round(pct(v, 0.99), 3), max: round(pct(v, 1), 3) });
  const mean = (v) => (v.length ? round(v.reduce((a, b) => a + b, 0) / v.length, 3) : null);
  const keys = [...new Set(all.phases.flatMap((p) => Object.keys(p)))];
  const phases = Object.fromEntries(keys.map((k) => [k, st(all.phases.map((p) => p[k]).filter((x) => x != null))]));
  // The round trips a step waited (Server-Timing *_trips, counts): how many samples took each count.
  for (const k of keys.filter((k) => k.endsWith('_trips'))) {
    const counts = {};
    for (const p of all.phases) if (p[k] != null) counts[p[k]] = (counts[p[k]] || 0) + 1;
    phases[k].samples_by_count = counts;
  }
  // The tail attributed: each phase's mean over the samples at or beyond a percentile of the total.
  // `total_ms_at_least` is the cut (the percentile itself), not the samples' mean: their own mean
  // and max stand beside it (`total_mean_ms`, `total_max_ms`), which is what the phases' means add
  // up to (create + submit + ranking = total, sample by sample). One slow sample among the p99's
  // five lifts every mean above the cut (bench/README.md, s13-rtr).
  const tail = (q) => {
    const cut = pct(all.total, q);
    const idx = all.total.map((t, i) => i).filter((i) => all.total[i] >= cut);
    const sel = idx.map((i) => all.phases[i]);
    return { samples: sel.length, total_ms_at_least: round(cut, 3), total_mean_ms: mean(idx.map((i) => all.total[i])),
             total_max_ms: round(Math.max(...idx.map((i) => all.total[i])), 3),
             ...Object.fromEntries(keys.map((k) => [k, mean(sel.map((p) => p[k]).filter((x) => x != null))])) };
  };
  const f = {
    report_to_ranking_samples: all.total.length,
    report_to_ranking_not_reflected: all.missed,
    report_to_ranking_p50_ms: round(pct(all.total, 0.5), 3),
    report_to_ranking_p90_ms: round(pct(all.total, 0.9), 3),
    report_to_ranking_p99_ms: round(pct(all.total, 0.99), 3),
    write_txn_samples: all.floor.length,
    write_txn_p50_ms: round(pct(all.floor, 0.5), 3),
    write_txn_p90_ms: round(pct(all.floor, 0.9), 3),
    write_txn_p99_ms: round(pct(all.floor, 0.99), 3),
    write_txn_errors: all.floorErrors,
    report_to_ranking_sampling: 'interleaved with the write floor, sample by sample',
    report_to_ranking_client: all.client === 'node' ? "Node's http module" : 'a minimal HTTP/1.1 client (one kept-alive socket)',
    report_to_ranking_phases: phases,
    report_to_ranking_tail: { all: tail(0), p90: tail(0.9), p99: tail(0.99) },
    report_to_ranking_rounds: all.rounds,
  };
  if (all.firstFloorError) f.write_txn_first_error = all.firstFloorError;
  f.report_to_ranking_p99_minus_write_p99_ms = round(f.report_to_ranking_p99_ms - f.write_txn_p99_ms, 3);
  return f;
}

// --only rtr's units: the probes (teams holding their December) and, since no rush runs, the
// communes, which hold theirs too (all of them in a group).
function rtrUnitsOnly() { return [...probes.slice(0, half), ...manifest.communes.filter((c) => c.group)]; }

// A copy of the database as it is now, for a round of its own (the servers stopped): a file copy
// on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. Returns the copy's URL.
const quietPsql = { ...process.env, PGOPTIONS: '-c client_min_messages=warning' };
function copyDb(db, name) {
  if (!isPg) {
    const from = db.slice('sqlite:'.length), to = join(work, `${name}.db`);
    for (const ext of ['-wal', '-shm', '']) rmSync(to + ext, { force: true });
    execFileSync('cp', [from, to]);
    if (existsSync(from + '-wal')) execFileSync('cp', [from + '-wal', to + '-wal']);
    return `sqlite:${to}`;
  }
  const u = new URL(db), src = u.pathname.slice(1);
  const admin = new URL(db); admin.pathname = '/postgres';
  // FILE_COPY: the copy written and checkpointed before the round starts (the default, WAL_LOG,
  // writes the whole database into the WAL, and its checkpoint then ran during the round).
  execFileSync('psql', [admin.href, '-q', '-c', `DROP DATABASE IF EXISTS ${name}`, '-c', `CREATE DATABASE ${name} TEMPLATE ${src} STRATEGY FILE_COPY`, '-c', 'CHECKPOINT'], { env: quietPsql });
  u.pathname = `/${name}`;
  return u.href;
}
function dropDb(db) {
  if (!isPg) { const f = db.slice('sqlite:'.length); for (const ext of ['', '-wal', '-shm']) rmSync(f + ext, { force: true }); return; }
  const u = new URL(db), admin = new URL(db); admin.pathname = '/postgres';
  execFileSync('psql', [admin.href, '-q', '-c', `DROP DATABASE IF EXISTS ${u.pathname.slice(1)}`], { env: quietPsql });
}


// --only rtr: only report → ranking and its floor, in --rtr-rounds rounds (default: as many as
// --samples needs), each on a fresh copy of the loaded database with a server of its own, so
// that every round finds the probes' reports missing as the load left them.
if (onlyRtr) {
  const units = rtrUnitsOnly();
  const rounds = Number(args['rtr-rounds'] || Math.max(1, Math.ceil(samples / units.length)));
  const all = rtrSampler();
  const pristine = rounds > 1 ? copyDb(args.db, 'rtr_pristine') : null;
  for (let r = 0; r < rounds; r++) {
    const url = r === 0 ? args.db : copyDb(pristine, `rtr_round_${r}`);
    const s = await startServer({ THIDUA_SERVER_TIMING: '1' }, url);
    const a = await new Session(s.port).login('admin');
    const take = units.slice(0, Math.min(units.length, samples - all.total.length));
    log(fig.db, `report to ranking, round ${r + 1}/${rounds} (${take.length} samples, load ${loadavg()})`);
    await rtrRound(all, s, a, url, take);
    a.close();
    await stop(s);
    if (r > 0) dropDb(url);
    if (all.total.length >= samples) { if (r + 1 < rounds) log(fig.db, `${samples} samples after ${r + 1} rounds`); break; }
  }
  if (pristine) dropDb(pristine);
  Object.assign(fig, rtrFigures(all));
  console.log(JSON.stringify(fig));
  process.exit(0);
}

// 1. The read floor, then the cold start (the database's pages warm in both).
{
log(fig.db, 'scan floor');
nationTool('scan', []);  // once to warm the page cache like the server's start will find it
const scan = nationTool('scan', []);
fig.db_scan_floor_ms = round(scan.db_scan_floor_ms, 1);
fig.db_scan_rows = scan.rows;
fig.db_scan_bytes = scan.bytes;
}

log(fig.db, 'cold start');
// Not timed here (THIDUA_SERVER_TIMING): its log line a request would fill the pipe while this
// process waits on wrk and thidua_nation synchronously, and stall the server. The phases below
// are then the client's only; `--only rtr` times the server too.
let srv = await startServer();
memoryAt.ready = await memory(srv);
const admin = await new Session(srv.port).login('admin');
const cr = await allRankings(srv.port, admin.cookie);
fig.cold_start_ms = round(srv.ready_ms, 1);  // until /readyz answers 200
fig.cold_start_healthz_ms = round(srv.healthy_ms, 1);
fig.cold_start_readyz_not_ready = srv.readyz_statuses;  // /readyz answers before 200, by status
fig.cold_start_to_all_rankings_ms = round(now() - srv.t0, 1);  // … and every group's ranking answered once
fig.cold_start_errors = cr.bad;
if (cr.bad) fig.cold_start_first_error = cr.firstBad;
fig.cold_vs_floor = round(fig.cold_start_ms / fig.db_scan_floor_ms, 2);
// The second pass: every ranking answered from what the server now holds.
{ const t = now(); await allRankings(srv.port, admin.cookie); fig.all_rankings_warm_ms = round(now() - t, 1); }
memoryAt.every_ranking = await memory(srv);
Object.assign(fig, (({ rss_mb, hwm_mb, score_board_bytes }) => ({ server_rss_mb: rss_mb, server_hwm_mb: hwm_mb, score_board_bytes }))(memoryAt.every_ranking));
fig.value_bytes = manifest.counts.report_rows * manifest.counts.reported_indicators * 8;
fig.rss_vs_value_bytes = round((fig.server_hwm_mb * 1048576) / fig.value_bytes, 2);

// 2. A report until its group's ranking reflects it, against the same write transactions
// issued directly (the floor), sampled interleaved: sample by sample, one report through the API
// and one floor report by a client of its own kept open beside the server (`thidua_nation write
// --stdin 1`), taking turns on which goes first, so that whatever the machine does in a given
// minute hits both alike. The floor writes a report of another unit of the same kind (a probe
// sampled by neither part; the same unit only when there is none) for another period.
const period = manifest.rush_period;  // the probes' December (the rush's period too, for the communes)
const rtrAll = rtrSampler();
await rtrRound(rtrAll, srv, admin, args.db, rtrProbes);
Object.assign(fig, rtrFigures(rtrAll));

// 3. The deadline rush, with bad input beside it, every acknowledged report read back.
log(fig.db, `deadline rush (${manifest.communes.length} communes, 64 clients)`);
const p01 = manifest.provinces[0];
const mk = await admin.req('POST', '/api/v1/users', { username: `bench.reporter.${Date.now() % 100000}`, password: 'Bench!Passw0rd-2024', role: 'reporter', unit_id: p01.id, full_name: 'Báo cáo viên benchmark' });
if (mk.status !== 201 && mk.status !== 200) throw new Error(`reporter user: ${mk.status} ${mk.text}`);
const reporter = await new Session(srv.port).login(mk.body.username || mk.body.user?.username, 'Bench!Passw0rd-2024');
const rushing = rush(srv.port, period);
await sleep(50);
const bad = await badInput(srv.port, period, admin, reporter, []);
const r1 = await rushing;
const dup = await badInput(srv.port, period, admin, reporter, r1.acked);  // duplicates need acknowledged ones
bad.duplicate = dup.duplicate;
bad.count += dup.duplicate.length;
bad.not_4xx += dup.duplicate.filter((s) => s < 400 || s >= 500).length;
const lost = await readBack(admin, r1.acked, period);
// The half-sent requests wrote nothing (their period, December three years back, has no report).
bad.disconnect_left_nothing = true;
for (let i = 0; i < 5 && i < manifest.communes.length; i++) {
  const r = await admin.req('GET', `/api/v1/reports?unit_id=${manifest.communes[i].id}&year=${YEAR - 3}`);
  if (r.status !== 200 || r.body.total !== 0) bad.disconnect_left_nothing = false;
}
fig.deadline_rush = {
  reports: manifest.communes.length, clients: 64, acknowledged: r1.acked.length, errors: r1.errors, lost_writes: lost,
  first_error: r1.firstError || undefined, seconds: round(r1.ms / 1000, 2),
  rush_reports_per_s: round(r1.acked.length / (r1.ms / 1000), 1),
  p50_ms: round(pct(r1.lat, 0.5), 1), p99_ms: round(pct(r1.lat, 0.99), 1),
  bad_input: bad, server_alive: (await request(srv.port, 'GET', '/healthz')).status === 200,
};
memoryAt.rush = await memory(srv);
log(fig.db, 'rush floor (64 clients)');
const w64 = nationTool('write', ['--units', unitsFile('rush-units', manifest.communes), '--period', `${YEAR - 2}-12`, '--clients', '64']);
fig.deadline_rush.rush_floor_reports_per_s = round(w64.reports_per_s, 1);
fig.deadline_rush.rush_floor_errors = w64.errors;
fig.deadline_rush.rush_floor_p99_ms = round(w64.p99_ms, 1);
fig.deadline_rush.rush_vs_floor = round(fig.deadline_rush.rush_reports_per_s / w64.reports_per_s, 3);

// 4. The ministry's view and a group's ranking, against nginx serving the same bytes.
log(fig.db, 'national view and ranking vs nginx');
memoryAt.before_national = await memory(srv);
const nationalPath = `/api/v1/rankings/national?year=${YEAR}`;
const nat = await admin.req('GET', nationalPath);
if (nat.status !== 200) throw new Error(`${nationalPath}: ${nat.status} ${nat.text.slice(0, 300)}`);
fig.national_view_endpoint = nationalPath;
const cluster = manifest.groups.find((g) => g.level === 'province');
const rank = await admin.req('GET', rankingPath(cluster.id));
// nginx's workers run as `nobody` when started by root: the bytes go in a directory anyone can
// read (product.sh's work directory is mktemp's 0700, where nginx answered 403 to every request
// and the "reference" measured error pages), and nginx is checked to serve them whole.
const www = mkdtempSync(join(tmpdir(), 'thidua-www-'));
chmodSync(www, 0o755);
writeFileSync(join(www, 'national.json'), nat.text, { mode: 0o644 });
writeFileSync(join(www, 'ranking.json'), rank.text, { mode: 0o644 });
const ng = await startNginx((port) => `  server { listen 127.0.0.1:${port}; root ${www}; default_type application/json; }`);
for (const [file, want] of [['national.json', nat.text], ['ranking.json', rank.text]]) {
  const got = await request(ng.port, 'GET', `/${file}`);
  if (got.status !== 200 || got.text !== want) throw new Error(`nginx serves /${file} as ${got.status}, ${got.text.length} bytes: not the same bytes`);
}
const rApi = wrk(`http://127.0.0.1:${srv.port}${rankingPath(cluster.id)}`, admin.cookie);
const rNg = wrk(`http://127.0.0.1:${ng.port}/ranking.json`);
const nApi = wrk(`http://127.0.0.1:${srv.port}${nationalPath}`, admin.cookie);
const nNg = wrk(`http://127.0.0.1:${ng.port}/national.json`);
ng.stop();
rmSync(www, { recursive: true, force: true });
Object.assign(fig, {
  national_nginx_non2xx: nNg.non2xx, ranking_nginx_non2xx: rNg.non2xx,
  national_view_bytes: nat.text.length, national_view_rps: nApi.rps, national_view_non2xx: nApi.non2xx,
  national_nginx_rps: nNg.rps, national_vs_nginx: round(nApi.rps / nNg.rps, 3),
  ranking_bytes: rank.text.length, ranking_rps: rApi.rps, ranking_non2xx: rApi.non2xx, ranking_nginx_rps: rNg.rps,
  ranking_vs_nginx: round(rApi.rps / rNg.rps, 3),
});
memoryAt.after_national = await memory(srv);
// 4b. PostgreSQL restarted during a rush (PostgreSQL only; bench/product.sh's own server): the
// communes' February 2025 by 64 clients, `pg_ctl restart -m fast` once a third are acknowledged,
// and beside it one client submitting reports of 2020 every 10 ms until the restart is over, so
// requests meet the database down whatever the scale. Afterwards: every acknowledged report read
// back; every failure a clear answer (503 or 4xx with a message, not a 500 nor a dropped
// connection); an unacknowledged report absent, or present whole (a draft with its one revision,
// or submitted with two: a commit whose answer the restart cut); the rush's failed ones sent
// again and accepted (the server reconnected by itself).
if (isPg && process.env.PG_TEST_DIR) {
  log(fig.db, 'PostgreSQL restart during a rush');
  const pgCtl = (...a) => new Promise((resolve, reject) => {
    const cmd = [join(process.env.PG_TEST_BIN, 'pg_ctl'), '-D', join(process.env.PG_TEST_DIR, 'data'), ...a];
    const p = process.getuid() === 0 ? spawn('runuser', ['-u', 'postgres', '--', ...cmd], { stdio: 'ignore' }) : spawn(cmd[0], cmd.slice(1), { stdio: 'ignore' });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${a[0]}: exit ${code}`))));
  });
  const period3 = { kind: 'month', year: YEAR + 1, month: 2 };
  let restart = null, restartMs = null;
  const third = Math.max(1, Math.floor(manifest.communes.length / 3));
  const rushing3 = rush(srv.port, period3, {
    killAfter: third,
    onKill: async () => { const t = now(); restart = pgCtl('restart', '-m', 'fast', '-w', '-t', '120').then(() => { restartMs = now() - t; }); },
  });
  const prober = new Session(srv.port); prober.cookie = admin.cookie; prober.csrf = admin.csrf;
  const probe = { acked: [], failed: [] };
  const probing = (async () => {
    while (!restart) await sleep(2);
    let done = false;
    restart.then(() => { done = true; }, () => { done = true; });
    const n = manifest.communes.length;
    for (let i = 0; !done && i < n * 12; i++) {
      const u = manifest.communes[i % n], period = { kind: 'month', year: YEAR - 4, month: 1 + Math.floor(i / n) };
      try { probe.acked.push({ id: await submitReport(prober, u.id, period, reportValues(i)), unit: u.id, k: i, period }); }
      catch (e) {
        probe.failed.push({ unit: u.id, k: i, status: e.status || 0, step: e.step || 'connection', id: e.id, period, message: e.message.slice(0, 200) });
        if (!e.status) { prober.agent.destroy(); prober.agent = new http.Agent({ keepAlive: true, maxSockets: 1 }); }
      }
      await sleep(10);
    }
  })();
  const r3 = await rushing3;
  await probing;
  if (restart) await restart;
  // Everything acknowledged, read back.
  let lost3 = await readBack(admin, r3.acked, period3);
  for (const a of probe.acked) lost3 += await readBack(admin, [a], a.period);
  const failures = [...r3.failed.map((f) => ({ ...f, period: period3 })), ...probe.failed];
  const unclear = failures.filter((f) => !(f.status === 503 || (f.status >= 400 && f.status < 500))).length;
  // Unacknowledged: absent or whole.
  let halfWritten = 0, inDoubt = 0, found = 0;
  for (const f of failures) {
    const r = await admin.req('GET', `/api/v1/reports?unit_id=${f.unit}&year=${f.period.year}&limit=50`);
    const mine = r.status === 200 ? r.body.items.filter((x) => x.period.month === f.period.month) : null;
    if (!mine) { halfWritten++; continue; }
    found += mine.length;
    for (const x of mine) {
      const full = await admin.req('GET', `/api/v1/reports/${x.id}`);
      const revs = full.body?.revisions?.length;
      const whole = full.status === 200 && ((x.status === 'draft' && revs === 1) || (x.status === 'submitted' && revs === 2));
      if (!whole) halfWritten++;
      else if (x.status === 'submitted') inDoubt++;
      if (x.status === 'draft') f.draft = x.id;
      if (x.status === 'submitted') f.done = true;
    }
  }
  // The rush's failed reports sent again: the server has reconnected.
  let retried = 0, retryFailed = 0, retryFirstError = '';
  for (const f of r3.failed) {
    f.draft ||= f.id;  // its creation was acknowledged, its submission not
    if (f.done) continue;
    retried++;
    try {
      if (f.draft) {
        const sub = await admin.req('POST', `/api/v1/reports/${f.draft}/submit`, {});
        if (sub.status !== 200) throw new Error(`submit ${sub.status} ${sub.text.slice(0, 200)}`);
      } else await submitReport(admin, f.unit, period3, reportValues(f.k));
    } catch (e) { retryFailed++; retryFirstError ||= e.message; }
  }
  const statuses = {};
  for (const f of failures) statuses[f.status] = (statuses[f.status] || 0) + 1;
  fig.pg_restart = {
    restarted: restartMs !== null, restart_ms: round(restartMs, 0), reports: manifest.communes.length, acknowledged: r3.acked.length,
    failed: r3.failed.length, probe_acknowledged: probe.acked.length, probe_failed: probe.failed.length,
    failure_statuses: statuses, unclear_failures: unclear, lost_writes: lost3, half_written: halfWritten,
    committed_but_unacknowledged: inDoubt, unacknowledged_found_stored: found, retried, retry_failed: retryFailed, retry_first_error: retryFirstError || undefined,
    first_failure: failures[0]?.message,
  };
  prober.close();
}

// 4c. After everything above (the rush, bad input, the restart): the served scores against a
// reference computed here from the stored report rows (GET /api/v1/reports, the storage layer's
// list, not the engine) with plain arithmetic, for a sample of groups of every level: per unit the
// months reported in the year, and for each criterion on a count the year's sum of the indicator
// and its points — target_met (at_most: the sum ≤ the target gives every point, otherwise none)
// and proportional at_least (max × min(1, sum ÷ target), to the hundredth). A criterion whose
// indicator a month left unreported is compared on its sum only (its points follow the scheme's
// missing-data rule, not re-implemented here).
{
  log(fig.db, 'served scores against the reference computation');
  const schemes = {};
  const sample = ['province', 'commune', 'team'].flatMap((l) => manifest.groups.filter((g) => g.level === l).slice(0, 4));
  const ref = { groups: 0, units: 0, criteria_compared: 0, points_compared: 0, mismatches: 0, first_mismatch: undefined };
  const mismatch = (what) => { ref.mismatches++; ref.first_mismatch ||= what; };
  const months = async (unit, year) => {
    const r = await admin.req('GET', `/api/v1/reports?unit_id=${unit}&year=${year}&limit=100`);
    if (r.status !== 200) throw new Error(`reports of ${unit}: ${r.status}`);
    return r.body.items.filter((x) => ['submitted', 'accepted', 'locked'].includes(x.status) && x.period.kind === 'month');
  };
  for (const g of sample) {
    const rk = await admin.req('GET', rankingPath(g.id));
    if (rk.status !== 200) { mismatch(`ranking of group ${g.id}: ${rk.status}`); continue; }
    ref.groups++;
    for (const item of [...rk.body.items, ...rk.body.unscored]) {
      const card = await admin.req('GET', `/api/v1/groups/${g.id}/years/${YEAR}/scorecards/${item.unit_id}`);
      if (card.status !== 200) { mismatch(`scorecard ${g.id}/${item.unit_id}: ${card.status}`); continue; }
      const sid = card.body.scheme.id;
      if (!schemes[sid]) schemes[sid] = (await admin.req('GET', `/api/v1/scoring-schemes/${sid}`)).body;
      const scheme = schemes[sid].scheme || schemes[sid].json || schemes[sid];
      const rows = await months(item.unit_id, YEAR);
      ref.units++;
      if (card.body.completeness.reported !== rows.length) mismatch(`unit ${item.unit_id}: ${card.body.completeness.reported} months served, ${rows.length} stored`);
      ref.coverage_compared = (ref.coverage_compared || 0) + 1;
      const final = card.body.final;  // null until the unit's self-assessment: nothing scored to compare
      if (!final) { ref.units_without_final_score = (ref.units_without_final_score || 0) + 1; continue; }
      const targets = {};
      for (const sec of scheme.sections || []) for (const c of sec.criteria || []) targets[c.id] = c;
      for (const c of final.criteria || []) {
        const def = targets[c.id];
        if (!def || def.target?.kind !== 'count') continue;
        const ind = def.target.indicator;
        const reported = rows.filter((x) => x.values[ind] !== null && x.values[ind] !== undefined);
        const sum = reported.reduce((a, x) => a + x.values[ind], 0);
        const served = c.values.find((v) => v.indicator === ind);
        ref.criteria_compared++;
        if (reported.length === 12) {
          if (!served || Math.abs(served.current - sum) > 1e-6) mismatch(`unit ${item.unit_id} ${c.id}: sum ${served?.current} served, ${sum} from the rows`);
        } else if (served && served.current !== null && reported.length === 0) mismatch(`unit ${item.unit_id} ${c.id}: a value served for an indicator never reported`);
        if (reported.length !== 12) continue;
        let want = null;
        const t = def.target.value, max = def.max_points;
        if (def.rule.kind === 'target_met' && def.target.direction === 'at_most') want = sum <= t ? max : 0;
        if (def.rule.kind === 'proportional' && def.target.direction === 'at_least') want = Math.round(100 * max * Math.min(1, sum / t)) / 100;
        if (want === null) continue;
        ref.points_compared++;
        if (Math.abs(c.points - want) > 0.005) mismatch(`unit ${item.unit_id} ${c.id}: ${c.points} points served, ${want} by the reference (sum ${sum}, target ${t})`);
      }
    }
  }
  fig.reference_check = ref;
}

// 4d. After everything above: every ranking of a group scored by the reference scheme (the teams'
// blocks) against `thidua_nation reference` — the same stored rows ranked by plain SQL
// (bench/sql_reference.cpp, missing months and values kept missing) — unit by unit: ranked at
// all, rank (equal points: fewer penalty points, more in the first section, more criteria in
// full, fewer months missing, then the code), total in hundredths, level, incomplete; and the
// scorecards of up to `cards` units a group: final total and months missing.
{
  log(fig.db, 'rankings against the SQL reference');
  const ref = nationTool('reference', ['--year', String(YEAR)]);
  // The server closed the idle kept-alive socket while the reference ran: start on a new one.
  admin.agent.destroy();
  admin.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const LEVELS = ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh'];
  const groups = new Map();
  for (const [unit, group, total, level, rank, missing] of ref.units) {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push({ unit, total, level, rank, missing });
  }
  const rc = { groups: 0, units: 0, ranked: 0, ranks_compared: 0, totals_compared: 0, levels_compared: 0, scorecards_compared: 0,
    units_with_missing_months: 0, units_with_points: 0, equal_totals_ranked: 0, equal_total_different_missing_pairs: 0, reference_ms: round(ref.ms, 1), mismatches: 0, first_mismatch: undefined };
  const mismatch = (what) => { rc.mismatches++; rc.first_mismatch ||= what; };
  const cards = Math.max(2, Math.ceil(400 / Math.max(1, groups.size)));
  for (const [gid, want] of groups) {
    const rk = await admin.req('GET', rankingPath(gid));
    if (rk.status !== 200) { mismatch(`ranking of group ${gid}: ${rk.status}`); continue; }
    rc.groups++;
    const served = new Map(rk.body.items.map((i) => [i.unit_id, i]));
    if (rk.body.items.length !== want.length) mismatch(`group ${gid}: ${rk.body.items.length} ranked, ${want.length} by the reference`);
    // Neighbours by the reference's rank with equal totals and different months missing: where
    // the tie-break on missing months decided (when nothing between them did).
    const order = [...want].sort((a, b) => a.rank - b.rank);
    for (let i = 1; i < order.length; i++)
      if (order[i].total === order[i - 1].total && order[i].missing !== order[i - 1].missing) rc.equal_total_different_missing_pairs++;
    const totals = new Map();
    for (const w of want) totals.set(w.total, (totals.get(w.total) || 0) + 1);
    for (const [k, w] of want.entries()) {
      rc.units++;
      if (w.missing) rc.units_with_missing_months++;
      if (w.total) rc.units_with_points++;
      if (totals.get(w.total) > 1) rc.equal_totals_ranked++;
      const it = served.get(w.unit);
      if (!it) { mismatch(`group ${gid} unit ${w.unit}: not ranked (unscored: ${rk.body.unscored.length})`); continue; }
      rc.ranked++;
      rc.ranks_compared++;
      if (it.rank !== w.rank) mismatch(`group ${gid} unit ${w.unit}: rank ${it.rank} served, ${w.rank} by the reference`);
      rc.totals_compared++;
      if (Math.round(it.total * 100) !== w.total) mismatch(`group ${gid} unit ${w.unit}: total ${it.total} served, ${w.total / 100} by the reference`);
      rc.levels_compared++;
      if (it.level_code !== LEVELS[w.level]) mismatch(`group ${gid} unit ${w.unit}: level ${it.level_code} served, ${LEVELS[w.level]} by the reference`);
      if (it.incomplete !== (w.missing > 0)) mismatch(`group ${gid} unit ${w.unit}: incomplete ${it.incomplete} served, ${w.missing} months missing`);
      if (k < cards) {
        const card = await admin.req('GET', `/api/v1/groups/${gid}/years/${YEAR}/scorecards/${w.unit}`);
        const f = card.body?.final;
        rc.scorecards_compared++;
        if (card.status !== 200 || !f) mismatch(`scorecard ${gid}/${w.unit}: ${card.status}, final ${JSON.stringify(f)?.slice(0, 80)}`);
        else if (Math.round(f.total * 100) !== w.total || f.missing_periods !== w.missing)
          mismatch(`scorecard ${gid}/${w.unit}: total ${f.total}, ${f.missing_periods} months missing served; ${w.total / 100}, ${w.missing} by the reference`);
      }
    }
  }
  fig.reference_rankings = rc;
}

memoryAt.end = await memory(srv);
Object.assign(fig, (({ rss_mb, hwm_mb, score_board_bytes }) => ({ server_rss_mb_end: rss_mb, server_hwm_mb_end: hwm_mb, score_board_bytes_end: score_board_bytes }))(memoryAt.end));
fig.server_memory = memoryAt;  // by point of the run: ready, every ranking, the rush, before and after the national view (wrk), end
admin.close(); reporter.close();
await stop(srv);

// 5. (The write floors are measured beside the rush and report → ranking, above.)

// 6. Two instances on one PostgreSQL behind nginx.
if (isPg && args['two-instances'] !== '0') {
  log(fig.db, 'two instances');
  const a = await startServer();
  const b = await startServer();
  const sa = await new Session(a.port).login('admin');
  const sb = new Session(b.port); sb.cookie = sa.cookie; sb.csrf = sa.csrf;
  await allRankings(b.port, sa.cookie);  // B holds the nation before A writes
  const stale = [];
  let staleMissed = 0;
  for (const [k, p] of staleProbes.entries()) {
    const before = (await sb.req('GET', rankingPath(p.group))).text;
    await submitReport(sa, p.id, period, reportValues(k));
    const t0 = now();
    if (await waitReflected(sb, p.group, before, p.id, 15000)) stale.push(now() - t0); else staleMissed++;
  }
  const lb = await startNginx((port) => `  upstream thidua { server 127.0.0.1:${a.port}; server 127.0.0.1:${b.port}; keepalive 64; }\n` +
    `  server { listen 127.0.0.1:${port}; location / { proxy_pass http://thidua; proxy_http_version 1.1; proxy_set_header Connection ""; } }`);
  const rushPeriod = { kind: 'month', year: YEAR + 1, month: 1 };
  const r2 = await rush(lb.port, rushPeriod, {
    killAfter: Math.floor(manifest.communes.length / 3),
    onKill: async () => { a.proc.kill('SIGKILL'); },
  });
  const lost2 = await readBack(sb, r2.acked, rushPeriod);
  lb.stop();
  fig.two_instances = {
    cross_instance_staleness_samples: stale.length, not_reflected: staleMissed,
    cross_instance_staleness_p50_ms: round(pct(stale, 0.5), 1), cross_instance_staleness_p99_ms: round(pct(stale, 0.99), 1),
    rush_with_kill: { reports: manifest.communes.length, acknowledged: r2.acked.length, errors_while_killed: r2.errors,
      lost_writes: lost2, seconds: round(r2.ms / 1000, 2), killed_after_acknowledged: Math.floor(manifest.communes.length / 3) },
  };
  sa.close(); sb.close();
  await stop(b);
}
console.log(JSON.stringify(fig));
process.exit(0);
