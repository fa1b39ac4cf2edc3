// Rankings per period and cross-scoring assignments in a real browser. Set up through the API:
// Cluster No. 5's 2024 regulation bound to the group-year, six months of reports for 2023 and 2024
// per member (so a quarter is half of the year), each member's self-score; Hưng Yên assigned to
// cross-score Hà Nam and Nam Định (both outside Hưng Yên's scope), Hải Dương and Hà Nam to score
// others; an officer of Hưng Yên. Then: the officer of the Ministry picks "Quý I" and sees the
// quarter's ranking and the quarter's crimes in a scorecard, kept across a reload; Hưng Yên's viewer
// finds its two assignments first in "Việc chấm chéo" and reads the scored unit's scorecard;
// Hưng Yên's officer steps aside from one from the list and from the other from its scorecard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asUser, shot, choose } from '../lib/browser.mjs';
import { PROVINCES, startWithCluster5, addUser, importCluster5Scheme, reportAndSelfScore, ALL_MONTHS } from '../lib/cluster5.mjs';

const [HY, TB, HN, ND, HD] = PROVINCES;
const CRIMES = 'Số vụ phạm tội về trật tự xã hội';
const REASON_HN = 'Hai đơn vị có chuyên án phối hợp trong năm, không bảo đảm khách quan khi chấm chéo';
const REASON_ND = 'Lãnh đạo đơn vị chấm là người của đơn vị được chấm vừa điều động sang';

let ui, bo, gid, ids;

before(async () => {
  ({ ui, bo, gid, ids } = await startWithCluster5());
  await importCluster5Scheme(bo, gid);
  await reportAndSelfScore(bo, gid, ids, [1, 2, 3, 4, 5, 6]);
  for (const [unit, scorer] of [[HN, HY], [ND, HY], [HY, HD], [TB, HN]]) {
    const a = await bo.post(`/api/v1/groups/${gid}/years/2024/assignments`, { unit_id: ids[unit], scorer_unit_id: ids[scorer] });
    assert.equal(a.status, 201, JSON.stringify(a.body));
  }
  await addUser(ui.baseUrl, 'canbo.hungyen', 'officer', ids[HY], 'Cán bộ thi đua Công an tỉnh Hưng Yên');
});

/** The period shown in the period select. */
async function selectedPeriod(page) {
  return (await page.getByTestId('scores-period').locator('.el-select__selected-item:not(.is-hidden)').first().innerText()).trim();
}

after(async () => {
  await ui?.stop();
});

/** The scorecard's line for the crimes indicator: "Số vụ…: 171 · cùng kỳ 180". */
async function crimesLine(page) {
  const line = page.getByTestId('criterion-value').filter({ hasText: `${CRIMES}:` }).first();
  await line.waitFor();
  return (await line.innerText()).replace(/\s+/g, ' ').trim();
}

