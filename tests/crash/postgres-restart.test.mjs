// PostgreSQL stopped and started again under load (issue 13, item 3): while it is away the server
// stays up and answers 503 (never 500, never a crash); when it is back the server reconnects by
// itself; every write answered 2xx is there and the audit chain verifies. The test runs its own
// PostgreSQL cluster (Debian's server binaries) so that stopping it disturbs no other test.
// Runs only with THIDUA_TEST_DB=postgres.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';

const skip = (process.env.THIDUA_TEST_DB || 'sqlite') !== 'postgres' && 'PostgreSQL only (THIDUA_TEST_DB=postgres)';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A PostgreSQL cluster of the test's own: scripts/test-postgres.sh in a shell of its own (its port
// found free, another tried when it was taken), then stopped and started here on the same port.
function ownPostgres() {
  const out = execFileSync('bash', ['-c', 'source scripts/test-postgres.sh >&2 && printf "%s\\n" "$THIDUA_TEST_PG_URL" "$PG_TEST_DIR" "$PG_TEST_BIN" "$PG_TEST_OPTS"'],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [url, dir, bin, opts] = out.trim().split('\n');
  // As the postgres user when the test runs as root (PostgreSQL refuses to run as root).
  const [cmd, ...pre] = [...(process.getuid() === 0 ? ['runuser', '-u', 'postgres', '--'] : []), join(bin, 'pg_ctl')];
  const pgCtl = (...args) => execFileSync(cmd, [...pre, '-D', join(dir, 'data'), ...args], { stdio: 'pipe' });
  const pg = {
    url,
    start() { pgCtl('-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', opts, 'start'); },
    stop(mode = 'fast') { pgCtl('-m', mode, '-w', 'stop'); },
    remove() { try { pg.stop('immediate'); } catch { /* already stopped */ } rmSync(dir, { recursive: true, force: true }); },
  };
  return pg;
}

test('PostgreSQL stopped and restarted under load: 503 while away, reconnects by itself, loses nothing acknowledged', { skip, timeout: 240000 }, async () => {
  const pg = ownPostgres();
  let srv;
  try {
    srv = await startServer({ dbUrl: pg.url });
    const admin = new Client(srv.url);
    await admin.login('admin');
    const parent = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items[0].id;
    const clients = await Promise.all([0, 1, 2, 3].map(async () => { const c = new Client(srv.url); await c.login('admin'); return c; }));
    const acknowledged = [];
    const statuses = {};
    let phase = 'up', stop = false, n = 0;
    const count = (s) => { statuses[phase] ||= {}; statuses[phase][s] = (statuses[phase][s] || 0) + 1; };
    async function writer(c, w) {
      while (!stop) {
        const i = n++;
        const code = `PGR-${w}-${i}`;
        const r = await c.post('/api/v1/units', { name: `Công an xã Khởi động lại ${w}-${i}`, kind: 'commune_police', code, parent_id: parent, valid_from: '2020-01-01' });
        count(r.status);
        if (r.status === 201) acknowledged.push({ id: r.body.id, code });
        else if (r.status !== 503) assert.fail(`${phase}: a write answered ${r.status} ${r.text}`);
        const g = await c.get(`/api/v1/units/${parent}`);
        count(g.status);
        if (g.status !== 200 && g.status !== 503) assert.fail(`${phase}: a read answered ${g.status} ${g.text}`);
        if (r.status === 503) await sleep(50);
      }
    }
    const running = clients.map((c, w) => writer(c, w));
    while (acknowledged.length < 20) await sleep(50);

    phase = 'away';
    pg.stop('fast');
    await sleep(3000);
    // The process is up and says so; the database's absence is a 503 with a clear message.
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
    const away = await admin.get('/api/v1/units?limit=1');
    assert.equal(away.status, 503, away.text);
    assert.match(away.body.error.message, /tạm thời không truy cập được/);
    assert.doesNotMatch(away.text, /postgres|connection|server closed/i, 'no driver text in the answer');

    phase = 'back';
    pg.start();
    const before = acknowledged.length;
    const t0 = Date.now();
    while (acknowledged.length < before + 20 && Date.now() - t0 < 30000) await sleep(50);
    stop = true;
    await Promise.all(running);
    console.log(`answers by phase: ${JSON.stringify(statuses)}; back in ${Date.now() - t0} ms`);
    assert.ok(acknowledged.length >= before + 20, 'the server did not reconnect by itself within 30 s');
    assert.ok((statuses.away?.[503] || 0) > 0, 'no 503 while PostgreSQL was away');

    for (const w of acknowledged) {
      const r = await admin.get(`/api/v1/units/${w.id}`);
      assert.equal(r.status, 200, `acknowledged unit ${w.code} is missing`);
      assert.equal(r.body.code, w.code);
    }
    const v = await admin.get('/api/v1/audit/verify');
    assert.equal(v.body.ok, true, JSON.stringify(v.body));
    assert.equal((await srv.stop()), 0, 'the server stops cleanly');
    assert.match(execFileSync(BIN, ['audit', 'verify', '--db', pg.url]).toString(), /audit chain intact/);
  } finally {
    await srv?.stop('SIGKILL');
    srv?.cleanup();
    pg.remove();
  }
});
