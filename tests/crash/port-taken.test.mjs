// The servers the harness cannot start on port 0 (PostgreSQL, nginx) meet their port already taken
// (scripts/port-retry.sh): they start on another port instead of failing the run, and when no try is
// left the failure shows the server's own words. The port is held by a listener of this test, and
// given as the first try (PORT_TRY_FIRST). Runs once, with THIDUA_TEST_DB=postgres (Debian's
// PostgreSQL server binaries; the nginx case needs nginx).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { ROOT } from '../lib/server.mjs';

const skip = (process.env.THIDUA_TEST_DB || 'sqlite') !== 'postgres' && 'PostgreSQL only (THIDUA_TEST_DB=postgres)';
const hasNginx = spawnSync('sh', ['-c', 'command -v nginx']).status === 0;

// A listener on 127.0.0.1 at a port the kernel gives: the port the server is then told to try first.
async function holdPort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  return { port: s.address().port, close: () => new Promise((r) => s.close(r)) };
}

const bash = (script, env) => spawnSync('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120000 });

test('PostgreSQL meeting its port taken starts on another one and answers there', { skip, timeout: 180000 }, async () => {
  const held = await holdPort();
  try {
    const r = bash('source scripts/test-postgres.sh >&2 && psql "$THIDUA_TEST_PG_URL" -Atc "SELECT 40 + 2" && echo "$THIDUA_TEST_PG_URL" && pg_test_stop',
      { PORT_TRY_FIRST: String(held.port) });
    assert.equal(r.status, 0, r.stderr);
    const [answer, url] = r.stdout.trim().split('\n');
    assert.equal(answer, '42');
    assert.notEqual(new URL(url).port, String(held.port), 'PostgreSQL is not on the held port');
    assert.match(r.stderr, new RegExp(`port ${held.port} was taken`));
  } finally {
    await held.close();
  }
});

test('PostgreSQL with no try left fails, saying the port was in use', { skip, timeout: 180000 }, async () => {
  const held = await holdPort();
  try {
    const r = bash('source scripts/test-postgres.sh', { PORT_TRY_FIRST: String(held.port), PORT_TRIES: '1' });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /could not start/);
    assert.match(r.stderr, /Address already in use/, 'the server log\'s last lines are shown');
  } finally {
    await held.close();
  }
});

test('nginx meeting its port taken starts on another one and serves there', { skip: skip || (!hasNginx && 'nginx is not installed'), timeout: 120000 }, async () => {
  const held = await holdPort();
  const work = mkdtempSync(join(tmpdir(), 'thidua-nginx-'));
  chmodSync(work, 0o755);  // nginx's workers run as nobody when started by root
  writeFileSync(join(work, 'hello.txt'), 'xin chào\n', { mode: 0o644 });
  let pidFile;
  try {
    const r = spawnSync('bash', ['bench/nginx.sh', work], {
      cwd: ROOT, input: `server { listen 127.0.0.1:@PORT@; root ${work}; }`, encoding: 'utf8',
      env: { ...process.env, PORT_TRY_FIRST: String(held.port) }, timeout: 60000,
    });
    assert.equal(r.status, 0, r.stderr);
    const [port, pid] = r.stdout.trim().split(' ');
    pidFile = pid;
    assert.notEqual(port, String(held.port));
    assert.match(r.stderr, new RegExp(`port ${held.port} was taken`));
    assert.equal(await (await fetch(`http://127.0.0.1:${port}/hello.txt`)).text(), 'xin chào\n');
  } finally {
    if (pidFile) process.kill(Number(readFileSync(pidFile, 'utf8')));
    await held.close();
    rmSync(work, { recursive: true, force: true });
  }
});
