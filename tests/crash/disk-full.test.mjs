// SQLite on a disk that fills up (issue 13, item 3): the database lives on a small tmpfs; writes
// go on until the disk is full. Each refused write is a clear 507 (nothing saved, no driver text),
// the server stays up and still reads; once space returns writes succeed again; every write
// answered 2xx is there, `PRAGMA integrity_check` says ok and the audit chain verifies.
// Mounting needs root (CAP_SYS_ADMIN): without it the test is skipped, saying so.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, Client, BIN } from '../lib/server.mjs';
import { fakePng } from '../lib/files.mjs';

const db = process.env.THIDUA_TEST_DB || 'sqlite';
const mnt = mkdtempSync(join(tmpdir(), 'thidua-full-'));
let skip = db !== 'sqlite' && 'SQLite only (THIDUA_TEST_DB=sqlite)';
if (!skip) {
  const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mnt], { encoding: 'utf8' });
  if (m.status !== 0) {
    skip = `cannot mount a tmpfs here (${(m.stderr || '').trim() || 'mount failed'}): needs root with CAP_SYS_ADMIN`;
    console.log(`disk-full test skipped: ${skip}`);
  }
}
const free = () => { const s = statfsSync(mnt); return s.bavail * s.bsize; };

test('SQLite on a full disk: clear 507s, reads go on, recovery when space returns, no corruption', { skip, timeout: 180000 }, async () => {
  const dbUrl = `sqlite:${join(mnt, 'thidua.db')}`;
  const srv = await startServer({ dbUrl });
  try {
    const c = new Client(srv.url);
    await c.login('admin');
    const units = [];
    for (const name of ['Công an tỉnh Nghệ An', 'Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình'])
      units.push((await c.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name).id);
    const acknowledged = [];
    let i = 0;
    const blob = (k) => fakePng(Buffer.alloc(60000, k % 251));
    async function write() {
      const k = i++;
      const unit = units[k % units.length], m = Math.floor(k / units.length);
      const r = await c.post('/api/v1/reports', { unit_id: unit, period: { kind: 'month', year: 2000 + Math.floor(m / 12), month: (m % 12) + 1 }, values: { toi_pham_ttxh: k } });
      if (r.status === 201) {
        acknowledged.push({ k, id: r.body.id });
        const ev = await c.post(`/api/v1/reports/${r.body.id}/evidence`, { filename: `bb-${k}.png`, content_type: 'image/png', content_base64: blob(k).toString('base64') });
        if (ev.status === 201) acknowledged.at(-1).evidence = ev.body.id;
        return ev;
      }
      return r;
    }
    // Leave about 1 MiB, then write until the disk refuses.
    const filler = join(mnt, 'filler');
    writeFileSync(filler, Buffer.alloc(Math.max(0, free() - (1 << 20))));
    const refusals = [];
    for (let n = 0; n < 200 && refusals.length < 5; n++) {
      const r = await write();
      if (r.status === 201) continue;
      assert.equal(r.status, 507, `a write on a full disk answered ${r.status} ${r.text}`);
      assert.match(r.body.error.message, /hết chỗ lưu/);
      assert.doesNotMatch(r.text, /sqlite|disk|SQL/i);
      refusals.push(r.status);
    }
    assert.ok(refusals.length >= 5, `the disk never filled (${acknowledged.length} writes acknowledged)`);
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200, 'the server is up');
    assert.equal((await c.get(`/api/v1/reports/${acknowledged[0].id}`)).status, 200, 'reads go on while the disk is full');

    // Space returns: writes succeed again, without a restart.
    unlinkSync(filler);
    const before = acknowledged.length;
    for (let n = 0; n < 5; n++) assert.equal((await write()).status, 201, 'a write after space returned');
    assert.equal(acknowledged.length, before + 5);
    console.log(`disk full after ${before} acknowledged reports; ${refusals.length} refusals (507); 5 writes once space returned`);

    for (const a of acknowledged) {
      const r = await c.get(`/api/v1/reports/${a.id}`);
      assert.equal(r.status, 200, `acknowledged report ${a.k} is missing`);
      assert.equal(r.body.values.toi_pham_ttxh, a.k);
      if (a.evidence) assert.ok(r.body.evidence.some((e) => e.id === a.evidence), `acknowledged evidence of ${a.k} is missing`);
    }
    const v = await c.get('/api/v1/audit/verify');
    assert.equal(v.body.ok, true, JSON.stringify(v.body));
    assert.equal(await srv.stop(), 0, 'the server stops cleanly');
    assert.equal(execFileSync('sqlite3', [join(mnt, 'thidua.db'), 'PRAGMA integrity_check;']).toString().trim(), 'ok');
    assert.match(execFileSync(BIN, ['audit', 'verify', '--db', dbUrl]).toString(), /audit chain intact/);
  } finally {
    await srv.stop('SIGKILL');
    srv.cleanup();
    spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  }
});

after(() => { spawnSync('umount', [mnt]); rmSync(mnt, { recursive: true, force: true }); });
