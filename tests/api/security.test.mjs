// Issue 13: headers on every answer, garbage refused, references resolved with the reader's
// scope, a login limit that cannot lock real users out, and sessions the user controls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';

let srv, admin, unit = {};
// Behind a "proxy" on loopback: X-Forwarded-For decides the client's address.
before(async () => {
  srv = await startServer({ extraEnv: { THIDUA_TRUSTED_PROXIES: '127.0.0.1' } });
  admin = new Client(srv.url);
  await admin.login('admin');
  for (const code of ['CA-NA', 'CA-TV', 'BCA']) {
    const r = await admin.get('/api/v1/units?q=' + encodeURIComponent(code));
    unit[code] = r.body.items.find((u) => u.code === code)?.id;
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

const auditTotal = async () => (await admin.get('/api/v1/audit?limit=1')).body.total;
const from = (addr) => ({ headers: { 'x-forwarded-for': addr } });

function checkSecurityHeaders(h, what) {
  const csp = h.get('content-security-policy') || '';
  assert.match(csp, /frame-ancestors 'none'/, `${what}: CSP with frame-ancestors`);
  const script = /script-src ([^;]*)/.exec(csp)?.[1] || '';
  assert.equal(script.trim(), "'self'", `${what}: script-src only 'self' (no inline script)`);
  assert.match(csp, /object-src 'none'/);
  assert.equal(h.get('referrer-policy'), 'no-referrer', what);
  assert.equal(h.get('x-content-type-options'), 'nosniff', what);
  assert.equal(h.get('x-frame-options'), 'DENY', what);
}

test('every kind of answer carries the security headers; API answers are not cached', async () => {
  const html = await fetch(srv.url + '/');
  const body = await html.text();
  checkSecurityHeaders(html.headers, 'HTML');
  // The page itself has no inline script for the policy to need.
  for (const m of body.matchAll(/<script\b([^>]*)>/g)) assert.match(m[1], /\bsrc=/, 'no inline <script>');
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(body)?.[1];
  if (asset) {
    const a = await fetch(srv.url + asset);
    assert.equal(a.status, 200);
    checkSecurityHeaders(a.headers, 'asset');
  }
  const api200 = await admin.get('/api/v1/meta');
  assert.equal(api200.status, 200);
  checkSecurityHeaders(api200.headers, 'API 200');
  assert.equal(api200.headers.get('cache-control'), 'no-store');
  const api401 = await fetch(srv.url + '/api/v1/units');
  assert.equal(api401.status, 401);
  checkSecurityHeaders(api401.headers, 'API 401');
  assert.equal(api401.headers.get('cache-control'), 'no-store');
  const api404 = await admin.get('/api/v1/no-such-route');
  assert.equal(api404.status, 404);
  checkSecurityHeaders(api404.headers, 'API 404');
  assert.equal(api404.headers.get('cache-control'), 'no-store');
  const api400 = await admin.post('/api/v1/units', { name: 5 });
  assert.equal(api400.status, 400);
  checkSecurityHeaders(api400.headers, 'API 400');
  assert.equal(api400.headers.get('cache-control'), 'no-store');
  const login = await new Client(srv.url).post('/api/v1/session', { username: 'admin', password: PASSWORD });
  assert.equal(login.headers.get('cache-control'), 'no-store');
  assert.equal(login.headers.get('strict-transport-security'), null, 'no HSTS over plain HTTP');
});

test('HSTS when THIDUA_SECURE_COOKIE=1', async () => {
  const s = await startServer({ demo: false, extraEnv: { THIDUA_SECURE_COOKIE: '1' } });
  try {
    for (const p of ['/', '/api/v1/units']) {
      const r = await fetch(s.url + p);
      assert.match(r.headers.get('strict-transport-security') || '', /max-age=\d{7,}/, p);
      checkSecurityHeaders(r.headers, p);
    }
  } finally { await s.stop(); s.cleanup(); }
});

test('an unknown unit is a clean 404, never the database text', async () => {
  const period = { kind: 'month', year: 2024, month: 3 };
  for (const [path, body] of [['/api/v1/report-deadlines', { organiser_unit_id: 999999, period, deadline: '2024-04-05' }],
    ['/api/v1/report-locks', { organiser_unit_id: 999999, period }]]) {
    const r = await admin.post(path, body);
    assert.equal(r.status, 404, `${path}: ${r.text}`);
    assert.doesNotMatch(r.text, /FOREIGN|constraint|SQL|sqlite|INSERT|\/work\/|\.cpp/i);
  }
});

test('garbage bodies are refused with the error body and change nothing', async () => {
  const before = await auditTotal();
  const post = (raw, type = 'application/json') => admin.req('POST', '/api/v1/units', undefined, { raw, headers: { 'content-type': type } });
  const good = (extra = '') => `{"name":"Xã rác","kind":"commune_police","code":"RAC1","parent_id":${unit['CA-NA']},"valid_from":"2020-01-01"${extra}}`;
  const cases = {
    'duplicated key': good(',"name":"Xã khác"'),
    'duplicated nested key': `{"full_name":"A","kind":"officer","posting":{"unit_id":${unit['CA-NA']},"unit_id":${unit['CA-TV']},"from":"2020-01-01"}}`,
    '2^63': good().replace(`"parent_id":${unit['CA-NA']}`, '"parent_id":9223372036854775808'),
    '1e309': good().replace(`"parent_id":${unit['CA-NA']}`, '"parent_id":1e309'),
    '-1 for an id': good().replace(`"parent_id":${unit['CA-NA']}`, '"parent_id":-1'),
    '10,000-deep nesting': '{"name":' + '['.repeat(10000) + ']'.repeat(10000) + '}',
    '1 MB string': good().replace('"Xã rác"', JSON.stringify('x'.repeat(1 << 20))),
  };
  for (const [what, raw] of Object.entries(cases)) {
    const r = raw.includes('full_name') ? await admin.req('POST', '/api/v1/people', undefined, { raw, headers: { 'content-type': 'application/json' } }) : await post(raw);
    assert.ok(r.status >= 400 && r.status < 500, `${what}: ${r.status}`);
    assert.equal(typeof r.body?.error?.message, 'string', what);
  }
  const dup = await post(good(',"name":"Xã khác"'));
  assert.equal(dup.body.error.field, 'name');
  const invalidUtf8 = await post(Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
  assert.equal(invalidUtf8.status, 400);
  // A form or text/plain body (what a cross-site form can send without a preflight).
  const plain = await post(good(), 'text/plain');
  assert.equal(plain.status, 415);
  assert.equal(plain.body.error.code, 'unsupported_media_type');
  const textLogin = await new Client(srv.url).req('POST', '/api/v1/session', undefined,
    { raw: JSON.stringify({ username: 'admin', password: PASSWORD }), headers: { 'content-type': 'text/plain' } });
  assert.equal(textLogin.status, 415);
  assert.equal(textLogin.headers.get('set-cookie'), null);
  assert.equal(await auditTotal(), before, 'nothing written');
  assert.equal((await fetch(srv.url + '/healthz')).status, 200);
});

test("references resolve only to people the writer may read; errors name nobody outside the scope", async () => {
  const na = new Client(srv.url);
  await na.login('canbo.nghean');
  const tvPerson = (await admin.get('/api/v1/people?q=kien%20rinh')).body.items[0];
  const naPerson = (await admin.get('/api/v1/people?q=bui%20quang%20thanh')).body.items[0];
  assert.ok(tvPerson && naPerson, 'the demo has people in both provinces');
  assert.equal((await na.get('/api/v1/people/' + tvPerson.id)).status, 404);
  const movement = (chair) => ({
    kind: 'special', name: 'Phong trào kiểm tra tham chiếu ' + chair, organiser_unit_ids: [unit['CA-NA']],
    launch: { date: '2024-10-18', chairs: [{ person_id: chair }] }, start: '2024-10-18', end: '2025-08-19',
    phases: [{ ordinal: 1, start: '2024-10-18', end: '2025-08-19' }],
  });
  const out = await na.post('/api/v1/movements', movement(tvPerson.id));
  assert.equal(out.status, 400, out.text);
  assert.ok(!out.text.includes(tvPerson.full_name), 'the out-of-scope name is not echoed');
  const unknown = await na.post('/api/v1/movements', movement(99999999));
  assert.equal(unknown.body.error.message.replace(/\d+/g, 'N'), out.body.error.message.replace(/\d+/g, 'N'),
    'an out-of-scope person looks exactly like an unknown one');
  const inScope = await na.post('/api/v1/movements', movement(naPerson.id));
  assert.equal(inScope.status, 201, inScope.text);
  assert.equal(inScope.body.launch.chairs[0].name, naPerson.full_name);

  const reg = await na.post('/api/v1/registrations', { year: 2024, unit_id: unit['CA-NA'], person_id: tvPerson.id, title_code: 'chien_si_thi_dua_co_so' });
  assert.ok(reg.status >= 400 && reg.status < 500, reg.text);
  assert.ok(!reg.text.includes(tvPerson.full_name), 'the registration error names nobody outside the scope');

  // Authorisation before validation: bad values for a unit outside the scope are a 403, not a
  // description of what is wrong with them.
  const rep = await na.post('/api/v1/reports', { unit_id: unit['CA-TV'], period: { kind: 'month', year: 2024, month: 1 }, values: { no_such: -1 } });
  assert.equal(rep.status, 403, rep.text);
});

test('the login limit slows one address without locking the user out elsewhere; admins see it', async () => {
  const attacker = new Client(srv.url), user = new Client(srv.url);
  for (let i = 0; i < 5; i++) {
    const r = await attacker.post('/api/v1/session', { username: 'xem.hungyen', password: 'sai-mat-khau-' + i }, from('203.0.113.7'));
    assert.equal(r.status, 401);
  }
  const limited = await attacker.post('/api/v1/session', { username: 'xem.hungyen', password: PASSWORD }, from('203.0.113.7'));
  assert.equal(limited.status, 429);
  assert.ok(+limited.headers.get('retry-after') > 0);
  // The real user, from their own address, logs in.
  const ok = await user.post('/api/v1/session', { username: 'xem.hungyen', password: PASSWORD }, from('198.51.100.20'));
  assert.equal(ok.status, 200, ok.text);
  // A forged X-Forwarded-For from an untrusted peer is ignored: covered by client_address's unit test.
  const state = await admin.get('/api/v1/login-limits');
  assert.equal(state.status, 200);
  const pair = state.body.items.find((i) => i.subject === 'pair:xem.hungyen|203.0.113.7');
  assert.ok(pair && pair.failures === 5 && pair.wait_seconds > 0, JSON.stringify(state.body.items));
  const notAdmin = new Client(srv.url);
  await notAdmin.login('canbo.bo');
  assert.equal((await notAdmin.get('/api/v1/login-limits')).status, 403);
});

test('an unknown username costs about as much time as a real one', async () => {
  const time = async (username) => {
    const t = process.hrtime.bigint();
    await new Client(srv.url).post('/api/v1/session', { username, password: 'khong-dung-dau' }, from('192.0.2.' + (Math.random() * 200 + 1 | 0)));
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const real = [], unknown = [];
  for (let i = 0; i < 3; i++) { real.push(await time('hoidong.bo')); unknown.push(await time('khong-ton-tai-' + i)); }
  const med = (a) => a.sort((x, y) => x - y)[1];
  assert.ok(med(unknown) > med(real) * 0.4, `unknown ${med(unknown)} ms vs real ${med(real)} ms`);
});

test('users change their own password; other sessions end; common passwords refused', async () => {
  const a = new Client(srv.url), b = new Client(srv.url);
  await a.login('baocao.travinh');
  await b.login('baocao.travinh');
  const wrong = await a.post('/api/v1/session/password', { current_password: 'not-the-one-123', new_password: 'Mot!MatKhau-Moi-2026' });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.error.field, 'current_password');
  const common = await a.post('/api/v1/session/password', { current_password: PASSWORD, new_password: 'Password@123' });
  assert.equal(common.status, 400);
  assert.equal(common.body.error.field, 'password');
  const changed = await a.post('/api/v1/session/password', { current_password: PASSWORD, new_password: 'Mot!MatKhau-Moi-2026' });
  assert.equal(changed.status, 200, changed.text);
  assert.equal(changed.body.other_sessions_ended, 1);
  assert.equal((await a.get('/api/v1/session')).status, 200, 'this session goes on');
  assert.equal((await b.get('/api/v1/session')).status, 401, 'the other session ended');
  const c = new Client(srv.url);
  await c.login('baocao.travinh', 'Mot!MatKhau-Moi-2026');
  // An administrator ends every session of a user.
  const ended = await admin.del('/api/v1/users/' + c.user.id + '/sessions');
  assert.equal(ended.status, 200, ended.text);
  assert.ok(ended.body.sessions_ended >= 2);
  assert.equal((await c.get('/api/v1/session')).status, 401);
  assert.equal((await a.get('/api/v1/session')).status, 401);
  // A disabled user's session ends at once.
  const d = new Client(srv.url);
  await d.login('xem.hungyen');
  assert.equal((await admin.patch('/api/v1/users/' + d.user.id, { disabled: true })).status, 200);
  assert.equal((await d.get('/api/v1/session')).status, 401);
  assert.equal((await admin.patch('/api/v1/users/' + d.user.id, { disabled: false })).status, 200);
});
