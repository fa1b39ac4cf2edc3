// The load of a reporting deadline (issue 13, item 8), held for THIDUA_SOAK_SECONDS (30 by
// default; e.g. 1800 for half an hour): writers create and submit reports for many units and
// months as fast as the server takes them, while readers keep reading the cluster's ranking and a
// unit's reports. Every answer must be a 2xx, and the server's resident memory after the warm-up
// (the first quarter of the run) may grow by at most RSS_BOUND_MB (64 MiB by default) to the end.
// THIDUA_TEST_DB chooses the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, ROOT } from '../lib/server.mjs';

const SECONDS = Number(process.env.THIDUA_SOAK_SECONDS || 30);
const RSS_BOUND_MB = Number(process.env.RSS_BOUND_MB || 64);
const WRITERS = 6, READERS = 2, COMMUNES = 45;
const PROVINCES = ['Công an tỉnh Nghệ An', 'Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Ninh Bình'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

test(`the reporting deadline held for ${SECONDS} s: no errors, memory bounded`, { timeout: (SECONDS + 240) * 1000 }, async () => {
  const srv = await startServer();
  try {
    const admin = new Client(srv.url);
    await admin.login('admin');
    const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
    const s = await admin.post('/api/v1/scoring-schemes', { scheme });
    assert.equal(s.status, 201, s.text);
    const group = (await admin.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items[0].id;
    assert.equal((await admin.post(`/api/v1/groups/${group}/years/2024/scheme`, { scheme_id: s.body.id })).status, 200);
    const units = [];
    for (const p of PROVINCES) units.push((await admin.get('/api/v1/units?q=' + encodeURIComponent(p))).body.items.find((u) => u.name === p).id);
    for (let k = 0; k < COMMUNES; k++) {
      const r = await admin.post('/api/v1/units', { name: `Công an xã Hạn Nộp ${k}`, kind: 'commune_police', code: `SOAK-${k}`, parent_id: units[0], valid_from: '2010-01-01' });
      assert.equal(r.status, 201, r.text);
      units.push(r.body.id);
    }
    // The slots to report: the cluster's members for 2024 first (their ranking moves), then
    // every unit for every month back from 2024.
    const slots = [];
    for (let y = 2024; y >= 2011; y--)
      for (let m = 1; m <= 12; m++)
        for (const u of units) slots.push({ u, y, m });
    const clients = await Promise.all(Array.from({ length: WRITERS + READERS }, async () => { const c = new Client(srv.url); await c.login('admin'); return c; }));

    const errors = [];
    const counts = { submissions: 0, ranking_reads: 0, report_reads: 0 };
    let next = 0, stop = false;
    const expect = (what, r, status) => { if (r.status !== status && errors.length < 20) errors.push(`${what}: ${r.status} ${r.text.slice(0, 200)}`); return r.status === status; };
    async function writer(c) {
      while (!stop && next < slots.length) {
        const { u, y, m } = slots[next++];
        const values = { toi_pham_ttxh: 40 + ((u * 7 + m) % 10), toi_pham_ttxh_kham_pha: (u * 7 + m) % 40, tngt_so_vu: m };
        const r = await c.post('/api/v1/reports', { unit_id: u, period: { kind: 'month', year: y, month: m }, values });
        if (!expect('create a report', r, 201)) continue;
        if (expect('submit', await c.post(`/api/v1/reports/${r.body.id}/submit`, {}), 200)) counts.submissions++;
      }
    }
    async function reader(c, k) {
      while (!stop) {
        if (expect('ranking', await c.get(`/api/v1/groups/${group}/years/2024/ranking`), 200)) counts.ranking_reads++;
        if (expect('reports', await c.get(`/api/v1/reports?unit_id=${units[k % units.length]}&limit=50`), 200)) counts.report_reads++;
      }
    }
    const t0 = Date.now();
    const running = [...clients.slice(0, WRITERS).map((c) => writer(c)), ...clients.slice(WRITERS).map((c, k) => reader(c, k))];
    const samples = [];
    let warm = null;
    while (Date.now() - t0 < SECONDS * 1000 && errors.length === 0) {
      await sleep(1000);
      samples.push(rssMb(srv.proc.pid));
      if (warm === null && Date.now() - t0 >= SECONDS * 250) warm = Math.max(...samples);
    }
    stop = true;
    await Promise.all(running);
    const seconds = (Date.now() - t0) / 1000;
    const end = rssMb(srv.proc.pid), peak = Math.max(...samples, end);
    warm ??= samples[0] ?? end;
    console.log(`soak ${seconds.toFixed(0)} s on ${process.env.THIDUA_TEST_DB || 'sqlite'}: ${counts.submissions} submissions ` +
      `(${(counts.submissions / seconds).toFixed(1)}/s), ${counts.ranking_reads} ranking and ${counts.report_reads} report-list reads; ` +
      `RSS after warm-up ${warm?.toFixed(1)} MiB, peak ${peak.toFixed(1)} MiB, end ${end.toFixed(1)} MiB (bound +${RSS_BOUND_MB} MiB)`);
    assert.deepEqual(errors, [], 'every answer under load is a 2xx');
    assert.ok(counts.submissions > 0 && counts.ranking_reads > 0);
    assert.ok(peak - warm <= RSS_BOUND_MB, `RSS grew ${(peak - warm).toFixed(1)} MiB after the warm-up (bound ${RSS_BOUND_MB} MiB)`);
    assert.equal((await srv.proc.exitCode), null, 'the server is up');
  } finally {
    await srv.stop();
    srv.cleanup();
  }
});
