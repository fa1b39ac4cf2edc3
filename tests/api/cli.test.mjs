// The administrative commands: `user add`, `migrate`, `audit verify` on a tampered database,
// and the exit codes of the contract (0 success, 1 runtime failure, 2 bad usage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, startServer, Client, freshDbUrl } from '../lib/server.mjs';

test('user add creates a user who can log in; bad usage exits 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
  const db = freshDbUrl(dir);
  const srv = await startServer({ dbUrl: db, dir, demo: true });
  const add = spawnSync(BIN, ['user', 'add', 'canbo.moi', '--role', 'officer', '--unit', 'CA-NA', '--db', db],
    { env: { ...process.env, THIDUA_USER_PASSWORD: 'MatKhau!Moi123' } });
  assert.equal(add.status, 0, add.stderr.toString());
  const c = new Client(srv.url);
  await c.login('canbo.moi', 'MatKhau!Moi123');
  assert.equal(c.user.role, 'officer');
  assert.equal(c.user.unit_name, 'Công an tỉnh Nghệ An');
  const badRole = spawnSync(BIN, ['user', 'add', 'x.y', '--role', 'root', '--db', db], { env: { ...process.env, THIDUA_USER_PASSWORD: 'MatKhau!Moi123' } });
  assert.equal(badRole.status, 2);
  assert.equal(spawnSync(BIN, ['serve', '--port', 'abc']).status, 2);
  assert.equal(spawnSync(BIN, ['nonsense']).status, 2);
  assert.equal(spawnSync(BIN, ['migrate', '--db', 'mysql://x']).status, 2);
  await srv.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('audit verify names the first tampered row and exits 1', { skip: (process.env.THIDUA_TEST_DB || 'sqlite') !== 'sqlite' && 'SQLite file edited directly' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-cli-'));
  const path = join(dir, 't.db');
  const srv = await startServer({ dbUrl: `sqlite:${path}`, dir, demo: true });
  await srv.stop();
  const ok = spawnSync(BIN, ['audit', 'verify', '--db', `sqlite:${path}`]);
  assert.equal(ok.status, 0);
  assert.match(ok.stdout.toString(), /audit chain intact/);
  execFileSync('sqlite3', [path, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET username = 'ke_gian' WHERE id = 2;"]);
  const bad = spawnSync(BIN, ['audit', 'verify', '--db', `sqlite:${path}`]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr.toString(), /row 2/);
  rmSync(dir, { recursive: true, force: true });
});

test('plan eval prints per-text failure lines only with --failures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-plan-eval-'));
  writeFileSync(join(dir, 'one.txt'), 'Ngày 5/3/2024, Công an tỉnh Nghệ An tổ chức Hội nghị sơ kết phong trào thi đua “Vì an ninh Tổ quốc”.\n');
  writeFileSync(join(dir, 'one.expected.json'), JSON.stringify({
    title: 'Một tiêu đề không có trong văn bản', event: { kind: 'review', date: '2024-03-05', place: null },
    organizers: ['Công an tỉnh Nghệ An'], movement: { name: 'Vì an ninh Tổ quốc', kind: 'regular', theme: null, motto: null, start: null, end: null },
    phases: [], contents: [], targets: [], group: { name: null, leader: null, deputy: null, members: [] }, people: [], counts: [] }));
  const plain = spawnSync(BIN, ['plan', 'eval', dir]);
  assert.equal(plain.status, 0, plain.stderr.toString());
  const out = plain.stdout.toString();
  assert.match(out, /1 texts; fields right:/);
  assert.doesNotMatch(out, /failures|one\.txt|→/);
  const full = spawnSync(BIN, ['plan', 'eval', '--failures', dir]);
  assert.equal(full.status, 0);
  assert.match(full.stdout.toString(), /failures \(text, field/);
  assert.match(full.stdout.toString(), /one\.txt, title: /);
  rmSync(dir, { recursive: true, force: true });
});

test('plan eval --labels scores a second labeller against the first, field by field, without the parser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-plan-agree-'));
  const other = join(dir, 'other');
  mkdirSync(other);
  const label = (kind, organizers) => JSON.stringify({
    title: 'Hội nghị sơ kết', event: { kind, date: '2024-03-05', place: null }, organizers,
    movement: { name: 'Vì an ninh Tổ quốc', kind: 'regular', theme: null, motto: null, start: null, end: null },
    phases: [], contents: [], targets: [], group: { name: null, leader: null, deputy: null, members: [] }, people: [], counts: [] });
  for (const name of ['one', 'two']) {
    writeFileSync(join(dir, `${name}.txt`), 'Ngày 5/3/2024, Công an tỉnh Nghệ An tổ chức Hội nghị sơ kết.\n');
    writeFileSync(join(dir, `${name}.expected.json`), label('review', ['Công an tỉnh Nghệ An']));
  }
  // the second labeller read only "one": the same event, a second organizer the first did not label
  writeFileSync(join(other, 'one.expected.json'), label('review', ['Công an tỉnh Nghệ An', 'Ủy ban nhân dân tỉnh']));
  const r = spawnSync(BIN, ['plan', 'eval', '--labels', other, '--failures', dir]);
  assert.equal(r.status, 0, r.stderr.toString());
  const out = r.stdout.toString();
  assert.match(out, /^1 texts; fields right:/m);  // "two" has no second label: left out
  assert.match(out, /^organizers\s+50\.0\s+100\.0\s+1\/2/m);
  assert.match(out, /^event\.kind\s+100\.0\s+100\.0\s+1\/1/m);
  const none = spawnSync(BIN, ['plan', 'eval', '--labels', join(dir, 'missing'), dir]);
  assert.equal(none.status, 2);  // bad input, as every refused command
  assert.match(none.stderr.toString(), /no NAME\.expected\.json in/);
  rmSync(dir, { recursive: true, force: true });
});
