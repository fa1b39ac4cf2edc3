// Documents and exports (issue 11) on the demo world's Cluster No. 5, 2024: every generated file
// is opened with readers independent of thidua (tests/lib/office_check.py: Python's zipfile and
// XML parser for .docx, openpyxl for .xlsx, LibreOffice's PDF read by pdftotext/pdfinfo).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';
import { makeCheck, download, flat } from '../lib/office.mjs';

const CLUSTER5 = ['Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Nam Định', 'Công an tỉnh Hải Dương'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const work = mkdtempSync(join(tmpdir(), 'thidua-docs-'));
let srv, bo, c5, gy, pledgeId, schemeId;

const check = makeCheck(work);



before(async () => {
  srv = await startServer({ demo: 'world' });
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  const items = (await bo.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items;
  c5 = items.find((g) => g.name === 'Cụm thi đua số 5');
  gy = c5.years.find((y) => y.year === 2024);
  pledgeId = gy.pledge_id;
  const ranking = (await bo.get(`/api/v1/groups/${c5.id}/years/2024/ranking`)).body;
  schemeId = ranking.scheme.id;
  gy = { ...gy, id: ranking.group_year_id };
  assert.ok(pledgeId && schemeId);
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the pledge as .docx: Decree 30 page and header, the number kept, every member in the signature table', async () => {
  const r = await download(bo, `/api/v1/documents/pledge/${pledgeId}?format=docx`);
  assert.equal(r.status, 200, r.bytes.toString());
  assert.equal(r.headers.get('content-type'), DOCX);
  assert.match(r.headers.get('content-disposition'), /^attachment; filename="pledge-\d+\.docx"/);
  const d = check('docx', r.bytes, 'pledge.docx');
  assert.equal(d.bad_member, null);
  assert.deepEqual(d.page, { w: 11906, h: 16838 });  // A4 portrait
  assert.deepEqual(d.margins, { top: 1134, bottom: 1134, left: 1701, right: 850 });  // 20/20/30/15 mm
  assert.ok(d.title_page, 'no page number on the first page');
  assert.deepEqual(d.fonts, ['Times New Roman']);
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BỘ CÔNG AN', 'CỤM THI ĐUA SỐ 5',
    'GIAO ƯỚC THI ĐUA', 'Nơi nhận:', 'TM. CỤM THI ĐUA SỐ 5', 'Hưng Yên, ngày 19 tháng 3 năm 2024'])
    assert.ok(d.paragraphs.includes(s), `missing paragraph ${s}`);
  const number = d.paragraphs.find((p) => p.startsWith('Số: '));
  assert.match(number, /^Số: 01\/GƯTĐ-[A-Z]+$/);
  for (const u of CLUSTER5) assert.ok(d.paragraphs.includes(u), `signature table lacks ${u}`);
  assert.ok(!/\{[#/^>]?[a-z_]+\}/.test(d.text), 'a placeholder was left');
  assert.ok(!/toi_pham_ttxh/.test(d.text), 'indicator codes instead of names');
  // asked again: the same number, not the next one
  const again = check('docx', (await download(bo, `/api/v1/documents/pledge/${pledgeId}`)).bytes, 'pledge2.docx');
  assert.equal(again.paragraphs.find((p) => p.startsWith('Số: ')), number);
});

test('the pledge, the regulation and the ranking as PDF (LibreOffice) read back by pdftotext', async () => {
  const p = await download(bo, `/api/v1/documents/pledge/${pledgeId}?format=pdf`);
  assert.equal(p.status, 200, p.bytes.toString());
  assert.equal(p.headers.get('content-type'), 'application/pdf');
  const pdf = check('pdf', p.bytes, 'pledge.pdf');
  assert.match(pdf.size, /^595\.\d+ x 841\.\d+|^595\.\d+ x 842/);  // A4 in points
  const text = flat(pdf.text);
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIAO ƯỚC THI ĐUA', ...CLUSTER5]) assert.ok(text.includes(s), `PDF lacks ${s}`);

  const reg = await download(bo, `/api/v1/documents/regulation/${schemeId}?format=pdf`);
  assert.equal(reg.status, 200, reg.bytes.toString());
  const rt = flat(check('pdf', reg.bytes, 'reg.pdf').text);
  for (const s of ['QUY ĐỊNH', 'Tiêu chí và thang điểm', 'Điểm thưởng', 'Xếp loại']) assert.ok(rt.includes(s), `regulation lacks ${s}`);

  const rank = await download(bo, `/api/v1/documents/ranking/${gy.id}?format=docx`);
  assert.equal(rank.status, 200);
  const rd = check('docx', rank.bytes, 'rank.docx');
  assert.ok(rd.paragraphs.includes('113,41'), 'the leader\'s final score in Vietnamese notation');
  assert.ok(rd.paragraphs.includes('Đơn vị dẫn đầu: Công an tỉnh Hưng Yên.'));
});

test('a final review report: drafted from the outline with the figures and the ranking, narrative kept in versions, exported', async () => {
  const outline = await bo.get(`/api/v1/groups/${c5.id}/years/2024/report-outline`);
  assert.equal(outline.status, 200);
  assert.ok(outline.body.sections.some((s) => s.figures === 'indicators'));
  const created = await bo.post(`/api/v1/groups/${c5.id}/years/2024/review-reports`, { kind: 'final' });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const rep = created.body;
  assert.equal(rep.version, 1);
  const results = rep.sections.find((s) => s.figures_kind === 'indicators');
  assert.ok(results.figures.length > 3);
  const f = results.figures.find((x) => x.previous !== '');
  assert.ok(f && f.current !== '' && f.change !== '', JSON.stringify(results.figures));
  const ranked = rep.sections.find((s) => s.figures_kind === 'ranking').ranking;
  assert.equal(ranked.length, 5);
  assert.equal(ranked[0].unit_name, 'Công an tỉnh Hưng Yên');

  const v2 = await bo.post(`/api/v1/review-reports/${rep.id}/versions`,
    { narrative: { tinh_hinh: 'Năm 2024, tình hình an ninh chính trị ổn định.\nTội phạm về trật tự xã hội giảm.' } });
  assert.equal(v2.status, 201, JSON.stringify(v2.body));
  assert.equal(v2.body.version, 2);
  const first = (await bo.get(`/api/v1/review-reports/${rep.id}?version=1`)).body;
  assert.equal(first.sections.find((s) => s.id === 'tinh_hinh').text, '');
  const bad = await bo.post(`/api/v1/review-reports/${rep.id}/versions`, { narrative: { khong_co: 'x' } });
  assert.equal(bad.status, 400);

  const docx = check('docx', (await download(bo, `/api/v1/documents/review/${rep.id}`)).bytes, 'review.docx');
  assert.ok(docx.paragraphs.includes('Năm 2024, tình hình an ninh chính trị ổn định.'));
  assert.ok(docx.paragraphs.includes('Tội phạm về trật tự xã hội giảm.'), 'one paragraph a line');
  assert.ok(docx.paragraphs.includes('III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA'));
  const pdf = await download(bo, `/api/v1/documents/review/${rep.id}?format=pdf`);
  const text = flat(check('pdf', pdf.bytes, 'review.pdf').text);
  for (const s of ['BÁO CÁO', 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA', 'Năm 2024, tình hình an ninh chính trị ổn định.', 'Công an tỉnh Hưng Yên'])
    assert.ok(text.includes(s), `review PDF lacks ${s}`);
});

test('the ranking as .xlsx and .csv: the JSON rows, numbers as numbers, bold frozen headings, the section breakdown', async () => {
  const json = (await bo.get(`/api/v1/groups/${c5.id}/years/2024/ranking`)).body;
  const r = await download(bo, `/api/v1/groups/${c5.id}/years/2024/ranking?format=xlsx`);
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), XLSX);
  assert.match(r.headers.get('content-disposition'), /^attachment; filename=".*\.xlsx"/);
  const x = check('xlsx', r.bytes, 'ranking.xlsx').sheets[0];
  const headIdx = x.rows.findIndex((row) => row[0].v === 'Hạng');
  assert.ok(headIdx > 0);
  const head = x.rows[headIdx];
  assert.ok(head.every((c) => c.v === null || c.bold), 'bold headings');
  assert.equal(x.freeze, `A${headIdx + 2}`);
  const names = head.map((c) => c.v);
  for (const h of ['Đơn vị', 'Tự chấm', 'Điểm cuối cùng', 'Xếp loại']) assert.ok(names.includes(h), `no column ${h}`);
  assert.ok(names.some((n) => /^Bảo vệ an ninh chính trị \(tối đa 20\)$/.test(n)), JSON.stringify(names));
  const rows = x.rows.slice(headIdx + 1);
  assert.equal(rows.length, json.items.length);
  const total = names.indexOf('Điểm cuối cùng');
  rows.forEach((row, i) => {
    assert.equal(row[names.indexOf('Đơn vị')].v, json.items[i].unit_name);
    assert.equal(row[0].v, json.items[i].rank);
    assert.equal(row[total].t, 'n');
    assert.equal(row[total].v, json.items[i].total);
  });
  assert.ok(Object.keys(x.widths).length >= names.length, 'column widths set');

  const csv = await download(bo, `/api/v1/groups/${c5.id}/years/2024/ranking?format=csv`);
  assert.equal(csv.status, 200);
  const text = csv.bytes.toString('utf8');
  assert.ok(text.startsWith('\uFEFFHạng,Mã đơn vị,Đơn vị,'));
  assert.equal(text.trim().split('\r\n').length, json.items.length + 1);
  assert.match(text, /\r\n1,CA-HY,Công an tỉnh Hưng Yên,/);
  assert.equal((await download(bo, `/api/v1/groups/${c5.id}/years/2024/ranking?format=doc`)).status, 400);
});

test('a list route as .xlsx/.csv: same rows as its JSON, dates as dates, a missing value blank, a formula-like name kept as text', async () => {
  const admin = new Client(srv.url);
  await admin.login('admin');
  const root = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Bộ Công an'))).body.items[0];
  const made = await admin.post('/api/v1/units', { name: '=HYPERLINK("http://x")', kind: 'department', code: 'XFORM', parent_id: root.id, valid_from: '2025-03-01' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const q = '/api/v1/units?q=' + encodeURIComponent('hyperlink');
  const json = (await admin.get(q)).body;
  assert.equal(json.items.length, 1);
  const x = check('xlsx', (await download(admin, q + '&format=xlsx')).bytes, 'units.xlsx').sheets[0];
  const headIdx = x.rows.findIndex((row) => row.some((c) => c.v === 'Tên'));
  const head = x.rows[headIdx].map((c) => c.v);
  const row = x.rows[headIdx + 1];
  assert.equal(x.rows.length, headIdx + 2);
  const name = row[head.indexOf('Tên')];
  assert.equal(name.t, 's');  // text, never a formula
  assert.equal(name.v, '=HYPERLINK("http://x")');
  assert.equal(row[head.indexOf('Hiệu lực từ')].v, '2025-03-01');
  assert.equal(row[head.indexOf('Hiệu lực từ')].t, 'd');
  assert.equal(row[head.indexOf('Hiệu lực đến')].v, null);  // not 0
  assert.ok(x.rows.some((r) => String(r[0].v).startsWith('Bộ lọc: q=')), 'the filter on screen is written');
  const csv = (await download(admin, q + '&format=csv')).bytes.toString('utf8');
  assert.match(csv, /,"'=HYPERLINK\(""http:\/\/x""\)",/);
});

test("indicator reports to Excel: each indicator a column headed by its Vietnamese name and unit, values as numbers, missing as empty cells", async () => {
  const cat = (await bo.get('/api/v1/indicators')).body;
  const list = (await bo.get('/api/v1/reports?limit=20')).body.items;
  assert.ok(list.length > 0);
  const x = check('xlsx', (await download(bo, '/api/v1/reports?limit=20&format=xlsx')).bytes, 'reports.xlsx').sheets[0];
  const headIdx = x.rows.findIndex((row) => row.some((c) => c.v === 'Đơn vị'));
  const head = x.rows[headIdx].map((c) => c.v);
  const items = Array.isArray(cat) ? cat : cat.items ?? cat.indicators;
  const ind = items.find((i) => i.code === 'toi_pham_ttxh');
  const col = head.indexOf(`${ind.name} (${ind.unit})`);
  assert.ok(col >= 0, 'headed by the indicator name: ' + JSON.stringify(head));
  assert.ok(!head.some((h) => typeof h === 'string' && h.startsWith('values')), 'no raw value keys in the headings');
  list.forEach((rep, i) => {
    const cell = x.rows[headIdx + 1 + i][col];
    const v = rep.values?.toi_pham_ttxh;
    if (v === undefined || v === null) assert.equal(cell.v, null, 'missing is an empty cell, not 0');
    else { assert.equal(cell.v, v); assert.equal(cell.t, 'n'); }
  });
});

test('access and bad requests: outside the scope 404, unknown kind 404, a missing decision says so', async () => {
  const commune = new Client(srv.url);
  await commune.login('canbo.vinhthuan');
  assert.equal((await download(commune, `/api/v1/documents/pledge/${pledgeId}`)).status, 404);
  assert.equal((await download(bo, `/api/v1/documents/nope/1`)).status, 404);
  assert.equal((await download(bo, `/api/v1/documents/pledge/${pledgeId}?format=odt`)).status, 400);
  const dec = await download(bo, `/api/v1/documents/decision/999999`);
  assert.equal(dec.status, 404);
  assert.match(dec.body.error.message, /Không tìm thấy quyết định khen thưởng/);
  assert.equal((await fetch(`${srv.url}/api/v1/documents/pledge/${pledgeId}`)).status, 401);
});

test('a unit identity with validity dates changes the header and the number symbol', async () => {
  const hy = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Hưng Yên'))).body.items[0];
  const r = await bo.post(`/api/v1/units/${hy.id}/document-identities`, {
    valid_from: '2024-01-01', superior_line: 'BỘ CÔNG AN', issuer_line: 'CÔNG AN TỈNH HƯNG YÊN', symbol: 'CAT-PV01',
    place: 'Hưng Yên', signer_position: 'GIÁM ĐỐC', signer_rank: 'Đại tá', signer_name: 'Nguyễn Thanh Trường' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const list = (await bo.get(`/api/v1/units/${hy.id}/document-identities`)).body;
  assert.equal(list.items.length, 1);
  assert.equal((await bo.post(`/api/v1/units/${hy.id}/document-identities`, { valid_from: '2024-01-01', issuer_line: 'X', symbol: 'A B', place: 'Y' })).status, 400);
  // the ranking report of 2024 is issued by the leader (Hưng Yên): the new symbol
  const rank = check('docx', (await download(bo, `/api/v1/documents/ranking/${gy.id}`)).bytes, 'rank2.docx');
  // a number once given stays: it was issued before the identity existed
  assert.match(rank.paragraphs.find((p) => p.startsWith('Số: ')), /^Số: \d\d\/BC-/);
  const review = (await bo.post(`/api/v1/groups/${c5.id}/years/2024/review-reports`, { kind: 'interim', period: { kind: 'phase', start: '2024-01-01', end: '2024-06-30' } })).body;
  const doc = check('docx', (await download(bo, `/api/v1/documents/review/${review.id}`)).bytes, 'review2.docx');
  assert.match(doc.paragraphs.find((p) => p.startsWith('Số: ')), /^Số: \d\d\/BC-CAT-PV01$/);
  assert.ok(doc.paragraphs.includes('Đại tá Nguyễn Thanh Trường'), 'the rank before the signer\'s name');
});

test('the command line: thidua document and thidua export ranking write files others can read; bad ids exit 2', async () => {
  const out = join(work, 'cli-pledge.docx');
  let r = spawnSync(BIN, ['document', 'pledge', '--id', String(pledgeId), '--format', 'docx', '-o', out, '--db', srv.dbUrl], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const d = check('docx', readFileSync(out), 'cli-pledge2.docx');
  assert.ok(d.paragraphs.includes('GIAO ƯỚC THI ĐUA'));
  const xl = join(work, 'cli-rank.xlsx');
  r = spawnSync(BIN, ['export', 'ranking', '--group', String(c5.id), '--year', '2024', '--format', 'xlsx', '-o', xl, '--db', srv.dbUrl], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const x = check('xlsx', readFileSync(xl), 'cli-rank2.xlsx').sheets[0];
  assert.ok(x.rows.some((row) => row[2] && row[2].v === 'Công an tỉnh Hưng Yên'));
  r = spawnSync(BIN, ['document', 'pledge', '--id', '999999', '-o', join(work, 'x.docx'), '--db', srv.dbUrl], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1);
});

test('a template with an unknown placeholder is refused with its file and name', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-tpl-'));
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const f = join(dir, 'docx/pledge.xml');
  writeFileSync(f, readFileSync(f, 'utf8').replace('{intro}', '{khong_co_truong}'));
  const r = spawnSync(BIN, ['document', 'pledge', '--id', String(pledgeId), '-o', join(work, 'y.docx'), '--db', srv.dbUrl],
    { encoding: 'utf8', env: { ...process.env, THIDUA_TEMPLATES: dir } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /docx\/pledge\.xml.*\{khong_co_truong\}/);
});
