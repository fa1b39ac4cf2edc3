// The command line's long work (issue 11, part 6): `thidua import … --commit` prints its progress
// on stderr (percentages when stderr is not a terminal) and Ctrl-C (SIGINT) while it is saving
// stops it with nothing saved and a clear line; the command ends as interrupted by the signal.
// Runs on SQLite, and on PostgreSQL with THIDUA_TEST_DB=postgres.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';

const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';
const work = mkdtempSync(join(tmpdir(), 'thidua-cli-int-'));
let srv, bo;

function many(name, n, who) {
  const out = join(work, name);
  const r = spawnSync(PYTHON, [join(ROOT, 'tests/lib/make_workbook.py'), 'many', out, JSON.stringify({ n, unit: 'CA-HY', name: who })], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return out;
}

before(async () => {
  srv = await startServer({ startMs: 240000 });
  bo = new Client(srv.url);
  await bo.login('canbo.bo');
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('Ctrl-C while `thidua import roster --commit` saves 30,000 rows: it stops, says so, and saves nothing', async () => {
  const file = many('ctrl-c.xlsx', 30000, 'Ngắt Lệnh');
  const p = spawn(BIN, ['import', 'roster', file, '--db', srv.dbUrl, '--commit'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '', lines = 0, sent = false;
  p.stdout.on('data', (d) => { lines += d.toString().split('\n').length - 1; });
  const exited = new Promise((res) => p.on('exit', (code, signal) => res({ code, signal })));
  p.stderr.on('data', (d) => {
    err += d;
    // mid-save: the rows are in the transaction, not yet committed
    if (!sent && /lưu: [1-9]0%/.test(err)) { sent = true; p.kill('SIGINT'); }
  });
  const { code, signal } = await exited;
  assert.ok(sent, 'the save was reached and interrupted; stderr:\n' + err.slice(-2000));
  assert.equal(signal, 'SIGINT', `ended by the signal (code ${code}); stderr:\n${err.slice(-1000)}`);
  assert.match(err, /kiểm tra: bắt đầu \(30001 dòng\)/, 'the phases are announced');
  assert.match(err, /kiểm tra: 50%/, 'percentages when stderr is not a terminal');
  assert.match(err, /đã dừng theo yêu cầu \(Ctrl-C\); không lưu gì/);
  assert.equal(lines, 30000, 'the preview was printed before the commit began');
  assert.equal((await bo.get('/api/v1/people?limit=1&q=' + encodeURIComponent('Ngắt Lệnh'))).body.total, 0, 'nothing half-saved');
  // the database is fine: the same command to the end saves every row
  const again = spawnSync(BIN, ['import', 'roster', file, '--db', srv.dbUrl, '--commit'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(again.status, 0, again.stderr.slice(-500));
  assert.match(again.stderr, /đã lưu 30000 dòng/);
  assert.equal((await bo.get('/api/v1/people?limit=1&q=' + encodeURIComponent('Ngắt Lệnh'))).body.total, 30000);
});
