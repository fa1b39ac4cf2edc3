// Jobs seen from every instance (docs/jobs.md): two servers on one database, as behind a load
// balancer. A job started on one is followed, cancelled and downloaded on the other; a server
// killed mid-job leaves its job failed ("Máy chủ dừng khi đang chạy"), not running forever; a
// finished export is still downloaded after the server restarts. A job stays its user's own on
// every instance. Runs on SQLite (two processes on one file), and on PostgreSQL with
// THIDUA_TEST_DB=postgres (the production setup). SQLite has one writer: while an import commits,
// another process's writes (its progress, a cancel flag) wait for it, so on SQLite the import
// cancelled and the one killed from the other process are previews (they write nothing until the
// end); on PostgreSQL the cancel lands while the import is saving.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client } from '../lib/server.mjs';
import { makeCheck } from '../lib/office.mjs';
import { makeRoster, startImport, follow, brief } from '../lib/jobs.mjs';

const work = mkdtempSync(join(tmpdir(), 'thidua-jobs-inst-'));
const check = makeCheck(work);
const many = makeRoster(work);
const PG = process.env.THIDUA_TEST_DB === 'postgres';
let a, b, onA, onB, naOnB;

// The same session on the other instance (sessions live in the database).
function sameUserOn(srv, c) {
  const x = new Client(srv.url);
  x.cookie = c.cookie;
  x.csrf = c.csrf;
  return x;
}

async function peopleNamed(c, q) {
  return (await c.get('/api/v1/people?limit=1&q=' + encodeURIComponent(q))).body.total;
}

before(async () => {
  a = await startServer({ demo: 'world', startMs: 240000 });
  b = await startServer({ dbUrl: a.dbUrl, dir: a.dir, demo: false, startMs: 240000 });
  onA = new Client(a.url);
  await onA.login('canbo.bo');
  onB = sameUserOn(b, onA);
  naOnB = new Client(b.url);
  await naOnB.login('canbo.nghean');
});
after(async () => { await b?.stop(); await a?.stop(); a?.cleanup(); });

test('an import started on one instance is followed and cancelled on the other: nothing saved', async () => {
  // a preview of 30,000 rows is over in well under a second now: SQLite's is four times longer
  const N = PG ? 20000 : 120000;
  const started = await startImport(onA, many('cancel.xlsx', N, 'Hai Máy Chủ'), { commit: PG });
  assert.equal(started.status, 202, brief(started.body));
  const id = started.body.id;
  // B sees A's progress: on PostgreSQL the rows being saved counted against their total; on
  // SQLite (a preview, over in about a second) A's first phase, and B cancels at once so that
  // the cancel lands well before the preview ends
  const moving = await follow(onB, id, [], (j) => j.state !== 'running' || (PG ? j.phase === 'save' && j.done > 0 : ['read', 'check'].includes(j.phase)));
  assert.equal(moving.state, 'running', brief(moving));
  if (PG) assert.ok(moving.total >= N && moving.done <= moving.total, brief(moving));
  assert.ok((await onB.get('/api/v1/jobs')).body.items.some((j) => j.id === id), "B lists A's job");
  // not another user's, on any instance
  assert.equal((await naOnB.get(`/api/v1/jobs/${id}`)).status, 404);
  assert.equal((await naOnB.post(`/api/v1/jobs/${id}/cancel`)).status, 404);
  // B cancels; A stops at its next row and rolls back
  const c = await onB.post(`/api/v1/jobs/${id}/cancel`);
  assert.equal(c.status, 200, brief(c.body));
  assert.equal(c.body.cancel_requested, true);
  const end = await follow(onB, id);
  assert.equal(end.state, 'cancelled', brief(end));
  assert.equal(end.result, undefined);
  assert.equal((await follow(onA, id)).state, 'cancelled', 'A says the same');
  assert.equal(await peopleNamed(onA, 'Hai Máy Chủ'), 0, 'nothing half-saved');
  assert.equal((await onB.post(`/api/v1/jobs/${id}/cancel`)).status, 409, 'ended: nothing to cancel');
});

test('an export made on one instance is downloaded from the other, the same file as the direct export', async () => {
  const g = (await onA.get('/api/v1/groups?limit=100')).body.items.find((x) => /Cụm thi đua số 5/.test(x.name));
  const path = `/api/v1/groups/${g.id}/years/2024/ranking?format=xlsx`;
  const r = await onA.post('/api/v1/jobs/exports', { path });
  assert.equal(r.status, 202, brief(r.body));
  const end = await follow(onB, r.body.id);
  assert.equal(end.state, 'done', brief(end));
  const f = await fetch(b.url + end.file.href, { headers: { cookie: onB.cookie } });
  assert.equal(f.status, 200);
  assert.match(f.headers.get('content-disposition'), /attachment; filename=".*\.xlsx"/);
  const bytes = Buffer.from(await f.arrayBuffer());
  assert.equal(bytes.length, end.file.size);
  const direct = Buffer.from(await (await fetch(a.url + path, { headers: { cookie: onA.cookie } })).arrayBuffer());
  // the same workbook, as openpyxl reads it: the same sheets, cells, types and layout
  const job = check('xlsx', bytes, 'job.xlsx'), same = check('xlsx', direct, 'direct.xlsx');
  assert.deepEqual(job, same);
  assert.match(JSON.stringify(job.sheets[0].rows), /Hưng Yên/);
  assert.equal((await naOnB.get(end.file.href)).status, 404, "another user's file is not found");
});

test('a server killed mid-job: its job shows failed on the other instance; a finished export outlives a restart', async () => {
  // a finished export first, to fetch again after the restart
  const g = (await onA.get('/api/v1/groups?limit=100')).body.items.find((x) => /Cụm thi đua số 5/.test(x.name));
  const exp = await onB.post('/api/v1/jobs/exports', { path: `/api/v1/groups/${g.id}/years/2024/ranking?format=csv` });
  const done = await follow(onB, exp.body.id);
  assert.equal(done.state, 'done');
  const before = Buffer.from(await (await fetch(a.url + done.file.href, { headers: { cookie: onA.cookie } })).arrayBuffer());
  assert.ok(before.length > 0);

  // a preview of a province's roster, killed with its server while B watches it being checked
  const started = await startImport(onA, many('killed.xlsx', 120000, 'Máy Chủ Chết'));
  assert.equal(started.status, 202);
  const id = started.body.id;
  const watched = await follow(onB, id, [], (j) => j.state !== 'running' || ['read', 'check'].includes(j.phase));
  assert.equal(watched.state, 'running', brief(watched));
  await a.stop('SIGKILL');
  // running for a while (its heartbeat may be fresh), then failed — never running forever
  const end = await follow(onB, id, [], (j) => j.state !== 'running', 60000);
  assert.equal(end.state, 'failed', brief(end));
  assert.equal(end.error.code, 'server_stopped');
  assert.match(end.error.message, /Máy chủ dừng khi đang chạy/);
  assert.equal(end.file, undefined);
  assert.equal((await onB.post(`/api/v1/jobs/${id}/cancel`)).status, 409);
  // A comes back on the same database: the export made before is still there, byte for byte
  a = await startServer({ dbUrl: b.dbUrl, dir: b.dir, demo: false, startMs: 240000 });
  const again = await fetch(a.url + done.file.href, { headers: { cookie: onA.cookie } });
  assert.equal(again.status, 200);
  assert.deepEqual(Buffer.from(await again.arrayBuffer()), before);
  assert.equal((await sameUserOn(a, onA).get(`/api/v1/jobs/${id}`)).body.state, 'failed');
});
