// Backup while the server runs → restore into an empty database → every table the same, the
// audit chain verifies on both, against the signed checkpoint written with the backup; and the
// checkpoint catches what the chain alone cannot: rows cut from its end, and a rewritten end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, freshDbUrl, Client, BIN } from '../lib/server.mjs';
import { fakePng } from '../lib/files.mjs';

const KEY = 'khoa-kiem-tra-nhat-ky-0123456789';
const env = { ...process.env, THIDUA_AUDIT_KEY: KEY };
const pg = (process.env.THIDUA_TEST_DB || 'sqlite') === 'postgres';
let srv;
before(async () => { srv = await startServer({ extraEnv: { THIDUA_AUDIT_KEY: KEY } }); });
after(async () => { await srv.stop(); srv.cleanup(); });

const run = (...args) => spawnSync(BIN, args, { env, encoding: 'utf8' });
// The table sections of a backup file (the header carries the time it was made).
const tables = (file) => readFileSync(file, 'utf8').split('\n').slice(1, -2).join('\n');
function sql(url, text) {
  if (url.startsWith('sqlite:')) execFileSync('sqlite3', [url.slice(7), text]);
  else execFileSync('psql', [url, '-q', '-v', 'ON_ERROR_STOP=1', '-c', text]);
}

test('backup while serving, restore into an empty database, every table equal, audit verified', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const units = await c.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'));
  const na = units.body.items.find((u) => u.code === 'CA-NA').id;
  const rep = await c.post('/api/v1/reports', { unit_id: na, period: { kind: 'month', year: 2024, month: 2 }, values: {} });
  assert.equal(rep.status, 201, rep.text);
  const png = fakePng(Buffer.alloc(300, 7));
  const ev = await c.post(`/api/v1/reports/${rep.body.id}/evidence`, { filename: 'bien-ban.png', content_type: 'image/png', content_base64: png.toString('base64') });
  assert.equal(ev.status, 201, ev.text);

  const file = join(srv.dir, 'thidua.backup');
  const b = run('backup', '--db', srv.dbUrl, '-o', file);
  assert.equal(b.status, 0, b.stderr);
  assert.match(b.stdout, /backup written: \d+ tables/);
  assert.ok(readFileSync(file, 'utf8').includes(png.toString('base64')), 'the evidence file is in the backup');

  const target = pg ? freshDbUrl(srv.dir) : `sqlite:${join(srv.dir, 'restored.db')}`;
  const r = run('restore', file, '--db', target);
  assert.equal(r.status, 0, r.stderr);
  // Restoring over data is refused, and changes nothing.
  const again = run('restore', file, '--db', target);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /not empty/);

  const file2 = join(srv.dir, 'restored.backup');
  assert.equal(run('backup', '--db', target, '-o', file2).status, 0);
  assert.equal(tables(file2), tables(file), 'every table the same after the round trip');

  const checkpoint = file + '.checkpoint.json';
  for (const url of [srv.dbUrl, target]) {
    const v = run('audit', 'verify', '--db', url, '--checkpoint', checkpoint);
    assert.equal(v.status, 0, v.stderr);
    assert.match(v.stdout, /audit chain intact: \d+ rows; holds the signed checkpoint/);
  }
  // The restored system serves: the evidence downloads with the same bytes.
  const s2 = await startServer({ dbUrl: target, dir: srv.dir, demo: false });
  try {
    const c2 = new Client(s2.url);
    await c2.login('canbo.nghean');
    const got = await fetch(`${s2.url}/api/v1/reports/${rep.body.id}/evidence/${ev.body.id}`, { headers: { cookie: c2.cookie } });
    assert.equal(got.status, 200);
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), png);
  } finally { await s2.stop(); }

  // A forged checkpoint (other key) is refused.
  const forged = spawnSync(BIN, ['audit', 'verify', '--db', target, '--checkpoint', checkpoint],
    { env: { ...process.env, THIDUA_AUDIT_KEY: 'une-autre-cle-0123456789' }, encoding: 'utf8' });
  assert.equal(forged.status, 2);
  assert.match(forged.stderr, /signature/);
});

test('the signed checkpoint catches rows cut from the end and a rewritten end of the chain', async () => {
  const dir = srv.dir;
  const url = pg ? freshDbUrl(dir) : `sqlite:${join(dir, 'tampered.db')}`;
  const s = await startServer({ dbUrl: url, dir });
  const checkpoint = join(dir, 'head.json');
  try {
    const c = new Client(s.url);
    await c.login('admin');
    await c.login('canbo.bo');
  } finally { await s.stop(); }
  assert.equal(run('audit', 'checkpoint', '--db', url, '--checkpoint', checkpoint).status, 0);
  const head = JSON.parse(readFileSync(checkpoint, 'utf8'));

  // Cut the last two rows (the log's triggers dropped first, as an operator with the file could).
  sql(url, pg
    ? 'DROP TRIGGER audit_log_no_change ON audit_log; DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 2 FROM audit_log); UPDATE audit_head SET last_hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1);'
    : 'DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id > (SELECT MAX(id) - 2 FROM audit_log);');
  const plain = run('audit', 'verify', '--db', url);
  assert.equal(plain.status, 0, 'the chain alone cannot see a cut end');
  const cut = run('audit', 'verify', '--db', url, '--checkpoint', checkpoint);
  assert.equal(cut.status, 1);
  assert.match(cut.stderr, new RegExp(`row ${head.last_id} .*missing`));

  // Rewrite the end: new rows take the cut rows' places with a valid, recomputed chain.
  const s2 = await startServer({ dbUrl: url, dir, demo: false });
  try {
    const c = new Client(s2.url);
    await c.login('admin');
    await c.login('admin');
  } finally { await s2.stop(); }
  assert.equal(run('audit', 'verify', '--db', url).status, 0, 'the recomputed chain verifies by itself');
  const rewritten = run('audit', 'verify', '--db', url, '--checkpoint', checkpoint);
  assert.equal(rewritten.status, 1);
  assert.match(rewritten.stderr, /rewritten/);
});
