// The launch side in a real browser: an officer of the Ministry pastes the Nghệ An article, reviews
// what was found (two phases, names highlighted in the text), creates the draft movement and sees
// its phases on the timeline; then opens Cluster No. 5's 2024 pledge and gets all five members'
// signatures through the signing dialog. Debian's chromium through playwright-core (in web/).
// THIDUA_UI_URL=http://host:port runs against a server already running on fresh demo data instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { startUi, asUser, shot } from '../lib/browser.mjs';
import { PROVINCES as CLUSTER5 } from '../lib/cluster5.mjs';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/corpus/nghe-an-2024-launch.txt'), 'utf8');

let ui;

before(async () => {
  ui = await startUi({ external: true });
});

after(async () => {
  await ui?.stop();
});

/** Picks a unit in a UnitSelect (Element Plus tree-select) by typing part of its name. */
async function pickUnit(page, select, name) {
  await select.locator('.el-select__wrapper').click();
  await select.locator('input.el-select__input').fill(name);
  const node = page.locator('.el-tree-select__popper:visible .el-tree-node__content').filter({ hasText: name }).first();
  await node.waitFor();
  await node.click();
}

test('paste the Nghệ An article, review two phases and highlighted names, create the draft movement', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    await page.getByTestId('plan-text').fill(ARTICLE);
    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();

    // Two phases with their dates as found in the text.
    const phaseInputs = await page.getByTestId('phase-table').locator('input').evaluateAll((els) => els.map((e) => e.value));
    for (const d of ['18/10/2024', '03/02/2025', '04/02/2025', '19/08/2025']) assert.ok(phaseInputs.includes(d), `phase date ${d} in ${phaseInputs}`);
    assert.equal(await page.getByTestId('phase-table').locator('tbody tr').count(), 2);

    // "từ nay" is not a date: the movement's start is listed first among the inferred fields.
    const inferred = page.getByTestId('plan-inferred-item');
    await inferred.filter({ hasText: 'Ngày bắt đầu phong trào' }).first().waitFor();
    assert.match(await inferred.filter({ hasText: 'Ngày bắt đầu phong trào' }).first().innerText(), /từ nay/);

    // Names found are highlighted in the source text.
    const marks = page.getByTestId('plan-source').getByTestId('plan-highlight');
    await marks.filter({ hasText: 'Bùi Quang Thanh' }).first().waitFor();
    assert.ok((await marks.filter({ hasText: 'Công an tỉnh Nghệ An' }).count()) > 0);
    assert.ok((await marks.filter({ hasText: /3\/2\/2025/ }).count()) > 0, 'a phase date is highlighted');

    // The organisers were matched by name; take Công an tỉnh Nghệ An off and pick it again.
    const organisers = page.getByTestId('movement-organisers');
    await organisers.locator('.el-tag').filter({ hasText: 'Công an tỉnh Nghệ An' }).first().waitFor();
    await organisers.locator('.el-tag').filter({ hasText: 'Công an tỉnh Nghệ An' }).locator('.el-tag__close').click();
    assert.equal(await organisers.locator('.el-tag').filter({ hasText: 'Công an tỉnh Nghệ An' }).count(), 0);
    await pickUnit(page, organisers, 'Công an tỉnh Nghệ An');
    await page.keyboard.press('Escape');
    await organisers.locator('.el-tag').filter({ hasText: 'Công an tỉnh Nghệ An' }).first().waitFor();
    await shot(page, 'plan-import-review');

    await page.getByTestId('plan-create-movement').click();
    await page.waitForURL(/#\/movements\/\d+$/);
    const title = page.getByTestId('movement-title');
    await title.waitFor();
    assert.match(await title.innerText(), /phong trào thi đua đặc biệt/i);
    assert.match(await page.getByTestId('movement-state').innerText(), /Dự thảo/);
    const bars = page.getByTestId('phase-bar');
    await bars.first().waitFor();
    assert.equal(await bars.count(), 2);
    const timeline = await page.getByTestId('phase-timeline').innerText();
    assert.match(timeline, /18\/10\/2024 – 03\/02\/2025/);
    assert.match(timeline, /04\/02\/2025 – 19\/08\/2025/);
    assert.match(timeline, /Hôm nay/);
    // Today is marked on the axis when the movement is near (the demo clock may be past its end).
    if ((await page.getByTestId('timeline-today-note').count()) === 0) await page.getByTestId('timeline-today').waitFor();
    await shot(page, 'movement');

    // The lifecycle moves on from the page: launch it.
    await page.getByTestId('movement-transition-launched').click();
    await page.getByTestId('transition-confirm').click();
    // Launched, but its dates ended on 19/08/2025: it says so, never "in progress".
    await page.getByTestId('movement-state').filter({ hasText: /Đã phát động|Đã kết thúc/ }).waitFor();
    assert.doesNotMatch(await page.getByTestId('movement-state').innerText(), /Đang triển khai/);
  }));

