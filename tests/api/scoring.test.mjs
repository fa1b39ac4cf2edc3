// Cluster No. 5's year: five provinces report twelve months, self-score, cross-score as the
// leader assigns, the leader moderates, and the group is ranked with every point explained.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, ROOT } from '../lib/server.mjs';
import { monthValues, PROVINCES } from '../lib/cluster5.mjs';

const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
let srv, admin, gy, ids = {}, schemeId;

// A province's month: crimes fall by `drop` against last year; everything else steady.
const values = (i, year, month, drop) => monthValues(i, year, drop);

before(async () => {
  srv = await startServer();
  admin = new Client(srv.url);
  await admin.login('admin');
  for (const name of PROVINCES) ids[name] = (await admin.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name).id;
  const groups = (await admin.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items;
  const group = (await admin.get(`/api/v1/groups/${groups[0].id}`)).body;
  gy = group.id;
  assert.ok(group.years.some((y) => y.year === 2024));
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('a scheme is imported from the documented JSON; a change must be a new version; a broken one is refused', async () => {
  const r = await admin.post('/api/v1/scoring-schemes', { scheme });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  schemeId = r.body.id;
  const same = await admin.post('/api/v1/scoring-schemes', { scheme });
  assert.equal(same.status, 409);
  const broken = structuredClone(scheme);
  broken.version = 2;
  broken.sections[0].criteria[0].max_points -= 5;
  const bad = await admin.post('/api/v1/scoring-schemes', { scheme: broken });
  assert.equal(bad.status, 400);
  assert.match(bad.body.error.message, /sections\[0\]/);
  const unknown = structuredClone(scheme);
  unknown.version = 2;
  unknown.sections[1].criteria[0].target.indicator = 'khong_co_chi_so';
  assert.equal((await admin.post('/api/v1/scoring-schemes', { scheme: unknown })).status, 400);
  const exported = await admin.get(`/api/v1/scoring-schemes/${schemeId}`);
  assert.equal(exported.body.scheme.id, scheme.id);
  assert.equal((await admin.post(`/api/v1/groups/${gy}/years/2024/scheme`, { scheme_id: schemeId })).status, 200);
});

test('the five provinces report twelve months of 2024 and of 2023', async () => {
  const drops = [0.10, 0.05, 0.08, 0.02, -0.05];
  for (const [i, name] of PROVINCES.entries()) {
    for (const year of [2023, 2024]) {
      for (let m = 1; m <= 12; m++) {
        const r = await admin.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month: m }, values: values(i, year, m, drops[i]) });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal((await admin.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      }
    }
  }
});

test('each unit self-scores; a unit that reduced crimes 5% against a −7% target earns 5/7 of the criterion', async () => {
  for (const name of PROVINCES) {
    const r = await admin.post(`/api/v1/groups/${gy}/years/2024/scores/self`, { unit_id: ids[name], assessment: { met: { an_toan_dai_hoi: true } } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }
  const card = (await admin.get(`/api/v1/groups/${gy}/years/2024/scorecards/${ids['Công an tỉnh Thái Bình']}`)).body;
  const crimes = card.self.criteria.find((c) => c.id === 'giam_toi_pham_ttxh');
  assert.ok(Math.abs(crimes.points - 12 * 5 / 7) < 0.01, `points ${crimes.points}`);
  assert.match(crimes.explanation, /7%/);
  assert.ok(crimes.values[0].previous > crimes.values[0].current);
  const up = (await admin.get(`/api/v1/groups/${gy}/years/2024/scorecards/${ids['Công an tỉnh Hải Dương']}`)).body;
  assert.equal(up.self.criteria.find((c) => c.id === 'giam_toi_pham_ttxh').points, 0, 'an increase earns nothing');
});

test('cross-scoring: assigned by the leader, never by the unit itself, a recused scorer is replaced', async () => {
  const names = PROVINCES;
  for (let i = 0; i < names.length; i++) {
    const scorer = names[(i + 1) % names.length];
    const r = await admin.post(`/api/v1/groups/${gy}/years/2024/assignments`, { unit_id: ids[names[i]], scorer_unit_id: ids[scorer] });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
  const self = await admin.post(`/api/v1/groups/${gy}/years/2024/assignments`, { unit_id: ids[names[0]], scorer_unit_id: ids[names[0]] });
  assert.equal(self.status, 400);
  const selfScore = await admin.post(`/api/v1/groups/${gy}/years/2024/scores/cross`, { unit_id: ids[names[0]], scorer_unit_id: ids[names[0]], assessment: {} });
  assert.equal(selfScore.status, 400);
  const unassigned = await admin.post(`/api/v1/groups/${gy}/years/2024/scores/cross`, { unit_id: ids[names[0]], scorer_unit_id: ids[names[3]], assessment: {} });
  assert.equal(unassigned.status, 403);
  const recuse = await admin.post(`/api/v1/groups/${gy}/years/2024/assignments/recuse`, { unit_id: ids[names[4]], scorer_unit_id: ids[names[0]], reason: 'Có quan hệ phối hợp trực tiếp trong chuyên án' });
  assert.equal(recuse.status, 200);
  await admin.post(`/api/v1/groups/${gy}/years/2024/assignments`, { unit_id: ids[names[4]], scorer_unit_id: ids[names[2]] });
  for (let i = 0; i < names.length; i++) {
    const scorer = i === 4 ? names[2] : names[(i + 1) % names.length];
    // Thái Bình's scorer finds the party-congress security not fully met.
    const met = names[i] !== 'Công an tỉnh Thái Bình';
    const r = await admin.post(`/api/v1/groups/${gy}/years/2024/scores/cross`, { unit_id: ids[names[i]], scorer_unit_id: ids[scorer], assessment: { met: { an_toan_dai_hoi: met } } });
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }
});

test('the group is ranked, self vs final is shown criterion by criterion, and moderation re-ranks', async () => {
  const r = await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.items.length, 5);
  assert.deepEqual(r.body.items.map((i) => i.rank), [1, 2, 3, 4, 5]);
  for (let i = 1; i < 5; i++) {
    const a = r.body.items[i - 1], b = r.body.items[i];
    assert.ok(a.disqualified <= b.disqualified && (a.disqualified !== b.disqualified || a.total >= b.total));
  }
  const tb = r.body.items.find((i) => i.unit_name === 'Công an tỉnh Thái Bình');
  assert.equal(tb.disqualified, true, 'a disqualifying event found by the cross-scorer');
  assert.equal(tb.rank, 5);
  assert.ok(r.body.leading_unit_ids.length === 1);
  const card = (await admin.get(`/api/v1/groups/${gy}/years/2024/scorecards/${ids['Công an tỉnh Thái Bình']}`)).body;
  assert.ok(card.gaps.some((g) => g.id === 'an_toan_dai_hoi' && g.difference < 0));
  // The leader moderates: the cross-scorer was wrong about Thái Bình.
  const mod = await admin.post(`/api/v1/groups/${gy}/years/2024/moderations`, { unit_id: ids['Công an tỉnh Thái Bình'], criterion: 'an_toan_dai_hoi', points: 10, met: true, reason: 'Đã xác minh: đại hội diễn ra an toàn' });
  assert.equal(mod.status, 200, JSON.stringify(mod.body));
  const again = (await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`)).body;
  assert.equal(again.items.find((i) => i.unit_name === 'Công an tỉnh Thái Bình').disqualified, false);
  const badMod = await admin.post(`/api/v1/groups/${gy}/years/2024/moderations`, { unit_id: ids['Công an tỉnh Hà Nam'], criterion: 'khong_co', points: 1, reason: 'x' });
  assert.equal(badMod.status, 400);
});

test('a ranking per period: the first quarter on its three months, against the first quarter of 2023', async () => {
  const q1 = encodeURIComponent(JSON.stringify({ kind: 'quarter', year: 2024, quarter: 1 }));
  const r = await admin.get(`/api/v1/groups/${gy}/years/2024/ranking?period=${q1}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.period.label, 'Quý I/2024');
  assert.equal(r.body.items.length, 5);
  const year = (await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`)).body;
  assert.equal(year.period.label, 'Năm 2024');
  const hy = ids[PROVINCES[0]];
  const card = (await admin.get(`/api/v1/groups/${gy}/years/2024/scorecards/${hy}?period=${q1}`)).body;
  const yearCard = (await admin.get(`/api/v1/groups/${gy}/years/2024/scorecards/${hy}`)).body;
  const crimes = (c) => c.final.criteria.find((x) => x.id === 'giam_toi_pham_ttxh').values[0];
  let sum = 0, prev = 0;
  for (let m = 1; m <= 3; m++) { sum += values(0, 2024, m, 0.10).toi_pham_ttxh; prev += values(0, 2023, m, 0.10).toi_pham_ttxh; }
  assert.equal(crimes(card).current, sum);
  assert.equal(crimes(card).previous, prev);
  assert.ok(crimes(yearCard).current > crimes(card).current);
  // A period not ending in the year, or not a period at all: 400 naming the parameter.
  for (const bad of [JSON.stringify({ kind: 'quarter', year: 2023, quarter: 4 }), 'quy1', JSON.stringify({ kind: 'tuan' })]) {
    const b = await admin.get(`/api/v1/groups/${gy}/years/2024/ranking?period=${encodeURIComponent(bad)}`);
    assert.equal(b.status, 400, bad);
    assert.ok(b.body.error.message.length > 0);
  }
});

test('a reporter of Nghệ An sees nothing of Cluster No. 5 and cannot score it', async () => {
  const c = new Client(srv.url);
  await c.login('baocao.nghean');
  assert.ok([403, 404].includes((await c.get(`/api/v1/groups/${gy}/years/2024/ranking`)).status));
  const w = await c.post(`/api/v1/groups/${gy}/years/2024/scores/self`, { unit_id: ids['Công an tỉnh Hưng Yên'], assessment: {} });
  assert.ok([403, 404].includes(w.status));
});

test('an assigned peer scorer finds its assignments and reads the scorecard it must check, and no other', async () => {
  // xem.hungyen: Hưng Yên's scope holds Hưng Yên and Thái Bình (merged into it in 2025).
  const c = new Client(srv.url);
  await c.login('xem.hungyen');
  const list = await c.get(`/api/v1/groups/${gy}/years/2024/assignments`);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const mine = list.body.items.filter((a) => a.mine);
  const hd = ids['Công an tỉnh Hải Dương'];
  // Hưng Yên was assigned Hải Dương (and stepped aside); Thái Bình scores Hưng Yên.
  const toHd = mine.find((a) => a.unit_id === hd);
  assert.ok(toHd, JSON.stringify(mine));
  assert.equal(toHd.recused, true);
  assert.match(toHd.recusal_reason, /quan hệ phối hợp/);
  assert.ok(mine.some((a) => a.unit_id === ids['Công an tỉnh Hưng Yên'] && a.submitted));
  assert.equal((await c.get(`/api/v1/groups/${gy}/years/2024/scorecards/${hd}`)).status, 200);
  // Nam Định is neither in scope nor assigned to a unit in scope.
  assert.ok([403, 404].includes((await c.get(`/api/v1/groups/${gy}/years/2024/scorecards/${ids['Công an tỉnh Nam Định']}`)).status));
  // Outsiders do not see who scores whom.
  const na = new Client(srv.url);
  await na.login('baocao.nghean');
  assert.ok([403, 404].includes((await na.get(`/api/v1/groups/${gy}/years/2024/assignments`)).status));
});

test("a movement's scheme applies to the group-years under it that have none of their own", async () => {
  const orgs = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Bộ Công an'))).body.items;
  const ministry = orgs.find((u) => u.name === 'Bộ Công an').id;
  const mv = await admin.post('/api/v1/movements', {
    kind: 'regular', name: 'Phong trào thi đua "Vì an ninh Tổ quốc" năm 2024 (thử chấm điểm)',
    organiser_unit_ids: [ministry], start: '2024-01-01', end: '2024-12-31',
  });
  assert.equal(mv.status, 201, JSON.stringify(mv.body));
  const movement = mv.body.id;
  const v2 = structuredClone(scheme);
  v2.id = 'vi-antq-2024';
  v2.name = 'Hướng dẫn chấm điểm phong trào "Vì an ninh Tổ quốc" năm 2024';
  v2.scope = { movement: 'vi-an-ninh-to-quoc-2024' };
  const stored = await admin.post('/api/v1/scoring-schemes', { scheme: v2 });
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  const bind = await admin.post(`/api/v1/movements/${movement}/scheme`, { scheme_id: stored.body.id });
  assert.equal(bind.status, 200, JSON.stringify(bind.body));
  // A group-year of another year cannot run under a 2024 movement.
  const wrongYear = await admin.post(`/api/v1/groups/${gy}/years/2023/movement`, { movement_id: movement });
  assert.ok([400, 404].includes(wrongYear.status));
  assert.equal((await admin.post(`/api/v1/groups/${gy}/years/2024/movement`, { movement_id: movement })).status, 200);
  const info = (await admin.get(`/api/v1/movements/${movement}/scheme`)).body;
  assert.equal(info.scheme.code, 'vi-antq-2024');
  assert.deepEqual(info.group_years.map((g) => [g.year, g.own_scheme]), [[2024, true]]);
  // Cluster No. 5 has its own scheme: it still scores by it.
  let r = (await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`)).body;
  assert.equal(r.scheme.code, scheme.id);
  assert.equal(r.scheme.movement_id, null);
  // Without a group of its own scheme the movement's applies. A new, small group shows it:
  const hy = ids['Công an tỉnh Hưng Yên'], tb = ids['Công an tỉnh Thái Bình'];
  const g = await admin.post('/api/v1/groups', { name: 'Khối thử phong trào', kind: 'block', organiser_unit_id: ministry, year: 2024, member_unit_ids: [hy, tb] });
  assert.equal(g.status, 201, JSON.stringify(g.body));
  assert.equal((await admin.get(`/api/v1/groups/${g.body.id}/years/2024/ranking`)).status, 409, 'no scheme yet');
  assert.equal((await admin.post(`/api/v1/groups/${g.body.id}/years/2024/movement`, { movement_id: movement })).status, 200);
  r = (await admin.get(`/api/v1/groups/${g.body.id}/years/2024/ranking`)).body;
  assert.equal(r.scheme.code, 'vi-antq-2024');
  assert.equal(r.scheme.movement_id, movement);
  // Leaving the movement: no scheme again.
  assert.equal((await admin.post(`/api/v1/groups/${g.body.id}/years/2024/movement`, { movement_id: null })).status, 200);
  assert.equal((await admin.get(`/api/v1/groups/${g.body.id}/years/2024/ranking`)).status, 409);
  // The group's years say which movement they run under.
  const cluster = (await admin.get(`/api/v1/groups/${gy}`)).body;
  assert.equal(cluster.years.find((y) => y.year === 2024).movement_id, movement);
  // Cluster No. 5 drops its own scheme: the movement's applies; taking it again restores it.
  assert.equal((await admin.post(`/api/v1/groups/${gy}/years/2024/scheme`, { scheme_id: null })).status, 200);
  r = (await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`)).body;
  assert.equal(r.scheme.code, 'vi-antq-2024');
  assert.equal(r.scheme.movement_id, movement);
  assert.equal((await admin.post(`/api/v1/groups/${gy}/years/2024/scheme`, { scheme_id: null })).status, 409, 'nothing of its own to drop');
  assert.equal((await admin.post(`/api/v1/groups/${gy}/years/2024/scheme`, { scheme_id: schemeId })).status, 200);
  assert.equal((await admin.get(`/api/v1/groups/${gy}/years/2024/ranking`)).body.scheme.code, scheme.id);
  const audit = (await admin.get('/api/v1/audit?entity=movement&limit=5')).body.items;
  assert.ok(audit.some((a) => a.action === 'movement.scheme'));
});
