// The commendation documents (issue 11) on the demo world's Hưng Yên 2024 titles: the proposal
// (tờ trình) with its list, the council's minutes with the vote and the recusal, the decision
// with its list of recipients, the certificates printed onto blanks (a printer's offset, the test
// print). Every file is opened by readers independent of thidua (tests/lib/office_check.py:
// Python's zipfile and XML parser; LibreOffice's PDF read by pdfinfo/pdftotext).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';
import { PYTHON, makeCheck, download, flat } from '../lib/office.mjs';

const work = mkdtempSync(join(tmpdir(), 'thidua-commdocs-'));
let srv, hy, bo, proposal, decision, flagDecision;

const check = makeCheck(work);

// The frames' page positions (twips) in word/document.xml, read with Python's zipfile and minidom.
function frames(bytes, name) {
  const file = join(work, name);
  writeFileSync(file, bytes);
  const py = `import sys, json, zipfile
from xml.dom import minidom
W='http://schemas.openxmlformats.org/wordprocessingml/2006/main'
d=minidom.parseString(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))
out=[]
for p in d.getElementsByTagNameNS(W,'p'):
  f=p.getElementsByTagNameNS(W,'framePr')
  if not f: continue
  t=''.join(x.firstChild.data if x.firstChild else '' for x in p.getElementsByTagNameNS(W,'t'))
  out.append({'x':int(f[0].getAttributeNS(W,'x')),'y':int(f[0].getAttributeNS(W,'y')),'text':t,'outlined':len(p.getElementsByTagNameNS(W,'pBdr'))>0})
print(json.dumps(out, ensure_ascii=False))`;
  const r = spawnSync(PYTHON, ['-c', py, file], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}



before(async () => {
  srv = await startServer({ demo: 'world' });
  hy = new Client(srv.url);
  await hy.login('canbo.hungyen');
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  const list = (await hy.get('/api/v1/proposals?year=2024&limit=100')).body.items;
  const p = list.find((x) => x.title.startsWith('Đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024'));
  assert.ok(p, 'the demo proposal of grassroots fighters');
  proposal = (await hy.get(`/api/v1/proposals/${p.id}`)).body;
  decision = proposal.decision;
  assert.equal(decision.number, '36/QĐ-CAT-PX01');
  const all = (await bo.get('/api/v1/proposals?year=2024&limit=100')).body.items;
  const flag = all.find((x) => (x.issuer && x.issuer.code === 'minister') && x.state === 'decided');
  flagDecision = (await bo.get(`/api/v1/proposals/${flag.id}`)).body.decision;
  assert.ok(flagDecision);
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the proposal (tờ trình): Decree 30 header, its number from the TTr counter kept, the list with the eligibility', async () => {
  const r = await download(hy, `/api/v1/documents/proposal/${proposal.id}?format=docx`);
  assert.equal(r.status, 200, r.bytes.toString());
  const d = check('docx', r.bytes, 'proposal.docx');
  assert.equal(d.bad_member, null);
  assert.deepEqual(d.page, { w: 11906, h: 16838 });
  for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỜ TRÌNH', 'Kính gửi: Giám đốc Công an tỉnh Hưng Yên.',
    'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'Đỗ Văn Minh', 'Chiến sĩ thi đua cơ sở', 'Nơi nhận:'])
    assert.ok(d.paragraphs.includes(s), `missing paragraph ${s}`);
  assert.ok(d.paragraphs.includes('Về việc đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024 — Phòng Tham mưu'));
  const number = d.paragraphs.find((p) => p.startsWith('Số: '));
  assert.match(number, /^Số: \d{2}\/TTr-[A-Z0-9]+$/);
  assert.ok(d.paragraphs.some((p) => p.startsWith('Đề nghị xét khen thưởng cho 0 tập thể và 1 cá nhân')));
  assert.ok(d.paragraphs.includes('Đủ điều kiện'));
  assert.ok(!/\{[#/^>]?[a-z_]+\}/.test(d.text), 'a placeholder was left');
  const again = check('docx', (await download(hy, `/api/v1/documents/proposal/${proposal.id}`)).bytes, 'proposal2.docx');
  assert.equal(again.paragraphs.find((p) => p.startsWith('Số: ')), number);
});

test("the council's minutes: attendance, the secret ballot's counts per item, the member who did not vote on himself", async () => {
  const r = await download(hy, `/api/v1/documents/minutes/${proposal.id}?format=docx`);
  assert.equal(r.status, 200, r.bytes.toString());
  const d = check('docx', r.bytes, 'minutes.docx');
  for (const s of ['BIÊN BẢN', 'Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng năm 2024', 'Thông qua',
    'THƯ KÝ HỘI ĐỒNG', 'CHỦ TỊCH HỘI ĐỒNG', 'Thời gian: ngày 08 tháng 01 năm 2025.'])
    assert.ok(d.paragraphs.includes(s), `missing paragraph ${s}`);
  assert.match(d.paragraphs.find((p) => p.startsWith('Số: ')), /^Số: \d{2}\/BB-/);
  assert.ok(d.paragraphs.some((p) => /có mặt 2\/2 thành viên \(đủ túc số/.test(p)));
  assert.ok(d.paragraphs.some((p) => /không biểu quyết về Đỗ Văn Minh/.test(p)), 'the recusal is in the minutes');
  // Đỗ Văn Minh's row: one approval, one recusal
  const i = d.paragraphs.indexOf('Đỗ Văn Minh');
  assert.deepEqual(d.paragraphs.slice(i + 2, i + 5), ['1', '0', '1']);
});

test('the decision with its list of recipients, its own number, the bases in force on its date; and as PDF', async () => {
  const r = await download(hy, `/api/v1/documents/decision/${decision.id}?format=docx`);
  assert.equal(r.status, 200, r.bytes.toString());
  const d = check('docx', r.bytes, 'decision.docx');
  for (const s of ['QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:', 'Số: 36/QĐ-CAT-PX01', 'GIÁM ĐỐC CÔNG AN TỈNH HƯNG YÊN',
    'Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024', 'Đại tá Nguyễn Thanh Trường',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', 'Đỗ Văn Minh'])
    assert.ok(d.paragraphs.includes(s), `missing paragraph ${s}`);
  // decided on 09/01/2025: Decree 98/2023 was in force, not 152/2025
  assert.ok(d.paragraphs.some((p) => p.startsWith('Căn cứ Nghị định số 98/2023/NĐ-CP')));
  assert.ok(!d.paragraphs.some((p) => p.includes('152/2025')));
  assert.ok(d.paragraphs.includes('Điều 1. Công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024 cho 1 cá nhân có tên trong danh sách kèm theo.'));
  assert.ok(d.paragraphs.some((p) => p.startsWith('(Kèm theo Quyết định số 36/QĐ-CAT-PX01 ngày 09 tháng 01 năm 2025')));
  assert.ok(d.paragraphs.some((p) => /^Tổng số: 1 \(0 tập thể, 1 cá nhân\); tổng tiền thưởng [\d.]+ đồng\.$/.test(p)));
  const pdf = await download(hy, `/api/v1/documents/decision/${decision.id}?format=pdf`);
  assert.equal(pdf.status, 200, pdf.bytes.toString());
  const p = check('pdf', pdf.bytes, 'decision.pdf');
  assert.ok(p.pages >= 2, 'the list on its own page');
  const text = flat(p.text);
  for (const s of ['QUYẾT ĐỊNH', 'Đỗ Văn Minh', '36/QĐ-CAT-PX01']) assert.ok(text.includes(s), `PDF lacks ${s}`);
});

test('certificates: a page per recipient on the blank, a printer offset moves every field, the test print outlines them', async () => {
  const r = await download(hy, `/api/v1/documents/certificates/${decision.id}?format=docx`);
  assert.equal(r.status, 200, r.bytes.toString());
  const d = check('docx', r.bytes, 'cert.docx');
  assert.deepEqual(d.page, { w: 16838, h: 11906 });  // A4 landscape blank
  assert.deepEqual(d.margins, { top: 0, bottom: 0, left: 0, right: 0 });
  const plain = frames(r.bytes, 'cert-frames.docx');
  const names = plain.filter((f) => f.text === 'Đỗ Văn Minh');
  assert.equal(names.length, 1);
  assert.ok(plain.some((f) => f.text === 'Quyết định số 36/QĐ-CAT-PX01, ngày 09/01/2025'));
  assert.ok(!plain.some((f) => f.outlined));

  // a printer that prints 3 mm too far left and 2 mm too low: its offset is stored, then applied
  let put = await hy.req('PUT', `/api/v1/units/${proposal.issuer.unit.id}/certificate-printers`, { name: 'HP LaserJet P3015', offset_x_mm: 3, offset_y_mm: -2 });
  assert.equal(put.status, 200, JSON.stringify(put.body));
  const bad = await hy.req('PUT', `/api/v1/units/${proposal.issuer.unit.id}/certificate-printers`, { name: 'HP LaserJet P3015', offset_x_mm: 45, offset_y_mm: 0 });
  assert.equal(bad.status, 400);
  assert.match(bad.body.error.message, /-30 đến 30 mm/);
  const list = (await hy.get(`/api/v1/units/${proposal.issuer.unit.id}/certificate-printers`)).body.items;
  assert.deepEqual(list.map((p) => [p.name, p.offset_x_mm, p.offset_y_mm]), [['HP LaserJet P3015', 3, -2]]);
  const moved = frames((await download(hy, `/api/v1/documents/certificates/${decision.id}?printer=${encodeURIComponent('HP LaserJet P3015')}`)).bytes, 'cert-moved.docx');
  assert.equal(moved.length, plain.length);
  for (let k = 0; k < plain.length; k++) {
    assert.ok(Math.abs(moved[k].x - plain[k].x - 170) <= 1, `${moved[k].x} ${plain[k].x}`);  // 3 mm (rounded to a twip)
    assert.ok(Math.abs(moved[k].y - plain[k].y + 113) <= 1, `${moved[k].y} ${plain[k].y}`);  // -2 mm
  }
  const unknown = await download(hy, `/api/v1/documents/certificates/${decision.id}?printer=Canon`);
  assert.equal(unknown.status, 404);

  // the test print: one sheet, every box outlined and named, as PDF on the blank's paper
  const t = await download(hy, `/api/v1/documents/certificates/${decision.id}?test=1&format=pdf`);
  assert.equal(t.status, 200, t.bytes.toString());
  const tp = check('pdf', t.bytes, 'test.pdf');
  assert.equal(tp.pages, 1);
  assert.match(tp.size, /^841\.\d+ x 595\.\d+|^842 x 595/);
  for (const s of ['Danh hiệu', 'Số quyết định', 'Chiến sĩ thi đua cơ sở', 'Đỗ Văn Minh']) assert.ok(flat(tp.text).includes(s), `test print lacks ${s}`);
  const tf = frames((await download(hy, `/api/v1/documents/certificates/${decision.id}?test=1`)).bytes, 'test.docx');
  assert.ok(tf.filter((f) => f.outlined).length >= 8);

  // every recipient's page in the PDF
  const all = check('pdf', (await download(hy, `/api/v1/documents/certificates/${decision.id}?format=pdf`)).bytes, 'cert.pdf');
  assert.equal(all.pages, 1);
  assert.ok(flat(all.text).includes('Đỗ Văn Minh'));
});

test('refusals: a flag is not printed on a blank, an unknown blank, outside the scope, a viewer cannot set a printer', async () => {
  const flag = await download(bo, `/api/v1/documents/certificates/${flagDecision.id}`);
  assert.equal(flag.status, 404);
  assert.match(flag.body.error.message, /không có danh hiệu, hình thức nào in trên phôi/);
  const blank = await download(hy, `/api/v1/documents/certificates/${decision.id}?blank=khong_co`);
  assert.equal(blank.status, 400);
  const na = new Client(srv.url);
  await na.login('canbo.nghean');
  for (const k of ['proposal', 'minutes']) assert.equal((await download(na, `/api/v1/documents/${k}/${proposal.id}`)).status, 404);
  for (const k of ['decision', 'certificates']) assert.equal((await download(na, `/api/v1/documents/${k}/${decision.id}`)).status, 404);
  const viewer = new Client(srv.url);
  await viewer.login('xem.hungyen');
  assert.equal((await download(viewer, `/api/v1/documents/decision/${decision.id}`)).status, 200);
  const put = await viewer.req('PUT', `/api/v1/units/${proposal.issuer.unit.id}/certificate-printers`, { name: 'X', offset_x_mm: 0, offset_y_mm: 0 });
  assert.equal(put.status, 403);
  const blanks = (await hy.get('/api/v1/certificate-blanks')).body.items;
  assert.ok(blanks.some((b) => b.code === 'bang_khen_a3' && /CHƯA KIỂM CHỨNG/.test(b.basis)));
});

test('a certificate layout with an unknown placeholder is refused with its name (command line)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-tpl-'));
  cpSync(join(ROOT, 'templates'), dir, { recursive: true });
  const f = join(dir, 'docx/certificates.json');
  writeFileSync(f, readFileSync(f, 'utf8').replace('"text": "{recipient_name}"', '"text": "{ho_ten}"'));
  const r = spawnSync(BIN, ['document', 'certificates', '--id', String(decision.id), '-o', join(work, 'z.docx'), '--db', srv.dbUrl],
    { encoding: 'utf8', env: { ...process.env, THIDUA_TEMPLATES: dir } });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /certificates\.json.*\{ho_ten\}/);
  const ok = spawnSync(BIN, ['document', 'decision', '--id', String(decision.id), '-o', join(work, 'cli-decision.docx'), '--db', srv.dbUrl], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  assert.ok(check('docx', readFileSync(join(work, 'cli-decision.docx')), 'cli2.docx').paragraphs.includes('Số: 36/QĐ-CAT-PX01'));
});
