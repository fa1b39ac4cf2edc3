// Periodic reports: a unit enters its values and evidence, submits; the level above returns or
// accepts; late submissions are flagged; locked periods and bad values are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, admin, ids = {};
const month = (m) => ({ kind: 'month', year: 2024, month: m });
const q = (o) => encodeURIComponent(JSON.stringify(o));

before(async () => {
  srv = await startServer();
  admin = new Client(srv.url);
  await admin.login('admin');
  for (const name of ['Công an tỉnh Nghệ An', 'Công an tỉnh Trà Vinh', 'Bộ Công an']) {
    ids[name] = (await admin.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name).id;
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the indicator catalogue is served with counts and ratios', async () => {
  const r = await admin.get('/api/v1/indicators');
  assert.equal(r.status, 200);
  const kinds = new Set(r.body.indicators.map((i) => i.kind));
  assert.ok(kinds.has('count') && kinds.has('ratio'));
});

test('a reporter enters, submits; the ministry returns with a reason, then accepts; every step is kept', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  const created = await rep.post('/api/v1/reports', { unit_id: na, period: month(3), values: { toi_pham_ttxh: 40, toi_pham_ttxh_kham_pha: 35 }, narrative: 'Tình hình ANTT tháng 3 ổn định.' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.status, 'draft');
  assert.equal(created.body.values.toi_pham_ttxh, 40);
  const id = created.body.id;
  const dup = await rep.post('/api/v1/reports', { unit_id: na, period: month(3), values: {} });
  assert.equal(dup.status, 409);
  const edited = await rep.patch(`/api/v1/reports/${id}`, { values: { toi_pham_ttxh: 41, toi_pham_ttxh_kham_pha: 35 }, reason: 'Bổ sung 1 vụ' });
  assert.equal(edited.body.version, 2);
  assert.equal((await rep.post(`/api/v1/reports/${id}/submit`, {})).body.status, 'submitted');
  // The reporting unit cannot accept its own report.
  assert.equal((await rep.post(`/api/v1/reports/${id}/accept`, {})).status, 403);
  const noReason = await admin.post(`/api/v1/reports/${id}/return`, {});
  assert.equal(noReason.status, 400);
  const returned = await admin.post(`/api/v1/reports/${id}/return`, { reason: 'Thiếu số liệu tin báo' });
  assert.equal(returned.body.status, 'returned');
  assert.equal(returned.body.return_reason, 'Thiếu số liệu tin báo');
  await rep.patch(`/api/v1/reports/${id}`, { values: { toi_pham_ttxh: 41, toi_pham_ttxh_kham_pha: 35, tin_bao_tiep_nhan: 120, tin_bao_da_xu_ly: 120 } });
  await rep.post(`/api/v1/reports/${id}/submit`, {});
  const accepted = await admin.post(`/api/v1/reports/${id}/accept`, {});
  assert.equal(accepted.body.status, 'accepted');
  const frozen = await rep.patch(`/api/v1/reports/${id}`, { values: { toi_pham_ttxh: 1 } });
  assert.equal(frozen.status, 409);
  const full = (await admin.get(`/api/v1/reports/${id}`)).body;
  assert.deepEqual(full.revisions.map((v) => v.status), ['draft', 'draft', 'submitted', 'returned', 'returned', 'submitted', 'accepted']);
  assert.equal(full.revisions[3].reason, 'Thiếu số liệu tin báo');
  const log = (await admin.get(`/api/v1/audit?entity=report&entity_id=${id}&limit=100`)).body.items.map((e) => e.action);
  assert.ok(log.includes('report.return') && log.includes('report.accept'));
});

test('each step answers the report exactly as it is then stored and read back', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  // A deadline along the unit's chain, long passed: the submission is late.
  assert.equal((await admin.post('/api/v1/report-deadlines', { organiser_unit_id: ids['Bộ Công an'], period: month(9), deadline: '2024-10-05' })).status, 201);
  const asStored = async (answer) => {
    const { revisions, evidence, deadline, ...stored } = (await admin.get(`/api/v1/reports/${answer.body.id}`)).body;
    assert.deepEqual(answer.body, stored);
    return revisions;
  };
  const created = await rep.post('/api/v1/reports', { unit_id: na, period: month(9), values: { toi_pham_ttxh: 12 }, narrative: 'Tháng 9' });
  assert.equal(created.status, 201);
  await asStored(created);
  const id = created.body.id;
  const submitted = await rep.post(`/api/v1/reports/${id}/submit`, {});
  assert.equal(submitted.status, 200);
  assert.equal(submitted.body.late, true);
  assert.ok(submitted.body.submitted_at);
  await asStored(submitted);
  const returned = await admin.post(`/api/v1/reports/${id}/return`, { reason: 'Bổ sung số liệu' });
  assert.equal(returned.body.return_reason, 'Bổ sung số liệu');
  await asStored(returned);
  const again = await rep.post(`/api/v1/reports/${id}/submit`, {});
  assert.equal(again.body.return_reason, null);
  await asStored(again);
  const accepted = await admin.post(`/api/v1/reports/${id}/accept`, {});
  const revisions = await asStored(accepted);
  assert.deepEqual(revisions.map((v) => v.status), ['draft', 'submitted', 'returned', 'submitted', 'accepted']);
  // Each step audited once, in order, the chain whole.
  const log = (await admin.get(`/api/v1/audit?entity=report&entity_id=${id}&limit=100`)).body.items.map((e) => e.action).reverse();
  assert.deepEqual(log, ['report.create', 'report.submit', 'report.return', 'report.submit', 'report.accept']);
  const verify = await admin.get('/api/v1/audit/verify');
  assert.equal(verify.status, 200);
  assert.equal(verify.body.ok, true);
});

