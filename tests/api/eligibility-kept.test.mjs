// The eligibility answers kept between requests (api/commendation.cpp: a title's evaluated list of
// a scope is kept by the held year, HeldYear::answer, until the commendation version moves): a
// page is then its sentences only. What a user must see: a write to a person's record — a
// discipline entry, an evaluation, a title revoked — is in the very next page, on this server and
// on another on the same database (two servers on one database: SQLite, two processes on one
// file; PostgreSQL with THIDUA_TEST_DB=postgres), though both had answered that page before; a
// proposal under way (not in the commendation version) counts in the quota at once; and each quota
// scope inside the asked one (each provincial police's own cap of Chiến sĩ thi đua cơ sở) has its
// own quota, the same figures as asking that unit.
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
  const r = await c.get(`/api/v1/eligibility?year=2025&${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}
const failing = (l, code) => l.counts.failing.find((f) => f.code === code).count;

test('a discipline entry, an evaluation and a title revoked are each in the next page, here and on the other server', async () => {
  const q = `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1&filter=eligible`;
  // Each server answers the page twice (the second from its kept answers): the same page.
  const before = await get(hy, q);
  for (const c of [hy, hyThere, hyThere]) assert.deepEqual(await get(c, q), before);
  assert.ok(before.counts.eligible >= 2, JSON.stringify(before.counts));
  const first = before.items[0].subject.id;

  // A reprimand of 2025 for the first eligible officer: one eligible fewer, the page moves on.
  let r = await hy.post('/api/v1/discipline', { subject_kind: 'person', subject_id: first, form: 'khien_trach', date: '2025-10-03', reason: 'Vi phạm điều lệnh' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const page = await get(c, q);
    assert.equal(page.counts.eligible, before.counts.eligible - 1);
    assert.equal(failing(page, 'ky_luat'), failing(before, 'ky_luat') + 1);
    assert.notEqual(page.items[0].subject.id, first);
    const all = await get(c, `title=chien_si_tien_tien&unit_id=${unit.HY}&filter=not_eligible`);
    const it = all.items.find((i) => i.subject.id === first);
    assert.equal(it.eligible, false);
    assert.match(it.unmet, /khiển trách/i);
  }

  // An officer not rated for 2025, rated now: the classification condition fails for one fewer.
  const full = await get(hy, `title=chien_si_tien_tien&unit_id=${unit.HY}&filter=not_eligible`);
  const unrated = full.items.find((i) => i.subject.kind === 'person' && !i.conditions.find((k) => k.code === 'xep_loai').met &&
    i.conditions.find((k) => k.code === 'ky_luat').met);
  assert.ok(unrated, 'an officer of Hưng Yên unrated for 2025');
  const counted = await get(hyThere, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
  r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: unrated.subject.id, year: 2025, level: 'xuat_sac' });
  assert.ok(r.status === 201 || r.status === 200, JSON.stringify(r.body));
  for (const c of [hy, hyThere]) {
    const page = await get(c, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`);
    assert.equal(failing(page, 'xep_loai'), failing(counted, 'xep_loai') - 1);
    assert.equal(page.counts.eligible, counted.counts.eligible + 1);
  }

  // A title of 2025 revoked: no longer held, in the next page's counts here and there.
  const heldList = await get(bo, `title=chien_si_tien_tien&unit_id=${unit.BO}&limit=1`);
  const withHeld = (await get(bo, `title=chien_si_tien_tien&unit_id=${unit.BO}`)).items.find((i) => i.held);
  if (withHeld) {
    const rec = await bo.get(`/api/v1/${withHeld.subject.kind === 'person' ? 'people' : 'units'}/${withHeld.subject.id}/record`);
    assert.equal(rec.status, 200, JSON.stringify(rec.body));
    const award = rec.body.items.find((i) => i.code === 'chien_si_tien_tien' && i.year === 2025 && !i.revoked && i.id);
    assert.ok(award, JSON.stringify(rec.body.items));
    r = await bo.post(`/api/v1/awards/${award.id}/revoke`, { reason: 'Hồ sơ không đúng sự thật' });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    for (const c of [bo, boThere]) {
      const page = await get(c, `title=chien_si_tien_tien&unit_id=${unit.BO}&limit=1`);
      assert.equal(page.counts.held, heldList.counts.held - 1);
    }
  } else {
    assert.fail('the demo world has a Chiến sĩ tiên tiến of 2025 to revoke');
  }
});

test("each quota scope inside the asked one has its own quota, the same as asking that unit; a proposal under way counts at once", async () => {
  const code = 'chien_si_thi_dua_co_so';
  const nation = await get(bo, `title=${code}&unit_id=${unit.BO}&limit=1`);
  assert.ok(nation.quota, 'the Ministry-wide quota is kept');
  assert.ok(Array.isArray(nation.quotas) && nation.quotas.length >= 2, JSON.stringify(nation.quotas));
  const mine = nation.quotas.find((q) => q.unit_id === unit.HY);
  assert.ok(mine, 'Công an tỉnh Hưng Yên has its own cap');
  assert.equal(mine.unit_name, 'Công an tỉnh Hưng Yên');
  const own = await get(hy, `title=${code}&unit_id=${unit.HY}&limit=1`);
  for (const k of ['base', 'limit', 'used']) assert.equal(mine[k], own.quota[k], k);
  assert.equal(mine.detail, own.quota.detail);
  assert.deepEqual(own.quotas.map((q) => q.unit_id), [unit.HY], 'asked at Hưng Yên: its own quota alone');
  // The provinces' caps are each of their own people: together no more than the nation's base.
  assert.ok(nation.quotas.reduce((n, q) => n + q.base, 0) <= nation.quota.base);
  // A title without a quota has none.
  assert.equal((await get(bo, `title=chien_si_tien_tien&unit_id=${unit.HY}&limit=1`)).quotas, null);

  // A dossier proposing an eligible officer of Hưng Yên, submitted: one more used, here and there,
  // in the province's own answer and in its line of the Ministry's.
  const candidate = (await get(hy, `title=${code}&unit_id=${unit.HY}&filter=eligible`)).items.find((i) => !i.held);
  if (!candidate) assert.fail('an officer of Hưng Yên eligible for Chiến sĩ thi đua cơ sở in 2025');
  const p = await hy.post('/api/v1/proposals', { unit_id: unit.PV01, year: 2025,
    items: [{ subject_kind: 'person', subject_id: candidate.subject.id, code }] });
  assert.equal(p.status, 201, JSON.stringify(p.body));
  const s = await hy.post(`/api/v1/proposals/${p.body.id}/steps`, { step: 'submit' });
  assert.equal(s.status, 200, JSON.stringify(s.body));
  for (const [h, b] of [[hy, bo], [hyThere, boThere]]) {
    assert.equal((await get(h, `title=${code}&unit_id=${unit.HY}&limit=1`)).quota.used, own.quota.used + 1);
    const n = await get(b, `title=${code}&unit_id=${unit.BO}&limit=1`);
    assert.equal(n.quotas.find((q) => q.unit_id === unit.HY).used, mine.used + 1);
    assert.equal(n.quota.used, nation.quota.used + 1);
  }
});

test('/readyz counts the kept answers within their bound', async () => {
  for (const s of [srv, second]) {
    const e = (await (await fetch(`${s.url}/readyz`)).json()).eligibility;
    assert.ok(e.answers_bytes > 0 && e.answers_bytes <= 2 * 192 * 1024 * 1024, JSON.stringify(e));
  }
});
