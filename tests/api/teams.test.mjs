// A commune's teams without expert set-up: the shipped template, codes made from names, the block
// of the commune's teams with the template's regulation in one step, and a phase of the
// group-year's movement accepted as a ranking period even when it crosses the year.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, bo, commune;
before(async () => {
  srv = await startServer();
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  commune = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Công an xã Vĩnh Thuận'))).body.items[0];
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the grassroots template is shipped with its basis; codes come from Vietnamese names', async () => {
  const t = (await bo.get('/api/v1/scheme-templates')).body.items.find((x) => x.code === 'to-bao-ve-antt');
  assert.ok(t);
  assert.match(t.basis, /30\/2023\/QH15/);
  assert.equal(t.total_points, 100);
  const g = (await bo.get('/api/v1/codes/suggest?kind=group&name=' + encodeURIComponent('Cụm thi đua số 5'))).body;
  assert.equal(g.code, 'cum-thi-dua-so-5');
});

test('a commune applies the template to all its teams in one step; the block is ranked; twice is a conflict', async () => {
  const r = await bo.post(`/api/v1/units/${commune.id}/team-blocks`, { year: 2025 });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.team_ids.length, 5);
  assert.match(r.body.scheme.code, /^to-bao-ve-antt-xa-vinh-thuan-2025/);
  const g = (await bo.get(`/api/v1/groups/${r.body.group_id}`)).body;
  assert.equal(g.kind, 'block');
  assert.equal(g.organiser_unit_id, commune.id);
  const y = g.years.find((x) => x.year === 2025);
  assert.equal(y.members.length, 5);
  assert.ok(y.documents.some((d) => d.kind === 'scoring_regulation'));
  const ranking = await bo.get(`/api/v1/groups/${r.body.group_id}/years/2025/ranking`);
  assert.equal(ranking.status, 200, JSON.stringify(ranking.body));
  assert.equal(ranking.body.scheme.id, r.body.scheme.id);
  // The same code is never reused: the suggestion for the same name gets a suffix now.
  const s = (await bo.get('/api/v1/codes/suggest?kind=scheme&name=' + encodeURIComponent('to-bao-ve-antt xã Vĩnh Thuận 2025'))).body;
  assert.equal(s.code, 'to-bao-ve-antt-xa-vinh-thuan-2025-2');
  assert.equal((await bo.post(`/api/v1/units/${commune.id}/team-blocks`, { year: 2025 })).status, 409);
  // The sheets of every team on one screen.
  const sheets = (await bo.get(`/api/v1/groups/${r.body.group_id}/years/2025/sheets`)).body;
  assert.equal(sheets.items.length, 5);
  assert.ok(sheets.items.every((i) => i.writable && i.self === null));
  assert.ok(sheets.scheme.sections.length >= 4);
});

test('who may: a reporter cannot, an officer of another province cannot; a unit without teams is refused', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  assert.equal((await rep.post(`/api/v1/units/${commune.id}/team-blocks`, { year: 2026 })).status, 403);
  const na = new Client(srv.url);
  await na.login('canbo.nghean');
  assert.ok([403, 404].includes((await na.post(`/api/v1/units/${commune.id}/team-blocks`, { year: 2026 })).status));
  const province = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items[0];
  const bad = await bo.post(`/api/v1/units/${province.id}/team-blocks`, { year: 2026 });
  assert.equal(bad.status, 400);
});

test("a phase of the group-year's movement that crosses the year is a ranking period", async () => {
  const r = await bo.post(`/api/v1/units/${commune.id}/team-blocks`, { year: 2024 });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const na = (await bo.get('/api/v1/movements?q=' + encodeURIComponent('lực lượng tham gia bảo vệ'))).body.items.find((m) => m.phases.length === 2);
  const phase1 = na.phases[0];
  assert.ok(phase1.start < '2025-01-01' && phase1.end > '2025-01-01');
  const p = encodeURIComponent(JSON.stringify({ kind: 'phase', start: phase1.start, end: phase1.end, name: 'Đợt 1' }));
  const ok = await bo.get(`/api/v1/groups/${r.body.group_id}/years/2024/ranking?period=${p}`);
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.match(ok.body.period.label, /Đợt 1/);
  const q = encodeURIComponent(JSON.stringify({ kind: 'quarter', year: 2023, quarter: 4 }));
  assert.equal((await bo.get(`/api/v1/groups/${r.body.group_id}/years/2024/ranking?period=${q}`)).status, 400);
});
