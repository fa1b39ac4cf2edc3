// The eligibility answer's `quotas` (docs/api.md "GET /eligibility"): one quota line per quota scope
// inside the asked unit, each over that scope's own subtree. A dossier under way (past its draft) in
// one scope counts in that scope's `used` and in no other's; a proposal beyond the limit is refused
// with the numbers; when the base falls under what is already used the scope's line says `over`.
// The lines are bounded by the caller's scope, and another province's unit is not answered.
// Runs on SQLite, and on PostgreSQL with THIDUA_TEST_DB=postgres.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { unitId, personId } from '../lib/lookup.mjs';

const TITLE = 'chien_si_thi_dua_co_so';
const YEAR = 2025;  // the demo rated nobody of Hưng Yên for 2025: the quota starts at 0 of 0
let srv, bo, hy, tv;
const unit = {};
const person = {};
// Officers of Hưng Yên's Phòng Tham mưu with no discipline on record.
const NAMES = ['Đỗ Văn Minh', 'Phạm Thị Hương', 'Nguyễn Văn Long', 'Trần Thị Thu', 'Lê Văn Hậu', 'Hoàng Minh Tuấn', 'Bùi Văn Kiên'];

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  tv = await login('baocao.travinh');
  for (const [k, n] of [['HY', 'Công an tỉnh Hưng Yên'], ['TB', 'Công an tỉnh Thái Bình'], ['PV01', 'Phòng Tham mưu, Công an tỉnh Hưng Yên'],
    ['TV', 'Công an tỉnh Trà Vinh']]) unit[k] = await unitId(bo, n);
  for (const n of NAMES) person[n] = await personId(bo, n);
  unit.BCA = bo.user.unit_id;  // the ministry, the ministry officer's own unit
});
after(async () => { await srv.stop(); srv.cleanup(); });

async function eligibility(c, unitIdAsked) {
  const r = await c.get(`/api/v1/eligibility?title=${TITLE}&year=${YEAR}&unit_id=${unitIdAsked}&limit=1`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}
const byUnit = (body) => new Map(body.quotas.map((q) => [q.unit_id, q]));
async function rate(name, level) {
  const r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person[name], year: YEAR, level });
  assert.equal(r.status, 201, JSON.stringify(r.body));
}
const propose = (name) => hy.post('/api/v1/proposals', { unit_id: unit.PV01, year: YEAR, report: `Báo cáo thành tích năm ${YEAR}`,
  items: [{ subject_kind: 'person', subject_id: person[name], code: TITLE }] });

