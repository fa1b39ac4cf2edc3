// What feeds the eligibility engine, entered in a real browser by Hưng Yên's officer on an
// officer's record (the year's evaluation, an initiative with its recognised scope, an ongoing
// investigation, the years of service) — each seen at once in the record and in the engine's
// answer — and a dossier returned by the province corrected nominee by nominee and sent up again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';

let ui, api;
before(async () => {
  ui = await startUi({ demo: 'world' });
  api = new Client(ui.baseUrl);
  await api.login('canbo.hungyen');
});
after(async () => { await ui?.stop(); });

async function personId(name) {
  return (await api.get('/api/v1/people?q=' + encodeURIComponent(name))).body.items.find((p) => p.full_name === name).id;
}

async function typeDate(dialog, date) {
  const input = dialog.getByTestId('entry-date').locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('an officer\'s evaluation, initiative, investigation and service entered on the record page', async () => {
  const tuan = await personId('Hoàng Minh Tuấn');
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/people/${tuan}/record`);
    await page.getByTestId('record-title').filter({ hasText: 'Hoàng Minh Tuấn' }).waitFor();
    const table = page.getByTestId('record-table');
    const dialog = page.getByTestId('record-entry');

    // The year's evaluation: the level is required, then it shows in the record.
    await page.getByTestId('add-evaluation').click();
    await dialog.getByTestId('entry-year').locator('input').fill('2025');
    await dialog.getByTestId('entry-save').click();
    await dialog.getByText('Chọn mức xếp loại').waitFor();
    await choose(page, dialog.getByTestId('entry-level'), 'Hoàn thành tốt nhiệm vụ');
    await dialog.getByTestId('entry-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await table.locator('tr').filter({ hasText: '2025' }).filter({ hasText: 'Hoàn thành tốt nhiệm vụ' }).waitFor();

    // An initiative recognised at the ministry's scope, dated dd/mm/yyyy.
    await page.getByTestId('add-initiative').click();
    await dialog.getByTestId('entry-name').fill('Phần mềm tra cứu hồ sơ thi đua');
    await choose(page, dialog.getByTestId('entry-scope'), 'toàn lực lượng');
    await typeDate(dialog, '15/03/2025');
    await dialog.getByTestId('entry-by').fill('Hội đồng sáng kiến Bộ Công an');
    await dialog.getByTestId('entry-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await table.locator('tr').filter({ hasText: 'Phần mềm tra cứu hồ sơ thi đua' }).filter({ hasText: 'Sáng kiến' }).waitFor();
    await shot(page, 'commendation-record-entry');

    // An investigation still under way: no form, a date and a reason.
    await page.getByTestId('add-discipline').click();
    await dialog.getByTestId('entry-save').click();
    await dialog.getByText('Chọn hình thức kỷ luật').waitFor();
    await dialog.getByTestId('entry-review').click();
    await typeDate(dialog, '02/10/2025');
    await dialog.getByTestId('entry-reason').fill('Đang xác minh đơn phản ánh');
    await dialog.getByTestId('entry-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await table.locator('tr').filter({ hasText: 'Đang xem xét: Đang xác minh đơn phản ánh' }).waitFor();

    // Years of service.
    await page.getByTestId('add-service').click();
    await typeDate(dialog, '01/09/2005');
    await dialog.getByTestId('entry-save').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('record-service').filter({ hasText: 'Vào ngành từ 01/09/2005' }).waitFor();
  });

  // The engine reads what was entered: rated good in 2025, but under review, so not eligible.
  const pv01 = (await api.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  const e = (await api.get(`/api/v1/eligibility?title=chien_si_tien_tien&year=2025&unit_id=${pv01}`)).body;
  const row = e.items.find((i) => i.subject.id === tuan);
  assert.equal(row.conditions.find((c) => c.code === 'xep_loai').met, true);
  assert.equal(row.conditions.find((c) => c.code === 'ky_luat').met, false);
  assert.equal(row.eligible, false);
  const rec = (await api.get(`/api/v1/people/${tuan}/record`)).body;
  assert.equal(rec.service.service_from, '2005-09-01');
  assert.ok(rec.items.some((i) => i.kind === 'initiative' && i.code === 'ministry'));
});

test('a returned dossier is corrected in the browser: a nominee removed, one added, grounds rewritten, then sent up again', async () => {
  const ids = {};
  for (const n of ['Phạm Thị Hương', 'Nguyễn Văn Long', 'Lê Văn Hậu']) {
    ids[n] = await personId(n);
    assert.equal((await api.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: ids[n], year: 2025, level: 'tot' })).status, 201);
  }
  const pv01 = (await api.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  const p = (await api.post('/api/v1/proposals', { unit_id: pv01, year: 2025, items: [
    { subject_kind: 'person', subject_id: ids['Phạm Thị Hương'], code: 'chien_si_tien_tien', grounds: 'Tham gia chuyên án' },
    { subject_kind: 'person', subject_id: ids['Nguyễn Văn Long'], code: 'chien_si_tien_tien', grounds: 'Bảo đảm an ninh' }] })).body;
  for (const step of ['submit', 'receive']) await api.post(`/api/v1/proposals/${p.id}/steps`, { step });
  await api.post(`/api/v1/proposals/${p.id}/steps`, { step: 'return', reason: 'Thành tích chưa cụ thể' });

  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/commendation/proposals/${p.id}`);
    await page.getByTestId('proposal-return-reason').filter({ hasText: 'Thành tích chưa cụ thể' }).waitFor();
    await page.getByTestId('proposal-edit').click();
    const editor = page.getByTestId('proposal-editor');
    await editor.getByTestId('edit-item-1').filter({ hasText: 'Nguyễn Văn Long' }).waitFor();
    await editor.getByTestId('edit-remove-1').click();
    await editor.getByTestId('edit-grounds-0').fill('Chủ trì xác lập 2 chuyên án ma túy');
    await choose(page, editor.getByTestId('edit-add-subject'), 'Lê Văn Hậu');
    await editor.getByTestId('edit-add').click();
    await editor.getByTestId('edit-item-1').filter({ hasText: 'Lê Văn Hậu' }).waitFor();
    await editor.getByTestId('edit-grounds-1').fill('Tham mưu tổng kết phong trào');
    await editor.getByTestId('edit-save').click();
    await editor.waitFor({ state: 'hidden' });
    const items = page.getByTestId('proposal-items');
    await items.locator('tr').filter({ hasText: 'Lê Văn Hậu' }).filter({ hasText: 'Tham mưu tổng kết phong trào' }).waitFor();
    assert.equal(await items.locator('tr').filter({ hasText: 'Nguyễn Văn Long' }).count(), 0);
    const path = page.getByTestId('proposal-path');
    await path.getByText('Thêm: Lê Văn Hậu — Chiến sĩ tiên tiến').waitFor();
    await path.getByText('Bỏ: Nguyễn Văn Long — Chiến sĩ tiên tiến').waitFor();
    await path.getByText(/Sửa thành tích của Phạm Thị Hương/).waitFor();
    await shot(page, 'commendation-dossier-edit');
    await page.getByTestId('step-submit').click();
    await page.getByTestId('proposal-state').filter({ hasText: 'Đã gửi lên cấp trên' }).waitFor();
  });
  const after = (await api.get(`/api/v1/proposals/${p.id}`)).body;
  assert.deepEqual(after.items.map((i) => [i.subject.name, i.grounds]),
    [['Phạm Thị Hương', 'Chủ trì xác lập 2 chuyên án ma túy'], ['Lê Văn Hậu', 'Tham mưu tổng kết phong trào']]);
  assert.deepEqual(after.steps.map((s) => s.step), ['create', 'submit', 'receive', 'return', 'edit', 'submit']);
});

