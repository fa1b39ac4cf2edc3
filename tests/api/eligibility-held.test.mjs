// The eligibility list is answered from the commendation record the server holds between requests
// (storage/held_records.h, docs/consistency.md "The commendation record"): an evaluation, an award
// made by a decision, a discipline and a posting moved through the API are each in the very next
// eligibility answer, in the instance that wrote it and in another instance on the same database
// (two servers on one database: SQLite, two processes on one file; PostgreSQL with
// THIDUA_TEST_DB=postgres). The route's scope is unchanged: Trà Vinh still reads no Hưng Yên list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { unitId, personId, sameUserOn as on } from '../lib/lookup.mjs';

let srv, second, bo, hy, hyCouncil, tv, hyThere, boThere;
const unit = {};
const person = {};

before(async () => {
  srv = await startServer({ demo: 'world' });
  second = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyCouncil = await login('hoidong.hungyen');
  tv = await login('baocao.travinh');
  hyThere = on(second, hy);
  boThere = on(second, bo);
  for (const [k, n] of [['HY', 'Công an tỉnh Hưng Yên'], ['HP', 'Công an thành phố Hải Phòng'], ['PV01', 'Phòng Tham mưu, Công an tỉnh Hưng Yên']])
    unit[k] = await unitId(bo, n);
  for (const n of ['Nguyễn Văn Long', 'Phạm Thị Hương']) person[n] = await personId(bo, n);
});
after(async () => { await second?.stop(); await srv?.stop(); srv?.cleanup(); });

async function list(c, title, unitId, year = 2025) {
  const r = await c.get(`/api/v1/eligibility?title=${title}&year=${year}&unit_id=${unitId}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}
const item = (l, id) => l.items.find((i) => i.subject.id === id);

test('an evaluation, an award by decision and a discipline are each in the next list here and on the other server', async () => {
  const long = person['Nguyễn Văn Long'];
  // Not rated for 2025 yet: not eligible for Chiến sĩ tiên tiến, here and there (both hold the year now).
  for (const c of [hy, hyThere]) {
    const l = await list(c, 'chien_si_tien_tien', unit.HY);
    assert.equal(item(l, long).eligible, false);
    assert.equal(item(l, long).held, false);
  }
  let r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: long, year: 2025, level: 'xuat_sac' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) assert.equal(item(await list(c, 'chien_si_tien_tien', unit.HY), long).eligible, true);

  // The award, through a dossier, a council and a decision: held in 2025.
  const p = (await hy.post('/api/v1/proposals', { unit_id: unit.PV01, year: 2025,
    items: [{ subject_kind: 'person', subject_id: long, code: 'chien_si_tien_tien' }] })).body;
  for (const step of ['submit', 'receive', 'check', 'to_council']) {
    r = await hy.post(`/api/v1/proposals/${p.id}/steps`, { step });
    assert.equal(r.status, 200, `${step}: ${JSON.stringify(r.body)}`);
  }
  const users = (await bo.get('/api/v1/users?limit=100')).body.items;
  const uid = (n) => users.find((u) => u.username === n).id;
  r = await hy.post(`/api/v1/proposals/${p.id}/council`, { meeting_date: '2025-12-20', members: [uid('canbo.hungyen'), uid('hoidong.hungyen')] });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hyCouncil, hy]) assert.equal((await c.post(`/api/v1/proposals/${p.id}/ballot`, { votes: [{ item_id: p.items[0].id, approve: true }] })).status, 200);
  assert.equal((await hy.post(`/api/v1/proposals/${p.id}/council/close`)).status, 200);
  r = await hy.post(`/api/v1/proposals/${p.id}/decision`, { number: '977/QĐ-CAT-PX01', date: '2026-01-05', signer: 'Đại tá Nguyễn Thanh Trường', signer_position: 'Giám đốc Công an tỉnh' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) assert.equal(item(await list(c, 'chien_si_tien_tien', unit.HY), long).held, true);
  // The Ministry's list (another scope of the same held year) has it too.
  for (const c of [bo, boThere]) assert.equal(item(await list(c, 'chien_si_tien_tien', unit.HY), long).held, true);

  // A reprimand of 2025: no longer eligible (the title already given is flagged, not changed).
  r = await hy.post('/api/v1/discipline', { subject_kind: 'person', subject_id: long, form: 'khien_trach', date: '2025-11-03', reason: 'Vi phạm điều lệnh' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const l = item(await list(c, 'chien_si_tien_tien', unit.HY), long);
    assert.equal(l.eligible, false);
    assert.match(l.unmet, /khiển trách|Khiển trách/i);
  }
});

test("a posting moved to Hải Phòng puts the officer in Hải Phòng's list of the year at once, here and there", async () => {
  const huong = person['Phạm Thị Hương'];
  for (const c of [bo, boThere]) {
    assert.equal(item(await list(c, 'chien_si_tien_tien', unit.HP), huong), undefined);
    assert.ok(item(await list(c, 'chien_si_tien_tien', unit.HY), huong));
  }
  const r = await bo.post(`/api/v1/people/${huong}/postings`, { unit_id: unit.HP, from: '2025-09-01', position: 'Cán bộ' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [bo, boThere]) {
    const tb = item(await list(c, 'chien_si_tien_tien', unit.HP), huong);
    assert.ok(tb, 'in Hải Phòng from September');
    assert.equal(tb.subject.unit_id, unit.HP);
    assert.ok(item(await list(c, 'chien_si_tien_tien', unit.HY), huong), 'and in Hưng Yên until August');
  }
});

test("the route's scope is unchanged: Trà Vinh reads no Hưng Yên list, here or there", async () => {
  assert.equal((await tv.get(`/api/v1/eligibility?title=chien_si_tien_tien&year=2025&unit_id=${unit.HY}`)).status, 404);
  assert.equal((await on(second, tv).get(`/api/v1/eligibility?title=chien_si_tien_tien&year=2025&unit_id=${unit.HY}`)).status, 404);
  // Its own list names none of Hưng Yên's people.
  const own = await tv.get('/api/v1/eligibility?title=chien_si_tien_tien&year=2025');
  assert.equal(own.status, 200, JSON.stringify(own.body));
  assert.equal(item(own.body, person['Nguyễn Văn Long']), undefined);
});

test('/readyz shows the held years: their bytes within the budget, read whole once and brought up by updates since', async () => {
  for (const s of [srv, second]) {
    const r = await fetch(`${s.url}/readyz`);
    const body = await r.json();
    const e = body.eligibility;
    assert.ok(e, JSON.stringify(body));
    assert.equal(e.years, 1, 'the year 2025 held');
    assert.ok(e.bytes > 100_000 && e.bytes < e.budget, JSON.stringify(e));
    assert.equal(e.budget, 1024 * 1024 * 1024);
    assert.ok(e.updates >= 1, `the evaluation, award and discipline brought the held year up: ${JSON.stringify(e)}`);
    assert.ok(e.builds >= 2, `the posting read it whole again: ${JSON.stringify(e)}`);
  }
  // An unknown title and one not in force are refused (400 naming the code), here and there.
  for (const c of [bo, boThere]) {
    const r = await c.get(`/api/v1/eligibility?title=khong_co&year=2025&unit_id=${unit.HY}`);
    assert.equal(r.status, 400, JSON.stringify(r.body));
  }
});
