// The state's statistical forms 0601–0605 (Circular 02/2023/TT-BNV) as .xlsx from the demo
// world's records, read back with openpyxl (tests/lib/office_check.py): the forms' headings and
// codes, totals that add up and agree with the awards the API lists, empty cells (never 0) where
// thidua keeps no data, the scope.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, ROOT } from '../lib/server.mjs';

const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'thidua-stat-'));
let srv, bo, ministry, flagged;

async function form(c, code, unit, year) {
  const r = await fetch(`${c.url}/api/v1/statistical-forms/${code}?unit_id=${unit}&year=${year}`, { headers: { cookie: c.cookie } });
  const bytes = Buffer.from(await r.arrayBuffer());
  if (r.status !== 200) return { status: r.status, body: JSON.parse(bytes.toString()) };
  const file = join(work, `${code}-${unit}-${year}.xlsx`);
  writeFileSync(file, bytes);
  const p = spawnSync(PYTHON, [join(ROOT, 'tests/lib/office_check.py'), 'xlsx', file], { encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const sheet = JSON.parse(p.stdout).sheets[0];
  const rows = sheet.rows.map((r) => r.map((c) => c.v));
  const head = rows.findIndex((r) => r[0] === 'Chỉ tiêu');
  const byCode = {};
  for (const r of rows.slice(head + 2)) if (r[1]) byCode[r[1]] = r.slice(2);
  return { status: 200, sheet, rows, headings: rows[head], codes: rows[head + 1], byCode };
}

before(async () => {
  srv = await startServer({ demo: 'world' });
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  const list = (await bo.get('/api/v1/proposals?year=2024&limit=100')).body.items;
  const minister = list.filter((x) => x.issuer.code === 'minister' && x.state === 'decided');
  assert.ok(minister.length > 0);
  ministry = minister[0].issuer.unit.id;
  flagged = [];
  for (const p of minister) {
    const d = (await bo.get(`/api/v1/proposals/${p.id}`)).body.decision;
    if (d && d.date.startsWith('2025')) flagged.push(...d.awards.filter((a) => !a.revoked));
  }
  assert.ok(flagged.length > 0);
});
after(async () => { if (process.env.SHOW_LOG) console.log(srv.log().split('\n').filter((l) => /rror/.test(l)).slice(-5).join('\n')); await srv.stop(); srv.cleanup(); });

test('0603: the ministry-level awards of 2025, with the form header, headings and codes; totals add up', async () => {
  const f = await form(bo, '0603', ministry, 2025);
  assert.equal(f.status, 200, JSON.stringify(f.body));
  assert.equal(f.rows[0][0], 'Biểu số: 0603.N/BNV-TĐKT');
  assert.ok(f.rows.some((r) => r[0] === 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ'));
  assert.ok(f.rows.some((r) => r[0] === 'Năm 2025'));
  assert.deepEqual(f.headings.slice(0, 4), ['Chỉ tiêu', 'Mã số', 'Tổng số', 'Bằng khen']);
  assert.deepEqual(f.codes, ['A', 'B', '1', '2', '3', '4', '5']);
  const total = f.byCode['01'][0];
  assert.equal(total, flagged.length, 'the total is the number of awards the decisions list');
  assert.equal(f.byCode['02'][0] + f.byCode['05'][0], total);                 // collective + individual
  assert.equal(f.byCode['01'].slice(1).reduce((a, b) => a + b, 0), total);   // columns 2..5 add up to 1
  const flags = flagged.filter((a) => /^Cờ thi đua/.test(a.name)).length;
  assert.equal(f.byCode['01'][3], flags);
  for (const code of ['03', '04', '06', '07']) assert.deepEqual(f.byCode[code], [null, null, null, null, null], `row ${code} is left empty, not 0`);
  assert.ok(f.rows.some((r) => typeof r[0] === 'string' && r[0].startsWith('Ô để trống: thidua không lưu số liệu này')));
  // by method, as each award's decision recorded it: the flags are regular (thường xuyên); no
  // award was decided as thematic, ad hoc or long-service — counted 0, since the method is recorded
  const byMethod = Object.fromEntries(['11', '12', '13', '14', '15', '16', '17'].map((c) => [c, f.byCode[c][0]]));
  assert.equal(byMethod['11'], flagged.filter((a) => a.method === 'thuong_xuyen').length);
  assert.ok(byMethod['11'] >= flags);
  assert.deepEqual([byMethod['12'], byMethod['13'], byMethod['16']], [0, 0, 0]);
  const unrecorded = flagged.filter((a) => !a.method).length;
  assert.equal(Object.values(byMethod).reduce((a, b) => a + b, 0), total - unrecorded);
  if (unrecorded) assert.ok(f.rows.some((r) => r[0] === `${unrecorded} khen thưởng chưa ghi phương thức khi quyết định: không tính vào các dòng "Chia theo phương thức" (có trong các dòng khác).`));
  assert.equal(f.sheet.freeze, 'C11');
});

test('0601 movements and 0602 state-level awards: rows by scope, duration and method agree with the total', async () => {
  const m = await form(bo, '0601', ministry, 2025);
  assert.equal(m.status, 200);
  const [t, central, ministryCol, units] = m.byCode['01'];
  assert.ok(t > 0);
  assert.equal(central, null);
  assert.equal(ministryCol + units, t);  // 1 = 2 + 3 + 4, column 2 unknown
  assert.equal(['06', '07', '08', '09', '10'].reduce((a, c) => a + m.byCode[c][0], 0), t);
  assert.equal(m.byCode['11'][0] + m.byCode['12'][0], t);
  assert.equal(m.byCode['03'][0] + m.byCode['05'][0], t);
  const s = await form(bo, '0602', ministry, 2025);
  assert.equal(s.status, 200);
  assert.equal(s.byCode['01'][0], s.byCode['06'][0] + s.byCode['09'][0]);
  assert.ok(s.byCode['01'][4] >= 1, 'the Government flag of the cluster leader');
});

test('0604 and 0605 have no data in thidua: every cell empty; refusals', async () => {
  const f = await form(bo, '0604', ministry, 2025);
  assert.equal(f.status, 200);
  for (const [code, v] of Object.entries(f.byCode)) assert.deepEqual(v, [null], `row ${code}`);
  assert.equal((await form(bo, '0609', ministry, 2025)).status, 404);
  assert.equal((await form(bo, '0603', ministry, 'abc')).status, 400);
  const na = new Client(srv.url);
  await na.login('canbo.nghean');
  assert.ok([403, 404].includes((await form(na, '0603', ministry, 2025)).status));
  const list = (await bo.get('/api/v1/statistical-forms')).body;
  assert.deepEqual(list.items.map((x) => x.code), ['0601', '0602', '0603', '0604', '0605']);
  assert.match(list.basis, /CHƯA ĐỐI CHIẾU/);
});
