// What an officer types is read the Vietnamese way or refused on the spot, and technical text stays
// out of sight. In a real browser on the demo data: the report form reads "1.250" as 1250 and "2,5"
// as 2.5, refuses "abc", "-3" and "2.5" for a count with a message on the field, leaves blank fields
// out (not reported), shows the server's refusal on its field, and shows stored missing values as
// "chưa báo cáo"; a new report offers only periods that have ended; 31/02/2025 in a date field is
// refused, not rolled over; a dissolved unit offers no changes; the audit log reads "trường: cũ → mới".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startUi, asUser, shot } from '../lib/browser.mjs';
import { Client } from '../lib/server.mjs';

let ui, officer, nghean;

before(async () => {
  ui = await startUi();
  officer = new Client(ui.baseUrl);
  await officer.login('canbo.nghean');
  nghean = officer.user.unit_id;
});
after(async () => { await ui?.stop(); });

// Element Plus puts a field's attributes on its <input>.
const field = (page, code) => page.getByTestId(`value-${code}`);

test('a report typed the Vietnamese way: 1.250 and 2,5 saved as 1250 and 2.5; bad values refused on their field; blanks not reported', () =>
  asUser(ui, 'canbo.nghean', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/reports/new`);
    await field(page, 'ho_so_tthc_tiep_nhan').waitFor();

    // Only periods that have ended are offered: this month is not.
    const today = (await officer.get('/api/v1/meta')).body.today;
    const thisMonth = Number(today.slice(5, 7));
    await page.getByTestId('period-month').click();
    const current = page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: `Tháng ${thisMonth} (chưa hết)` });
    await current.waitFor();
    assert.match((await current.getAttribute('class')) ?? '', /is-disabled/, 'the running month cannot be chosen');
    await page.keyboard.press('Escape');
    await page.getByTestId('period-year').locator('input').fill(String(Number(today.slice(0, 4)) + 1));
    await page.getByTestId('period-year').locator('input').blur();
    assert.equal(await page.getByTestId('period-year').locator('input').inputValue(), today.slice(0, 4), 'next year is not offered');

    // Vietnamese numbers, read and shown as understood.
    await field(page, 'ho_so_tthc_tiep_nhan').fill('1.250');
    assert.equal((await page.getByTestId('value-understood-ho_so_tthc_tiep_nhan').innerText()).trim(), '= 1.250 hồ sơ');
    await field(page, 'tien_phat_vphc').fill('2,5');
    assert.equal((await page.getByTestId('value-understood-tien_phat_vphc').innerText()).trim(), '= 2,5 triệu đồng');
    await field(page, 'chay_thiet_hai').fill('1.000');
    assert.equal((await page.getByTestId('value-understood-chay_thiet_hai').innerText()).trim(), '= 1.000 triệu đồng');

    // Values that are not a count: refused with a message on the field, never changed.
    for (const [text, message] of [['abc', /Không phải là số/], ['-3', /âm/], ['2.5', /dấu phẩy.*2,5/], ['2,5', /số nguyên/]]) {
      await field(page, 'toi_pham_ttxh').fill(text);
      await field(page, 'toi_pham_ttxh').blur();
      assert.match(await page.getByTestId('value-error-toi_pham_ttxh').innerText(), message, `"${text}"`);
      assert.equal(await field(page, 'toi_pham_ttxh').inputValue(), text, 'what was typed stays to be corrected');
    }
    await shot(page, 'report-refused');
    // Saving is refused while a field is, and nothing is sent.
    let posted = 0;
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/v1/reports')) posted++; });
    await page.getByTestId('report-create').click();
    await page.locator('.el-message--error').filter({ hasText: 'Số vụ phạm tội về trật tự xã hội' }).waitFor();
    assert.equal(posted, 0);

    // Emptied: not reported, and said so.
    await field(page, 'toi_pham_ttxh').fill('');
    await field(page, 'toi_pham_ttxh').blur();
    await page.getByTestId('value-missing-toi_pham_ttxh').waitFor();
    assert.equal(await page.getByTestId('value-error-toi_pham_ttxh').count(), 0);

    const request = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/reports'));
    await page.getByTestId('report-create').click();
    const sent = (await request).postDataJSON();
    assert.deepEqual(sent.values, { ho_so_tthc_tiep_nhan: 1250, chay_thiet_hai: 1000, tien_phat_vphc: 2.5 }, 'only what was typed, exactly');
    await page.waitForURL(/#\/reports\/\d+$/);
    const id = Number(page.url().match(/reports\/(\d+)$/)[1]);
    const stored = (await officer.get(`/api/v1/reports/${id}`)).body.values;
    assert.equal(stored.ho_so_tthc_tiep_nhan, 1250);
    assert.equal(stored.tien_phat_vphc, 2.5);
    assert.equal(stored.chay_thiet_hai, 1000);
    // Shown back the Vietnamese way.
    await page.getByTestId('report-title').waitFor();
    assert.equal(await field(page, 'ho_so_tthc_tiep_nhan').inputValue(), '1.250');
    assert.equal(await field(page, 'tien_phat_vphc').inputValue(), '2,5');

    // The server refuses more cleared than occurred: its message on the field it names.
    await field(page, 'toi_pham_ttxh').fill('5');
    await field(page, 'toi_pham_ttxh_kham_pha').fill('7');
    await page.getByTestId('report-save').click();
    const err = page.getByTestId('value-error-toi_pham_ttxh_kham_pha');
    await err.waitFor();
    assert.match(await err.innerText(), /lớn hơn/);
    await field(page, 'toi_pham_ttxh_kham_pha').fill('4');
    assert.equal(await err.count(), 0, 'corrected: the message goes');
  }));

test('values not reported (null or absent) show blank with "chưa báo cáo", never 0', () =>
  asUser(ui, 'canbo.nghean', async ({ page }) => {
    const r = await officer.post('/api/v1/reports', { unit_id: nghean, period: { kind: 'month', year: 2024, month: 5 }, values: { toi_pham_ttxh: 3 } });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    // The server keeps what was not reported missing (null), never 0.
    assert.equal(r.body.values.toi_pham_ttxh_kham_pha, null);
    await page.goto(`${ui.baseUrl}/#/reports/${r.body.id}`);
    await page.getByTestId('report-title').waitFor();
    assert.equal(await field(page, 'toi_pham_ttxh').inputValue(), '3');
    for (const code of ['toi_pham_ttxh_kham_pha', 'tin_bao_tiep_nhan']) {
      assert.equal(await field(page, code).inputValue(), '', `${code} blank`);
      await page.getByTestId(`value-missing-${code}`).waitFor();
    }
    assert.match(await page.getByTestId('computed-ty_le_kham_pha').innerText(), /chưa báo cáo/);
    assert.equal(await page.getByTestId('report-save').isDisabled(), true, 'nothing changed: a blank is not a 0 to save');
  }));

