// The organisation registry through the API: search, history, reorganisations, people, audit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, c;
before(async () => { srv = await startServer(); c = new Client(srv.url); await c.login('admin'); });
after(async () => { await srv.stop(); srv.cleanup(); });

const find = async (q) => (await c.get('/api/v1/units?q=' + encodeURIComponent(q))).body.items;

test('"dong hoi" finds Đồng Hới, dissolved on 2025-03-01, with its history', async () => {
  const items = await find('dong hoi');
  assert.equal(items.length, 1);
  const u = items[0];
  assert.equal(u.name, 'Công an thành phố Đồng Hới');
  assert.equal(u.status, 'dissolved');
  assert.equal(u.valid_to, '2025-02-28');
  const full = (await c.get(`/api/v1/units/${u.id}`)).body;
  const kinds = full.events.map((e) => e.kind);
  assert.deepEqual(kinds, ['create', 'dissolve']);
  assert.equal(full.events[1].date, '2025-03-01');
});

test('search ignores case and diacritics for people: "nguyen van de" finds Nguyễn Văn Đệ', async () => {
  const r = await c.get('/api/v1/people?q=nguyen%20van%20de');
  assert.equal(r.body.total, 1);
  assert.equal(r.body.items[0].full_name, 'Nguyễn Văn Đệ');
  assert.equal(r.body.items[0].current.position, 'Phó Chủ tịch UBND tỉnh');
  const upper = await c.get('/api/v1/people?q=' + encodeURIComponent('BÙI QUANG THANH'));
  assert.equal(upper.body.items[0].current.rank, 'Thiếu tướng');
});

test('the merged province knows its predecessors; the merged ones point to it', async () => {
  const nb = (await find('Công an tỉnh Ninh Bình'))[0];
  const full = (await c.get(`/api/v1/units/${nb.id}`)).body;
  assert.deepEqual(full.predecessors.map((p) => p.name), ['Công an tỉnh Hà Nam', 'Công an tỉnh Nam Định']);
  const merge = full.events.find((e) => e.kind === 'merge');
  assert.equal(merge.date, '2025-07-01');
  assert.equal(merge.document, 'Nghị quyết 202/2025/QH15');
  const hn = full.predecessors[0];
  assert.equal(hn.status, 'merged');
  assert.equal(hn.valid_to, '2025-06-30');
});

test('lists come in Vietnamese order and include units no longer in force', async () => {
  const r = await c.get('/api/v1/units?kind=provincial_police&limit=100');
  const names = r.body.items.map((u) => u.name);
  const sorted = [...names].sort(new Intl.Collator('vi').compare);
  assert.deepEqual(names, sorted);
  assert.ok(names.includes('Công an tỉnh Thái Bình'));
  assert.equal(r.body.total, names.length);
  const page = await c.get('/api/v1/units?kind=provincial_police&limit=2&offset=1');
  assert.deepEqual(page.body.items.map((u) => u.name), names.slice(1, 3));
});

test('the Vĩnh Thuận commune police and its five teams with 19 members', async () => {
  const vt = (await find('Công an xã Vĩnh Thuận'))[0];
  assert.equal(vt.parent_name, 'Công an tỉnh Tây Ninh');
  const teams = (await c.get(`/api/v1/units?parent_id=${vt.id}&kind=grassroots_team`)).body;
  assert.equal(teams.total, 5);
  const members = (await c.get(`/api/v1/people?unit_id=${vt.id}&kind=member&limit=100`)).body;
  assert.equal(members.total, 19);
  const leaders = members.items.filter((p) => p.current.team_role === 'to_truong');
  assert.equal(leaders.length, 5);
});

