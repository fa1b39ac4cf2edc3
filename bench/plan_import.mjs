// Plan import through the product (bench/README.md, "Plan import"): `thidua serve` on a fresh demo
// database, an officer's session, and under wrk the import API the "Nhập kế hoạch" screen calls
// (POST /api/v1/plans/parse) posting (1) every sample text the screen offers, one after another
// (GET /api/v1/plans/samples), and (2) one large text — the development fixtures
// (tests/fixtures/plans/dev/*.txt, in name order) joined up to --large-kb — beside nginx answering the
// very same requests (the same POST, body and headers) with the API's answers' bytes as static
// files, in the same run. Figures: requests/s, p50/p99 latency (wrk --latency) and the ratio of the
// requests/s to nginx's, merged under "plan_import" into --out. With --check, exits 1 when a
// request failed, an answer changed between two posts, or nginx did not serve the same bytes (the
// smoke of `make test`); it never fails on a timing.
//
//   node bench/plan_import.mjs [--out bench/results/latest.json] [--duration 10] [--connections 8]
//                              [--large-kb 200] [--check]
// Environment: BUILD (build directory, default build), THIDUA_BIN (another build's server).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, PASSWORD, spawnServe } from '../tests/lib/server.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : dflt; };
const OUT = opt('out', join(ROOT, 'bench/results/latest.json'));
const duration = Number(opt('duration', 10));
const connections = Number(opt('connections', 8));
const largeKb = Number(opt('large-kb', 200));
const check = argv.includes('--check');
const BIN = process.env.THIDUA_BIN || join(ROOT, process.env.BUILD || 'build', 'thidua');
const OFFICER = 'canbo.nghean';  // a demo officer: the screen's user (a reporter is refused)
const log = (...m) => console.error('plan_import:', ...m);
const round = (x, d = 2) => (x == null ? null : Math.round(x * 10 ** d) / 10 ** d);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