test('choosing "Quý I" ranks the quarter: the card says Quý I/2024, the scorecard counts the quarter; a reload keeps it', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores?unit=${ids[TB]}`);
    const title = page.getByTestId('ranking-title');
    await title.filter({ hasText: 'Năm 2024' }).waitFor();
    assert.equal((await title.innerText()).trim(), 'Bảng xếp hạng – Năm 2024');
    assert.equal(await selectedPeriod(page), 'Cả năm');
    assert.equal(await page.getByTestId('ranking-row').count(), 5);
    // The whole year: only six months reported, so the year has no figures (never six months
    // counted as a year against twelve) and every unit is marked short of reports.
    await page.getByTestId('scorecard-title').filter({ hasText: 'Thái Bình' }).waitFor();
    assert.match(await crimesLine(page), new RegExp(`^${CRIMES}: chưa báo cáo · cùng kỳ chưa báo cáo$`));
    assert.match(await page.getByTestId('ranking-incomplete').innerText(), /thiếu báo cáo 6\/12 tháng/);

    await choose(page, page.getByTestId('scores-period'), /^Quý I$/);
    await title.filter({ hasText: 'Quý I/2024' }).waitFor();
    assert.equal((await title.innerText()).trim(), 'Bảng xếp hạng – Quý I/2024');
    assert.match(page.url(), /[?&]period=q1(&|$)/);
    assert.match(page.url(), new RegExp(`[?&]unit=${ids[TB]}(&|$)`), 'the selected unit stays');
    await page.getByTestId('scorecard-period').filter({ hasText: 'Quý I/2024' }).waitFor();
    assert.match(await crimesLine(page), new RegExp(`^${CRIMES}: 171 · cùng kỳ 180$`), 'January to March only, against the same quarter of 2023');
    // The chart follows the period.
    await page.getByText('Biểu đồ tổng điểm – Quý I/2024').waitFor();
    assert.equal(await page.getByTestId('chart-bar').count(), 5);
    await shot(page, 'ranking-q1');

    // A reload keeps the quarter.
    await page.reload();
    await title.filter({ hasText: 'Quý I/2024' }).waitFor();
    assert.equal(await selectedPeriod(page), 'Quý I');
    assert.match(await crimesLine(page), new RegExp(`^${CRIMES}: 171 `));

    // Six months as a phase, the police statistical year, and back to the calendar year.
    await choose(page, page.getByTestId('scores-period'), '6 tháng đầu năm');
    await title.filter({ hasText: '6 tháng đầu năm 2024 (01/01/2024 – 30/06/2024)' }).waitFor();
    assert.match(await crimesLine(page), new RegExp(`^${CRIMES}: 342 · cùng kỳ 360$`));
    await choose(page, page.getByTestId('scores-period'), 'Năm thống kê');
    await title.filter({ hasText: 'Năm thống kê 2024 (15/12/2023 – 14/12/2024)' }).waitFor();
    assert.match(page.url(), /[?&]period=sy(&|$)/);
    await choose(page, page.getByTestId('scores-period'), 'Cả năm');
    await title.filter({ hasText: 'Năm 2024' }).waitFor();
    assert.doesNotMatch(page.url(), /period=/);
    assert.equal(await selectedPeriod(page), 'Cả năm');
    assert.match(await crimesLine(page), new RegExp(`^${CRIMES}: chưa báo cáo `));
  }));

test('Hưng Yên’s viewer finds its own cross-scoring first in "Việc chấm chéo" and reads the scored unit’s scorecard', () =>
  asUser(ui, 'xem.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    const card = page.getByTestId('cross-assignments');
    await card.waitFor();
    const rows = card.locator('tbody tr');
    assert.equal(await rows.count(), 4);
    // Its own two first, marked and highlighted, not scored yet.
    assert.deepEqual(await card.getByTestId('cross-unit').allInnerTexts(), [HN, ND, HY, TB]);
    for (const i of [0, 1]) {
      assert.match(await rows.nth(i).innerText(), new RegExp(`${HY}[\\s\\S]*Đơn vị của bạn[\\s\\S]*Chưa chấm`));
      assert.match(await rows.nth(i).getAttribute('class'), /mine-row/);
    }
    assert.equal(await card.getByTestId('cross-mine').count(), 2);
    assert.match(await rows.nth(2).innerText(), new RegExp(HD));
    assert.doesNotMatch(await rows.nth(2).getAttribute('class'), /mine-row/);
    assert.equal(await card.getByTestId('cross-recuse').count(), 0, 'a viewer does not step aside');
    await shot(page, 'cross-viewer');

    // Hà Nam is outside Hưng Yên's scope, but its assigned scorer reads its scorecard.
    await rows.nth(0).getByTestId('cross-open').click();
    await page.getByTestId('scorecard-title').filter({ hasText: HN }).waitFor();
    await page.getByTestId('scorecard').waitFor();
    assert.match(await page.getByTestId('scorecard-assignments').innerText(), new RegExp(`${HY}[\\s\\S]*Chưa chấm`));
    assert.equal(await page.getByTestId('scorecard-self').count(), 0, 'no self-scoring for another unit');
  }));

test('Hưng Yên’s officer steps aside from Hà Nam in "Việc chấm chéo" and from Nam Định on its scorecard', () =>
  asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    const card = page.getByTestId('cross-assignments');
    await card.waitFor();
    const row = (unit) => card.locator('tbody tr').filter({ has: page.getByTestId('cross-unit').filter({ hasText: unit }) });
    assert.equal(await card.getByTestId('cross-recuse').count(), 2, 'its own two, not the others');

    // From the list.
    await row(HN).getByTestId('cross-recuse').click();
    await page.locator('.el-dialog').filter({ hasText: `Xin rút khỏi chấm chéo – ${HN}` }).waitFor();
    await page.getByTestId('recuse-reason').fill(REASON_HN);
    await page.getByTestId('recuse-confirm').click();
    await row(HN).getByTestId('cross-reason').waitFor();
    assert.match(await row(HN).getByTestId('cross-status').innerText(), /Đã xin rút/);
    assert.match(await row(HN).getByTestId('cross-reason').innerText(), /chuyên án phối hợp/);
    assert.equal(await row(HN).getByTestId('cross-recuse').count(), 0);

    // From Nam Định's scorecard (outside Hưng Yên's scope): the scorecard's own button.
    await row(ND).getByTestId('cross-open').click();
    await page.getByTestId('scorecard-title').filter({ hasText: ND }).waitFor();
    const assignments = page.getByTestId('scorecard-assignments');
    await assignments.getByTestId('assignment-recuse').click();
    await page.getByTestId('recuse-reason').fill(REASON_ND);
    await page.getByTestId('recuse-confirm').click();
    await assignments.getByTestId('assignment-recused').waitFor();
    await row(ND).getByTestId('cross-reason').waitFor();
    assert.match(await row(ND).getByTestId('cross-reason').innerText(), /điều động sang/);
    assert.equal(await card.getByTestId('cross-recuse').count(), 0);
    await shot(page, 'cross-recused');

    const stored = (await bo.get(`/api/v1/groups/${gid}/years/2024/assignments`)).body.items
      .filter((a) => a.scorer_unit_id === ids[HY])
      .map((a) => [a.unit_name, a.recused, a.recusal_reason])
      .sort();
    assert.deepEqual(stored, [[HN, true, REASON_HN], [ND, true, REASON_ND]]);
  }));