test('a dossier under way in Hưng Yên counts in its line only; beyond the limit a proposal is refused with the numbers; a falling base makes the line over', async () => {
  const nation0 = byUnit(await eligibility(bo, unit.BCA));
  assert.ok(nation0.size > 2, `the ministry sees every province's quota (${nation0.size})`);
  assert.ok(nation0.has(unit.HY) && nation0.has(unit.TV) && nation0.has(unit.TB));
  assert.deepEqual([nation0.get(unit.HY).base, nation0.get(unit.HY).limit, nation0.get(unit.HY).used], [0, 0, 0]);

  // Seven officers rated for the year, two of them excellently: 15% of 7 advanced = 1.
  for (const n of NAMES) await rate(n, n === 'Đỗ Văn Minh' || n === 'Phạm Thị Hương' ? 'xuat_sac' : 'tot');
  const rated = await eligibility(hy, unit.HY);
  const hy1 = byUnit(rated).get(unit.HY);
  assert.deepEqual([hy1.base, hy1.limit, hy1.used, hy1.over], [7, 1, 0, false], JSON.stringify(hy1));
  assert.deepEqual([rated.quota.base, rated.quota.limit, rated.quota.used], [7, 1, 0], "the asked unit's own quota is its line's");
  assert.deepEqual([...byUnit(rated).keys()].sort(), [unit.HY, unit.TB].sort(), 'Hưng Yên: its own scope and merged Thái Bình');
  // `subjects`: those evaluated in the scope — Hưng Yên's officers; none in Thái Bình, whose 0 of 0 is unknown, not a quota.
  assert.equal(byUnit(rated).get(unit.HY).subjects, rated.total);
  assert.equal(byUnit(rated).get(unit.TB).subjects, 0);

  // A draft is not yet used; once submitted it is, in Hưng Yên's line and nowhere else.
  const p = await propose('Đỗ Văn Minh');
  assert.equal(p.status, 201, JSON.stringify(p.body));
  assert.equal(byUnit(await eligibility(hy, unit.HY)).get(unit.HY).used, 0, 'a draft does not count');
  const s = await hy.post(`/api/v1/proposals/${p.body.id}/steps`, { step: 'submit' });
  assert.equal(s.status, 200, JSON.stringify(s.body));
  const nation1 = byUnit(await eligibility(bo, unit.BCA));
  assert.equal(nation1.size, nation0.size);
  for (const [id, q0] of nation0) {
    const q1 = nation1.get(id);
    if (id === unit.HY) {
      assert.deepEqual([q1.base, q1.limit, q1.used, q1.over], [7, 1, 1, false], `at the limit, not over: ${JSON.stringify(q1)}`);
      assert.match(q1.detail, /15% của 7 .*= 1; đã dùng 1/);
    } else {
      assert.equal(q1.used, q0.used, `${q1.unit_name}: another scope's dossier is not counted here`);
    }
  }
  const hy2 = await eligibility(hy, unit.HY);
  assert.equal(byUnit(hy2).get(unit.TB).used, 0, "merged Thái Bình's own line does not count Hưng Yên's dossier");
  assert.equal(hy2.quota.used, 1);

  // The second excellent officer is eligible, but the scope is full: refused with the numbers.
  const refused = await propose('Phạm Thị Hương');
  assert.equal(refused.status, 400, JSON.stringify(refused.body));
  assert.match(refused.body.error.message, /Vượt tỉ lệ "Chiến sĩ thi đua cơ sở".*15% của 7.*= 1; đã dùng 1.*\(tổng 2 > 1\)/);
  assert.equal(byUnit(await eligibility(hy, unit.HY)).get(unit.HY).used, 1, 'the refused proposal is not counted');

  // A reprimand takes an advanced officer out of the base: 15% of 6 = 0, and 1 is used — over.
  const d = await hy.post('/api/v1/discipline', { subject_kind: 'person', subject_id: person['Bùi Văn Kiên'], form: 'khien_trach',
    date: `${YEAR}-06-02`, term_months: 6, reason: 'Vi phạm chế độ báo cáo' });
  assert.equal(d.status, 201, JSON.stringify(d.body));
  const over = await eligibility(hy, unit.HY);
  const hy3 = byUnit(over).get(unit.HY);
  assert.deepEqual([hy3.base, hy3.limit, hy3.used, hy3.over], [6, 0, 1, true], JSON.stringify(hy3));
  assert.equal(byUnit(over).get(unit.TB).over, false);
});

test('the quota lines stay within the caller\'s scope; another province\'s unit is not answered', async () => {
  const own = await eligibility(tv, unit.TV);
  assert.ok(own.quotas.length >= 1);
  assert.ok(own.quotas.every((q) => q.unit_id !== unit.HY && q.unit_id !== unit.TB), JSON.stringify(own.quotas));
  assert.ok(own.quotas.some((q) => q.unit_id === unit.TV));
  // A Trà Vinh user asking Hưng Yên: outside the scope → 404 (docs/api.md), neither list nor quotas.
  const r = await tv.get(`/api/v1/eligibility?title=${TITLE}&year=${YEAR}&unit_id=${unit.HY}`);
  assert.equal(r.status, 404, JSON.stringify(r.body));
  assert.equal(r.body.quotas, undefined);
  // Nor a Hưng Yên user asking Trà Vinh, or the ministry above it.
  assert.equal((await hy.get(`/api/v1/eligibility?title=${TITLE}&year=${YEAR}&unit_id=${unit.TV}`)).status, 404);
  assert.equal((await hy.get(`/api/v1/eligibility?title=${TITLE}&year=${YEAR}&unit_id=${unit.BCA}`)).status, 404);
});

test('a title without a quota answers `quotas: null`', async () => {
  const r = await hy.get(`/api/v1/eligibility?title=chien_si_tien_tien&year=${YEAR}&unit_id=${unit.HY}&limit=1`);
  assert.equal(r.status, 200);
  assert.equal(r.body.quota, null);
  assert.equal(r.body.quotas, null);
});
