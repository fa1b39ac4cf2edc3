// Prepares a running server for the HTTP benchmark: imports the example scheme, binds it to
// Cluster No. 5's 2024, enters a year of monthly reports for its five members, self-scores
// them, and prints the session cookie and the ranking path for wrk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, ROOT } from '../tests/lib/server.mjs';

const url = process.argv[2];
const c = new Client(url);
await c.login('admin');
const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
const s = await c.post('/api/v1/scoring-schemes', { scheme });
const gid = (await c.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items[0].id;
await c.post(`/api/v1/groups/${gid}/years/2024/scheme`, { scheme_id: s.body.id });
const members = (await c.get(`/api/v1/groups/${gid}`)).body.years.find((y) => y.year === 2024).members;
for (const [i, m] of members.entries()) {
  for (const year of [2023, 2024]) {
    for (let month = 1; month <= 12; month++) {
      const crimes = 40 + i * 5 - (year === 2024 ? i + 2 : 0);
      const r = await c.post('/api/v1/reports', { unit_id: m.unit_id, period: { kind: 'month', year, month },
        values: { toi_pham_ttxh: crimes, toi_pham_ttxh_kham_pha: Math.round(crimes * 0.8), tin_bao_tiep_nhan: 100, tin_bao_da_xu_ly: 100, tin_bao_giai_quyet: 95 } });
      await c.post(`/api/v1/reports/${r.body.id}/submit`, {});
    }
  }
  await c.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: m.unit_id, assessment: { met: { an_toan_dai_hoi: true } } });
}
console.log(JSON.stringify({ cookie: c.cookie, path: `/api/v1/groups/${gid}/years/2024/ranking` }));
