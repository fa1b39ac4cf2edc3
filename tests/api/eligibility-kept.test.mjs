// The eligibility answers kept between requests (api/commendation.cpp: a title's evaluated list of
// a scope is kept by the held year, HeldYear::answer, until the commendation version moves): a
// page is then its sentences only. What a user must see: a write to a person's record — a
// discipline entry, an evaluation, a title revoked — is in the very next page, on this server and
// on another on the same database (two servers on one database: SQLite, two processes on one
// file; PostgreSQL with THIDUA_TEST_DB=postgres), though both had answered that page before; and
// each quota scope inside the asked one (each provincial police's own cap of Chiến sĩ thi đua cơ
// sở) has its own quota, the same figures as asking that unit; and a unit's sentences about its
// members (written from the held year's engine, kept between requests) change in the next page
// after one member's discipline and revoked title. (Proposals under way are counted per request,
// not kept; no test here submits one against a kept page.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { unitId, sameUserOn as on } from '../lib/lookup.mjs';

let srv, second, bo, hy, hyThere, boThere;
const unit = {};

before(async () => {
  srv = await startServer({ demo: 'world' });
  second = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyThere = on(second, hy);
  boThere = on(second, bo);
  unit.HY = await unitId(bo, 'Công an tỉnh Hưng Yên');
  unit.PV01 = await unitId(bo, 'Phòng Tham mưu, Công an tỉnh Hưng Yên');
  unit.BO = bo.user.unit_id;
});
after(async () => { await second?.stop(); await srv?.stop(); srv?.cleanup(); });

async function get(c, query) {
  const r = await c.get(`/api/v1/eligibility?year=2024&${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}
const failing = (l, code) => l.counts.failing.find((f) => f.code === code).count;

async function revoke(c, subject, code) {
  const rec = await c.get(`/api/v1/people/${subject.id}/record`);
  assert.equal(rec.status, 200, JSON.stringify(rec.body));
  const award = rec.body.items.find((i) => i.code === code && i.year === 2024 && i.kind === 'title' && !i.revoked);
  assert.ok(award, JSON.stringify(rec.body.items));
  const r = await c.post(`/api/v1/awards/${award.id}/revoke`, { reason: 'Hồ sơ không đúng sự thật' });
  assert.equal(r.status, 200, JSON.stringify(r.body));
}

test('a discipline entry, an evaluation and a title revoked are each in the next page, here and on the other server', async () => {
  const q = `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1&filter=eligible`;
  // Each server answers the page twice (the second from its kept answers): the same page.
  const before = await get(hy, q);
  for (const c of [hy, hyThere, hyThere]) assert.deepEqual(await get(c, q), before);
  assert.ok(before.counts.eligible >= 2, JSON.stringify(before.counts));
  const first = before.items[0].subject;

  // A reprimand in 2024 for the first eligible officer: one eligible fewer, the page moves on.
  let r = await hy.post('/api/v1/discipline', { subject_kind: 'person', subject_id: first.id, form: 'khien_trach', date: '2024-10-03', reason: 'Vi phạm điều lệnh' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const page = await get(c, q);
    assert.equal(page.counts.eligible, before.counts.eligible - 1);
    assert.equal(failing(page, 'ky_luat'), failing(before, 'ky_luat') + 1);
    assert.notEqual(page.items[0].subject.id, first.id);
    const all = await get(c, `title=chien_si_tien_tien&unit_id=${unit.HY}&filter=not_eligible`);
    const it = all.items.find((i) => i.subject.id === first.id);
    assert.equal(it.eligible, false);
    assert.match(it.unmet, /khiển trách/i);
  }

  // An officer not rated well enough for 2024, rated excellent now: eligible.
  const counted = await get(hyThere, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
  const low = (await get(hy, `title=chien_si_tien_tien&unit_id=${unit.HY}&filter=not_eligible`)).items.find((i) =>
    !i.conditions.find((k) => k.code === 'xep_loai').met && i.conditions.find((k) => k.code === 'ky_luat').met);
  assert.ok(low, 'an officer of Hưng Yên not rated well enough for 2024');
  r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: low.subject.id, year: 2024, level: 'xuat_sac' });
  assert.ok(r.status === 201 || r.status === 200, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const page = await get(c, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
    assert.equal(failing(page, 'xep_loai'), failing(counted, 'xep_loai') - 1);
    assert.equal(page.counts.eligible, counted.counts.eligible + 1);
  }

  // A title of 2024 revoked: no longer held, in the next page's counts here and there.
  const heldBefore = await get(hyThere, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
  const holder = (await get(hy, `title=chien_si_tien_tien&unit_id=${unit.HY}`)).items.find((i) => i.held && i.subject.id !== first.id);
  assert.ok(holder, 'a Chiến sĩ tiên tiến of 2024 in Hưng Yên');
  await revoke(hy, holder.subject, 'chien_si_tien_tien');
  for (const c of [hy, hyThere]) {
    const page = await get(c, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
    assert.equal(page.counts.held, heldBefore.counts.held - 1);
  }
});

test('each quota scope inside the asked one has its own quota, the figures of asking that unit; a revoked award frees its place', async () => {
  const code = 'chien_si_thi_dua_co_so';
  const nation = await get(bo, `title=${code}&unit_id=${unit.BO}&limit=1`);
  assert.ok(nation.quota, 'the Ministry-wide quota is kept');
  assert.ok(Array.isArray(nation.quotas) && nation.quotas.length >= 2, JSON.stringify(nation.quotas));
  const own = await get(hy, `title=${code}&unit_id=${unit.HY}&limit=1`);
  assert.equal(own.quotas[0].unit_id, unit.HY, "the province's own cap first");
  assert.equal(own.quotas[0].unit_name, 'Công an tỉnh Hưng Yên');
  for (const q of own.quotas) {
    // The same line in the Ministry's answer, and the quota that unit is given when asked.
    assert.deepEqual(nation.quotas.find((n) => n.unit_id === q.unit_id), q);
    const asked = await get(bo, `title=${code}&unit_id=${q.unit_id}&limit=1`);
    for (const k of ['base', 'limit', 'used', 'detail']) assert.equal(q[k], asked.quota[k], `${q.unit_name}: ${k}`);
    assert.equal(q.over, q.used > q.limit);
  }
  // A title without a quota has none.
  assert.equal((await get(bo, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`)).quotas, null);

  // Hưng Yên's Chiến sĩ thi đua cơ sở of 2024 revoked: one used fewer in its line and the nation's, here and there.
  const holder = (await get(hy, `title=${code}&unit_id=${unit.HY}&filter=eligible`)).items.find((i) => i.held) ??
    (await get(hy, `title=${code}&unit_id=${unit.HY}`)).items.find((i) => i.held);
  assert.ok(holder, 'a Chiến sĩ thi đua cơ sở of 2024 in Hưng Yên');
  await revoke(hy, holder.subject, code);
  for (const [h, b] of [[hy, bo], [hyThere, boThere]]) {
    assert.equal((await get(h, `title=${code}&unit_id=${unit.HY}&limit=1`)).quota.used, own.quota.used - 1);
    const n = await get(b, `title=${code}&unit_id=${unit.BO}&limit=1`);
    assert.equal(n.quotas.find((q) => q.unit_id === unit.HY).used, own.quotas[0].used - 1);
    assert.equal(n.quota.used, nation.quota.used - 1);
  }
});

