// The eligibility screen at the Ministry's scope, in a real browser on the demo world: the counts
// of the whole nation (eligible, not eligible, held, failing per condition) above a list shown a
// page at a time (100 by default; the demo's 25 officers fit one, so the officer picks 20 a page),
// the pager moving to the next page, and the filter keeping those not eligible — each figure the
// same as the API's full list says.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

test("the Ministry's eligibility list: the nation's counts, a page of 100, the next page, only those not eligible", async () => {
  const api = new Client(ui.baseUrl);
  await api.login('canbo.bo');
  const full = (await api.get('/api/v1/eligibility?title=chien_si_thi_dua_co_so&year=2024&limit=all')).body;
  assert.ok(full.items.length > 20, `more than a small page nationally (${full.items.length})`);
  const eligible = full.items.filter((i) => i.eligible).length;
  const rows = (page) => page.getByTestId('elig-table').locator('.el-table__body tr');
  const names = async (page) => (await rows(page).locator('a').allInnerTexts()).map((t) => t.trim());
  const first = (page, name) => rows(page).first().filter({ hasText: name }).waitFor();

  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByTestId('elig-year').locator('input').fill('2024');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    await page.getByTestId('elig-count').filter({ hasText: String(eligible) }).waitFor();
    assert.equal((await page.getByTestId('elig-not-count').innerText()).trim(), String(full.items.length - eligible));
    assert.equal((await page.getByTestId('elig-held-count').innerText()).trim(), String(full.items.filter((i) => i.held).length));
    const failing = full.items[0].conditions.map((c) => [c.code, full.items.filter((i) => !i.conditions.find((x) => x.code === c.code).met).length]);
    const failingText = await page.getByTestId('elig-failing').innerText();
    // Each condition by its name in words (the API's), never its code.
    const nameOf = new Map(full.counts.failing.map((f) => [f.code, f.name]));
    for (const [code, n] of failing.filter(([, n]) => n > 0)) {
      assert.ok(failingText.includes(`${nameOf.get(code)}: ${n}`), `${nameOf.get(code)}: ${n} in ${failingText}`);
      assert.ok(!failingText.includes(code), failingText);
    }
    // The default page of 100 holds the demo's whole list, in its order.
    await rows(page).nth(full.items.length - 1).waitFor();
    assert.deepEqual(await names(page), full.items.map((i) => i.subject.name));

    // 20 a page: the first 20, then the next page the rest.
    await choose(page, page.getByTestId('elig-pager').locator('.el-pagination__sizes .el-select'), '20');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="elig-table"] .el-table__body tr').length === 20);
    assert.deepEqual(await names(page), full.items.slice(0, 20).map((i) => i.subject.name));
    await shot(page, 'eligibility-paging');
    await page.getByTestId('elig-pager').locator('.btn-next').click();
    await first(page, full.items[20].subject.name);
    assert.deepEqual(await names(page), full.items.slice(20, 40).map((i) => i.subject.name));

    // Only those not eligible: from the first page again, each row's verdict says so.
    await page.getByTestId('elig-filter').getByText('Chưa đủ', { exact: false }).click();
    const notEligible = full.items.filter((i) => !i.eligible);
    await first(page, notEligible[0].subject.name);
    assert.deepEqual(await names(page), notEligible.slice(0, 20).map((i) => i.subject.name));
    const verdicts = (await rows(page).locator('.el-tag').allInnerTexts()).map((v) => v.trim());
    assert.deepEqual(verdicts, notEligible.slice(0, 20).map((i) => (i.held ? 'Đã được công nhận' : 'Chưa đủ điều kiện')));
  });
});
