// A ranking asked the instant a submission's acknowledgement arrives — on the same connection, or
// on another one at the same moment — must already count the report, never the snapshot from
// before it, whether the group was re-scored before the answer (as now) or is being re-scored
// while the answer travels (tried in s11-rtr, bench/README.md "Report → ranking").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { findCluster5, importCluster5Scheme, monthValues, PROVINCES, DROPS } from '../lib/cluster5.mjs';

let srv, admin, other, gid, ids;
const month = (year, m) => ({ kind: 'month', year, month: m });
const rankingPath = () => `/api/v1/groups/${gid}/years/2024/ranking`;
// "app_trips;dur=3, rescore_trips;dur=1, …" → the re-scoring's round trips (a count).
const rescoreTrips = (res) => Number(/rescore_trips;dur=(\d+)/.exec(res.headers.get('server-timing') || '')?.[1]);

before(async () => {
  // Timed (Server-Timing): each write also says how often its re-scoring waited for the database.
  srv = await startServer({ extraEnv: { THIDUA_SERVER_TIMING: '1' } });
  admin = new Client(srv.url);
  await admin.login('admin');
  other = new Client(srv.url);
  await other.login('admin');
  ({ gid, ids } = await findCluster5(admin));
  await importCluster5Scheme(admin, gid);
});
after(async () => { await srv.stop(); srv.cleanup(); });

// The months of 2024 the ranking counts for a unit: 12 when it is no longer short of reports.
function reported(body, unit) {
  const short = body.incomplete.find((e) => e.unit_id === unit);
  return short ? short.reported : 12;
}

test('every ranking asked the moment a submission is acknowledged counts it, on the same and on another connection', async () => {
  const start = await admin.get(rankingPath());
  assert.equal(start.status, 200, start.text);
  let n = 0;
  for (const i of [1, 2]) {
    const unit = ids[PROVINCES[i]];
    let count = reported(start.body, unit);
    for (let m = 1; m <= 12; m++) {
      const c = await admin.post('/api/v1/reports', { unit_id: unit, period: month(2024, m), values: monthValues(i, 2024, DROPS[i]) });
      if (c.status === 409) continue;  // a month the fixture already holds
      assert.equal(c.status, 201, c.text);
      const s = await admin.post(`/api/v1/reports/${c.body.id}/submit`, {});
      assert.equal(s.status, 200, s.text);
      // The submission handed its row to the re-scoring: the group's versions are all it read
      // (a read of the unit's reports, its row and its deadlines besides took 4). Counted on the
      // request's own thread (another connection's reads meanwhile are not its waits); at most 2.
      assert.ok(rescoreTrips(s) <= 2, `${PROVINCES[i]}, ${m}/2024: the re-scoring waited ${rescoreTrips(s)} times (${s.headers.get('server-timing')})`);
      n++;
      count++;
      // No wait, no retry: both asked at once, right after the acknowledgement.
      const [same, elsewhere] = await Promise.all([admin.get(rankingPath()), other.get(rankingPath())]);
      for (const [where, r] of [['same connection', same], ['another connection', elsewhere]]) {
        assert.equal(r.status, 200, r.text);
        assert.equal(reported(r.body, unit), count, `${PROVINCES[i]}, ${m}/2024, ${where}: the ranking does not count the month just acknowledged`);
      }
    }
  }
  assert.ok(n >= 12, `only ${n} reports were new`);
  const end = await admin.get(rankingPath());
  for (const i of [1, 2]) assert.equal(reported(end.body, ids[PROVINCES[i]]), 12, `${PROVINCES[i]}: all of 2024 counted`);
  // What the board built up write by write says, byte for byte, is what a server that never saw
  // these writes builds from the database.
  const fresh = await startServer({ demo: false, dbUrl: srv.dbUrl });
  try {
    const api = new Client(fresh.url);
    await api.login('admin');
    const built = await api.get(rankingPath());
    assert.equal(built.status, 200, built.text);
    assert.equal(end.text, built.text, 'the ranking kept up write by write differs from one built from scratch');
  } finally {
    await fresh.stop();
    fresh.cleanup();
  }
});
