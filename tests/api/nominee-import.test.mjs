// Issue 11: the list of nominees a lower unit sends with its proposal, as it fills it in Excel
// (its own title line, headings in its own words, abbreviations of titles), imported into a draft
// proposal of Công an tỉnh Hưng Yên: the preview names each row's problem — no such officer, two
// officers of the same name (settled by the unit column or by a choice), an unknown title, an
// ineligible nominee with the failing condition, a quota exceeded with the numbers, a duplicate
// row — and a commit saves every row or none, into a new draft or one that already exists.
// Workbooks are written by openpyxl (tests/lib/make_workbook.py), never by thidua.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, ROOT } from '../lib/server.mjs';

const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'thidua-nominees-'));
let srv, bo, hy, hyViewer, tv;
const unit = {};
const person = {};

function workbook(name, rows, spec = {}) {
  const out = join(work, name);
  const r = spawnSync(PYTHON, [join(ROOT, 'tests/lib/make_workbook.py'), 'table', out, JSON.stringify({ rows, ...spec })], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return readFileSync(out);
}

async function send(c, path, bytes, query = {}) {
  const q = new URLSearchParams({ filename: 'danh-sach.xlsx', ...query });
  const r = await fetch(`${c.url}${path}?${q}`, {
    method: 'POST', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' }, body: bytes });
  return { status: r.status, body: await r.json() };
}

const HEAD = ['STT', 'Họ và tên', 'Chức vụ, đơn vị công tác', 'Danh hiệu đề nghị', 'Tóm tắt thành tích', 'Ghi chú'];
const TITLE = [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025'], ['(Kèm theo Tờ trình số 12/TTr-PV01)'], HEAD];

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyViewer = await login('xem.hungyen');
  tv = await login('canbo.travinh').catch(() => login('baocao.travinh'));
  for (const [k, n] of [['HY', 'Công an tỉnh Hưng Yên'], ['PV01', 'Phòng Tham mưu, Công an tỉnh Hưng Yên']])
    unit[k] = (await bo.get('/api/v1/units?q=' + encodeURIComponent(n))).body.items.find((u) => u.name === n).id;
  for (const n of ['Hoàng Minh Tuấn', 'Phạm Thị Hương', 'Nguyễn Văn Long', 'Bùi Văn Kiên', 'Lê Văn Hậu'])
    person[n] = (await bo.get('/api/v1/people?q=' + encodeURIComponent(n))).body.items.find((p) => p.full_name === n).id;
  // two officers of the same name: one in the Staff Division, one at the province's own office
  for (const [k, u] of [['Trùng PV01', unit.PV01], ['Trùng HY', unit.HY]]) {
    const r = await hy.post('/api/v1/people', { full_name: 'Trần Văn Trùng', kind: 'officer', posting: { unit_id: u, from: '2020-01-01', position: 'Cán bộ' } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    person[k] = r.body.id;
  }
  for (const [n, level] of [['Hoàng Minh Tuấn', 'tot'], ['Phạm Thị Hương', 'tot'], ['Nguyễn Văn Long', 'tot'], ['Bùi Văn Kiên', 'hoan_thanh'],
    ['Lê Văn Hậu', 'xuat_sac'], ['Trùng PV01', 'tot'], ['Trùng HY', 'tot']]) {
    const r = await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person[n], year: 2025, level });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the preview names every row\'s problem in the unit\'s own words, and a commit with problems saves nothing', async () => {
  const file = workbook('bad.xlsx', [...TITLE,
    [1, 'Hoàng Minh Tuấn', 'Phó trưởng phòng, Phòng Tham mưu', 'CSTT', 'Chủ trì 3 chuyên đề tham mưu'],
    [2, 'Phạm Thị Hương', '', 'Chiến sĩ tiên tiến', 'Tham gia chuyên án'],
    [3, 'Bùi Văn Kiên', '', 'Chiến sĩ tiên tiến', ''],
    [4, 'Nguyễn Văn Không Có', '', 'CSTT', ''],
    [5, 'Trần Văn Trùng', 'Cán bộ, Phòng Tham mưu', 'CSTT', 'Bảo đảm an ninh lễ hội'],
    [6, 'Trần Văn Trùng', '', 'Chiến sĩ tiên tiến', ''],
    [7, 'Phạm Thị Hương', '', 'chiến sĩ tiên tiến', ''],
    [8, 'Lê Văn Hậu', '', 'Anh hùng lực lượng vũ trang', ''],
    [9, 'Lê Văn Hậu', '', 'Danh hiệu Chiến sĩ thi đua cơ sở', 'Sáng kiến quản lý hồ sơ'],
    [],
    ['', 'Người lập biểu'],
  ]);
  const before = (await hy.get('/api/v1/proposals?year=2025')).body.total;
  const p = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, file, { year: 2025 });
  assert.equal(p.status, 200, JSON.stringify(p.body));
  assert.equal(p.body.committed, false);
  const row = Object.fromEntries(p.body.rows.map((r) => [r.row, r]));
  assert.deepEqual(Object.keys(row).map(Number), [4, 5, 6, 7, 8, 9, 10, 11, 12], 'the title lines, the blank line and the signature are not rows');
  assert.ok(p.body.notes.some((n) => /dòng 14: "Người lập biểu" không có số thứ tự và danh hiệu/.test(n)), JSON.stringify(p.body.notes));
  assert.equal(row[4].ok, true, JSON.stringify(row[4]));
  assert.equal(row[4].values.title, 'Chiến sĩ tiên tiến', '"CSTT" is the abbreviation users write');
  assert.equal(row[4].values.subject.name, 'Hoàng Minh Tuấn');
  assert.equal(row[5].ok, true, JSON.stringify(row[5]));
  assert.match(row[6].problems.join(), /Bùi Văn Kiên chưa đủ điều kiện "Chiến sĩ tiên tiến": .*Hoàn thành nhiệm vụ/);
  assert.match(row[7].problems.join(), /không tìm thấy cán bộ "Nguyễn Văn Không Có" đang công tác trong Công an tỉnh Hưng Yên/);
  // namesakes: the unit column settles row 8; row 9 names both, with their units, to choose from
  assert.equal(row[8].ok, true, JSON.stringify(row[8]));
  assert.equal(row[8].values.subject.id, person['Trùng PV01']);
  assert.ok(row[8].notes.some((n) => /có 2 người tên "Trần Văn Trùng"; chọn người ở Phòng Tham mưu/.test(n)));
  assert.match(row[9].problems.join(), /có 2 người tên "Trần Văn Trùng" trong Công an tỉnh Hưng Yên: .*\(Công an tỉnh Hưng Yên\)/);
  assert.deepEqual(row[9].values.candidates.map((c) => c.id).sort(), [person['Trùng PV01'], person['Trùng HY']].sort());
  assert.match(row[10].problems.join(), /trùng với dòng 5/);
  assert.match(row[11].problems.join(), /không rõ danh hiệu, hình thức "Anh hùng lực lượng vũ trang"/);
  // Lê Văn Hậu is eligible, but 15% of the province's advanced soldiers leaves no place: the numbers
  assert.match(row[12].problems.join(), /Vượt tỉ lệ "Chiến sĩ thi đua cơ sở" của Công an tỉnh Hưng Yên: .*\(tổng 1 > 0\)/);
  assert.equal(p.body.problem_rows, 6);
  const c = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, file, { year: 2025, commit: '1' });
  assert.equal(c.status, 400);
  assert.match(c.body.error.message, /6 dòng lỗi: không nhập dòng nào/);
  assert.equal((await hy.get('/api/v1/proposals?year=2025')).body.total, before, 'no dossier half-made');
});

test('a clean list commits into a new draft, a namesake chosen in the preview; a second list adds to the same draft', async () => {
  const file = workbook('ok.xlsx', [...TITLE,
    [1, 'Hoàng Minh Tuấn', 'Phó trưởng phòng, Phòng Tham mưu', 'CSTT', 'Chủ trì 3 chuyên đề tham mưu'],
    [2, 'Phạm Thị Hương', '', 'Chiến sĩ tiên tiến', '', 'Tham gia chuyên án ma túy'],
    [3, 'Trần Văn Trùng', 'Cán bộ, Phòng Tham mưu', 'CSTT', ''],
    [4, 'Trần Văn Trùng', '', 'CSTT', ''],
  ]);
  const ambiguous = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, file, { year: 2025, commit: '1' });
  assert.equal(ambiguous.status, 400, 'row 7 names two people until one is chosen');
  const c = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, file, { year: 2025, commit: '1', choices: `7:${person['Trùng HY']}` });
  assert.equal(c.status, 200, JSON.stringify(c.body));
  assert.equal(c.body.committed, true);
  const d = (await hy.get(`/api/v1/proposals/${c.body.proposal_id}`)).body;
  assert.equal(d.state, 'draft');
  assert.equal(d.unit.id, unit.HY);
  assert.deepEqual(d.items.map((i) => [i.subject.name, i.code, i.grounds]), [
    ['Hoàng Minh Tuấn', 'chien_si_tien_tien', 'Chủ trì 3 chuyên đề tham mưu'],
    ['Phạm Thị Hương', 'chien_si_tien_tien', 'Tham gia chuyên án ma túy'],
    ['Trần Văn Trùng', 'chien_si_tien_tien', ''],
    ['Trần Văn Trùng', 'chien_si_tien_tien', '']]);
  assert.deepEqual(d.items.filter((i) => i.subject.name === 'Trần Văn Trùng').map((i) => i.subject.id).sort(),
    [person['Trùng PV01'], person['Trùng HY']].sort());
  assert.ok(d.items.every((i) => i.eligibility.eligible));

  // a second list into the existing draft: one new nominee, one already there
  const more = workbook('more.xlsx', [['TT', 'Họ tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Thành tích'],
    [1, 'Nguyễn Văn Long', 'Phòng Tham mưu', 'Chiến sĩ tiên tiến', 'Bảo đảm an ninh lễ hội'],
    [2, 'Hoàng Minh Tuấn', '', 'CSTT', '']]);
  const p = await send(hy, `/api/v1/imports/nominees/proposals/${d.id}`, more);
  assert.equal(p.status, 200, JSON.stringify(p.body));
  assert.equal(p.body.rows[0].ok, true, JSON.stringify(p.body.rows[0]));
  assert.match(p.body.rows[1].problems.join(), /Hoàng Minh Tuấn đã có trong hồ sơ với "Chiến sĩ tiên tiến"/);
  const only = workbook('more-ok.xlsx', [['TT', 'Họ tên', 'Đơn vị', 'Hình thức khen thưởng đề nghị', 'Thành tích'],
    [1, 'Nguyễn Văn Long', 'Phòng Tham mưu', 'Chiến sĩ tiên tiến', 'Bảo đảm an ninh lễ hội']]);
  // someone who may only read, or from another province, adds nothing
  assert.equal((await send(hyViewer, `/api/v1/imports/nominees/proposals/${d.id}`, only, { commit: '1' })).status, 403);
  assert.ok([403, 404].includes((await send(tv, `/api/v1/imports/nominees/proposals/${d.id}`, only, { commit: '1' })).status));
  const added = await send(hy, `/api/v1/imports/nominees/proposals/${d.id}`, only, { commit: '1', filename: 'bo-sung.xlsx' });
  assert.equal(added.status, 200, JSON.stringify(added.body));
  const after = (await hy.get(`/api/v1/proposals/${d.id}`)).body;
  assert.equal(after.items.length, 5);
  assert.equal(after.items.at(-1).subject.name, 'Nguyễn Văn Long');
  assert.equal(after.steps.at(-1).step, 'edit');
  assert.equal(after.steps.at(-1).reason, 'Nhập danh sách từ tệp bo-sung.xlsx: 1 đề nghị');
  // once submitted, the dossier takes no list
  assert.equal((await hy.post(`/api/v1/proposals/${d.id}/steps`, { step: 'submit' })).status, 200);
  const late = await send(hy, `/api/v1/imports/nominees/proposals/${d.id}`, only);
  assert.equal(late.status, 409);
});

