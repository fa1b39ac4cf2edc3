// Commendation in a real browser, on the demo world: Hưng Yên's officer sees who is eligible for
// Chiến sĩ thi đua cơ sở 2024 with the reasons and the quota, proposes an advanced officer for
// 2025, takes the dossier through its checks to the council, the two members vote by secret
// ballot, the minutes are written, the decision is issued with its cash, and the officer's record
// shows it; the Ministry's officer sees Cluster No. 7's vote the demo ran.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

test('eligibility with reasons and quota, a dossier through the council to a decision, the record and the cluster vote', async () => {
  // The year's evaluation of one officer, as the province records it.
  const api = new Client(ui.baseUrl);
  await api.login('canbo.hungyen');
  const hau = (await api.get('/api/v1/people?q=' + encodeURIComponent('Trịnh Văn Bảo'))).body.items[0];
  assert.equal((await api.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: hau.id, year: 2025, level: 'tot' })).status, 201);

  let proposalUrl;
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByTestId('elig-year').locator('input').fill('2024');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    await page.getByTestId('elig-quota').filter({ hasText: '15% của 17' }).waitFor();
    const kien = page.getByTestId('elig-table').locator('tr').filter({ hasText: 'Bùi Văn Kiên' });
    await kien.getByText('Chưa đủ điều kiện', { exact: true }).first().waitFor();
    assert.match(await kien.innerText(), /Sáng kiến .*không có/);
    await shot(page, 'commendation-eligibility');

    // Chiến sĩ tiên tiến 2025: the officer just rated is eligible; propose him.
    await choose(page, page.getByTestId('elig-title'), 'Chiến sĩ tiên tiến');
    await page.getByTestId('elig-year').locator('input').fill('2025');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    const row = page.getByTestId('elig-table').locator('tr').filter({ hasText: 'Trịnh Văn Bảo' });
    await row.getByText('Đủ điều kiện', { exact: true }).first().waitFor();
    await row.locator('.el-checkbox').click();
    await page.getByTestId('elig-propose').click();
    await page.getByTestId('proposal-title').waitFor();
    proposalUrl = page.url();
    for (const step of ['submit', 'receive', 'check', 'to_council']) {
      await page.getByTestId(`step-${step}`).click();
      await page.getByTestId('proposal-path').getByText({ submit: 'Gửi lên', receive: 'Tiếp nhận', check: 'Thẩm định', to_council: 'Trình Hội đồng' }[step]).first().waitFor();
    }
    assert.equal((await page.getByTestId('proposal-state').innerText()).trim(), 'Trình Hội đồng');
    await choose(page, page.getByTestId('council-members'), 'canbo.hungyen');
    await choose(page, page.getByTestId('council-members'), 'hoidong.hungyen');
    await page.keyboard.press('Escape');
    await page.getByTestId('council-open').click();
    await page.getByTestId('council-quorum').filter({ hasText: 'Đủ túc số' }).waitFor();
    await page.locator('[data-testid^="vote-yes-"]').first().click();
    await page.getByTestId('ballot-cast').click();
    await page.getByText('canbo.hungyen — có mặt, đã bỏ phiếu').waitFor();
  });

  await asUser(ui, 'hoidong.hungyen', async ({ page }) => {
    await page.goto(proposalUrl);
    await page.locator('[data-testid^="vote-yes-"]').first().click();
    await page.getByTestId('ballot-cast').click();
    await page.getByText('hoidong.hungyen — có mặt, đã bỏ phiếu').waitFor();
  });

  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(proposalUrl);
    await page.getByTestId('council-close').click();
    await page.getByTestId('council-minutes').filter({ hasText: '2/2 phiếu đồng ý' }).waitFor();
    await shot(page, 'commendation-minutes');
    await page.getByTestId('decision-number').fill('77/QĐ-CAT-PX01');
    await page.getByTestId('decision-signer').fill('Đại tá Nguyễn Thanh Trường');
    await page.getByTestId('decision-position').fill('Giám đốc Công an tỉnh');
    await page.getByTestId('decision-issue').click();
    const card = page.getByTestId('decision-card');
    await card.waitFor();
    assert.match(await card.innerText(), /77\/QĐ-CAT-PX01/);
    assert.match(await card.innerText(), /710\.000 đồng/);
    assert.equal((await page.getByTestId('proposal-state').innerText()).trim(), 'Đã có quyết định');
    await shot(page, 'commendation-decision');
    await page.goto(`${ui.baseUrl}/#/people/${hau.id}/record`);
    const rec = page.getByTestId('record-table').locator('tr').filter({ hasText: 'Chiến sĩ tiên tiến' });
    await rec.filter({ hasText: '77/QĐ-CAT-PX01' }).waitFor();
  });

  await asUser(ui, 'canbo.bo', async ({ page }) => {
    const bo = new Client(ui.baseUrl);
    await bo.login('canbo.bo');
    const gid = (await bo.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 7'))).body.items[0].id;
    const h = (await bo.get(`/api/v1/groups/${gid}/years/2024/honour`)).body;
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/honour`);
    await page.getByTestId('yearend-result').filter({ hasText: `Suy tôn ${h.vote.leader_name}` }).waitFor();
    assert.match(await page.getByTestId('yearend-ranking').innerText(), new RegExp(h.ranking.items[0].unit_name));
    await shot(page, 'commendation-honour');
  });
});
