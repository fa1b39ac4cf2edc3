// Long work as jobs (issue 11, part 6): a big roster import started as a job reports its phase
// and rows as it goes; cancelled while saving, it leaves nothing (no person, no audit row); a
// job belongs to its user (anyone else gets 404); an export runs as a job and its file appears
// only once complete. The synchronous import route still answers as before without ?job=1.
// Runs on SQLite, and on PostgreSQL with THIDUA_TEST_DB=postgres.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { makeRoster, startImport, follow } from '../lib/jobs.mjs';

const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'thidua-jobs-'));
const many = makeRoster(work);
let srv, bo, na;

async function peopleNamed(q) {
  return (await bo.get('/api/v1/people?limit=1&q=' + encodeURIComponent(q))).body.total;
}

before(async () => {
  srv = await startServer({ demo: 'world', startMs: 240000 });  // the demo world on PostgreSQL, on a busy machine
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
  na = new Client(srv.url);
  await na.login('canbo.nghean');
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('a 20,000-row roster imported as a job: 202 at once, then progress by phase and rows, then everything saved and audited', async () => {
  const N = 20000;
  const bytes = many('big.xlsx', N, 'Tiến Độ');
  const auditBefore = (await bo.get('/api/v1/audit?limit=1&entity=import')).body.total;
  const started = await startImport(bo, bytes, { commit: true });
  assert.equal(started.status, 202, JSON.stringify(started.body));
  assert.match(started.body.id, /^[0-9a-f]{32}$/);
  assert.equal(started.body.kind, 'import.roster');
  assert.equal(started.body.state, 'running');
  const seen = [];
  const end = await follow(bo, started.body.id, seen);
  assert.equal(end.state, 'done', JSON.stringify(end));
  assert.equal(end.percent, 100);
  assert.equal(end.result.committed, true);
  assert.equal(end.result.total, N);
  assert.equal(end.result.problem_rows, 0);
  // on the way: the rows being checked or saved, counted against their total, never past it
  const counted = seen.filter((j) => j.state === 'running' && (j.phase === 'check' || j.phase === 'save'));
  assert.ok(counted.length > 0, 'progress was seen: ' + JSON.stringify(seen.slice(0, 5)));
  for (const j of counted) {
    assert.ok(j.total >= N && j.done <= j.total, JSON.stringify(j));
    assert.match(j.phase_label, /^Đang (kiểm tra|lưu)/);
  }
  const saves = counted.filter((j) => j.phase === 'save').map((j) => j.done);
  assert.deepEqual(saves, [...saves].sort((a, b) => a - b), 'rows saved only go up');
  assert.equal(await peopleNamed('Tiến Độ 20001'), 1);
  assert.equal(await peopleNamed('Tiến Độ'), N);
  assert.equal((await bo.get('/api/v1/audit?limit=1&entity=import')).body.total, auditBefore + 1, 'audited as the import');
  // the list of my jobs has it, without the (large) preview
  const mine = (await bo.get('/api/v1/jobs')).body.items;
  const listed = mine.find((j) => j.id === started.body.id);
  assert.equal(listed.state, 'done');
  assert.equal(listed.result, undefined);
  // finished: nothing to cancel
  assert.equal((await bo.post(`/api/v1/jobs/${started.body.id}/cancel`)).status, 409);
});

test('cancelled while saving, a 20,000-row import leaves nothing: no person, no audit row; the job says cancelled', async () => {
  const N = 20000;
  const bytes = many('cancel.xlsx', N, 'Hủy Giữa Chừng');
  const auditBefore = (await bo.get('/api/v1/audit?limit=1&entity=import')).body.total;
  const started = await startImport(bo, bytes, { commit: true });
  assert.equal(started.status, 202);
  // wait until it is saving — the worst moment: rows are already in the transaction
  const saving = await follow(bo, started.body.id, [], (j) => j.state !== 'running' || (j.phase === 'save' && j.done > 0));
  assert.equal(saving.state, 'running', 'the import was still running when cancelled: ' + JSON.stringify(saving));
  const c = await bo.post(`/api/v1/jobs/${started.body.id}/cancel`);
  assert.equal(c.status, 200, JSON.stringify(c.body));
  assert.equal(c.body.cancel_requested, true);
  const end = await follow(bo, started.body.id);
  assert.equal(end.state, 'cancelled', JSON.stringify(end));
  assert.match(end.error.message, /hủy/i);
  assert.equal(end.result, undefined);
  assert.equal(await peopleNamed('Hủy Giữa Chừng'), 0, 'nothing half-saved');
  assert.equal((await bo.get('/api/v1/audit?limit=1&entity=import')).body.total, auditBefore, 'no audit row for a cancelled import');
  // the same file, imported again to the end, saves every row: the cancel left no lock or debris
  const again = await startImport(bo, bytes, { commit: true });
  assert.equal((await follow(bo, again.body.id)).state, 'done');
  assert.equal(await peopleNamed('Hủy Giữa Chừng'), N);
});

test("a job is its user's own: another officer gets 404 for it, its cancel and its file", async () => {
  const started = await startImport(bo, many('mine.xlsx', 2000, 'Riêng Tư'));
  assert.equal(started.status, 202);
  const id = started.body.id;
  assert.equal((await na.get(`/api/v1/jobs/${id}`)).status, 404);
  assert.equal((await na.post(`/api/v1/jobs/${id}/cancel`)).status, 404);
  assert.equal((await na.get(`/api/v1/jobs/${id}/file`)).status, 404);
  assert.ok(!(await na.get('/api/v1/jobs')).body.items.some((j) => j.id === id));
  const end = await follow(bo, id);
  assert.equal(end.state, 'done');
  assert.equal(end.result.committed, false, 'a preview job saves nothing');
  assert.equal(end.result.total, 2000);
  assert.equal(await peopleNamed('Riêng Tư'), 0);
  assert.equal((await bo.get('/api/v1/jobs/00000000000000000000000000000000')).status, 404);
  // a job that reads a bad file fails with the same message the synchronous route gives
  const bad = await startImport(bo, Buffer.from('không phải bảng tính'));
  const failed = await follow(bo, bad.body.id);
  assert.equal(failed.state, 'failed');
  assert.match(failed.error.message, /không phải tệp \.xlsx/);
});

test('an export as a job: the ranking .xlsx appears once complete, for its user only; bad paths are refused', async () => {
  const groups = (await bo.get('/api/v1/groups?limit=100')).body.items;
  const g = groups.find((x) => /Cụm thi đua số 5/.test(x.name));
  assert.ok(g, 'Cluster No. 5 is in the demo');
  const path = `/api/v1/groups/${g.id}/years/2024/ranking?format=xlsx`;
  const r = await bo.post('/api/v1/jobs/exports', { path });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  assert.equal(r.body.kind, 'export');
  const end = await follow(bo, r.body.id);
  assert.equal(end.state, 'done', JSON.stringify(end));
  assert.match(end.file.filename, /\.xlsx$/);
  assert.equal(end.file.href, `/api/v1/jobs/${r.body.id}/file`);
  const f = await fetch(srv.url + end.file.href, { headers: { cookie: bo.cookie } });
  assert.equal(f.status, 200);
  assert.match(f.headers.get('content-disposition'), /attachment; filename=".*\.xlsx"/);
  const bytes = Buffer.from(await f.arrayBuffer());
  const direct = Buffer.from(await (await fetch(srv.url + path, { headers: { cookie: bo.cookie } })).arrayBuffer());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  assert.equal(end.file.size, bytes.length);
  // the same workbook as the synchronous export, read by openpyxl: the same cells
  const file = join(work, 'ranking-job.xlsx'), file2 = join(work, 'ranking-direct.xlsx');
  writeFileSync(file, bytes);
  writeFileSync(file2, direct);
  const read = (p) => spawnSync(PYTHON, ['-c', 'import openpyxl,sys,json; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(json.dumps([[str(c) for c in r] for r in ws.iter_rows(values_only=True)], ensure_ascii=False))', p], { encoding: 'utf8' });
  const a = read(file), b = read(file2);
  assert.equal(a.status, 0, a.stderr);
  assert.equal(a.stdout, b.stdout);
  assert.match(a.stdout, /Hưng Yên/);
  assert.equal((await na.get(end.file.href)).status, 404, "another user's export is not found");
  // an export of something the caller may not read fails as the GET would (404), with its message
  assert.equal((await fetch(srv.url + path, { headers: { cookie: na.cookie } })).status, 404);
  const hidden = await na.post('/api/v1/jobs/exports', { path });
  assert.equal(hidden.status, 202);
  const refused = await follow(na, hidden.body.id);
  assert.equal(refused.state, 'failed');
  assert.equal(refused.file, undefined);
  assert.ok(refused.error.message.length > 0);
  for (const body of [{}, { path: 'http://example.invalid/x?format=xlsx' }, { path: '/api/v1/units' }, { path: '/api/v1/jobs?format=xlsx' },
    { path: '/api/v1/units?format=exe' }, { path: '/api/v1/units?format=xlsx', extra: 1 }]) {
    const x = await bo.post('/api/v1/jobs/exports', body);
    assert.equal(x.status, 400, JSON.stringify(body) + ' ' + JSON.stringify(x.body));
  }
});

test('without ?job=1 the import route still answers the preview at once (the synchronous contract), the preview a job answers', async () => {
  const bytes = many('sync.xlsx', 50, 'Đồng Bộ');
  const r = await fetch(`${srv.url}/api/v1/imports/roster?filename=sync.xlsx`, {
    method: 'POST', headers: { cookie: bo.cookie, 'x-csrf-token': bo.csrf, 'content-type': 'application/octet-stream' }, body: bytes });
  assert.equal(r.status, 200);
  const body = await r.json();
  assert.equal(body.total, 50);
  assert.equal(body.committed, false);
  // the same file as a job: the import page shows the very preview the synchronous route gives
  const started = await startImport(bo, bytes);
  assert.equal(started.status, 202, JSON.stringify(started.body));
  const end = await follow(bo, started.body.id);
  assert.equal(end.state, 'done');
  assert.deepEqual(end.result, body);
});