test('a blank value is not reported (null), a typed zero is a zero, and money keeps its decimals', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  const r = await rep.post('/api/v1/reports', { unit_id: na, period: month(10), values: { toi_pham_ttxh: 0, tien_phat_vphc: 2.5, ho_so_tthc_tiep_nhan: 1250, an_rnt_dbnt: null } });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.equal(r.body.values.toi_pham_ttxh, 0);
  assert.equal(r.body.values.tien_phat_vphc, 2.5);
  assert.equal(r.body.values.ho_so_tthc_tiep_nhan, 1250);
  assert.equal(r.body.values.an_rnt_dbnt, null);
  assert.equal(r.body.values.tngt_so_vu, null);  // left out: not reported, never 0
  const again = await rep.get(`/api/v1/reports/${r.body.id}`);
  assert.equal(again.body.values.tngt_so_vu, null);
});

test('a report for a period that has not ended is refused, and impossible dates are never rolled over', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  const future = await rep.post('/api/v1/reports', { unit_id: na, period: { kind: 'month', year: 2027, month: 3 }, values: { toi_pham_ttxh: 1 } });
  assert.equal(future.status, 400);
  assert.match(future.body.error.message, /Tháng 3\/2027 chưa kết thúc/);
  const now = new Date(Date.now() + 7 * 3600e3);  // today in Asia/Ho_Chi_Minh
  const running = await rep.post('/api/v1/reports', { unit_id: na, period: { kind: 'month', year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 }, values: {} });
  assert.equal(running.status, 400);
  const feb31 = await rep.post('/api/v1/reports', { unit_id: na, period: { kind: 'phase', start: '2025-02-01', end: '2025-02-31' }, values: {} });
  assert.equal(feb31.status, 400);
  assert.match(feb31.body.error.message, /YYYY-MM-DD|ngày/);
  const list = await rep.get(`/api/v1/reports?unit_id=${na}&limit=1000`);
  assert.ok(!list.body.items.some((x) => x.period.from >= '2025-02-01' && x.period.to.startsWith('2025-03')));
  assert.ok(!list.body.items.some((x) => x.period.from.startsWith('2027')));
});

