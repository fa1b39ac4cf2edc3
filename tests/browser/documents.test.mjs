// The documents page of a group-year (downloads, a review report drafted from the outline and
// edited in versions) and the import page (upload, preview of every row with its problems, the
// commit refused while a row has one), as a user sees them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUi, asUser, shot } from '../lib/browser.mjs';
import { ROOT } from '../lib/server.mjs';
import { openCluster5Documents } from '../lib/cluster5.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui.stop(); });

test('Cluster No. 5, 2024: the final review report is drafted with its figures, edited, saved as version 2', async () => {
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await openCluster5Documents(ui, page);
    for (const label of ['Giao ước thi đua', 'Quy định tiêu chí chấm điểm', 'Bảng xếp hạng với điểm từng phần'])
      await page.getByText(label, { exact: false }).first().waitFor();
    await page.getByTestId('review-new-final').click();
    const editor = page.getByTestId('review-editor');
    await editor.waitFor();
    await editor.getByText('III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA').waitFor();
    await editor.getByText('Cùng kỳ năm trước').first().waitFor();
    await editor.getByText('Công an tỉnh Hưng Yên').first().waitFor();
    await editor.locator('textarea').first().fill('Năm 2024, tình hình an ninh chính trị trên địa bàn cụm ổn định.');
    await page.getByTestId('review-save').click();
    await editor.getByText(/— phiên bản 2$/).waitFor();
    await shot(page, 'documents-review');
  }, { viewport: { width: 1280, height: 900 } });
});

test('the import page: a roster with a problem row is previewed, the commit stays disabled', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-ui-import-'));
  const file = join(dir, 'people.xlsx');
  const r = spawnSync('/usr/bin/python3', [join(ROOT, 'tests/lib/make_workbook.py'), 'table', file, JSON.stringify({ rows: [
    ['Họ và tên', 'Mã đơn vị', 'Từ ngày'], ['Nguyễn Văn Mới', 'CA-HY', '01/07/2025'], ['Trần Văn Sai', 'KHONG-CO', '01/07/2025']] })], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/imports`);
    await page.getByText('Danh sách đơn vị, cán bộ').click();
    await page.getByTestId('import-file').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await preview.getByText('1 dòng có lỗi').waitFor();
    await preview.getByText('không có đơn vị mã KHONG-CO').waitFor();
    // the date the server answers as ISO is shown the Vietnamese way
    await preview.getByText(/Họ tên: Nguyễn Văn Mới/).waitFor();
    assert.match(await preview.getByText(/Họ tên: Nguyễn Văn Mới/).innerText(), /Từ ngày: 01\/07\/2025/);
    assert.equal(await preview.getByText(/2025-07-01/).count(), 0);
    assert.equal(await page.getByTestId('import-commit').isDisabled(), true);
    await shot(page, 'import-preview');
  }, { viewport: { width: 1280, height: 900 } });
});
