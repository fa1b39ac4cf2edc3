// The scoring dashboard in a real browser. Set up through the API (fast): Cluster No. 5's 2024
// regulation imported from docs/examples and bound to the group-year, three months of reports for
// 2023 and 2024 per member, each member's self-score. Then the officer opens the dashboard: five
// ranked rows and the chart; a unit's scorecard explains each criterion (value → target → rule →
// points) with self vs final; the leader assigns a cross-scorer and moderates a line, and the gap
// shows. Debian's chromium through playwright-core (in web/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asUser, shot, choose } from '../lib/browser.mjs';
import { PROVINCES, startWithCluster5, importCluster5Scheme, reportAndSelfScore, ALL_MONTHS } from '../lib/cluster5.mjs';

let ui;
let baseUrl;
let gid;

before(async () => {
  let api;
  let ids;
  ({ ui, bo: api, gid, ids } = await startWithCluster5());
  baseUrl = ui.baseUrl;
  await importCluster5Scheme(api, gid);
  await reportAndSelfScore(api, gid, ids, ALL_MONTHS);
});

after(async () => {
  await ui?.stop();
});

test('the dashboard ranks five units with a chart; a scorecard explains every point, self vs final', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    // From the group's page to its 2024 dashboard.
    await page.goto(`${baseUrl}/#/groups/${gid}`);
    await page.getByTestId('group-scores-2024').click();
    await page.waitForURL(/#\/groups\/\d+\/years\/2024\/scores/);

    const rows = page.getByTestId('ranking-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    const names = await rows.allInnerTexts();
    assert.deepEqual([...names].sort(), [...PROVINCES].sort());
    const bars = page.getByTestId('chart-bar');
    assert.equal(await bars.count(), 5);
    const table = await page.getByTestId('ranking-table').innerText();
    assert.match(table, /Hoàn thành/);
    await shot(page, 'scores');

    // Thái Bình cut crimes 5% against a 7% target: its scorecard says so, point by point.
    await rows.filter({ hasText: 'Công an tỉnh Thái Bình' }).click();
    await page.getByTestId('scorecard-title').filter({ hasText: 'Thái Bình' }).waitFor();
    const card = page.getByTestId('scorecard');
    await card.waitFor();
    const explanations = await page.getByTestId('criterion-explanation').allInnerTexts();
    const crimes = explanations.find((t) => /Số vụ phạm tội về trật tự xã hội/.test(t) && /7%/.test(t));
    assert.ok(crimes, `an explanation with the 7% target among:\n${explanations.join('\n')}`);
    assert.match(crimes, /Giảm 5,0%/);
    assert.match(crimes, /71,4%/);
    const headers = await page.getByTestId('scorecard-criteria').locator('thead').innerText();
    assert.match(headers, /Tự chấm/);
    assert.match(headers, /Cuối cùng/);
    assert.match(headers, /Chênh lệch/);
    const selfTotal = (await page.getByTestId('scorecard-self-total').innerText()).trim();
    assert.equal((await page.getByTestId('scorecard-final-total').innerText()).trim(), selfTotal, 'no cross-score yet: final is the self-score');

    // Indicator trends against last year, each change tested for meaning, said in plain words.
    const trends = page.getByTestId('indicator-trends');
    await trends.getByText('Số vụ phạm tội về trật tự xã hội').first().waitFor();
    assert.match(await trends.innerText(), /rõ rệt|số vụ quá ít để so sánh phần trăm|chưa thể kết luận/);

    // The leader assigns Hưng Yên to cross-score Thái Bình…
    await page.getByTestId('scorecard-assign').click();
    await choose(page, page.getByTestId('assign-scorer'), 'Công an tỉnh Hưng Yên');
    await page.getByTestId('assign-confirm').click();
    await page.getByTestId('scorecard-assignments').filter({ hasText: 'Công an tỉnh Hưng Yên' }).waitFor();

    // …and moderates "movement run on plan" (not assessed by the unit) to full points with a reason.
    await page.getByTestId('scorecard-moderate').click();
    await choose(page, page.getByTestId('moderate-criterion'), 'Phát động, sơ kết, tổng kết');
    await page.getByTestId('moderate-points').locator('input').fill('5');
    await page.getByTestId('moderate-reason').fill('Đã kiểm tra hồ sơ phát động, sơ kết đúng kế hoạch');
    await page.getByTestId('moderate-confirm').click();
    await page.getByTestId('scorecard-moderations').filter({ hasText: 'Đã kiểm tra hồ sơ' }).waitFor();
    const gapRow = page.getByTestId('scorecard-criteria').locator('tr.gap-line').filter({ hasText: 'Phát động, sơ kết' });
    await gapRow.waitFor();
    assert.match(await gapRow.innerText(), /\+5/);
    assert.notEqual((await page.getByTestId('scorecard-final-total').innerText()).trim(), selfTotal);
    await shot(page, 'scorecard');
  }));
