// What the newcomer saw, from the user's side: Công an tỉnh Hà Nam has no report at all for 2023
// or 2024 and self-scores anyway. The Ministry's officer opens Cluster No. 5's 2024 scores: Hà Nam
// is listed as short of reports before the ranking, its row says "thiếu báo cáo 12/12 tháng" and
// is not excellent, and its scorecard says "chưa báo cáo" where a figure is missing, never 0.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asUser, shot } from '../lib/browser.mjs';
import { PROVINCES, DROPS, monthValues, startWithCluster5, importCluster5Scheme, ALL_MONTHS } from '../lib/cluster5.mjs';

const HNA = 'Công an tỉnh Hà Nam';
let ui, gid;

before(async () => {
  let bo, ids;
  ({ ui, bo, gid, ids } = await startWithCluster5());
  await importCluster5Scheme(bo, gid);
  for (const [i, name] of PROVINCES.entries()) {
    if (name !== HNA) {
      for (const year of [2023, 2024]) {
        for (const month of ALL_MONTHS) {
          const r = await bo.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month }, values: monthValues(i, year, DROPS[i]) });
          assert.equal(r.status, 201, JSON.stringify(r.body));
          assert.equal((await bo.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
        }
      }
    }
    const self = await bo.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: ids[name], assessment: { met: { an_toan_dai_hoi: true, phat_dong_so_tong_ket: true } } });
    assert.equal(self.status, 200, JSON.stringify(self.body));
  }
});
after(async () => { await ui?.stop(); });

test('Hà Nam, with no reports, shows "thiếu báo cáo" and no excellent classification; its scorecard says "chưa báo cáo"', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    const warning = page.getByTestId('ranking-incomplete');
    await warning.waitFor();
    assert.match(await warning.innerText(), /Công an tỉnh Hà Nam\s*: thiếu báo cáo 12\/12 tháng/);
    const row = page.locator('tr', { has: page.getByTestId('ranking-row').filter({ hasText: HNA }) });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /thiếu báo cáo 12\/12 tháng/);
    assert.doesNotMatch(text, /xuất sắc/i);
    assert.doesNotMatch(text, /Hoàn thành tốt/);
    await shot(page, 'missing-data-ranking');

    await page.getByTestId('ranking-row').filter({ hasText: HNA }).click();
    await page.getByTestId('scorecard-title').filter({ hasText: 'Hà Nam' }).waitFor();
    await page.getByTestId('scorecard-incomplete').waitFor();
    assert.ok((await page.getByTestId('criterion-missing').count()) >= 10, 'criteria without data are tagged');
    const values = await page.getByTestId('criterion-value').allInnerTexts();
    assert.ok(values.some((v) => /Số vụ phạm tội về trật tự xã hội: chưa báo cáo/.test(v)), values.join('\n'));
    assert.ok(!values.some((v) => /Số vụ phạm tội về trật tự xã hội: 0\b/.test(v)));
    assert.doesNotMatch(await page.getByTestId('scorecard-final-total').innerText(), /90/);
  }));
