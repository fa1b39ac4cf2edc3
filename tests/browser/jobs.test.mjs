// Long imports and exports in the UI (issue 11, part 6): a province's roster of 30,000 rows is
// previewed through a job with its progress bar; while "Lưu tất cả" saves it, "Hủy" stops it and
// nothing is saved; the preview shows its rows a page at a time. The ranking's .xlsx is made as a
// job and downloaded once complete; so are the statistical forms 0601 and 0602 (the same component).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUi, asUser, shot } from '../lib/browser.mjs';
import { ROOT } from '../lib/server.mjs';
import { openCluster5Documents } from '../lib/cluster5.mjs';
import { sheetValues } from '../lib/office.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui.stop(); });

const people = (page, q) => page.evaluate(async (name) =>
  (await (await fetch('/api/v1/people?limit=1&q=' + encodeURIComponent(name))).json()).total, q);

test('the import page: a 30,000-row roster previewed with a progress bar, its save cancelled with "Hủy" — nothing saved', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-ui-jobs-'));
  const file = join(dir, 'province.xlsx');
  const r = spawnSync('/usr/bin/python3', [join(ROOT, 'tests/lib/make_workbook.py'), 'many', file,
    JSON.stringify({ n: 30000, unit: 'CA-HY', name: 'Bấm Hủy' })], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/imports`);
    await page.getByText('Danh sách đơn vị, cán bộ').click();
    await page.getByTestId('import-file').setInputFiles(file);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor({ timeout: 120000 });
    await preview.getByText('Xem trước: 30000 dòng').waitFor();
    await page.getByTestId('import-pager').getByText('Tổng 30000').or(page.getByTestId('import-pager').getByText('Total 30000')).first().waitFor();
    assert.ok(await preview.locator('tbody tr').count() <= 200, 'a page of rows, not 30,000');
    // save, and cancel while it saves
    await page.getByTestId('import-commit').click();
    const phase = page.getByTestId('job-phase');
    await phase.getByText(/Đang lưu: [\d.]+\/30\.000 dòng/).waitFor({ timeout: 120000 });
    await shot(page, 'import-job-progress');
    await page.getByTestId('job-cancel').click();
    await phase.getByText('Đã hủy, không lưu gì').waitFor({ timeout: 30000 });
    await shot(page, 'import-job-cancelled');
    assert.equal(await people(page, 'Bấm Hủy'), 0, 'nothing saved');
    assert.equal(await page.getByTestId('job-cancel').count(), 0, 'no cancel button once it has ended');
  }, { viewport: { width: 1280, height: 900 }, timeout: 120000 });
});

test("the documents page: the ranking's .xlsx is made as a job and downloaded once complete", async () => {
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await openCluster5Documents(ui, page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-ranking-xlsx').click()]);
    assert.match(download.suggestedFilename(), /^xep-hang-\d+-2024\.xlsx$/);
    const path = join(mkdtempSync(join(tmpdir(), 'thidua-ui-export-')), download.suggestedFilename());
    await download.saveAs(path);
    const read = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print("\\n".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c))', path], { encoding: 'utf8' });
    assert.equal(read.status, 0, read.stderr);
    assert.match(read.stdout, /Công an tỉnh Hưng Yên/);
    const jobs = await page.evaluate(async () => (await (await fetch('/api/v1/jobs')).json()).items);
    assert.ok(jobs.some((j) => j.kind === 'export' && j.state === 'done'), 'made as a job');
  }, { viewport: { width: 1280, height: 900 } });
});

test('the statistical forms: each form is made as an export job (the same bar and "Hủy") and downloaded once complete', async () => {
  await asUser(ui, 'canbo.bo', async ({ page }) => {
    const exportsDone = () => page.evaluate(async () =>
      (await (await fetch('/api/v1/jobs')).json()).items.filter((j) => j.kind === 'export' && j.state === 'done').map((j) => j.file.filename));
    const before = await exportsDone();
    await page.goto(`${ui.baseUrl}/#/commendation`);
    await page.getByRole('tab', { name: 'Biểu thống kê' }).click();
    const box = page.getByTestId('statistical-forms');
    await box.getByText('0601.N/BNV-TĐKT').waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'thidua-ui-forms-'));
    for (const code of ['0601', '0602']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`stat-${code}`).click()]);
      assert.match(download.suggestedFilename(), new RegExp(`^bieu-${code}-\\d+-\\d{4}\\.xlsx$`));
      const path = join(dir, download.suggestedFilename());
      await download.saveAs(path);
      const read = spawnSync('/usr/bin/python3', ['-c', 'import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print("\\n".join(str(c) for r in ws.iter_rows(values_only=True) for c in r if c))', path], { encoding: 'utf8' });
      assert.equal(read.status, 0, read.stderr);
      assert.match(read.stdout, new RegExp(`${code}\\.N/BNV-TĐKT`));
    }
    const after = await exportsDone();
    assert.deepEqual(after.filter((f) => /^bieu-060[12]-/.test(f)).length - before.filter((f) => /^bieu-060[12]-/.test(f)).length, 2,
      'both forms were made as jobs: ' + JSON.stringify(after));
    assert.equal(await box.getByTestId('job-progress').count(), 0, 'the bar goes once the file is saved');
  }, { viewport: { width: 1280, height: 900 } });
});

test("the eligibility list: \"Xuất Excel\" makes the list on screen as a job, each officer's row with the conditions not met", async () => {
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByTestId('elig-year').locator('input').fill('2024');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    await page.getByTestId('elig-quota').filter({ hasText: '15% của 17' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('elig-export-xlsx').click()]);
    assert.match(download.suggestedFilename(), /^eligibility\.xlsx$/);
    const path = join(mkdtempSync(join(tmpdir(), 'thidua-ui-elig-')), download.suggestedFilename());
    await download.saveAs(path);
    const rows = sheetValues(path);
    const head = rows.findIndex((r) => r.includes('Điều kiện chưa đạt'));
    assert.ok(head >= 0, JSON.stringify(rows.slice(0, 4)));
    const kien = rows.find((r) => r.includes('Bùi Văn Kiên'));
    assert.ok(kien, 'Bùi Văn Kiên has a row');
    assert.match(kien[rows[head].indexOf('Điều kiện chưa đạt')], /không có/);
    const jobs = await page.evaluate(async () => (await (await fetch('/api/v1/jobs')).json()).items);
    assert.ok(jobs.some((j) => j.kind === 'export' && j.state === 'done' && j.file.filename === 'eligibility.xlsx'), 'made as an export job');
  }, { viewport: { width: 1280, height: 900 } });
});

test('submission status: "Xuất Excel" on the status tab writes each lower unit with its status, as on screen', async () => {
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/reports`);
    await page.getByRole('tab', { name: 'Tình hình nộp báo cáo' }).click();
    await page.getByTestId('report-progress').waitFor();
    const shown = await page.getByTestId('report-status').locator('tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('status-export-xlsx').click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'thidua-ui-status-')), download.suggestedFilename());
    await download.saveAs(path);
    const rows = sheetValues(path);
    const head = rows.findIndex((r) => r.includes('Đơn vị') && r.includes('Trạng thái'));
    assert.ok(head >= 0, JSON.stringify(rows.slice(0, 4)));
    assert.ok(shown > 0, 'the status table has rows');
    assert.equal(rows.length - head - 1, shown, 'a row per unit on screen');
  }, { viewport: { width: 1280, height: 900 } });
});
