// Workbooks in (issue 11): a unit's report form downloaded blank, filled with openpyxl and read
// back with a preview then committed; rosters of units and people; each bad input of the issue
// gets its own clear message and nothing is half-saved. Files are written by Python (openpyxl,
// zipfile), never by thidua's own writer, except the blank form that is the round trip's start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';

const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'thidua-imports-'));
let srv, bo, hy;
const PERIOD = { kind: 'month', year: 2025, month: 3 };

function make(kind, name, spec = {}) {
  const out = join(work, name);
  const r = spawnSync(PYTHON, [join(ROOT, 'tests/lib/make_workbook.py'), kind, out, JSON.stringify(spec)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

async function upload(c, kind, file, { commit = false, filename } = {}) {
  const name = filename || file.split('/').pop();
  const r = await fetch(`${c.url}/api/v1/imports/${kind}?filename=${encodeURIComponent(name)}${commit ? '&commit=1' : ''}`, {
    method: 'POST', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' },
    body: typeof file === 'string' ? readFileSync(file) : file });
  return { status: r.status, body: await r.json() };
}

before(async () => {
  srv = await startServer({ demo: 'world' });
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  hy = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Hưng Yên'))).body.items.find((u) => u.name === 'Công an tỉnh Hưng Yên');
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('report form round trip: blank form per unit and period, filled by hand (Vietnamese numbers, blanks), preview, commit', async () => {
  const r = await fetch(`${srv.url}/api/v1/report-forms?unit_id=${hy.id}&period=${encodeURIComponent(JSON.stringify(PERIOD))}`, { headers: { cookie: bo.cookie } });
  assert.equal(r.status, 200);
  const form = join(work, 'form.xlsx');
  writeFileSync(form, Buffer.from(await r.arrayBuffer()));
  const filled = make('fill_form', 'filled.xlsx', { form, values: { toi_pham_ttxh: '1.234', vu_viec_tam_dinh_chi: 12, tngt_so_vu: '3,0' } });
  const preview = await upload(bo, 'reports', filled);
  assert.equal(preview.status, 200, JSON.stringify(preview.body));
  assert.equal(preview.body.problem_rows, 0, JSON.stringify(preview.body.rows.filter((x) => !x.ok)));
  assert.equal(preview.body.committed, false);
  const row = preview.body.rows.find((x) => x.values && x.values.code === 'toi_pham_ttxh');
  assert.equal(row.values.value, 1234);  // "1.234" typed the Vietnamese way
  assert.equal(preview.body.rows.find((x) => x.values && x.values.code === 'tngt_so_vu').values.value, 3);
  assert.equal((await bo.get(`/api/v1/reports?unit_id=${hy.id}&limit=1000`)).body.items.filter((x) => x.period_key && x.period_key.includes('2025-03-01')).length, 0, 'a preview saves nothing');
  const done = await upload(bo, 'reports', filled, { commit: true });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.committed, true);
  const saved = (await bo.get(`/api/v1/reports?unit_id=${hy.id}&limit=1000`)).body.items.find((x) => x.period_key.includes('2025-03-01'));
  assert.ok(saved, 'the report exists');
  // the saved import is in the audit log, naming the file and the reports it wrote
  const logged = (await bo.get('/api/v1/audit?entity=import&limit=50')).body.items.find((e) => e.action === 'import.reports');
  assert.ok(logged, 'the import is audited');
  const after = typeof logged.after === 'string' ? JSON.parse(logged.after) : logged.after;
  assert.equal(after.filename, 'filled.xlsx');
  assert.deepEqual(after.report_ids, [saved.id]);
  const rep = (await bo.get(`/api/v1/reports/${saved.id}`)).body;
  assert.equal(rep.values.toi_pham_ttxh, 1234);
  assert.equal(rep.values.vu_viec_tam_dinh_chi, 12);
  assert.equal(rep.values.chay_dbnt ?? null, null, 'a blank cell is not reported, not 0');
  // again: the unit has its report for the period
  const twice = await upload(bo, 'reports', filled);
  assert.ok(twice.body.rows[0].problems.some((p) => /đã có báo cáo/.test(p)));
});

test('report form rows with problems: not a number, negative, a fraction of a count, unknown and duplicate codes; commit refused, nothing saved', async () => {
  const r = await fetch(`${srv.url}/api/v1/report-forms?unit_id=${hy.id}&period=${encodeURIComponent(JSON.stringify({ kind: 'month', year: 2025, month: 4 }))}`, { headers: { cookie: bo.cookie } });
  const form = join(work, 'form4.xlsx');
  writeFileSync(form, Buffer.from(await r.arrayBuffer()));
  const filled = make('fill_form', 'bad4.xlsx', { form, values: { toi_pham_ttxh: 'mười', vu_viec_tam_dinh_chi: -2, tngt_so_vu: 2.5 },
    extra: [['khong_co_chi_so', 1], ['toi_pham_ttxh', 5]] });
  const p = await upload(bo, 'reports', filled);
  assert.equal(p.status, 200);
  const probs = p.body.rows.filter((x) => !x.ok).flatMap((x) => x.problems).join(' | ');
  for (const m of [/không phải là số: "mười"/, /giá trị âm/, /phải là số nguyên/, /không có chỉ số mã khong_co_chi_so/, /trùng chỉ số với dòng/])
    assert.match(probs, m);
  const c = await upload(bo, 'reports', filled, { commit: true });
  assert.equal(c.status, 400);
  assert.match(c.body.error.message, /không lưu dòng nào/);
  const items = (await bo.get(`/api/v1/reports?unit_id=${hy.id}&limit=1000`)).body.items;
  assert.ok(!items.some((x) => x.period_key.includes('2025-04-01')));
  // a reporter of another province: the unit is outside its scope
  const other = new Client(srv.url);
  await other.login('canbo.vinhthuan');
  const o = await upload(other, 'reports', filled);
  assert.ok(o.status === 403 || o.body.rows[0].problems.some((x) => /ngoài phạm vi/.test(x)), JSON.stringify(o.body).slice(0, 300));
});

test('a roster of units: a new unit under another new one, dates as text and as dates, the 1904 system, merged cells and formulas noted', async () => {
  const bca = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Bộ Công an'))).body.items[0];
  const codeOf = (await bo.get(`/api/v1/units/${bca.id}`)).body.code;
  const file = make('table', 'units.xlsx', { date1904: true, merge: 'F1:G1', formula: ['B3', 'UPPER("x")', 'Phòng Thí điểm B'], rows: [
    ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã đơn vị cấp trên', 'Hiệu lực từ', 'Ghi chú', ''],
    ['TD-A', 'Cục Thí điểm A', 'Cục', codeOf, 'date:2025-07-01'],
    ['TD-B', 'x', 'phong', 'TD-A', '01/08/2025'],
  ] });
  const p = await upload(bo, 'roster', file);
  assert.equal(p.status, 200, JSON.stringify(p.body));
  assert.equal(p.body.what, 'units');
  assert.equal(p.body.problem_rows, 0, JSON.stringify(p.body.rows));
  assert.equal(p.body.rows[0].values.valid_from, '2025-07-01', 'a date in the 1904 system');
  assert.equal(p.body.rows[1].values.valid_from, '2025-08-01', 'a date typed day first');
  assert.equal(p.body.rows[1].values.name, 'Phòng Thí điểm B', 'the formula\'s cached value');
  assert.ok(p.body.rows[1].notes.some((n) => /công thức/.test(n)));
  assert.ok(p.body.notes.some((n) => /ô gộp F1:G1/.test(n)));
  const c = await upload(bo, 'roster', file, { commit: true });
  assert.equal(c.status, 200, JSON.stringify(c.body));
  const b = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Thí điểm B'))).body.items[0];
  assert.equal(b.parent_name, 'Cục Thí điểm A');
});

test('a roster of people: duplicates, unknown units, TCVN3 text and bad years each named on their row; a clean file commits', async () => {
  const bad = make('table', 'people.xlsx', { rows: [
    ['STT', 'Họ và tên', 'Năm sinh', 'Mã đơn vị', 'Cấp bậc', 'Chức vụ', 'Từ ngày'],
    [1, 'Nguyễn Văn Ánh', 1985, 'CA-HY', 'Thiếu tá', 'Đội trưởng', '01/07/2025'],
    [2, 'Nguyễn Văn Ánh', 1985, 'CA-HY', 'Thiếu tá', 'Đội trưởng', '01/07/2025'],
    [3, 'Trần Thị B', 'năm tám lăm', 'KHONG-CO', '', '', '31/02/2025'],
    [4, 'NguyÔn V¨n Thµnh', 1990, 'CA-HY', '', '', '01/07/2025'],
  ] });
  const p = await upload(bo, 'roster', bad);
  assert.equal(p.status, 200, JSON.stringify(p.body));
  assert.equal(p.body.what, 'people');
  const byRow = Object.fromEntries(p.body.rows.map((r) => [r.row, r]));
  assert.ok(byRow[2].ok);
  assert.match(byRow[3].problems.join(), /trùng với dòng 2/);
  assert.match(byRow[4].problems.join(), /năm sinh không hợp lệ/);
  assert.match(byRow[4].problems.join(), /không có đơn vị mã KHONG-CO/);
  assert.match(byRow[4].problems.join(), /ngày bắt đầu không đọc được/);
  // a name typed in TCVN3 among Unicode rows is converted, and the preview says so
  assert.equal(byRow[5].ok, true, JSON.stringify(byRow[5]));
  assert.equal(byRow[5].values.full_name, 'Nguyễn Văn Thành');
  assert.ok(byRow[5].notes.includes('Đã chuyển từ mã TCVN3: "NguyÔn V¨n Thµnh" → "Nguyễn Văn Thành"'), JSON.stringify(byRow[5].notes));
  assert.ok(p.body.notes.some((n) => /Đã chuyển 1 ô từ mã TCVN3/.test(n)), JSON.stringify(p.body.notes));
  assert.equal((await upload(bo, 'roster', bad, { commit: true })).status, 400);
  assert.equal((await bo.get('/api/v1/people?q=' + encodeURIComponent('Nguyễn Văn Ánh'))).body.total ?? 0, 0, 'nothing half-saved');
  const good = make('table', 'people-ok.xlsx', { rows: [['Họ và tên', 'Mã đơn vị', 'Từ ngày'], ['Lê Văn Nhập', 'CA-HY', '01/07/2025']] });
  const ok = await upload(bo, 'roster', good, { commit: true });
  assert.equal(ok.status, 200, JSON.stringify(ok.body));
  assert.equal((await bo.get('/api/v1/people?q=' + encodeURIComponent('Lê Văn Nhập'))).body.items.length, 1);
  // the same as CSV (UTF-8 with BOM, semicolons as a Vietnamese Excel saves it)
  const csv = Buffer.from('\uFEFFHọ và tên;Mã đơn vị;Từ ngày;Năm sinh\r\nĐỗ Thị Cê Ét Vê;CA-HY;02/07/2025;1.990\r\n', 'utf8');
  const c = await upload(bo, 'roster', csv, { filename: 'people.csv' });
  assert.equal(c.status, 200, JSON.stringify(c.body));
  assert.equal(c.body.rows[0].ok, true, JSON.stringify(c.body.rows[0]));
  assert.equal(c.body.rows[0].values.birth_year, 1990, '1.990: a dot groups thousands in Vietnamese');
  const csv2 = Buffer.from('\uFEFFHọ và tên;Mã đơn vị;Từ ngày\r\nĐỗ Thị Cê Ét Vê;CA-HY;02/07/2025\r\n', 'utf8');
  const c2 = await upload(bo, 'roster', csv2, { filename: 'people.csv' });
  assert.deepEqual(c2.body.rows.map((r) => [r.row, r.ok, r.values.from]), [[2, true, '2025-07-02']]);
});

test('a roster typed in TCVN3 with the .VnTime font: headings and names converted, shown in the preview, saved in Unicode', async () => {
  const file = make('table', 'tcvn3.xlsx', { font: '.VnTime', rows: [
    ['Hä vµ tªn', 'M· ®¬n vÞ', 'Tõ ngµy', 'Chøc vô'],
    ['TrÇn ThÞ Hoa Tr\u00ADêng', 'CA-HY', '01/07/2025', 'Phã tr\u00ADëng phßng'],
    ['Tô', 'CA-HY', '01/07/2025', ''],
  ] });
  const p = await upload(bo, 'roster', file);
  assert.equal(p.status, 200, JSON.stringify(p.body));
  assert.equal(p.body.what, 'people', 'the headings typed in TCVN3 are found');
  assert.equal(p.body.problem_rows, 0, JSON.stringify(p.body.rows));
  assert.equal(p.body.rows[0].values.full_name, 'Trần Thị Hoa Trường');
  assert.equal(p.body.rows[0].values.position, 'Phó trưởng phòng');
  assert.ok(p.body.rows[0].notes.some((n) => n.startsWith('Đã chuyển từ mã TCVN3: "TrÇn ThÞ Hoa Tr')));
  // "Tô" reads both ways; its column was typed in TCVN3, so it is "Tụ"
  assert.equal(p.body.rows[1].values.full_name, 'Tụ');
  assert.ok(p.body.notes.some((n) => /Đã chuyển 7 ô từ mã TCVN3.*\.VnTime/.test(n)), JSON.stringify(p.body.notes));
  const c = await upload(bo, 'roster', file, { commit: true });
  assert.equal(c.status, 200, JSON.stringify(c.body));
  assert.equal((await bo.get('/api/v1/people?q=' + encodeURIComponent('Trần Thị Hoa Trường'))).body.items.length, 1);
});

test('bad files: not a zip, an old .xls or password-protected file, an .ods, a zip bomb, a corrupt zip, an empty sheet, wrong columns', async () => {
  const msg = async (bytes, name, kind = 'roster') => {
    const r = await upload(bo, kind, bytes, { filename: name });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    return r.body.error.message;
  };
  assert.match(await msg(Buffer.from('Họ và tên;Mã đơn vị\n'), 'a.xlsx'), /không phải tệp \.xlsx/);
  assert.match(await msg(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]), 'old.xlsx'), /\.xls.*mật khẩu/);
  assert.match(await msg(readFileSync(make('ods', 'x.ods')), 'x.xlsx'), /OpenDocument \(\.ods\)/);
  assert.match(await msg(readFileSync(make('bomb', 'bomb.xlsx', { mb: 60 })), 'bomb.xlsx'), /bom zip/);
  const good = readFileSync(make('table', 'ok.xlsx', { rows: [['Họ và tên', 'Mã đơn vị', 'Từ ngày']] }));
  assert.match(await msg(good.subarray(0, good.length - 200), 'cut.xlsx'), /bị hỏng/);
  assert.match(await msg(readFileSync(make('table', 'empty.xlsx', { rows: [] })), 'empty.xlsx'), /trang tính trống/);
  assert.match(await msg(readFileSync(make('table', 'cols.xlsx', { rows: [['Tên', 'Đơn vị'], ['A', 'B']] })), 'cols.xlsx'), /không tìm thấy dòng tiêu đề.*Họ và tên/);
  assert.match(await msg(readFileSync(make('table', 'font.xlsx', { font: 'VNI-Times', rows: [['Hoï vaø teân']] })), 'font.xlsx'), /VNI-Times.*VNI/);
});

test('the command line: thidua import prints one JSON object a row and exits 2 on problems; 100,000 rows are read', async () => {
  const file = make('many', 'many.xlsx', { n: 100000, unit: 'KHONG-CO' });
  const t0 = Date.now();
  const r = spawnSync(BIN, ['import', 'roster', file, '--db', srv.dbUrl], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(r.status, 2, r.stderr.slice(0, 500));
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 100000);
  const first = JSON.parse(lines[0]);
  assert.equal(first.row, 2);
  assert.equal(first.ok, false);
  assert.match(first.problems[0], /không có đơn vị mã KHONG-CO/);
  assert.ok(Date.now() - t0 < 60000, `took ${Date.now() - t0} ms`);
  const good = make('table', 'cli-people.xlsx', { rows: [['Họ và tên', 'Mã đơn vị', 'Từ ngày'], ['Phạm Văn Dòng Lệnh', 'CA-HY', '01/07/2025']] });
  const c = spawnSync(BIN, ['import', 'roster', good, '--db', srv.dbUrl, '--commit'], { encoding: 'utf8' });
  assert.equal(c.status, 0, c.stderr);
  assert.deepEqual(JSON.parse(c.stdout.trim()), { row: 2, ok: true, problems: [], sheet: 'Danh sách', values: JSON.parse(c.stdout.trim()).values });
  assert.equal((await bo.get('/api/v1/people?q=' + encodeURIComponent('Phạm Văn Dòng Lệnh'))).body.items.length, 1);
  // a write from the command line is audited too, by "cli"
  const logged = (await bo.get('/api/v1/audit?entity=import&limit=50')).body.items.find((e) => e.action === 'import.roster' && e.username === 'cli');
  assert.ok(logged, 'the command line import is audited');
});
