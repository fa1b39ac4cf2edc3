// The proposal page's documents card: the decision downloads as .docx, a printer's offset is
// saved and offered for printing the certificates, a refused certificate print says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startUi, asUser, shot } from '../lib/browser.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui.stop(); });

test("Hưng Yên's officer downloads the decision, saves a printer's offset and prints the certificates", async () => {
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    const list = await page.evaluate(async () => (await (await fetch('/api/v1/proposals?year=2024&limit=100')).json()).items);
    const p = list.find((x) => x.title.startsWith('Đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2024'));
    await page.goto(`${ui.baseUrl}/#/commendation/proposals/${p.id}`);
    const card = page.getByTestId('proposal-documents');
    await card.waitFor();
    await card.getByText('Quyết định khen thưởng kèm danh sách').waitFor();
    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('doc-decision-docx').click()]);
    assert.match(docx.suggestedFilename(), /^decision-\d+\.docx$/);

    await page.getByTestId('printer-name').fill('Canon LBP2900');
    for (const [id, v] of [['printer-x', '2.5'], ['printer-y', '-1']]) {
      await page.getByTestId(id).locator('input').fill(v);
      await page.getByTestId(id).locator('input').press('Tab');
    }
    await page.getByTestId('printer-save').click();
    await page.getByText('Đã lưu độ lệch máy in').waitFor();
    const saved = await page.evaluate(async (u) => (await (await fetch(`/api/v1/units/${u}/certificate-printers`)).json()).items, p.issuer.unit.id);
    assert.deepEqual(saved.map((x) => [x.name, x.offset_x_mm, x.offset_y_mm]), [['Canon LBP2900', 2.5, -1]]);
    const [cert] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cert-docx').click()]);
    assert.match(cert.suggestedFilename(), /^bang-khen-\d+\.docx$/);
    await shot(page, 'proposal-documents');
  }, { viewport: { width: 1280, height: 900 } });
});

test('the statistics tab: the ministry officer downloads form 0603 for the previous year', async () => {
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/commendation`);
    await page.getByRole('tab', { name: 'Biểu thống kê' }).click();
    const box = page.getByTestId('statistical-forms');
    await box.getByText('0603.N/BNV-TĐKT').waitFor();
    const [x] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stat-0603').click()]);
    assert.match(x.suggestedFilename(), /^bieu-0603-\d+-\d{4}\.xlsx$/);
    await shot(page, 'statistical-forms');
  }, { viewport: { width: 1280, height: 900 } });
});