test('bad values are refused with the indicator named, and nothing is stored', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const na = ids['Công an tỉnh Nghệ An'];
  for (const [values, re] of [
    [{ toi_pham_ttxh: -1 }, /toi_pham_ttxh/],
    [{ toi_pham_ttxh: 'mười' }, /toi_pham_ttxh/],
    [{ toi_pham_ttxh: 2.5 }, /toi_pham_ttxh/],
    [{ khong_co: 1 }, /khong_co/],
    [{ toi_pham_ttxh: 5, toi_pham_ttxh_kham_pha: 9 }, /./],
    // Vietnamese formatting is the form's to read; the API takes numbers and never guesses.
    [{ ho_so_tthc_tiep_nhan: '1.250' }, /phải là số/],
    [{ tien_phat_vphc: 2.555 }, /tối đa 2 chữ số thập phân/],
    [{ toi_pham_ttxh: 1e308 }, /quá lớn/],
    [{ bao_cao_cham_han: 0 }, /không nhập trực tiếp/],
  ]) {
    const r = await rep.post('/api/v1/reports', { unit_id: na, period: month(4), values });
    assert.equal(r.status, 400, JSON.stringify(values));
    assert.match(r.body.error.message, re);
  }
  const list = await rep.get(`/api/v1/reports?unit_id=${na}&period=${q(month(4))}`);
  assert.equal(list.body.total, 0);
});

test('a report for another unit, or in a locked period, is refused', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const other = await rep.post('/api/v1/reports', { unit_id: ids['Công an tỉnh Trà Vinh'], period: month(5), values: {} });
  assert.ok([403, 404].includes(other.status));
  const lock = await admin.post('/api/v1/report-locks', { organiser_unit_id: ids['Bộ Công an'], period: month(6) });
  assert.equal(lock.status, 201);
  const locked = await rep.post('/api/v1/reports', { unit_id: ids['Công an tỉnh Nghệ An'], period: month(6), values: {} });
  assert.equal(locked.status, 409);
  assert.match(locked.body.error.message, /khóa/);
  const lockByReporter = await rep.post('/api/v1/report-locks', { organiser_unit_id: ids['Công an tỉnh Nghệ An'], period: month(7) });
  assert.equal(lockByReporter.status, 403);
});

test('deadlines flag late submissions and the status list shows who has not submitted', async () => {
  const bca = ids['Bộ Công an'];
  const d = await admin.post('/api/v1/report-deadlines', { organiser_unit_id: bca, period: month(1), deadline: '2024-02-05' });
  assert.equal(d.status, 201);
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const r = await rep.post('/api/v1/reports', { unit_id: ids['Công an tỉnh Nghệ An'], period: month(1), values: { toi_pham_ttxh: 30 } });
  const sub = await rep.post(`/api/v1/reports/${r.body.id}/submit`, {});
  assert.equal(sub.body.late, true, 'submitted after 05/02/2024');
  const status = await admin.get(`/api/v1/reports/status?organiser_unit_id=${bca}&period=${q(month(1))}`);
  assert.equal(status.status, 200);
  assert.equal(status.body.deadline, '2024-02-05');
  const na = status.body.items.find((i) => i.unit_name === 'Công an tỉnh Nghệ An');
  assert.equal(na.status, 'submitted');
  assert.equal(na.late, true);
  const tv = status.body.items.find((i) => i.unit_name === 'Công an tỉnh Trà Vinh');
  assert.equal(tv.status, 'missing');
  assert.equal(status.body.submitted, 1);
});

test('evidence files: type checked against content, checksum kept, download returns the same bytes', async () => {
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  const r = await rep.post('/api/v1/reports', { unit_id: ids['Công an tỉnh Nghệ An'], period: month(8), values: {} });
  const pdf = Buffer.from('%PDF-1.4\n% thidua evidence\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const up = await rep.post(`/api/v1/reports/${r.body.id}/evidence`, { filename: 'bien-ban.pdf', content_type: 'application/pdf', content_base64: pdf.toString('base64') });
  assert.equal(up.status, 201, JSON.stringify(up.body));
  assert.equal(up.body.size, pdf.length);
  assert.match(up.body.sha256, /^[0-9a-f]{64}$/);
  const fake = await rep.post(`/api/v1/reports/${r.body.id}/evidence`, { filename: 'x.pdf', content_type: 'application/pdf', content_base64: Buffer.from('MZ not a pdf').toString('base64') });
  assert.equal(fake.status, 400);
  const exe = await rep.post(`/api/v1/reports/${r.body.id}/evidence`, { filename: 'x.exe', content_type: 'application/x-msdownload', content_base64: 'TVo=' });
  assert.equal(exe.status, 400);
  const dl = await fetch(`${srv.url}/api/v1/reports/${r.body.id}/evidence/${up.body.id}`, { headers: { cookie: rep.cookie } });
  assert.equal(dl.status, 200);
  assert.deepEqual(Buffer.from(await dl.arrayBuffer()), pdf);
});
