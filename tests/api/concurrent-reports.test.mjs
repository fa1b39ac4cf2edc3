// Reports written concurrently (the deadline rush): on SQLite the writes that arrive together
// share one transaction and one COMMIT (group commit, src/storage/sqlite/sqlite_database.cpp),
// each in its own savepoint. What a user must see, on both databases: every acknowledged report
// stored, audited and ranked; a bad report refused with a 4xx and nothing of it stored, the others
// untouched; a ranking asked right after a report's 2xx already shows it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { findCluster5, importCluster5Scheme, monthValues, PROVINCES, DROPS } from '../lib/cluster5.mjs';

let srv, admin, gid, ids;
const month = (year, m) => ({ kind: 'month', year, month: m });
const q = (o) => encodeURIComponent(JSON.stringify(o));
const rankingPath = () => `/api/v1/groups/${gid}/years/2024/ranking`;

// create + submit, as a reporting unit's officer does; the statuses and the report's id.
async function submit(client, unitId, period, values) {
  const c = await client.post('/api/v1/reports', { unit_id: unitId, period, values });
  if (c.status !== 201) return { create: c.status, body: c.body };
  const s = await client.post(`/api/v1/reports/${c.body.id}/submit`, {});
  return { create: c.status, submit: s.status, id: c.body.id, body: s.body };
}

before(async () => {
  srv = await startServer();
  admin = new Client(srv.url);
  await admin.login('admin');
  ({ gid, ids } = await findCluster5(admin));
  await importCluster5Scheme(admin, gid);
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('a ranking asked right after a report is acknowledged already shows it', async () => {
  const unit = ids[PROVINCES[0]];
  for (let m = 1; m <= 11; m++) {
    const r = await submit(admin, unit, month(2024, m), monthValues(0, 2024, DROPS[0]));
    assert.equal(r.submit, 200, JSON.stringify(r.body));
  }
  const before = await admin.get(rankingPath());
  assert.equal(before.status, 200, before.text);
  const short = before.body.incomplete.find((e) => e.unit_id === unit);
  assert.ok(short, 'December is missing: the unit is short of reports');
  const dec = await submit(admin, unit, month(2024, 12), monthValues(0, 2024, DROPS[0]));
  assert.equal(dec.submit, 200, JSON.stringify(dec.body));
  // No wait, no retry: the very next request.
  const afterDec = await admin.get(rankingPath());
  assert.equal(afterDec.status, 200);
  assert.equal(afterDec.body.incomplete.find((e) => e.unit_id === unit), undefined, 'December counted at once');
  assert.notEqual(afterDec.text, before.text);
});

test('64 concurrent submissions, one of them invalid: the 63 are stored, audited and ranked; the bad one is refused and leaves nothing', async () => {
  // 63 good reports: the four other provinces' twelve months of 2024 (48), Hưng Yên's 2023 (12)
  // and Thái Bình's first three months of 2023; the bad one: Hà Nam's January 2023 with a
  // negative count, refused inside its write (after the write began, beside the others).
  const jobs = [];
  for (let i = 1; i < PROVINCES.length; i++)
    for (let m = 1; m <= 12; m++) jobs.push({ unit: ids[PROVINCES[i]], period: month(2024, m), values: monthValues(i, 2024, DROPS[i]) });
  for (let m = 1; m <= 12; m++) jobs.push({ unit: ids[PROVINCES[0]], period: month(2023, m), values: monthValues(0, 2023, DROPS[0]) });
  for (let m = 1; m <= 3; m++) jobs.push({ unit: ids[PROVINCES[1]], period: month(2023, m), values: monthValues(1, 2023, DROPS[1]) });
  const bad = { unit: ids[PROVINCES[2]], period: month(2023, 1), values: { ...monthValues(2, 2023, DROPS[2]), toi_pham_ttxh: -3 }, bad: true };
  jobs.splice(31, 0, bad);
  assert.equal(jobs.length, 64);
  const clients = await Promise.all(jobs.map(async () => { const c = new Client(srv.url); await c.login('canbo.bo'); return c; }));
  const results = await Promise.all(jobs.map((j, k) => submit(clients[k], j.unit, j.period, j.values)));

  const refused = results[31];
  assert.equal(refused.create, 400, JSON.stringify(refused.body));
  assert.match(refused.body.error.message, /toi_pham_ttxh/);
  const acked = results.filter((r, k) => k !== 31);
  for (const r of acked) assert.deepEqual([r.create, r.submit], [201, 200], JSON.stringify(r.body));

  // Every acknowledged report read back as written, with its two audit entries.
  for (const [k, r] of results.entries()) {
    if (k === 31) continue;
    const got = await admin.get(`/api/v1/reports/${r.id}`);
    assert.equal(got.status, 200);
    assert.equal(got.body.unit_id, jobs[k].unit);
    assert.equal(got.body.period_key.includes(`${jobs[k].period.year}-${String(jobs[k].period.month).padStart(2, '0')}-01`), true);
    assert.equal(got.body.status, 'submitted');
    assert.equal(got.body.values.toi_pham_ttxh, jobs[k].values.toi_pham_ttxh);
    assert.deepEqual(got.body.revisions.map((v) => v.status), ['draft', 'submitted']);
    const log = (await admin.get(`/api/v1/audit?entity=report&entity_id=${r.id}&limit=10`)).body.items.map((e) => e.action);
    assert.deepEqual(log.sort(), ['report.create', 'report.submit']);
  }
  // Nothing of the bad one: no report for its unit and month, and the unit may still send it.
  const none = await admin.get(`/api/v1/reports?unit_id=${bad.unit}&period=${q(bad.period)}`);
  assert.equal(none.body.total, 0);
  const retry = await submit(admin, bad.unit, bad.period, monthValues(2, 2023, DROPS[2]));
  assert.deepEqual([retry.create, retry.submit], [201, 200]);

  // Ranked at once: every province has all of 2024 now.
  const rk = await admin.get(rankingPath());
  assert.equal(rk.status, 200);
  assert.deepEqual(rk.body.incomplete.map((e) => e.unit_name), []);
  assert.equal(rk.body.items.length + rk.body.unscored.length, PROVINCES.length);

  // The audit chain is whole after the burst.
  const verify = await admin.get('/api/v1/audit/verify');
  assert.equal(verify.status, 200, verify.text);
  assert.equal(verify.body.ok, true, verify.text);
});

test('a burst of the same report twice at once: one is stored, the other refused with 409', async () => {
  const unit = ids[PROVINCES[3]];
  const period = month(2023, 6);
  const clients = await Promise.all([0, 1, 2, 3].map(async () => { const c = new Client(srv.url); await c.login('canbo.bo'); return c; }));
  const results = await Promise.all(clients.map((c) => c.post('/api/v1/reports', { unit_id: unit, period, values: monthValues(3, 2023, DROPS[3]) })));
  assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409]);
  const list = await admin.get(`/api/v1/reports?unit_id=${unit}&period=${q(period)}`);
  assert.equal(list.body.total, 1);
});
