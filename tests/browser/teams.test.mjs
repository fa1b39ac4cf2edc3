// A commune's teams without expert set-up, as Vĩnh Thuận's emulation officer does it: open "Tổ bảo
// vệ ANTT", see the commune's teams, apply the shipped regulation for grassroots teams to all of
// them in one step (no codes typed), then assess every team on one screen and see them ranked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startUi, asUser, shot } from '../lib/browser.mjs';
import { Client } from '../lib/server.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

test('one step makes the block of all the commune\'s teams with the template regulation; one screen assesses them all', () =>
  asUser(ui, 'canbo.vinhthuan', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/teams`);
    const list = page.getByTestId('team-list');
    await list.waitFor();
    const teams = await list.locator('.el-tag').allInnerTexts();
    assert.equal(teams.length, 5, `the commune's five teams: ${teams}`);
    // Next year's block (this year's exists in the demo): nothing but the year is typed.
    const year = page.getByTestId('team-year').locator('input');
    await year.fill('2027');
    await year.blur();
    await page.getByTestId('team-block-create').first().click();
    const done = page.getByTestId('team-block-done');
    await done.waitFor();
    const text = await done.innerText();
    assert.match(text, /năm 2027/);
    assert.match(text, /5 Tổ/);
    assert.match(text, /mã [a-z0-9-]+/, 'a code made from the name');
    await shot(page, 'teams-block');

    await page.getByTestId('team-block-sheets').click();
    await page.getByTestId('sheet-table').waitFor();
    const rows = page.getByTestId('sheet-table').locator('tbody tr');
    assert.equal(await rows.count(), 5);
    const saves = page.getByTestId('sheet-save');
    assert.equal(await saves.count(), 5, 'each team saved from the same screen');
    // Tick the first qualitative line for every team, save all at once.
    const firstMet = page.locator('[data-testid^="sheet-met-"]');
    const n = await firstMet.count();
    assert.ok(n >= 5, 'a verdict per team');
    for (let i = 0; i < 5; i++) await rows.nth(i).locator('[data-testid^="sheet-met-"]').first().click();
    await page.getByTestId('sheet-save-all').click();
    await page.getByText(/Đã lưu/).first().waitFor();

    // The API sees five self-scores in the block-year's ranking.
    const api = new Client(ui.baseUrl);
    await api.login('canbo.vinhthuan');
    const gid = Number(page.url().match(/groups\/(\d+)\/years/)[1]);
    const ranking = (await api.get(`/api/v1/groups/${gid}/years/2027/ranking`)).body;
    assert.equal(ranking.items.length + ranking.unscored.length, 5);
    assert.equal(ranking.items.length, 5, JSON.stringify(ranking.unscored));
    // Nothing reported for 2027: every team is marked short of reports, not scored from zeros.
    assert.ok(ranking.items.every((i) => i.incomplete));
  }));
