// Statistics of commendation by unit, year and title from the records of the demo world: Hưng
// Yên's awards in force counted the same way the eligibility list counts who holds a title, a
// merged province's flag in its own row (Vĩnh Long's, from Cluster No. 7's year end), a revocation taken out at once, and nobody outside the
// province reading them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, bo, hy, tv;
const unit = {};

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  tv = await login('baocao.travinh');
  for (const [k, n] of [['HY', 'Công an tỉnh Hưng Yên'], ['TB', 'Công an tỉnh Thái Bình'], ['PV01', 'Phòng Tham mưu, Công an tỉnh Hưng Yên']])
    unit[k] = (await bo.get('/api/v1/units?q=' + encodeURIComponent(n))).body.items.find((u) => u.name === n).id;
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('Hưng Yên\'s awards by year, unit and title agree with the record and drop a revoked one', async () => {
  const get = async (api, q) => api.get(`/api/v1/commendation/statistics?unit_id=${unit.HY}&${q}`);
  const r = await get(hy, 'from=2022&to=2025');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const s = r.body;
  assert.deepEqual(s.by_year.map((y) => y.year), [2022, 2023, 2024, 2025]);
  const sum = (rows) => rows.reduce((a, x) => a + x.total, 0);
  assert.equal(sum(s.by_year), s.total);
  assert.equal(sum(s.by_unit), s.total);
  assert.equal(sum(s.titles), s.total);
  assert.ok(s.total > 0);
  // Cluster No. 5's year end is left to the user: no flag of 2024 yet.
  assert.equal(s.by_year.find((y) => y.year === 2024).counts.co_thi_dua_chinh_phu, undefined);
  // As many Chiến sĩ tiên tiến 2024 as the eligibility list shows holding it.
  const held = (await hy.get(`/api/v1/eligibility?title=chien_si_tien_tien&year=2024&unit_id=${unit.HY}`)).body.items.filter((i) => i.held).length;
  assert.ok(held > 0);
  assert.equal(s.by_year.find((y) => y.year === 2024).counts.chien_si_tien_tien, held);
  assert.equal(s.by_unit.find((u) => u.unit.id === unit.PV01).counts.chien_si_tien_tien, held);
  assert.equal(s.titles.find((t) => t.code === 'chien_si_tien_tien').name, 'Chiến sĩ tiên tiến');

  // A revoked award is no longer counted.
  const minh = (await hy.get('/api/v1/people?q=' + encodeURIComponent('Đỗ Văn Minh'))).body.items[0].id;
  const award = (await hy.get(`/api/v1/people/${minh}/record`)).body.items.find((i) => i.code === 'chien_si_tien_tien' && i.year === 2024);
  assert.ok(award, 'Đỗ Văn Minh holds Chiến sĩ tiên tiến 2024');
  assert.equal((await hy.post(`/api/v1/awards/${award.id}/revoke`, { reason: 'Khai sai thành tích' })).status, 200);
  const after = (await get(hy, 'from=2022&to=2025')).body;
  assert.equal(after.total, s.total - 1);
  assert.equal(after.by_year.find((y) => y.year === 2024).counts.chien_si_tien_tien, held - 1);

  // Bad ranges are refused; another province reads nothing.
  assert.equal((await get(hy, 'from=2025&to=2022')).status, 400);
  assert.equal((await get(hy, 'from=abc')).status, 400);
  assert.ok([403, 404].includes((await get(tv, 'from=2022&to=2025')).status));
});

test("a merged province's flag in its own row: Vĩnh Long shows Trà Vinh's Ministry flag of Cluster No. 7's 2024, Bến Tre (short of reports) none", async () => {
  for (const [k, n] of [['VL', 'Công an tỉnh Vĩnh Long'], ['TV', 'Công an tỉnh Trà Vinh'], ['BT', 'Công an tỉnh Bến Tre']])
    unit[k] = (await bo.get('/api/v1/units?q=' + encodeURIComponent(n))).body.items.find((u) => u.name === n).id;
  const r = await bo.get(`/api/v1/commendation/statistics?unit_id=${unit.VL}&from=2024&to=2024`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const row = (id) => r.body.by_unit.find((u) => u.unit.id === id);
  assert.equal(row(unit.TV).counts.co_thi_dua_bo_cong_an, 1);
  assert.equal(row(unit.VL).counts.co_thi_dua_bo_cong_an, 1);
  assert.equal(row(unit.BT), undefined);
  assert.equal(r.body.by_year[0].counts.co_thi_dua_bo_cong_an, 2);
});
