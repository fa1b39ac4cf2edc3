// Missing is not zero: Cluster No. 5's 2024 ranking when Hà Nam has reported nothing, Nam Định
// only the first half of 2024, and Hải Dương had no very serious case to clear (0/0). No point,
// rank or classification comes from a figure nobody reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { monthValues, PROVINCES, DROPS, findCluster5, importCluster5Scheme } from '../lib/cluster5.mjs';

let srv, bo, gid, ids;
const [HY, TB, HNA, ND, HD] = PROVINCES;

before(async () => {
  srv = await startServer();
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  ({ gid, ids } = await findCluster5(bo));
  await importCluster5Scheme(bo, gid);
  for (const [i, name] of PROVINCES.entries()) {
    if (name === HNA) continue;  // Hà Nam: no report at all
    for (const year of [2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        if (name === ND && year === 2024 && month > 6) continue;  // Nam Định stopped in June
        const values = monthValues(i, year, DROPS[i]);
        if (name === HD) { values.an_rnt_dbnt = 0; values.an_rnt_dbnt_kham_pha = 0; }  // a reported zero
        const r = await bo.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month }, values });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal((await bo.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      }
    }
  }
  // Every province self-scores the same way, Hà Nam included: congresses safe, movement on plan.
  for (const name of PROVINCES) {
    const self = await bo.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: ids[name], assessment: { met: { an_toan_dai_hoi: true, phat_dong_so_tong_ket: true } } });
    assert.equal(self.status, 200, JSON.stringify(self.body));
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

const ranking = async () => (await bo.get(`/api/v1/groups/${gid}/years/2024/ranking`)).body;
const card = async (name) => (await bo.get(`/api/v1/groups/${gid}/years/2024/scorecards/${ids[name]}`)).body;

test('a province with no reports is marked "thiếu báo cáo 12/12 tháng", earns only what was assessed and is never excellent', async () => {
  const r = await ranking();
  const hna = r.items.find((i) => i.unit_name === HNA);
  assert.equal(hna.incomplete, true);
  assert.equal(hna.completeness.label, 'thiếu báo cáo 12/12 tháng');
  assert.notEqual(hna.level_code, 'xuat_sac');
  assert.notEqual(hna.level_code, 'tot');
  for (const name of [HY, TB, HD]) assert.ok(hna.rank > r.items.find((i) => i.unit_name === name).rank, `below ${name}`);
  assert.equal(hna.total, 15, 'the congresses (10) and the movement (5), as assessed, and nothing else');
  const c = await card(HNA);
  const final = c.final ?? c.self ?? c;
  const crit = (id) => final.criteria.find((x) => x.id === id);
  assert.equal(crit('giam_toi_pham_ttxh').status, 'missing');
  assert.equal(crit('giam_toi_pham_ttxh').points, 0);
  assert.match(crit('giam_toi_pham_ttxh').explanation, /chưa báo cáo/);
  assert.equal(crit('giam_toi_pham_ttxh').values[0].current, null);
  assert.equal(crit('xu_ly_tin_bao').points, 0, 'no "0/0 coi như đạt" from an empty report');
  assert.equal(crit('ky_luat').points, 0, 'no full marks for discipline nobody reported');
  assert.equal(crit('bao_cao_dung_han').points, 0, 'twelve months unreported past their end are late');
  assert.equal(final.total, 15);
  assert.equal(c.completeness.label, 'thiếu báo cáo 12/12 tháng');
});

test('half a year reported: marked "thiếu báo cáo 6/12 tháng", figures missing, capped at the regulation\'s level', async () => {
  const r = await ranking();
  const nd = r.items.find((i) => i.unit_name === ND);
  assert.equal(nd.completeness.label, 'thiếu báo cáo 6/12 tháng');
  assert.deepEqual(nd.completeness.missing.slice(0, 2), ['Tháng 7/2024', 'Tháng 8/2024']);
  assert.ok(['hoan_thanh', 'khong_hoan_thanh'].includes(nd.level_code));
  // The leader sees who is short of reports before ranking: every incomplete member, scored or not.
  assert.deepEqual(r.incomplete.map((x) => x.unit_name).sort(), [HNA, ND].sort());
  assert.equal(r.incomplete_max_level, 'Hoàn thành nhiệm vụ');
  // Its first half on its own is complete and scored.
  const h1 = encodeURIComponent(JSON.stringify({ kind: 'phase', start: '2024-01-01', end: '2024-06-30', name: '6 tháng đầu năm' }));
  const half = (await bo.get(`/api/v1/groups/${gid}/years/2024/ranking?period=${h1}`)).body;
  assert.equal(half.items.find((i) => i.unit_name === ND).incomplete, false);
});

test('a reported zero is a value: 0/0 very serious cases is not applicable by the regulation\'s rule, not missing', async () => {
  const c = await card(HD);
  const final = c.final ?? c.self ?? c;
  const rnt = final.criteria.find((x) => x.id === 'kham_pha_an_rnt_dbnt');
  assert.equal(rnt.status, 'not_applicable');
  assert.equal(rnt.not_applicable, 'drop');
  assert.match(rnt.explanation, /không phát sinh vụ việc \(0\/0\)/);
  assert.equal(final.dropped_points, 6);
  const complete = (await ranking()).items.find((i) => i.unit_name === HY);
  assert.equal(complete.incomplete, false);
  assert.equal(complete.completeness.label, 'đủ báo cáo 12/12 tháng');
});
