// The national view is kept as made while the data versions it is keyed on stand still
// (docs/consistency.md): a unit moved, a group's members changed or another scheme bound moves
// them, and the view shows the change at once in the instance that wrote it and within the
// stated bound (200 ms recheck + one statement) in another instance on the same database; a
// login or a person's record edited moves none, so the stored view — named by its ETag — stays
// the same making here and there. Two servers on one database (SQLite: two processes on one
// file; PostgreSQL with THIDUA_TEST_DB=postgres).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { CLUSTER5_SCHEME, findCluster5, importCluster5Scheme } from '../lib/cluster5.mjs';

const BOUND_MS = 200;  // NationalViews::kRecheck
const pastBound = () => new Promise((r) => setTimeout(r, 2 * BOUND_MS));

let srv, second, admin, bo, boThere, naHere, naThere, gid, province, nghean, districts, block, person;

// `c`, the same user, on the other instance (sessions live in the database).
function on(server, c) {
  const x = new Client(server.url);
  x.cookie = c.cookie;
  x.csrf = c.csrf;
  return x;
}

before(async () => {
  srv = await startServer();
  second = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  admin = new Client(srv.url);
  await admin.login('admin');
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  boThere = on(second, bo);
  naHere = new Client(srv.url);
  await naHere.login('canbo.nghean');
  naThere = on(second, naHere);
  ({ gid } = await findCluster5(bo));
  await importCluster5Scheme(bo, gid);
  const provinces = (await bo.get('/api/v1/units?kind=provincial_police&limit=100')).body.items;
  nghean = provinces.find((u) => u.name === 'Công an tỉnh Nghệ An').id;
  province = provinces.find((u) => u.name === 'Công an tỉnh Hà Tĩnh')?.id ?? provinces.find((u) => u.id !== nghean).id;
  // A block of district police of another province, organised by that province: two members,
  // two more districts of the province.
  districts = [];
  for (const [k, name] of ['Thử Một', 'Thử Hai', 'Thử Ba', 'Thử Bốn'].entries()) {
    const u = await admin.post('/api/v1/units', { name: `Công an huyện ${name}`, kind: 'district_police', code: `NV-D${k}`, parent_id: province, valid_from: '2020-01-01' });
    assert.equal(u.status, 201, JSON.stringify(u.body));
    districts.push(u.body.id);
  }
  const g = await bo.post('/api/v1/groups', { name: 'Khối Công an huyện thử', kind: 'block', year: 2024, organiser_unit_id: province, member_unit_ids: districts.slice(0, 2) });
  assert.equal(g.status, 201, JSON.stringify(g.body));
  block = g.body.id;
  const p = await bo.post('/api/v1/people', { full_name: 'Nguyễn Văn Hồ Sơ', kind: 'officer', posting: { unit_id: districts[2], from: '2020-01-01', position: 'Cán bộ' } });
  assert.equal(p.status, 201, JSON.stringify(p.body));
  person = p.body.id;
});
after(async () => { await second?.stop(); await srv?.stop(); srv?.cleanup(); });

const national = async (c) => {
  const r = await c.get('/api/v1/rankings/national?year=2024');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r;
};
const group = (r, id) => r.body.groups.find((g) => g.group_id === id);

test("a unit moved under Nghệ An brings its block into Nghệ An's view at once here, within the bound there", async () => {
  assert.equal(group(await national(naHere), block), undefined, 'the block has no unit of Nghệ An yet');
  assert.equal(group(await national(naThere), block), undefined);
  const held = (await national(naThere)).headers.get('etag');
  const m = await admin.post(`/api/v1/units/${districts[0]}/move`, { parent_id: nghean, date: '2024-06-01' });
  assert.equal(m.status, 200, JSON.stringify(m.body));
  const here = group(await national(naHere), block);
  assert.ok(here, "the moved district's block is in Nghệ An's view at once");
  assert.equal(here.members, 2);
  await pastBound();
  const there = await national(naThere);
  assert.notEqual(there.headers.get('etag'), held);
  assert.deepEqual(group(there, block), here, 'the other instance shows it within the bound');
});

test("a group's members changed show in the view at once here, within the bound there", async () => {
  assert.equal(group(await national(boThere), block).members, 2);
  // The first district now belongs to Nghệ An (the test above): the province's other three.
  const r = await bo.patch(`/api/v1/groups/${block}/years/2024`, { member_unit_ids: districts.slice(1) });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const here = group(await national(bo), block);
  assert.equal(here.members, 3);
  await pastBound();
  assert.deepEqual(group(await national(boThere), block), here);
});

test('another scheme bound to a cluster shows in the view at once here, within the bound there', async () => {
  assert.equal(group(await national(boThere), gid).scheme.version, CLUSTER5_SCHEME.version);
  const next = { ...CLUSTER5_SCHEME, version: CLUSTER5_SCHEME.version + 1, name: `${CLUSTER5_SCHEME.name} (sửa đổi)` };
  const s = await bo.post('/api/v1/scoring-schemes', { scheme: next });
  assert.equal(s.status, 201, JSON.stringify(s.body));
  assert.equal((await bo.post(`/api/v1/groups/${gid}/years/2024/scheme`, { scheme_id: s.body.id })).status, 200);
  const here = group(await national(bo), gid);
  assert.equal(here.scheme.id, s.body.id);
  assert.equal(here.scheme.version, next.version);
  await pastBound();
  assert.deepEqual(group(await national(boThere), gid), here);
});

test("a login or a person's record edited leaves the stored view as made, here and there", async () => {
  const here = await national(bo);
  const there = await national(boThere);
  const naWas = (await national(naHere)).headers.get('etag');
  await new Client(srv.url).login('canbo.nghean');
  await new Client(second.url).login('canbo.bo');
  const e = await bo.patch(`/api/v1/people/${person}`, { full_name: 'Nguyễn Văn Hồ Sơ Mới', birth_year: 1985 });
  assert.equal(e.status, 200, JSON.stringify(e.body));
  const still = await national(bo);
  assert.equal(still.headers.get('etag'), here.headers.get('etag'), 'made again after writes that move no version');
  assert.equal(still.text, here.text);
  await pastBound();
  assert.equal((await national(bo)).headers.get('etag'), here.headers.get('etag'), 'made again at the recheck');
  assert.equal((await national(naHere)).headers.get('etag'), naWas);
  const thereNow = await national(boThere);
  assert.equal(thereNow.headers.get('etag'), there.headers.get('etag'), 'the other instance made it again');
  assert.equal(thereNow.text, there.text);
});