// (s26) Members whose kind the text writes once before their bare names are marked inferred, with the
// words they were read from: the officer checks them first.
test('paste a cluster whose kind is written once before bare names: its members are listed as inferred', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    await page.getByTestId('plan-text').fill(
      'Sáng 8/3/2025, Cụm thi đua Kho bạc Nhà nước các huyện miền núi gồm 4 đơn vị: Kỳ Sơn, Tương Dương, Con Cuông và ' +
        'Anh Sơn tổ chức ký kết giao ước thi đua năm 2025.');
    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    const item = page.getByTestId('plan-inferred-item').filter({ hasText: 'Thành viên cụm/khối' });
    await item.first().waitFor();
    const said = await item.first().innerText();
    assert.match(said, /Kho bạc Nhà nước huyện/);
    assert.match(said, /Kỳ Sơn, Tương Dương, Con Cuông và Anh Sơn/);

    // (session 27) How sure the reading is on unseen texts: the members and the contents are among the
    // fields to check first, with their measured share; the event's date (right 85% and more) is not.
    const rel = page.getByTestId('plan-reliability-item');
    await rel.first().waitFor();
    const rows = await rel.allInnerTexts();
    const members = rows.find((r) => r.includes('Thành viên cụm/khối'));
    assert.ok(members, rows.join(' | '));
    assert.match(members, /\d+%/);
    assert.ok(rows.some((r) => r.includes('Nội dung thi đua')), rows.join(' | '));
    assert.ok(!rows.some((r) => r.includes('Ngày sự kiện')), rows.join(' | '));
    assert.match(await page.getByTestId('plan-reliability').innerText(), /văn bản thật mà bộ đọc chưa từng gặp/);
  }));

test('Cluster No. 5 in 2024: Hưng Yên leads; all five members sign the pledge through the UI', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-groups').click();
    await page.getByTestId('group-row').filter({ hasText: 'Cụm thi đua số 5' }).first().click();
    await page.getByTestId('group-title').waitFor();

    // The 2024 members as they were, the leader and deputy across years.
    const members = page.getByTestId('group-members-2024');
    await members.waitFor();
    const text = await members.innerText();
    for (const name of CLUSTER5) assert.match(text, new RegExp(name));
    assert.match(text, /Cụm trưởng/);
    assert.match(text, /Đã hợp nhất/, 'merged provinces are tagged with their successor');
    const leadership = await page.getByTestId('group-leadership').innerText();
    assert.match(leadership, /2024[\s\S]*Công an tỉnh Hưng Yên[\s\S]*Công an tỉnh Thái Bình/);
    await shot(page, 'group');

    await page.getByTestId('group-open-pledge-2024').click();
    await page.getByTestId('pledge-title').waitFor();
    assert.equal((await page.getByTestId('pledge-signed-count').innerText()).trim(), '0/5');
    // Unsigned: the commitments can still be edited.
    await page.getByTestId('commitment-list-editor').waitFor();

    for (let i = 0; i < 5; i++) {
      const before = await page.getByTestId('pledge-sign').count();
      await page.getByTestId('pledge-sign').first().click();
      const name = page.getByTestId('sign-name');
      await name.waitFor();
      if (!(await name.inputValue())) await name.fill(`Người ký ${i + 1}`);
      const position = page.getByTestId('sign-position');
      if (!(await position.inputValue())) await position.fill('Giám đốc Công an tỉnh');
      await page.getByTestId('sign-confirm').click();
      await page.getByTestId('pledge-signed-count').filter({ hasText: `${i + 1}/5` }).waitFor();
      assert.equal(await page.getByTestId('pledge-sign').count(), before - 1);
    }
    assert.equal((await page.getByTestId('pledge-signed-count').innerText()).trim(), '5/5');
    assert.equal(await page.getByTestId('signature-signed').count(), 5);
    // Signed: read-only, a change needs a new version.
    assert.equal(await page.getByTestId('commitment-list-editor').count(), 0);
    await page.getByTestId('pledge-new-version').waitFor();
    await shot(page, 'pledge');
  }));

test('a new year for Cluster No. 5: members carried over as merged, leader assigned with date and document', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-groups').click();
    await page.getByTestId('group-row').filter({ hasText: 'Cụm thi đua số 5' }).first().click();
    await page.getByTestId('group-add-year').click();
    const dialog = page.locator('.el-dialog').filter({ hasText: 'Thiết lập năm mới' });
    await dialog.waitFor();
    assert.equal(await page.getByTestId('group-form-year').locator('input').inputValue(), '2025');
    // Last year's members as they are now: Thái Bình in Hưng Yên, Hà Nam and Nam Định in Ninh Bình,
    // Hải Dương in Hải Phòng.
    const members = await page.getByTestId('group-form-members').innerText();
    assert.match(members, /Công an tỉnh Hưng Yên/);
    await page.getByTestId('group-form-leader').click();
    await page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: 'Công an tỉnh Hưng Yên' }).first().click();
    const leaderDate = dialog.locator('.leader').first().locator('.el-date-editor input');
    await leaderDate.click();
    await leaderDate.fill('20/03/2025');
    await leaderDate.press('Enter');
    await dialog.locator('.leader').first().getByPlaceholder(/Quyết định/).fill('Quyết định số 123/QĐ-BCA');
    await page.getByTestId('group-form-save').click();
    await dialog.waitFor({ state: 'hidden' });
    const leadership = page.getByTestId('group-leadership');
    await leadership.locator('tbody tr').filter({ hasText: '123/QĐ-BCA' }).first().waitFor();
    const text = await leadership.innerText();
    assert.match(text, /2025[\s\S]*Công an tỉnh Hưng Yên[\s\S]*20\/03\/2025[\s\S]*123\/QĐ-BCA/);
    assert.match(text, /2024[\s\S]*Công an tỉnh Hưng Yên/, 'the 2024 row stays');
  }));
