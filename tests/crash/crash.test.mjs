// kill -9 the server while clients write; after a restart every write that was answered 2xx is
// there and the audit chain still verifies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServer, Client, BIN, PASSWORD } from '../lib/server.mjs';

test('every acknowledged write survives kill -9 and the audit chain verifies', async () => {
  const srv = await startServer();
  const admin = new Client(srv.url);
  await admin.login('admin');
  const parent = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items[0].id;

  const acknowledged = [];
  let stop = false;
  let n = 0;
  // Every writer logs in first (argon2 takes its time on a loaded machine), then they all write.
  const clients = await Promise.all(Array.from({ length: 6 }, async () => {
    const c = new Client(srv.url);
    await c.login('admin');
    return c;
  }));
  async function writer(w) {
    const c = clients[w];
    while (!stop) {
      const i = n++;
      try {
        const r = await c.post('/api/v1/units', { name: `Công an xã Thử ${w}-${i}`, kind: 'commune_police', code: `CRASH-${w}-${i}`, parent_id: parent, valid_from: '2020-01-01' });
        if (r.status === 201) acknowledged.push({ id: r.body.id, code: `CRASH-${w}-${i}` });
      } catch { /* the connection died with the server */ }
    }
  }
  const writers = Array.from({ length: 6 }, (_, w) => writer(w));
  // Kill while writes are flowing: once some are acknowledged (at most 15 s on a loaded machine).
  const started = Date.now();
  while (acknowledged.length < 20 && Date.now() - started < 15000) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 300));
  srv.proc.kill('SIGKILL');
  await new Promise((r) => srv.proc.once('exit', r));
  stop = true;
  await Promise.all(writers);
  assert.ok(acknowledged.length > 10, `only ${acknowledged.length} writes were acknowledged`);

  const again = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  try {
    const c = new Client(again.url);
    await c.login('admin', PASSWORD);
    for (const w of acknowledged) {
      const r = await c.get(`/api/v1/units/${w.id}`);
      assert.equal(r.status, 200, `acknowledged unit ${w.code} is missing after the crash`);
      assert.equal(r.body.code, w.code);
    }
    const v = await c.get('/api/v1/audit/verify');
    assert.equal(v.body.ok, true, JSON.stringify(v.body));
  } finally {
    await again.stop();
  }
  // The command-line check agrees, on the database the server left behind.
  const out = execFileSync(BIN, ['audit', 'verify', '--db', srv.dbUrl]).toString();
  assert.match(out, /audit chain intact/);
  srv.cleanup();
});

test('SIGTERM finishes in-flight requests and exits 0', async () => {
  const srv = await startServer();
  const c = new Client(srv.url);
  await c.login('admin');
  // Start requests, then ask the server to stop while they are in flight.
  const inflight = Array.from({ length: 20 }, () => c.get('/api/v1/units?limit=1000'));
  const code = srv.stop('SIGTERM');
  const results = await Promise.allSettled(inflight);
  assert.equal(await code, 0);
  for (const r of results) if (r.status === 'fulfilled') assert.ok([200, 503].includes(r.value.status));
  assert.match(srv.log(), /stopped cleanly/);
  srv.cleanup();
});
