// The ministry's national ranking page in a real browser. Set up through the API: Cluster No. 5's
// 2024 regulation bound, every month of 2023 and 2024 reported by four provinces and the first half
// of 2024 by Hà Nam, self-scores. The Ministry's officer follows the link on the overview, picks 2024
// and sees the ministry's clusters as bars and a table: the leading unit of Cluster No. 5 as its own
// ranking names it, and the cluster flagged "4/5 đơn vị đủ báo cáo".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asUser, shot, choose } from '../lib/browser.mjs';
import { PROVINCES, startWithCluster5, importCluster5Scheme, reportAndSelfScore, monthValues, DROPS } from '../lib/cluster5.mjs';

let ui, bo, gid, ids;

before(async () => {
  ({ ui, bo, gid, ids } = await startWithCluster5());
  await importCluster5Scheme(bo, gid);
  await reportAndSelfScore(bo, gid, ids, [1, 2, 3, 4, 5, 6]);
  // Every province but Hà Nam reports the second half of 2023 and 2024 too.
  for (const [i, name] of PROVINCES.entries()) {
    if (i === 2) continue;
    for (const year of [2023, 2024]) {
      for (const month of [7, 8, 9, 10, 11, 12]) {
        const r = await bo.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month }, values: monthValues(i, year, DROPS[i]) });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal((await bo.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      }
    }
  }
});
after(async () => {
  await ui?.stop();
});

test('from the overview to the national ranking: bars and a table of the clusters, the leader and the completeness', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    const own = (await bo.get(`/api/v1/groups/${gid}/years/2024/ranking`)).body;
    const leader = own.items.find((i) => i.unit_id === own.leading_unit_ids[0]).unit_name;
    await page.goto(`${ui.baseUrl}/#/overview`);
    await page.getByTestId('overview-national').click();
    await page.getByTestId('national').waitFor();
    await choose(page, page.getByTestId('national-year'), 'Năm 2024');
    const table = page.getByTestId('national-table').first();
    const row = table.locator('tr').filter({ hasText: 'Cụm thi đua số 5' });
    await row.waitFor();
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    assert.match(text, new RegExp(leader));
    assert.match(text, /4\/5 đơn vị đủ báo cáo/);
    assert.match(await page.getByTestId('national-method').innerText(), /không coi là 0 điểm/);
    const bar = page.getByTestId('national-bar').filter({ hasText: 'Cụm thi đua số 5' });
    assert.match(await bar.innerText(), /\d+,\d+%|\d+%/);
    await shot(page, 'national-2024');
  }));