test('the blank list carries the catalogue\'s titles as its choices; filled in and typed in TCVN3 it imports', async () => {
  const r = await fetch(`${srv.url}/api/v1/nominee-form?year=2025`, { headers: { cookie: hy.cookie } });
  assert.equal(r.status, 200);
  const form = join(work, 'form.xlsx');
  writeFileSync(form, Buffer.from(await r.arrayBuffer()));
  const py = `
import openpyxl, json, sys
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Danh sách']
head = [c.value for c in next(r for r in ws.iter_rows() if r[0].value == 'STT')]
dv = [(str(v.sqref), v.formula1, v.type) for v in ws.data_validations.dataValidation]
names = [c.value for c in wb['Danh mục']['A'][1:]]
print(json.dumps({'head': head, 'dv': dv, 'names': names}))
hr = next(r for r in ws.iter_rows() if r[0].value == 'STT')[0].row
ws.cell(hr + 1, 1, 1); ws.cell(hr + 1, 2, 'NguyÔn V\\u00a8n Long'); ws.cell(hr + 1, 3, 'Phßng Tham m\\u00adu'); ws.cell(hr + 1, 4, 'ChiÕn sÜ tiªn tiÕn')
ws.cell(hr + 1, 5, 'B¶o ®¶m an ninh lÔ héi')
wb.save(sys.argv[2])
`;
  const out = spawnSync(PYTHON, ['-c', py, form, join(work, 'filled.xlsx')], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const seen = JSON.parse(out.stdout);
  assert.deepEqual(seen.head, ['STT', 'Họ và tên (tên tập thể)', 'Chức vụ, đơn vị', 'Danh hiệu, hình thức đề nghị', 'Tóm tắt thành tích', 'Ghi chú']);
  assert.equal(seen.dv.length, 1);
  assert.equal(seen.dv[0][2], 'list');
  assert.match(seen.dv[0][1], /Danh mục/);
  assert.ok(seen.names.includes('Chiến sĩ tiên tiến') && seen.names.includes('Bằng khen của Bộ trưởng Bộ Công an'));
  assert.ok(!seen.names.includes('Tổ bảo vệ ANTT hoàn thành xuất sắc nhiệm vụ'), 'a yearly evaluation is not proposed');
  const p = await send(hy, `/api/v1/imports/nominees/units/${unit.PV01}`, readFileSync(join(work, 'filled.xlsx')), { year: 2025 });
  assert.equal(p.status, 200, JSON.stringify(p.body));
  const row = p.body.rows[0];
  assert.equal(row.values.subject.name, 'Nguyễn Văn Long');
  assert.equal(row.values.grounds, 'Bảo đảm an ninh lễ hội');
  assert.ok(row.notes.some((n) => n.startsWith('Đã chuyển từ mã TCVN3: "NguyÔn V¨n Long" → "Nguyễn Văn Long"')), JSON.stringify(row.notes));
  assert.ok(p.body.notes.some((n) => /Đã chuyển 4 ô từ mã TCVN3/.test(n)), JSON.stringify(p.body.notes));
});

test('bad lists: no name or title column, an empty sheet, a year out of range', async () => {
  const cols = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, workbook('cols.xlsx', [['Tên', 'Số tiền'], ['A', 1]]), { year: 2025 });
  assert.equal(cols.status, 400);
  assert.match(cols.body.error.message, /không tìm thấy dòng tiêu đề của danh sách/);
  const empty = await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, workbook('empty.xlsx', []), { year: 2025 });
  assert.match(empty.body.error.message, /trang tính trống/);
  assert.equal((await send(hy, `/api/v1/imports/nominees/units/${unit.HY}`, workbook('y.xlsx', [HEAD]), { year: 'abc' })).status, 400);
});
