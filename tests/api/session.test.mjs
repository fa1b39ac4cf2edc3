// Logging in and out, session cookies, CSRF and the login rate limit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); srv.cleanup(); });

test('healthz answers ok without a session', async () => {
  const r = await fetch(`${srv.url}/healthz`);
  assert.equal(r.status, 200);
  assert.deepEqual(await r.json(), { status: 'ok' });
});

test('every API route but the login answers 401 without a session', async () => {
  const c = new Client(srv.url);
  for (const [m, p] of [['GET', '/api/v1/units'], ['GET', '/api/v1/units/1'], ['GET', '/api/v1/people'],
    ['GET', '/api/v1/users'], ['GET', '/api/v1/audit'], ['POST', '/api/v1/units'], ['GET', '/api/v1/session']]) {
    const r = await c.req(m, p, m === 'POST' ? {} : undefined);
    assert.equal(r.status, 401, `${m} ${p}`);
    assert.equal(r.body.error.code, 'unauthorized');
  }
});

test('login sets an HttpOnly SameSite=Strict cookie and returns the user and a CSRF token', async () => {
  const c = new Client(srv.url);
  const r = await c.login('admin');
  const cookie = r.headers.get('set-cookie');
  assert.match(cookie, /thidua_session=[0-9a-f]{64}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.match(cookie, /Max-Age=\d+/);
  assert.equal(r.body.user.username, 'admin');
  assert.equal(r.body.user.role, 'admin');
  assert.ok(!('password_hash' in r.body.user));
  assert.match(r.body.csrf_token, /^[0-9a-f]{64}$/);
  const me = await c.get('/api/v1/session');
  assert.equal(me.status, 200);
  assert.equal(me.body.user.username, 'admin');
});

test('wrong credentials answer 401 with a Vietnamese message', async () => {
  const c = new Client(srv.url);
  const r = await c.post('/api/v1/session', { username: 'canbo.bo', password: 'sai-mat-khau' });
  assert.equal(r.status, 401);
  assert.match(r.body.error.message, /Sai tên đăng nhập hoặc mật khẩu/);
  const none = await c.post('/api/v1/session', { username: 'khong.ton.tai', password: 'x' });
  assert.equal(none.status, 401);
});

test('a write without the CSRF token is refused and changes nothing', async () => {
  const c = new Client(srv.url);
  await c.login('admin');
  const before = (await c.get('/api/v1/units?q=xa%20thu%20csrf')).body.total;
  const body = { name: 'Công an xã Thử CSRF', kind: 'commune_police', code: 'CSRF-1', parent_id: 2, valid_from: '2020-01-01' };
  const r = await c.post('/api/v1/units', body, { csrf: false });
  assert.equal(r.status, 403);
  assert.equal(r.body.error.code, 'csrf');
  const wrong = await c.post('/api/v1/units', body, { csrf: false, headers: { 'x-csrf-token': 'a'.repeat(64) } });
  assert.equal(wrong.status, 403);
  assert.equal((await c.get('/api/v1/units?q=xa%20thu%20csrf')).body.total, before);
});

test('logout ends the session', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.bo');
  const cookie = c.cookie;
  const r = await c.del('/api/v1/session');
  assert.equal(r.status, 204);
  c.cookie = cookie; // replaying the old cookie does not work
  assert.equal((await c.get('/api/v1/units')).status, 401);
});

test('repeated failed logins for a user are rate-limited, even with the right password', async () => {
  const c = new Client(srv.url);
  for (let i = 0; i < 5; i++) {
    const r = await c.post('/api/v1/session', { username: 'xem.hungyen', password: 'wrong-' + i });
    assert.equal(r.status, 401);
  }
  const limited = await c.post('/api/v1/session', { username: 'xem.hungyen', password: PASSWORD });
  assert.equal(limited.status, 429);
  assert.equal(limited.body.error.code, 'too_many_requests');
  // Another user from the same address is not locked out by that.
  const other = new Client(srv.url);
  await other.login('hoidong.bo');
});

test('the login limit holds across app instances on the same database', async () => {
  // A second instance on the very same database, as behind a load balancer.
  const second = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  try {
    const a = new Client(srv.url), b = new Client(second.url);
    // Failures spread over both instances add up: 3 here, 2 there.
    for (let i = 0; i < 5; i++) {
      const r = await (i % 2 ? b : a).post('/api/v1/session', { username: 'baocao.travinh', password: 'sai-' + i });
      assert.equal(r.status, 401);
    }
    for (const c of [a, b]) {
      const limited = await c.post('/api/v1/session', { username: 'baocao.travinh', password: PASSWORD });
      assert.equal(limited.status, 429);
    }
  } finally {
    await second.stop();
  }
});

test('the login and logout are in the audit log with the address', async () => {
  const c = new Client(srv.url);
  await c.login('admin');
  const r = await c.get('/api/v1/audit?entity=user&limit=100');
  assert.equal(r.status, 200);
  const login = r.body.items.find((e) => e.action === 'session.login');
  assert.ok(login);
  assert.equal(login.address, '127.0.0.1');
});

test('many logins at once do not each hold the password hash\'s memory: the server\'s peak stays bounded', async () => {
  // Each argon2 verification takes 19 MiB while it runs. 32 clients logging in at once (a
  // deadline rush's clients starting) once took 32 × 19 MiB beside everything else; they now take
  // their turns, a few at a time, and every login still succeeds.
  const hwm = () => Number(readFileSync(`/proc/${srv.proc.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1]) / 1024;
  await new Client(srv.url).login('admin');  // the first verification's memory counted before
  const before = hwm();
  const results = await Promise.all(Array.from({ length: 32 }, () => new Client(srv.url).login('admin')));
  assert.equal(results.filter((r) => r.status === 200).length, 32);
  const grew = hwm() - before;
  assert.ok(grew < 8 * 19, `the peak grew by ${grew.toFixed(1)} MB for 32 logins at once`);
});
