// The living demo world (`serve --demo`): what a new user finds without typing anything — Cluster
// No. 5's 2024 ranking with every classification level, scorecards with self-versus-final gaps,
// every indicator the regulation uses reported each month, the movements' lifecycle by date,
// Vĩnh Thuận's teams ranked (by phase too), Quảng Bình's dissolved district police with their 2020
// records, and a home page of real work for each role. Also: --demo refuses a database holding
// other data, and a weak demo password.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startServer, Client, BIN, PASSWORD } from '../lib/server.mjs';

let srv, bo;
const CLUSTER5 = ['Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Nam Định', 'Công an tỉnh Hải Dương'];

async function groupByName(c, name) {
  const items = (await c.get('/api/v1/groups?q=' + encodeURIComponent(name))).body.items;
  const g = items.find((x) => x.name === name);
  assert.ok(g, `group ${name}: ${JSON.stringify(items.map((x) => x.name))}`);
  return (await c.get(`/api/v1/groups/${g.id}`)).body;
}

before(async () => {
  srv = await startServer({ demo: 'world' });
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('Cluster No. 5, 2024: ranked at once, all five completing their tasks well or better, none disqualified, all cross-scored', async () => {
  const c5 = await groupByName(bo, 'Cụm thi đua số 5');
  const r = await bo.get(`/api/v1/groups/${c5.id}/years/2024/ranking`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.deepEqual(r.body.items.map((i) => i.unit_name).sort(), [...CLUSTER5].sort());
  assert.equal(r.body.unscored.length, 0);
  // A year the Ministry rated all five excellent: the cluster's own levels are good or excellent,
  // so its leader goes for the Government flag and the other four for the Ministry flag.
  assert.deepEqual([...new Set(r.body.items.map((i) => i.level_code))].sort(), ['tot', 'xuat_sac'],
    `levels ${JSON.stringify(r.body.items.map((i) => [i.unit_name, i.total, i.level]))}`);
  assert.equal(r.body.items.filter((i) => i.disqualified).length, 0);
  assert.ok(r.body.items.every((i) => i.cross_scored));
  assert.equal(r.body.items[0].unit_name, 'Công an tỉnh Hưng Yên');
  // The pledge is signed by all five and the regulation is among the year's documents.
  const y = c5.years.find((x) => x.year === 2024);
  const pledge = (await bo.get(`/api/v1/pledges/${y.pledge_id}`)).body;
  assert.equal(pledge.signed_count, 5);
  assert.ok(pledge.fully_signed);
  assert.ok(y.documents.some((d) => d.kind === 'scoring_regulation'));
  assert.ok(y.documents.some((d) => d.kind === 'report_outline'));
  // A scorecard shows where self-score and final score differ, and why.
  let gaps = 0;
  for (const it of r.body.items) {
    const card = (await bo.get(`/api/v1/groups/${c5.id}/years/2024/scorecards/${it.unit_id}`)).body;
    gaps += card.gaps.length;
  }
  assert.ok(gaps > 0, 'some self-scores differ from the final scores');
});

test('every member reported every month of 2023 and 2024, each indicator the regulation uses present', async () => {
  const c5 = await groupByName(bo, 'Cụm thi đua số 5');
  const ranking = (await bo.get(`/api/v1/groups/${c5.id}/years/2024/ranking`)).body;
  const scheme = (await bo.get(`/api/v1/scoring-schemes/${ranking.scheme.id}`)).body.scheme;
  const catalogue = (await bo.get('/api/v1/indicators')).body.indicators;
  const byCode = Object.fromEntries(catalogue.map((i) => [i.code, i]));
  const needed = new Set();
  const add = (code) => {
    const i = byCode[code];
    if (!i) return;
    if (i.kind === 'count' || i.kind === 'sum') needed.add(code);
    else if (i.kind === 'ratio') { add(i.numerator); add(i.denominator); } else if (i.kind === 'total') i.parts.forEach(add);
  };
  const walk = (j) => {
    if (Array.isArray(j)) j.forEach(walk);
    else if (j && typeof j === 'object') for (const [k, v] of Object.entries(j)) { if (k === 'indicator' && typeof v === 'string') add(v); else walk(v); }
  };
  walk(scheme);
  assert.ok(needed.size >= 15, [...needed].join(','));
  for (const it of ranking.items) {
    const reps = (await bo.get(`/api/v1/reports?unit_id=${it.unit_id}&limit=1000`)).body.items;
    for (const year of [2023, 2024]) {
      const months = reps.filter((x) => x.period.kind === 'month' && x.period.year === year);
      assert.equal(months.length, 12, `${it.unit_name} ${year}`);
      for (const rep of months) {
        assert.equal(rep.status, 'accepted');
        for (const code of needed) assert.ok(rep.values[code] !== undefined && rep.values[code] !== null, `${it.unit_name} ${rep.period.label} lacks ${code}`);
      }
    }
  }
});

test('movements say what they are today: nothing ended is "in progress"', async () => {
  const today = (await bo.get('/api/v1/meta')).body.today;
  const list = (await bo.get('/api/v1/movements?limit=100')).body.items;
  for (const m of list) {
    assert.ok(m.lifecycle, m.name);
    if (m.end < today) assert.notEqual(m.lifecycle.code, 'in_progress', m.name);
    if (m.end < today) assert.doesNotMatch(m.lifecycle.label, /Đang/, m.name);
  }
  const tv = list.find((m) => m.name.startsWith('Phong trào thi đua đặc biệt chào mừng kỷ niệm 80 năm'));
  assert.equal(tv.phases.length, 3);
  assert.ok(tv.targets.filter((t) => t.indicator).length >= 5);
  if (today > '2025-08-19') assert.equal(tv.lifecycle.code, 'awaiting_final_review');
  const vt = list.find((m) => /Vĩnh Thuận năm 2026/.test(m.name));
  assert.equal(vt.content_areas.length, 7);
  assert.equal(vt.phases.length, 2);
  assert.equal(vt.scope.units.length, 5);
  if (today >= '2026-07-01' && today <= '2026-12-31') {
    assert.equal(vt.lifecycle.phase_ordinal, 2);
    const left = (Date.parse('2026-12-31') - Date.parse(today)) / 86400000;
    assert.equal(vt.lifecycle.days_left, left);
    assert.match(vt.lifecycle.label, new RegExp(`Đợt 2, còn ${left} ngày`));
    assert.equal(vt.phases[0].lifecycle.code, 'reviewed');  // its interim review was held
  }
  const na = list.find((m) => m.name.startsWith('Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở') && m.owner_unit_name === 'Công an tỉnh Nghệ An');
  assert.equal(na.lifecycle.code, 'reviewed');
  const regs = (await bo.get('/api/v1/registrations?year=2025&unit_id=' + tv.owner_unit_id)).body.items;
  assert.ok(regs.some((r) => r.title_code === 'co_thi_dua_bo_cong_an' && r.movement_id === tv.id));
});

test("Vĩnh Thuận's five teams are ranked by the template regulation, for the year and for each phase", async () => {
  const block = await groupByName(bo, 'Khối thi đua các Tổ bảo vệ an ninh, trật tự xã Vĩnh Thuận');
  const y = block.years.find((x) => x.year === 2026);
  assert.equal(y.members.length, 5);
  const r = (await bo.get(`/api/v1/groups/${block.id}/years/2026/ranking`)).body;
  assert.equal(r.items.length, 5);
  assert.ok(new Set(r.items.map((i) => i.total)).size >= 4, 'the teams score differently');
  const m = (await bo.get(`/api/v1/movements/${y.movement_id}`)).body;
  for (const ph of m.phases) {
    const p = encodeURIComponent(JSON.stringify({ kind: 'phase', start: ph.start, end: ph.end, name: `Đợt ${ph.ordinal}` }));
    const byPhase = await bo.get(`/api/v1/groups/${block.id}/years/2026/ranking?period=${p}`);
    assert.equal(byPhase.status, 200, JSON.stringify(byPhase.body));
    assert.equal(byPhase.body.items.length, 5);
  }
});

test("Quảng Bình's 2020 block of district police keeps its records after the units were dissolved", async () => {
  const block = await groupByName(bo, 'Khối thi đua Công an các huyện, thành phố');
  const y = block.years.find((x) => x.year === 2020);
  assert.equal(y.leader.unit_name, 'Công an huyện Quảng Ninh');
  assert.equal(y.deputy.unit_name, 'Công an thành phố Đồng Hới');
  assert.ok(y.members.every((m) => m.status === 'dissolved'));
  assert.deepEqual(y.documents.map((d) => d.kind).sort(), ['operating_rules', 'report_outline', 'scoring_regulation']);
  assert.equal((await bo.get(`/api/v1/pledges/${y.pledge_id}`)).body.signed_count, 4);
  const r = (await bo.get(`/api/v1/groups/${block.id}/years/2020/ranking`)).body;
  assert.equal(r.items.length, 4);
  // The demo's disqualification: Lệ Thủy scored itself as having kept the 2020 district Party
  // congress safe; the block's leader found otherwise, so the district is rated at the lowest
  // level whatever its points, last of the block; every level of the regulation shows.
  assert.deepEqual(r.items.map((i) => [i.unit_name, i.level_code, i.disqualified]).slice(2),
    [['Công an huyện Bố Trạch', 'hoan_thanh', false], ['Công an huyện Lệ Thủy', 'khong_hoan_thanh', true]]);
  assert.deepEqual(r.items.slice(0, 2).map((i) => i.level_code), ['xuat_sac', 'xuat_sac']);
  const lt = r.items[3];
  const card = (await bo.get(`/api/v1/groups/${block.id}/years/2020/scorecards/${lt.unit_id}`)).body;
  assert.ok(card.gaps.some((g) => g.id === 'an_toan_dai_hoi'), JSON.stringify(card.gaps));
  assert.match(JSON.stringify(card), /Đại hội Đảng bộ huyện Lệ Thủy/);
});

test('the home page lists real work for each role, in its scope, each item linking to where it is done', async () => {
  const vt = new Client(srv.url);
  await vt.login('canbo.vinhthuan');
  const o = (await vt.get('/api/v1/overview')).body;
  const late = o.reports_due.filter((r) => r.late).map((r) => r.unit_name);
  assert.ok(late.includes('Tổ bảo vệ an ninh, trật tự ấp Cả Trốt'), JSON.stringify(o.reports_due));
  assert.ok(late.includes('Tổ bảo vệ an ninh, trật tự ấp Sình Mới'));
  assert.ok(o.reports_to_review.some((r) => r.unit_name === 'Tổ bảo vệ an ninh, trật tự ấp Thuận Bình' && /^\/reports\/\d+$/.test(r.link)));
  assert.ok(o.movements.some((m) => m.lifecycle.code === 'in_progress' && /^\/movements\/\d+$/.test(m.link)));
  assert.ok(o.groups.some((g) => g.name.includes('Vĩnh Thuận') && g.role === 'organiser'));
  assert.ok(o.reports_due.every((r) => r.unit_name.includes('Vĩnh Thuận') || r.unit_name.startsWith('Tổ bảo vệ')), 'only its own teams');

  const hy = new Client(srv.url);
  await hy.login('canbo.hungyen');
  const h = (await hy.get('/api/v1/overview')).body;
  assert.ok(h.assignments.some((a) => a.scorer_unit_name === 'Công an tỉnh Hưng Yên' && /scores\?unit=\d+$/.test(a.link)), JSON.stringify(h.assignments));
  assert.ok(h.groups.some((g) => g.name === 'Cụm thi đua số 5' && g.role === 'leader'));
  assert.ok(h.registrations.some((r) => r.this_week && r.lifecycle.code === 'open'));

  const na = new Client(srv.url);
  await na.login('baocao.nghean');
  const n = (await na.get('/api/v1/overview')).body;
  assert.ok(n.reports_due.length > 0);
  assert.ok(n.reports_due.every((r) => r.unit_name === 'Công an tỉnh Nghệ An'), JSON.stringify(n.reports_due));
  assert.equal(n.reports_to_review.length, 0, 'a reporter reviews nothing');
  assert.equal((await new Client(srv.url).get('/api/v1/overview')).status, 401);
});

test('--demo on a database holding other data refuses, exit 2, and changes nothing; a weak demo password is refused', async () => {
  const plain = await startServer({ demo: false });
  try {
    const admin = new Client(plain.url);
    await admin.login('admin');
    const root = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Bộ Công an'))).body.items[0];
    const made = await admin.post('/api/v1/units', { name: 'Công an tỉnh Thử', kind: 'provincial_police', code: 'CA-THU', parent_id: root.id, valid_from: '2020-01-01' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    await plain.stop();
    const env = { ...process.env, THIDUA_ADMIN_PASSWORD: PASSWORD, THIDUA_DEMO_PASSWORD: PASSWORD };
    const run = spawnSync(BIN, ['serve', '--demo', '--db', plain.dbUrl, '--port', '0'], { env, encoding: 'utf8', timeout: 30000 });
    assert.equal(run.status, 2, run.stderr + run.stdout);
    assert.match(run.stderr, /already holds data.*Nothing was changed/);
    const again = await startServer({ demo: false, dbUrl: plain.dbUrl, dir: plain.dir });
    try {
      const a2 = new Client(again.url);
      await a2.login('admin');
      assert.equal((await a2.get('/api/v1/units?limit=1000')).body.total, 2, 'the Ministry and the unit added, nothing else');
    } finally { await again.stop(); }
    const weak = spawnSync(BIN, ['serve', '--demo', '--db', plain.dbUrl, '--port', '0'], { env: { ...env, THIDUA_DEMO_PASSWORD: 'abc' }, encoding: 'utf8', timeout: 30000 });
    assert.equal(weak.status, 2);
    assert.match(weak.stderr, /THIDUA_DEMO_PASSWORD is too weak/);
  } finally { plain.cleanup(); }
});

test("a regulation is seen by the units it applies to and the levels above its owner, and only its owner publishes new versions", async () => {
  const viewer = new Client(srv.url);
  await viewer.login('xem.hungyen');
  const seen = (await viewer.get('/api/v1/scoring-schemes')).body.items;
  assert.ok(seen.some((s) => s.code === 'cum5-2024'), 'Hưng Yên is a member of Cluster No. 5');
  assert.ok(!seen.some((s) => /vinh-thuan|vĩnh thuận/i.test(s.code + ' ' + s.name)), JSON.stringify(seen.map((s) => s.name)));
  const all = (await bo.get('/api/v1/scoring-schemes')).body.items;
  const commune = all.find((s) => /Vĩnh Thuận/.test(s.name));
  assert.ok(commune, 'the Ministry sees the commune regulation');
  assert.equal((await viewer.get(`/api/v1/scoring-schemes/${commune.id}`)).status, 404);
  // Hưng Yên's officer cannot publish version 2 of the Ministry's regulation.
  const hy = new Client(srv.url);
  await hy.login('canbo.hungyen');
  const cum5 = (await bo.get(`/api/v1/scoring-schemes/${all.find((s) => s.code === 'cum5-2024').id}`)).body.scheme;
  const taken = await hy.post('/api/v1/scoring-schemes', { scheme: { ...cum5, version: 99 } });
  assert.equal(taken.status, 403, JSON.stringify(taken.body));
  // A regulation without a code gets one made from its name.
  const own = await hy.post('/api/v1/scoring-schemes', { scheme: { ...cum5, id: undefined, version: 1, name: 'Quy định chấm điểm khối Công an huyện Hưng Yên 2026' } });
  assert.equal(own.status, 201, JSON.stringify(own.body));
  assert.match(own.body.code, /^[a-z0-9-]+$/);
  assert.match(own.body.code, /hung-yen/);
});

test("the Ministry's national view of 2024 ranks two scored clusters; Bến Tre's missing months are not zeros", async () => {
  const r = await bo.get('/api/v1/rankings/national?year=2024');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const clusters = r.body.groups.filter((g) => g.kind === 'cluster' && g.mean_percent !== null);
  assert.ok(clusters.length >= 2, `scored clusters: ${JSON.stringify(r.body.groups.map((g) => [g.name, g.mean_percent]))}`);
  const set = r.body.peer_sets.find((s) => s.kind === 'cluster' && s.group_ids.length >= 2);
  assert.ok(set, 'the Ministry\'s clusters form one set of peers');
  const places = clusters.map((g) => g.peer_rank).sort();
  assert.deepEqual(places.slice(0, 2), [1, 2]);
  const mekong = clusters.find((g) => g.name === 'Cụm thi đua số 7');
  assert.ok(mekong, 'the Mekong cluster is listed');
  assert.equal(mekong.members, 4);
  assert.equal(mekong.ranked, 4);
  assert.equal(mekong.incomplete_members, 1);
  assert.equal(mekong.completeness_label, '3/4 đơn vị đủ báo cáo');
  // Its own ranking says the same, naming the months Bến Tre did not send.
  const own = (await bo.get(`/api/v1/groups/${mekong.group_id}/years/2024/ranking`)).body;
  const bt = own.items.find((i) => i.unit_name === 'Công an tỉnh Bến Tre');
  assert.ok(bt && bt.incomplete, JSON.stringify(own.items.map((i) => [i.unit_name, i.incomplete])));
  assert.equal(bt.completeness.missing.length, 3);
  assert.deepEqual(mekong.leading.map((l) => l.unit_id), own.leading_unit_ids);
});

test("the year ends: Cluster No. 5's 2024 is left open for a user, Cluster No. 7's 2024 was run with its flags decided", async () => {
  const c5 = await groupByName(bo, 'Cụm thi đua số 5');
  const open = (await bo.get(`/api/v1/groups/${c5.id}/years/2024/honour`)).body;
  assert.equal(open.vote, null);
  assert.deepEqual(open.proposals, []);
  assert.equal(open.ranking.items.length, 5);
  assert.ok(open.ranking.items.every((i) => !i.incomplete));
  // The five provinces' 2024 classification is recorded; no flag of 2024 is.
  for (const i of open.ranking.items) {
    const rec = (await bo.get(`/api/v1/units/${i.unit_id}/record`)).body;
    assert.ok(rec.items.some((x) => x.kind === 'evaluation' && x.year === 2024 && x.code === 'xuat_sac' && x.unit.id === i.unit_id),
      `${i.unit_name}: ${JSON.stringify(rec.items.filter((x) => x.kind === 'evaluation'))}`);
    assert.ok(!rec.items.some((x) => x.year === 2024 && /^co_thi_dua/.test(x.code)), i.unit_name);
  }
  const c7 = await groupByName(bo, 'Cụm thi đua số 7');
  const done = (await bo.get(`/api/v1/groups/${c7.id}/years/2024/honour`)).body;
  assert.ok(done.vote, 'the demo honoured a leader');
  assert.equal(done.vote.leader_unit_id, done.ranking.items[0].unit_id);
  assert.deepEqual(done.proposals.map((p) => p.state), ['decided', 'decided']);
  const bt = done.ranking.items.find((i) => i.unit_name === 'Công an tỉnh Bến Tre');
  assert.equal(bt.completeness.missing.length, 3, 'still short of October–December');
  assert.ok(!done.proposals.some((p) => p.items.some((it) => it.subject.id === bt.unit_id)), 'Bến Tre is not proposed');
});

test('the server says when the scores of the years it holds are loaded: /readyz, and /healthz at once', async () => {
  const h = await fetch(srv.url + '/healthz');
  assert.equal(h.status, 200);
  assert.deepEqual(await h.json(), { status: 'ok' });  // CONTRACT.md: exactly this
  let ready;
  for (let i = 0; i < 200; ++i) {
    ready = await fetch(srv.url + '/readyz');
    if (ready.status === 200) break;
    assert.equal(ready.status, 503);
    await new Promise((res) => setTimeout(res, 50));
  }
  assert.equal(ready.status, 200);
  const body = await ready.json();
  assert.equal(body.scores.ready, true);
  assert.ok(body.scores.years.includes(2024), JSON.stringify(body.scores));
  assert.ok(body.scores.scored >= 3, JSON.stringify(body.scores));  // Cluster No. 5, the Mekong cluster, Vĩnh Thuận's block…
  assert.equal(body.scores.failed, 0);
  // The report values held: 4-byte cells (counts, hundredths of sums), 8 for a group-year held as doubles.
  assert.ok(body.scores.value_cells > 0, JSON.stringify(body.scores));
  assert.ok(body.scores.value_bytes >= 4 * body.scores.value_cells && body.scores.value_bytes <= 8 * body.scores.value_cells,
    JSON.stringify(body.scores));
  assert.ok(body.scores.wide_group_years <= body.scores.scored, JSON.stringify(body.scores));
  // What the score board holds against its budget: every group-year loaded, more bytes than the
  // values alone (the engines' other arrays, the rankings), within the budget, nothing dropped.
  const held = body.scores.held;
  assert.ok(held.snapshots >= body.scores.scored, JSON.stringify(held));
  assert.ok(held.bytes > body.scores.value_bytes && held.bytes <= held.budget_bytes, JSON.stringify(held));
  assert.equal(held.budget_bytes, 640 * 1048576);
  assert.equal(held.evicted, 0);
  assert.equal(held.not_loaded, 0);
});
