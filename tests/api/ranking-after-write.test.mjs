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

before(async () => {
  srv = await startServer();
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
});
