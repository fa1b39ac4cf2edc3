// Cold start of one binary on a loaded database, for comparing two builds side by side (bench/README.md,
// "Cold start at scale 0.05"): spawn `BIN serve`, poll /readyz every 10 ms, read VmHWM, then fetch every
// group's 2024 ranking of the manifest (`thidua_nation load --manifest`) and print a hash of the bodies, so
// two binaries can be checked to answer the same bytes.
//   node bench/cold_start.mjs BIN DB_URL MANIFEST
// The server binds a port the kernel gives it (tests/lib/server.mjs spawnServe); a fourth argument
// (the port older command lines gave) is ignored.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnServe } from '../tests/lib/server.mjs';
const [BIN, DB, MAN] = process.argv.slice(2);
const PASSWORD = 'Bench!Admin-2024';
const manifest = JSON.parse(readFileSync(MAN, 'utf8'));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function request(method, path, { body, cookie } = {}) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : null;
    const headers = { 'Content-Type': 'application/json' };
    if (cookie) headers.Cookie = cookie;
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = []; res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
    });
    req.on('error', reject); if (data) req.write(data); req.end();
  });
}
const t0 = now();
const { proc, port } = await spawnServe(BIN, ['--db', DB], { env: { ...process.env, THIDUA_ADMIN_PASSWORD: PASSWORD }, keep: 20000, timeoutMs: 1800000 });
let ready, body;
for (;;) {
  try { const r = await request('GET', '/readyz'); if (r.status === 200) { ready = now() - t0; body = JSON.parse(r.text); break; } } catch {}
  if (proc.exitCode !== null) throw new Error('exited');
  await sleep(10);
}
const st = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
// CPU time the server spent until ready (user + system, clock ticks of 10 ms): steadier than the
// wall time on a loaded machine.
const stat = readFileSync(`/proc/${proc.pid}/stat`, 'utf8').split(') ')[1].split(' ');
const cpu_ms = (Number(stat[11]) + Number(stat[12])) * 10;
const kb = (k) => Number(st.match(new RegExp(`${k}:\\s+(\\d+)`))[1]);
const login = await request('POST', '/api/v1/session', { body: { username: 'admin', password: PASSWORD } });
const cookie = (login.headers['set-cookie'] || []).map((c) => c.split(';')[0]).join('; ');
const h = createHash('sha256'); let bad = 0;
const t1 = now();
for (const g of manifest.groups) {
  const r = await request('GET', `/api/v1/groups/${g.id}/years/2024/ranking`, { cookie });
  if (r.status !== 200) bad++;
  h.update(r.text);
}
const all_ms = now() - t1;
const st2 = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
const hwm2 = Number(st2.match(/VmHWM:\s+(\d+)/)[1]);
proc.kill('SIGTERM');
console.log(JSON.stringify({ bin: BIN, ready_ms: Math.round(ready), cpu_ms, hwm_mb: +(kb('VmHWM') / 1024).toFixed(1), rss_mb: +(kb('VmRSS') / 1024).toFixed(1),
  hwm_after_rankings_mb: +(hwm2 / 1024).toFixed(1), all_rankings_ms: Math.round(all_ms), bad, hash: h.digest('hex').slice(0, 16),
  load: body.load || body, loadavg: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') }));
