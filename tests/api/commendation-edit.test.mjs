// A dossier returned by the province is corrected by the division that proposed it: one nominee
// removed, one added, another's grounds rewritten, then sent up again — with every version kept
// in the dossier's path and the audit; an ineligible nominee, an unchanged list, a dossier that is
// not the proposer's to change or no longer returned are refused with nothing changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, bo, hy, hyViewer, tv;
const unit = {};
const person = {};

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyViewer = await login('xem.hungyen');
  tv = await login('baocao.travinh');
  const units = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items;
  unit.PV01 = units.find((u) => u.name === 'Phòng Tham mưu, Công an tỉnh Hưng Yên').id;
  for (const n of ['Hoàng Minh Tuấn', 'Phạm Thị Hương', 'Nguyễn Văn Long', 'Bùi Văn Kiên']) {
    const found = (await bo.get('/api/v1/people?q=' + encodeURIComponent(n))).body.items.find((p) => p.full_name === n);
    assert.ok(found, n);
    person[n] = found.id;
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

const item = (name, grounds) => ({ subject_kind: 'person', subject_id: person[name], code: 'chien_si_tien_tien', grounds });

test('a returned dossier: one nominee removed, one added, grounds rewritten, resubmitted, with the history kept', async () => {
  for (const [n, level] of [['Hoàng Minh Tuấn', 'tot'], ['Phạm Thị Hương', 'tot'], ['Nguyễn Văn Long', 'tot'], ['Bùi Văn Kiên', 'hoan_thanh']]) {
    const r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person[n], year: 2025, level });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
  const created = await hy.post('/api/v1/proposals', { unit_id: unit.PV01, year: 2025, report: 'Báo cáo thành tích năm 2025',
    items: [item('Hoàng Minh Tuấn', 'Hoàn thành tốt nhiệm vụ tham mưu'), item('Phạm Thị Hương', 'Tham gia chuyên án')] });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal(created.body.items[0].grounds, 'Hoàn thành tốt nhiệm vụ tham mưu');
  for (const step of ['submit', 'receive']) assert.equal((await hy.post(`/api/v1/proposals/${id}/steps`, { step })).status, 200);
  // Not returned yet: the dossier at the province cannot be changed under its feet.
  const early = await hy.req('PUT', `/api/v1/proposals/${id}/items`, { items: [item('Hoàng Minh Tuấn', 'x')] });
  assert.equal(early.status, 409);
  assert.match(early.body.error.message, /Đã tiếp nhận/);
  const ret = await hy.post(`/api/v1/proposals/${id}/steps`, { step: 'return', reason: 'Thành tích của đồng chí Tuấn chưa cụ thể; đồng chí Hương đã được đề nghị ở hồ sơ khác' });
  assert.equal(ret.body.state, 'returned');

  // Someone who may only read, or from another province, changes nothing.
  assert.equal((await hyViewer.req('PUT', `/api/v1/proposals/${id}/items`, { items: [item('Hoàng Minh Tuấn', 'x')] })).status, 403);
  assert.ok([403, 404].includes((await tv.req('PUT', `/api/v1/proposals/${id}/items`, { items: [item('Hoàng Minh Tuấn', 'x')] })).status));
  // An ineligible nominee is named with the failing condition, and nothing is written.
  const bad = await hy.req('PUT', `/api/v1/proposals/${id}/items`, {
    items: [item('Hoàng Minh Tuấn', 'Chủ trì 3 báo cáo chuyên đề'), item('Nguyễn Văn Long', 'Bảo đảm an ninh lễ hội'), item('Bùi Văn Kiên', 'x')] });
  assert.equal(bad.status, 400);
  assert.match(bad.body.error.message, /Bùi Văn Kiên chưa đủ điều kiện "Chiến sĩ tiên tiến"/);
  let now = (await hy.get(`/api/v1/proposals/${id}`)).body;
  assert.deepEqual(now.items.map((i) => i.subject.name), ['Hoàng Minh Tuấn', 'Phạm Thị Hương']);
  assert.equal(now.steps.at(-1).step, 'return');

  const edited = await hy.req('PUT', `/api/v1/proposals/${id}/items`, {
    items: [item('Hoàng Minh Tuấn', 'Chủ trì 3 báo cáo chuyên đề'), item('Nguyễn Văn Long', 'Bảo đảm an ninh lễ hội')],
    report: 'Báo cáo thành tích năm 2025 (bổ sung)', reason: 'Sửa theo ý kiến của Công an tỉnh' });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  assert.equal(edited.body.state, 'returned');
  assert.deepEqual(edited.body.items.map((i) => [i.subject.name, i.grounds, i.eligibility.eligible]),
    [['Hoàng Minh Tuấn', 'Chủ trì 3 báo cáo chuyên đề', true], ['Nguyễn Văn Long', 'Bảo đảm an ninh lễ hội', true]]);
  assert.equal(edited.body.report, 'Báo cáo thành tích năm 2025 (bổ sung)');
  const step = edited.body.steps.at(-1);
  assert.equal(step.step, 'edit');
  assert.equal(step.reason, 'Sửa theo ý kiến của Công an tỉnh');
  assert.deepEqual(step.changes.added.map((x) => x.subject), ['Nguyễn Văn Long']);
  assert.deepEqual(step.changes.removed.map((x) => [x.subject, x.grounds]), [['Phạm Thị Hương', 'Tham gia chuyên án']]);
  assert.deepEqual(step.changes.grounds.map((x) => [x.subject, x.grounds_before, x.grounds]),
    [['Hoàng Minh Tuấn', 'Hoàn thành tốt nhiệm vụ tham mưu', 'Chủ trì 3 báo cáo chuyên đề']]);
  assert.equal(step.changes.report, true);

  // The same list again is no change.
  const same = await hy.req('PUT', `/api/v1/proposals/${id}/items`, {
    items: [item('Hoàng Minh Tuấn', 'Chủ trì 3 báo cáo chuyên đề'), item('Nguyễn Văn Long', 'Bảo đảm an ninh lễ hội')] });
  assert.equal(same.status, 400);
  assert.match(same.body.error.message, /không có gì thay đổi/);

  // Sent up again: the province receives the corrected list; the whole path is kept.
  const again = await hy.post(`/api/v1/proposals/${id}/steps`, { step: 'submit' });
  assert.equal(again.body.state, 'submitted');
  assert.deepEqual(again.body.steps.map((s) => s.step), ['create', 'submit', 'receive', 'return', 'edit', 'submit']);
  assert.equal((await hy.req('PUT', `/api/v1/proposals/${id}/items`, { items: [item('Hoàng Minh Tuấn', 'y')] })).status, 409);
  const audit = await bo.get(`/api/v1/audit?entity=proposal&entity_id=${id}&limit=200`);
  const edit = audit.body.items.find((a) => a.action === 'proposal.edit');
  assert.ok(edit, 'the edit is audited');
});