test('create, rename, move and dissolve a unit; each change is audited with before and after', async () => {
  const na = (await find('Công an tỉnh Nghệ An'))[0];
  const created = await c.post('/api/v1/units', { name: 'Công an xã Nghi Phú', kind: 'commune_police', code: 'NA-NP', parent_id: na.id, valid_from: '2020-01-01' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  const renamed = await c.post(`/api/v1/units/${id}/rename`, { name: 'Công an phường Nghi Phú', date: '2025-07-01', document: 'NQ 1674/NQ-UBTVQH15' });
  assert.equal(renamed.status, 200);
  assert.equal(renamed.body.name, 'Công an phường Nghi Phú');
  const div = (await find('Phòng Tham mưu'))[0];
  const moved = await c.post(`/api/v1/units/${id}/move`, { parent_id: div.id, date: '2025-08-01' });
  assert.equal(moved.status, 200);
  assert.equal(moved.body.parent_id, div.id);
  const gone = await c.post(`/api/v1/units/${id}/dissolve`, { date: '2025-09-01' });
  assert.equal(gone.status, 200);
  assert.equal(gone.body.status, 'dissolved');
  const hist = (await c.get(`/api/v1/units/${id}`)).body.events.map((e) => e.kind);
  assert.deepEqual(hist, ['create', 'rename', 'move', 'dissolve']);
  const log = (await c.get(`/api/v1/audit?unit_id=${id}`)).body.items;
  const rename = log.find((e) => e.action === 'unit.rename');
  assert.equal(rename.before.name, 'Công an xã Nghi Phú');
  assert.equal(rename.after.name, 'Công an phường Nghi Phú');
  assert.equal(rename.username, 'admin');
  assert.equal(log.length, 4);
});

test('reorganisations that break the rules are refused with a clear message and change nothing', async () => {
  const na = (await find('Công an tỉnh Nghệ An'))[0];
  const div = (await find('Phòng Tham mưu'))[0];
  const cycle = await c.post(`/api/v1/units/${na.id}/move`, { parent_id: div.id, date: '2025-08-01' });
  assert.equal(cycle.status, 400);
  assert.match(cycle.body.error.message, /cấp dưới/);
  const early = await c.post('/api/v1/units', { name: 'Xã quá sớm', kind: 'commune_police', code: 'NA-OLD', parent_id: na.id, valid_from: '1990-01-01' });
  assert.equal(early.status, 400);
  assert.match(early.body.error.message, /hiệu lực/);
  const dup = await c.post('/api/v1/units', { name: 'Trùng mã', kind: 'commune_police', code: 'CA-NA', parent_id: na.id, valid_from: '2020-01-01' });
  assert.equal(dup.status, 409);
  // Nghệ An still has people posted: dissolving it is refused.
  const withPeople = await c.post(`/api/v1/units/${na.id}/dissolve`, { date: '2025-09-01' });
  assert.equal(withPeople.status, 409);
  const dissolvedAgain = (await find('dong hoi'))[0];
  const again = await c.post(`/api/v1/units/${dissolvedAgain.id}/rename`, { name: 'X', date: '2025-09-01' });
  assert.equal(again.status, 409);
  const still = (await c.get(`/api/v1/units/${na.id}`)).body;
  assert.equal(still.status, 'active');
  assert.equal(still.parent_name, 'Bộ Công an');
});

test('merging two communes into a new ward moves their people and keeps both histories', async () => {
  const na = (await find('Công an tỉnh Nghệ An'))[0];
  const a = (await c.post('/api/v1/units', { name: 'Công an xã Hưng Lộc', kind: 'commune_police', code: 'NA-HL', parent_id: na.id, valid_from: '2010-01-01' })).body;
  const b = (await c.post('/api/v1/units', { name: 'Công an xã Hưng Hòa', kind: 'commune_police', code: 'NA-HH', parent_id: na.id, valid_from: '2010-01-01' })).body;
  const p = await c.post('/api/v1/people', { full_name: 'Hoàng Văn Nam', kind: 'officer', posting: { unit_id: a.id, rank: 'Thiếu tá', position: 'Trưởng Công an xã', from: '2022-01-01' } });
  assert.equal(p.status, 201, JSON.stringify(p.body));
  const m = await c.post('/api/v1/units/merge', { source_ids: [a.id, b.id], date: '2025-07-01', document: 'NQ 1674', target: { name: 'Công an phường Vinh Lộc', kind: 'commune_police', code: 'NA-VL', parent_id: na.id } });
  assert.equal(m.status, 201, JSON.stringify(m.body));
  const full = (await c.get(`/api/v1/units/${m.body.id}`)).body;
  assert.deepEqual(full.predecessors.map((u) => u.name).sort(), ['Công an xã Hưng Hòa', 'Công an xã Hưng Lộc']);
  const person = (await c.get(`/api/v1/people/${p.body.id}`)).body;
  assert.equal(person.current.unit_name, 'Công an phường Vinh Lộc');
  assert.equal(person.postings.length, 2);
  assert.equal(person.postings[1].to, '2025-06-30');
});

test('people: create, transfer and history; a grassroots member needs a team role', async () => {
  const team = (await find('ấp Thuận Tây'))[0];
  const bad = await c.post('/api/v1/people', { full_name: 'Lê Văn Tèo', kind: 'member', posting: { unit_id: team.id, from: '2025-01-01' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.field, 'team_role');
  const ok = await c.post('/api/v1/people', { full_name: 'Lê Văn Tèo', kind: 'member', birth_year: 1980, posting: { unit_id: team.id, team_role: 'to_vien', from: '2025-01-01' } });
  assert.equal(ok.status, 201);
  const team2 = (await find('ấp Cả Trốt'))[0];
  const moved = await c.post(`/api/v1/people/${ok.body.id}/postings`, { unit_id: team2.id, team_role: 'to_pho', from: '2025-10-01' });
  assert.equal(moved.status, 201);
  const p = (await c.get(`/api/v1/people/${ok.body.id}`)).body;
  assert.equal(p.postings.length, 2);
  assert.equal(p.postings[0].team_role, 'to_pho');
  assert.equal(p.postings[1].to, '2025-09-30');
  const rank = await c.post('/api/v1/people', { full_name: 'X', kind: 'officer', posting: { unit_id: team.id, rank: 'Đại nguyên soái', from: '2025-01-01' } });
  assert.equal(rank.status, 400);
});

test('user management: create, change role, disable; disabled users cannot log in', async () => {
  const na = (await find('Công an tỉnh Nghệ An'))[0];
  const weak = await c.post('/api/v1/users', { username: 'yeu', password: '123', role: 'viewer', unit_id: na.id });
  assert.equal(weak.status, 400);
  const badRole = await c.post('/api/v1/users', { username: 'vai.tro', password: 'MatKhau!12345', role: 'root', unit_id: na.id });
  assert.equal(badRole.status, 400);
  const u = await c.post('/api/v1/users', { username: 'thu.nghiem', password: 'MatKhau!12345', role: 'viewer', unit_id: na.id, full_name: 'Người thử' });
  assert.equal(u.status, 201);
  const dup = await c.post('/api/v1/users', { username: 'thu.nghiem', password: 'MatKhau!12345', role: 'viewer', unit_id: na.id });
  assert.equal(dup.status, 409);
  // Found by full name without diacritics, and by username.
  for (const q of ['nguoi thu', 'NGƯỜI', 'thu.nghiem']) {
    const found = (await c.get('/api/v1/users?q=' + encodeURIComponent(q))).body.items.map((x) => x.username);
    assert.ok(found.includes('thu.nghiem'), `${q}: ${found}`);
  }
  assert.equal((await c.get('/api/v1/users?q=' + encodeURIComponent('nguoi khac'))).body.items.length, 0);
  const other = new Client(srv.url);
  await other.login('thu.nghiem', 'MatKhau!12345');
  const off = await c.patch(`/api/v1/users/${u.body.id}`, { disabled: true });
  assert.equal(off.status, 200);
  assert.equal((await other.get('/api/v1/units')).status, 401, 'the open session ends');
  const again = await new Client(srv.url).post('/api/v1/session', { username: 'thu.nghiem', password: 'MatKhau!12345' });
  assert.equal(again.status, 401);
  const hist = (await c.get(`/api/v1/audit?user_id=1&entity=user`)).body.items;
  assert.ok(hist.some((e) => e.action === 'user.update' && e.after.disabled === true && e.before.disabled === false));
});

test('the audit chain verifies after all these writes', async () => {
  const r = await c.get('/api/v1/audit/verify');
  assert.equal(r.status, 200);
  assert.equal(r.body.ok, true);
  assert.ok(r.body.rows > 10);
});
