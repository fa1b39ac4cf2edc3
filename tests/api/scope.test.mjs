// Roles and unit scopes: a user sees and changes only its own unit's subtree.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, admin, ids = {};
before(async () => {
  srv = await startServer();
  admin = new Client(srv.url);
  await admin.login('admin');
  for (const q of ['Công an tỉnh Nghệ An', 'Công an tỉnh Trà Vinh', 'Công an tỉnh Vĩnh Long', 'Bộ Công an']) {
    const r = await admin.get('/api/v1/units?q=' + encodeURIComponent(q));
    ids[q] = r.body.items.find((u) => u.name === q).id;
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

async function auditCount() { return (await admin.get('/api/v1/audit?limit=1')).body.total; }

test('a reporter of Nghệ An can neither read nor change anything of Trà Vinh', async () => {
  const c = new Client(srv.url);
  await c.login('baocao.nghean');
  const tv = ids['Công an tỉnh Trà Vinh'];
  const read = await c.get(`/api/v1/units/${tv}`);
  assert.ok([403, 404].includes(read.status), `read got ${read.status}`);
  const search = await c.get('/api/v1/units?q=tra%20vinh');
  assert.equal(search.body.total, 0);
  const people = await c.get('/api/v1/people?q=kien%20rinh');
  assert.equal(people.body.total, 0);
  const auditBefore = await auditCount();
  for (const [m, p, b] of [
    ['POST', `/api/v1/units/${tv}/rename`, { name: 'Đổi tên trái phép', date: '2025-06-01' }],
    ['PATCH', `/api/v1/units/${tv}`, { code: 'HACK' }],
    ['POST', '/api/v1/units', { name: 'X', kind: 'division', code: 'TV-X', parent_id: tv, valid_from: '2020-01-01' }],
  ]) {
    const r = await c.req(m, p, b);
    assert.ok([403, 404].includes(r.status), `${m} ${p} got ${r.status}`);
  }
  const unchanged = await admin.get(`/api/v1/units/${tv}`);
  assert.equal(unchanged.body.name, 'Công an tỉnh Trà Vinh');
  assert.equal(unchanged.body.code, 'CA-TV');
  assert.equal(await auditCount(), auditBefore);
});

test('a reporter sees its own province but cannot change the registry', async () => {
  const c = new Client(srv.url);
  await c.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  const r = await c.get(`/api/v1/units/${na}`);
  assert.equal(r.status, 200);
  const people = await c.get('/api/v1/people?q=bui%20quang%20thanh');
  assert.equal(people.body.total, 1);
  const w = await c.post('/api/v1/units', { name: 'Phòng mới', kind: 'division', code: 'NA-X', parent_id: na, valid_from: '2020-01-01' });
  assert.equal(w.status, 403);
  assert.match(w.body.error.message, /không được phép/);
});

test('an officer of Nghệ An creates a unit under Nghệ An but not under Trà Vinh', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const ok = await c.post('/api/v1/units', { name: 'Công an phường Trường Vinh', kind: 'commune_police', code: 'NA-TV1', parent_id: ids['Công an tỉnh Nghệ An'], valid_from: '2025-07-01' });
  assert.equal(ok.status, 201, JSON.stringify(ok.body));
  const no = await c.post('/api/v1/units', { name: 'Công an xã X', kind: 'commune_police', code: 'TV-X1', parent_id: ids['Công an tỉnh Trà Vinh'], valid_from: '2020-01-01' });
  assert.equal(no.status, 403);
  const users = await c.get('/api/v1/users');
  assert.equal(users.status, 200);
  const mk = await c.post('/api/v1/users', { username: 'nguoi.moi', password: 'MatKhau!12345', role: 'viewer', unit_id: ids['Công an tỉnh Nghệ An'] });
  assert.equal(mk.status, 403);
});

test('a merged province stays in the scope of the province it merged into', async () => {
  // Trà Vinh merged into Vĩnh Long on 2025-07-01: a Vĩnh Long user sees Trà Vinh's history.
  const r = await admin.post('/api/v1/users', { username: 'xem.vinhlong', password: 'MatKhau!12345', role: 'viewer', unit_id: ids['Công an tỉnh Vĩnh Long'] });
  assert.equal(r.status, 201);
  const c = new Client(srv.url);
  await c.login('xem.vinhlong', 'MatKhau!12345');
  const tv = await c.get(`/api/v1/units/${ids['Công an tỉnh Trà Vinh']}`);
  assert.equal(tv.status, 200);
  assert.equal(tv.body.status, 'merged');
  assert.equal(tv.body.successor_name, 'Công an tỉnh Vĩnh Long');
  const na = await c.get(`/api/v1/units/${ids['Công an tỉnh Nghệ An']}`);
  assert.ok([403, 404].includes(na.status));
});

test('users listed by an administrator of a province are only those of its subtree', async () => {
  const mk = await admin.post('/api/v1/users', { username: 'admin.nghean', password: 'MatKhau!12345', role: 'admin', unit_id: ids['Công an tỉnh Nghệ An'] });
  assert.equal(mk.status, 201);
  const c = new Client(srv.url);
  await c.login('admin.nghean', 'MatKhau!12345');
  const list = await c.get('/api/v1/users');
  const names = list.body.items.map((u) => u.username).sort();
  assert.deepEqual(names, ['admin.nghean', 'baocao.nghean', 'canbo.nghean']);
  const out = await c.post('/api/v1/users', { username: 'tv.user', password: 'MatKhau!12345', role: 'viewer', unit_id: ids['Công an tỉnh Trà Vinh'] });
  assert.equal(out.status, 403);
  const verify = await c.get('/api/v1/audit/verify');
  assert.equal(verify.status, 403);
});