test("a unit's sentences about its members change in the next page after a member's discipline and a member's title revoked, here and on the other server", async () => {
  // The sentences of a unit (its members' share of Chiến sĩ tiên tiến, the discipline among them)
  // are written from the held year's engine, which keeps its counts of each unit's people between
  // requests: a write about one member must reach them.
  const code = 'don_vi_tien_tien';
  const full = await get(hy, `title=${code}&unit_id=${unit.HY}`);
  const at = full.items.findIndex((i) => i.subject.id === unit.PV01);
  assert.ok(at >= 0, 'Phòng Tham mưu is in the list of Hưng Yên');
  const q = `title=${code}&unit_id=${unit.HY}&limit=100&offset=${Math.floor(at / 100) * 100}`;
  const sentence = async (c, cond) => {
    const it = (await get(c, q)).items.find((i) => i.subject.id === unit.PV01);
    assert.ok(it, JSON.stringify(q));
    return it.conditions.find((k) => k.code === cond).detail;
  };
  const share = (s) => Number(/^(\d+)\/(\d+) cá nhân/.exec(s)?.[1]);
  // Each server answers the page twice first (its list kept, its engine warm).
  for (const c of [hy, hy, hyThere, hyThere]) await get(c, q);
  const shareBefore = await sentence(hy, 'ti_le_cstt');
  assert.equal(await sentence(hyThere, 'ti_le_cstt'), shareBefore);
  // A member of the Phòng who holds Chiến sĩ tiên tiến of 2024.
  const members = await get(hy, `title=chien_si_tien_tien&unit_id=${unit.PV01}`);
  const m = members.items.find((i) => i.held && i.subject.unit_id === unit.PV01);
  assert.ok(m, 'a Chiến sĩ tiên tiến of 2024 in Phòng Tham mưu');
  assert.doesNotMatch(await sentence(hy, 'ky_luat_ca_nhan'), new RegExp(m.subject.name));
  assert.ok(share(shareBefore) >= 1, shareBefore);

  // A warning in 2024: named among the disciplined members, here and there (the title still held:
  // the share unchanged).
  const r = await hy.post('/api/v1/discipline', { subject_kind: 'person', subject_id: m.subject.id, form: 'canh_cao', date: '2024-09-12', reason: 'Vi phạm quy định' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const s = await sentence(c, 'ky_luat_ca_nhan');
    assert.match(s, new RegExp(m.subject.name), s);
    assert.match(s, /✗$/, s);
    assert.equal(await sentence(c, 'ti_le_cstt'), shareBefore);
  }
  // The title revoked: neither held nor eligible now (the warning), one advanced member fewer.
  await revoke(hy, m.subject, 'chien_si_tien_tien');
  for (const c of [hy, hyThere]) {
    const s = await sentence(c, 'ti_le_cstt');
    assert.equal(share(s), share(shareBefore) - 1, `${shareBefore} → ${s}`);
  }
});

test('/readyz counts the kept answers within their bound', async () => {
  for (const s of [srv, second]) {
    const e = (await (await fetch(`${s.url}/readyz`)).json()).eligibility;
    assert.ok(e.answers_bytes > 0 && e.answers_bytes <= 2 * 192 * 1024 * 1024, JSON.stringify(e));
  }
});