test('the gallery of advanced examples is searched without diacritics and grounds a dossier; the statistics tab draws the awards', async () => {
  await asUser(ui, 'canbo.vinhthuan', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByRole('tab', { name: 'Điển hình tiên tiến' }).click();
    await page.getByTestId('examples-q').fill('hoa giai');
    const cards = page.getByTestId('example-card');
    await cards.filter({ hasText: 'Hòa giải thành 12 vụ mâu thuẫn' }).waitFor();
    await page.waitForTimeout(600);
    assert.equal(await cards.count(), 1);
    await shot(page, 'commendation-examples');
  });
  // Hưng Yên's officer rated good in 2025 with a story: proposed from the gallery, the story is the grounds.
  const lan = await personId('Ngô Thị Lan');
  assert.equal((await api.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: lan, year: 2025, level: 'tot' })).status, 201);
  assert.equal((await api.post('/api/v1/examples', { subject_kind: 'person', subject_id: lan, title: 'Trả lại tài sản nhặt được',
    story: 'Nhặt được ví có 20 triệu đồng và giấy tờ, đã tìm và trả lại người đánh rơi.', date: '2025-04-03' })).status, 201);
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByRole('tab', { name: 'Điển hình tiên tiến' }).click();
    await page.getByTestId('examples-q').fill('ngo thi lan');
    const card = page.getByTestId('example-card').filter({ hasText: 'Trả lại tài sản nhặt được' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Đề nghị khen thưởng' }).click();
    await choose(page, page.getByTestId('example-propose-title'), 'Chiến sĩ tiên tiến');
    await page.getByTestId('example-propose-ok').click();
    await page.getByTestId('proposal-title').waitFor();
    await page.getByTestId('proposal-items').getByText('Trả lại tài sản nhặt được: Nhặt được ví').waitFor();

    await page.getByTestId('menu-commendation').click();
    await page.getByRole('tab', { name: 'Thống kê', exact: true }).click();
    const fromInput = page.getByTestId('stats-from').locator('input');
    await fromInput.fill('2024');
    await fromInput.press('Enter');
    const byUnit = page.getByTestId('stats-by-unit');
    await byUnit.getByTestId('stats-bar').filter({ hasText: 'Phòng Tham mưu, Công an tỉnh Hưng Yên' }).waitFor();
    assert.match(await page.getByTestId('stats-by-year').innerText(), /2024/);
    await shot(page, 'commendation-statistics');
  });
});
