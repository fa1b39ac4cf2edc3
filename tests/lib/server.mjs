// Starts a real thidua server on a free loopback port for a test file, and stops it after.
// The database comes from THIDUA_TEST_DB ("sqlite" by default, or a postgresql:// URL whose
// database is created fresh for each server).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = process.env.THIDUA_BIN || join(ROOT, 'build/thidua');
export const PASSWORD = 'Demo!Passw0rd';

let pgCounter = 0;
// A database URL for a fresh, empty database of the kind under test.
export function freshDbUrl(dir) {
  const base = process.env.THIDUA_TEST_PG_URL;
  if ((process.env.THIDUA_TEST_DB || 'sqlite') === 'postgres') {
    const name = `t_${process.pid}_${Date.now()}_${pgCounter++}`;
    execFileSync('psql', [base, '-q', '-c', `CREATE DATABASE ${name}`]);
    return base.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  }
  return `sqlite:${join(dir, 'thidua.db')}`;
}

// `thidua serve` told port 0: it binds a port the kernel gives it and says which in its "serving"
// line (written once it listens, before the scores are loaded). Resolves with { proc, port, url, log }
// when that line is read; rejects with the output when the server exits first or `timeoutMs` passes.
// No port is asked for first and bound later: another process's connection (a PostgreSQL run has
// many) could take it in between. `args`: serve's arguments besides --host and --port; `keep`: how
// much of the output log() keeps (its last characters); `onOutput`: called with each chunk of it.
export function spawnServe(bin, args, { env = process.env, timeoutMs = 60000, keep = Infinity, onOutput } = {}) {
  const proc = spawn(bin, ['serve', ...args, '--host', '127.0.0.1', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`server did not start:\n${log}`)); }, timeoutMs);
    let port = 0;
    const took = (d) => {
      log += d;
      onOutput?.(d);
      const m = !port && /thidua serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        port = Number(m[1]);
        resolve({ proc, port, url: `http://127.0.0.1:${port}`, log: () => log });
      }
      if (log.length > keep) log = log.slice(-keep);
    };
    proc.stdout.on('data', took);
    proc.stderr.on('data', took);
    proc.once('error', (e) => { clearTimeout(timer); reject(e); });
    // 'close', not 'exit': the exit can come before its last words are read.
    proc.once('close', (code, signal) => { clearTimeout(timer); reject(new Error(`server exited ${code ?? signal}:\n${log}`)); });
  });
}

export async function startServer({ demo = true, dbUrl, extraEnv = {}, dir, startMs = 60000 } = {}) {
  dir = dir || mkdtempSync(join(tmpdir(), 'thidua-test-'));
  dbUrl = dbUrl || freshDbUrl(dir);
  const args = ['--db', dbUrl];
  // demo: true — the registry, launches and demo users only (`--demo-minimal`: tests build their own
  // situations on it); 'world' — the whole living demo world, as `make run` seeds it.
  if (demo) args.push('--demo');
  if (demo === true) args.push('--demo-minimal');
  const deadline = Date.now() + startMs;
  const { proc, port, url, log } = await spawnServe(BIN, args, {
    env: { ...process.env, THIDUA_ADMIN_PASSWORD: PASSWORD, THIDUA_DEMO_PASSWORD: PASSWORD, ...extraEnv },
    timeoutMs: startMs,
  });
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited ${proc.exitCode}:\n${log()}`);
    try { const r = await fetch(`${url}/healthz`); if (r.ok) break; } catch { /* not yet */ }
    if (Date.now() > deadline) { proc.kill('SIGKILL'); throw new Error(`server did not start:\n${log()}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, port, dbUrl, dir, proc, log,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode !== null) return proc.exitCode;
      const done = new Promise((r) => proc.once('exit', (code) => r(code)));
      proc.kill(signal);
      return done;
    },
    cleanup() { try { rmSync(dir, { recursive: true, force: true }); } catch { /* ignore */ } },
  };
}

// A logged-in API client: keeps the cookie and sends the CSRF token on writes.
export class Client {
  constructor(url) { this.url = url; this.cookie = ''; this.csrf = ''; }
  async login(username, password = PASSWORD) {
    const r = await this.req('POST', '/api/v1/session', { username, password });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${JSON.stringify(r.body)}`);
    this.csrf = r.body.csrf_token;
    this.user = r.body.user;
    return r;
  }
  async req(method, path, body, { csrf = true, headers = {}, raw } = {}) {
    const h = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (csrf && this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    let payload;
    if (raw !== undefined) payload = raw;
    else if (body !== undefined) { payload = JSON.stringify(body); h['content-type'] = 'application/json'; }
    const r = await fetch(this.url + path, { method, headers: h, body: payload });
    const sc = r.headers.get('set-cookie');
    if (sc) { const m = /thidua_session=([^;]*)/.exec(sc); if (m) this.cookie = m[1] ? `thidua_session=${m[1]}` : ''; }
    const text = await r.text();
    let json; try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
    return { status: r.status, body: json, text, headers: r.headers };
  }
  get(p, o) { return this.req('GET', p, undefined, o); }
  post(p, b, o) { return this.req('POST', p, b, o); }
  patch(p, b, o) { return this.req('PATCH', p, b, o); }
  del(p, o) { return this.req('DELETE', p, undefined, o); }
}