test('31/02/2025 typed in a date field is refused with a message, not rolled over; the panel says "Năm 2025"', () =>
  asUser(ui, 'canbo.nghean', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/movements`);
    await page.getByTestId('movement-add').click();
    const start = page.getByTestId('movement-start');
    const input = start.locator('input');
    await input.click();
    await input.fill('31/02/2025');
    await input.press('Enter');
    const error = start.getByTestId('date-error');
    await error.waitFor();
    assert.match(await error.innerText(), /31\/02\/2025.*28 ngày/);
    assert.notEqual(await input.inputValue(), '03/03/2025');

    await input.click();
    await input.fill('28/02/2025');
    await input.press('Enter');
    await page.waitForTimeout(200);
    assert.equal(await error.count(), 0);
    assert.equal(await input.inputValue(), '28/02/2025');

    // The date panel's header: "Năm 2025", not "2025 Năm".
    await input.click();
    const label = page.locator('.el-date-picker:visible .el-date-picker__header-label').first();
    await label.waitFor();
    const before = await label.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.equal(before, '"Năm "');
    assert.equal((await label.innerText()).trim(), '2025', 'the year alone after "Năm " (no "2025 Năm")');
  }));

test('a dissolved unit offers no changes; an active one does', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    const api = new Client(ui.baseUrl);
    await api.login('canbo.bo');
    const units = (await api.get('/api/v1/units?q=' + encodeURIComponent('Đồng Hới') + '&status=dissolved')).body.items;
    const dissolved = units.find((u) => u.status === 'dissolved');
    assert.ok(dissolved, 'a dissolved Đồng Hới in the demo data');
    await page.goto(`${ui.baseUrl}/#/units/${dissolved.id}`);
    await page.getByTestId('unit-ended-note').waitFor();
    assert.equal(await page.getByTestId('unit-actions').count(), 0);
    for (const name of ['Sửa', 'Giải thể', 'Hợp nhất', 'Đổi tên']) assert.equal(await page.getByRole('button', { name, exact: true }).count(), 0, name);

    await page.goto(`${ui.baseUrl}/#/units/${api.user.unit_id}`);
    await page.getByTestId('unit-actions').waitFor();
    await page.getByTestId('unit-actions').getByRole('button', { name: 'Giải thể' }).waitFor();
  }));

test('the audit log says what changed in Vietnamese, the raw record behind "Chi tiết kỹ thuật"', () =>
  asUser(ui, 'admin', async ({ page }) => {
    const admin = new Client(ui.baseUrl);
    await admin.login('admin');
    const unit = (await admin.post('/api/v1/units', { name: 'Đội thử nghiệm nhật ký', kind: 'other', code: 'TEST-AUDIT', parent_id: nghean, valid_from: '2025-01-01' })).body;
    const renamed = await admin.post(`/api/v1/units/${unit.id}/rename`, { name: 'Đội kiểm tra nhật ký', date: '2025-06-01' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    await page.goto(`${ui.baseUrl}/#/audit`);
    const summary = page.getByTestId('audit-summary').filter({ hasText: 'Đội kiểm tra nhật ký' }).first();
    await summary.waitFor();
    assert.match(await summary.innerText(), /Tên: Đội thử nghiệm nhật ký → Đội kiểm tra nhật ký/);
    const table = await page.getByTestId('audit-table').innerText();
    assert.doesNotMatch(table, /"name"|valid_from|parent_id/, 'no JSON keys on the page');
    // The raw record is there for who needs it.
    await page.locator('.el-table__expand-icon').first().click();
    await page.getByTestId('audit-changes').first().waitFor();
    await page.getByText('Chi tiết kỹ thuật').first().click();
    await page.locator('.json-pane').first().waitFor({ state: 'visible' });
  }));

test('a movement’s targets name their indicators in Vietnamese, never by machine code', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    const api = new Client(ui.baseUrl);
    await api.login('canbo.bo');
    const ms = (await api.get('/api/v1/movements')).body.items;
    let movement, codes;
    for (const m of ms) {
      const d = (await api.get(`/api/v1/movements/${m.id}`)).body;
      codes = (d.targets ?? []).map((t) => t.indicator).filter(Boolean);
      if (codes.length) { movement = d; break; }
    }
    assert.ok(movement, 'a demo movement with targets measured by indicators');
    await page.goto(`${ui.baseUrl}/#/movements/${movement.id}`);
    const list = page.getByTestId('commitment-list').first();
    await list.waitFor();
    await page.waitForTimeout(500); // the catalogue's names
    const text = await list.innerText();
    for (const code of codes) assert.ok(!text.includes(code), `no "${code}" in:\n${text}`);
  }));