const work = mkdtempSync(join(tmpdir(), 'thidua-plan-bench-'));
// nginx's workers run as `nobody` when started by root: the answers go where anyone can read them.
chmodSync(work, 0o755);
const www = join(work, 'www');
let server = null, nginxPid = 0;
const cleanup = () => {
  if (server && server.proc.exitCode === null) server.proc.kill('SIGKILL');
  if (nginxPid) try { process.kill(nginxPid); } catch { /* stopped */ }
  rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

async function main() {
  for (const cmd of ['wrk', 'nginx']) {
    try { execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }); } catch { throw new Error(`${cmd} is missing (apt-get install wrk nginx-light)`); }
  }
  const started = new Date().toISOString().slice(0, 19) + 'Z', loadStart = load();
  // The server as bench/http.sh starts it: the demo data on a fresh SQLite, a port the kernel gives.
  // `--demo-minimal`: the registry and demo users only; the import reads no data.
  server = await spawnServe(BIN, ['--db', `sqlite:${join(work, 'plan.db')}`, '--demo', '--demo-minimal'], {
    env: { ...process.env, THIDUA_ADMIN_PASSWORD: PASSWORD, THIDUA_DEMO_PASSWORD: PASSWORD }, keep: 20000,
  });
  const api = `http://127.0.0.1:${server.port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${api}/healthz`)).ok) break; } catch { /* not yet */ }
    if (i > 600) throw new Error(`the server did not answer /healthz:\n${server.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = await fetch(`${api}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: OFFICER, password: PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${OFFICER}: ${login.status} ${await login.text()}`);
  const cookie = /thidua_session=[^;]*/.exec(login.headers.get('set-cookie') || '')?.[0];
  const { csrf_token: csrf } = await login.json();
  const headers = { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrf };
  const get = async (path) => {
    const r = await fetch(api + path, { headers: { Cookie: cookie } });
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
    return r.json();
  };

  // The texts: the samples as the screen fetches them, and the large one.
  const texts = [];
  for (const s of (await get('/api/v1/plans/samples')).items) texts.push({ id: s.id, kind: s.kind, text: (await get(`/api/v1/plans/samples/${s.id}`)).text });
  const dev = join(ROOT, 'tests/fixtures/plans/dev');
  const parts = [];
  let bytes = 0;
  for (const f of readdirSync(dev).filter((f) => f.endsWith('.txt')).sort()) {
    if (bytes >= largeKb * 1024) break;
    const t = readFileSync(join(dev, f), 'utf8');
    parts.push(t);
    bytes += Buffer.byteLength(t) + 2;
  }
  const large = { id: 'large', text: parts.join('\n\n'), fixtures: parts.length };

  // Each text posted twice: the answer is the same bytes both times (nginx will serve them), a 200.
  const problems = [];
  mkdirp(www);
  for (const t of [...texts, large]) {
    t.body = JSON.stringify({ text: t.text });
    t.bodyFile = join(work, `${t.id}.body`);
    writeFileSync(t.bodyFile, t.body);
    const post = async () => { const r = await fetch(`${api}/api/v1/plans/parse`, { method: 'POST', headers, body: t.body }); return [r.status, await r.text()]; };
    const [s1, a1] = await post();
    const [s2, a2] = await post();
    if (s1 !== 200 || s2 !== 200) problems.push(`${t.id}: the import answered ${s1}, ${s2}`);
    if (a1 !== a2) problems.push(`${t.id}: the answer changed between two posts`);
    t.answer = a1;
    t.file = `/${t.id}.json`;
    writeFileSync(join(www, `${t.id}.json`), a1, { mode: 0o644 });
  }

  // nginx answers the same POST with the file of the same name (a static file refuses POST with
  // 405; `error_page 405 =200 $uri` serves it), the body read and dropped as the server reads it.
  const conf = `  server { listen 127.0.0.1:@PORT@; root ${www}; default_type application/json;
    client_max_body_size 8m; location / { error_page 405 =200 $uri; } }\n`;
  const [ngPort, pidFile] = execFileSync('bash', [join(ROOT, 'bench/nginx.sh'), work], { input: conf, encoding: 'utf8' }).trim().split(' ');
  nginxPid = Number(readFileSync(pidFile, 'utf8'));
  const nginx = `http://127.0.0.1:${ngPort}`;
  for (const t of [...texts, large]) {
    const r = await fetch(nginx + t.file, { method: 'POST', headers, body: t.body });
    const got = await r.text();
    if (r.status !== 200 || got !== t.answer) problems.push(`nginx serves ${t.file} to a POST as ${r.status}, ${got.length} bytes: not the same bytes`);
  }
  if (problems.length) throw new Error(problems.join('; '));

  // wrk: each connection posts the texts in turn (the samples) or the one text (the large one).
  const run = (base, set, pathOf) => {
    const script = join(work, `wrk-${set.length}-${pathOf === apiPath ? 'api' : 'nginx'}.lua`);
    const lua = [
      `wrk.method = "POST"`,
      ...Object.entries(headers).map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`),
      `local reqs, n = {}, 0`,
      `local function slurp(p) local f = assert(io.open(p, "rb")); local s = f:read("*a"); f:close(); return s end`,
      // Made in init: wrk.format adds the Host header from wrk.host, which is not set yet while the
      // script's top level runs (nginx answers 400 to an HTTP/1.1 request without it).
      `init = function(args)`,
      ...set.map((t) => `  table.insert(reqs, wrk.format("POST", ${JSON.stringify(pathOf(t))}, nil, slurp(${JSON.stringify(t.bodyFile)})))`),
      `end`,
      `request = function() n = n % #reqs + 1; return reqs[n] end`,
    ].join('\n');
    writeFileSync(script, lua + '\n');
    const out = execFileSync('wrk', ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '30s', '--latency', '-s', script, base], { encoding: 'utf8' });
    const ms = (label) => {
      const m = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
      if (!m) return null;
      return round(Number(m[1]) * { us: 0.001, ms: 1, s: 1000, m: 60000 }[m[2]], 3);
    };
    const num = (re) => Number((out.match(re) || [])[1] || 0);
    return {
      rps: round(num(/Requests\/sec:\s+([\d.]+)/), 1), p50_ms: ms('50'), p99_ms: ms('99'),
      requests: num(/(\d+) requests in/), non2xx: num(/Non-2xx or 3xx responses:\s+(\d+)/),
      socket_errors: (out.match(/Socket errors: (.*)/) || [])[1] || null,
    };
  };
  const apiPath = () => '/api/v1/plans/parse';
  const fileOf = (t) => t.file;
  const measure = (name, set) => {
    log(`${name}: ${set.length} text(s), ${connections} connections, ${duration} s each side`);
    const a = run(api, set, apiPath), n = run(nginx, set, fileOf);
    for (const [who, r] of [['api', a], ['nginx', n]]) {
      if (r.non2xx || r.socket_errors || !(r.rps > 0)) problems.push(`${name} (${who}): ${r.requests} requests, ${r.non2xx} not 2xx, socket errors ${r.socket_errors}`);
    }
    return {
      texts: set.length,
      request_bytes: set.map((t) => Buffer.byteLength(t.body)), response_bytes: set.map((t) => Buffer.byteLength(t.answer)),
      api_rps: a.rps, api_p50_ms: a.p50_ms, api_p99_ms: a.p99_ms, api_requests: a.requests, api_non2xx: a.non2xx,
      nginx_rps: n.rps, nginx_p50_ms: n.p50_ms, nginx_p99_ms: n.p99_ms, nginx_requests: n.requests, nginx_non2xx: n.non2xx,
      vs_nginx: n.rps > 0 ? round(a.rps / n.rps, 4) : null,
    };
  };
  const samples = { ids: texts.map((t) => t.id), ...measure('the samples', texts) };
  const big = { fixtures: large.fixtures, text_bytes: Buffer.byteLength(large.text), ...measure('the large text', [large]) };

  const figures = {
    what: 'POST /api/v1/plans/parse (the Nhập kế hoạch screen\'s import) of `thidua serve` under wrk, as an officer, against nginx answering the same requests with the same bytes',
    run: { started, finished: new Date().toISOString().slice(0, 19) + 'Z', cpus: cpus().length, load_average_start: loadStart, load_average_end: load() },
    endpoint: 'POST /api/v1/plans/parse', connections, threads: 2, duration_s: duration,
    samples, large: big,
  };
  let all = {};
  try { all = JSON.parse(readFileSync(OUT, 'utf8')); } catch { /* a new file */ }
  all.plan_import = figures;
  writeFileSync(OUT, JSON.stringify(all, null, 2) + '\n');
  log(`samples ${samples.api_rps} ÷ ${samples.nginx_rps} rps = ${samples.vs_nginx} (p50 ${samples.api_p50_ms} / p99 ${samples.api_p99_ms} ms); ` +
      `large ${big.text_bytes} B: ${big.api_rps} ÷ ${big.nginx_rps} rps = ${big.vs_nginx} (p50 ${big.api_p50_ms} / p99 ${big.api_p99_ms} ms); wrote ${OUT}`);
  if (problems.length) {
    log(problems.join('; '));
    if (check) process.exitCode = 1;
  }
}

function mkdirp(d) { execFileSync('mkdir', ['-p', d]); chmodSync(d, 0o755); }

main().then(() => process.exit(process.exitCode ?? 0), (e) => { log(e.stack || String(e)); process.exit(1); });
