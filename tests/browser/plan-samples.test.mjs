// The plan import shows itself without anyone pasting an article: the demo officer opens "Nhập kế
// hoạch, bài viết", chooses a sample text (data/plan-samples/), sees where it comes from, presses
// "Phân tích" and gets the review filled — the event, the movement, the fields inferred rather
// than read — then creates the draft movement. Debian's chromium through playwright-core (in web/).
// THIDUA_UI_URL=http://host:port runs against a server already running on fresh demo data instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';

let ui;

before(async () => {
  ui = await startUi({ external: true });
});

after(async () => {
  await ui?.stop();
});

test('choose the Nghệ An sample, analyse it, review the fields filled and inferred, create the draft movement', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    const text = page.getByTestId('plan-text');
    await text.waitFor();
    assert.equal(await text.inputValue(), '', 'the box starts empty');

    // The samples of every kind are listed; choosing one fills the text and says where it is from.
    await page.getByTestId('plan-sample').click();
    const options = page.locator('.el-select-dropdown:visible .el-select-dropdown__item');
    await options.first().waitFor();
    const listed = await options.allInnerTexts();
    assert.ok(listed.length >= 5, `samples: ${listed.join(' | ')}`);
    for (const kind of ['Lễ phát động', 'Sơ kết / tổng kết']) assert.ok(listed.some((o) => o.includes(kind)), `a sample of kind ${kind}`);
    await page.keyboard.press('Escape');
    await choose(page, page.getByTestId('plan-sample'), 'Nghệ An phát động');
    await page.waitForFunction(() => document.querySelector('[data-testid="plan-text"]')?.value.includes('Bùi Quang Thanh'));
    assert.match(await page.getByTestId('plan-sample-source').innerText(), /Nguồn: .*18\/10\/2024/);
    await shot(page, 'plan-import-sample');
    // Nothing is analysed before the officer asks.
    assert.equal(await page.getByTestId('plan-review').count(), 0);

    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();

    // The event and the movement are filled from the text.
    assert.equal(await page.getByTestId('plan-event-place').inputValue(), 'TP Vinh');
    assert.match(await page.getByTestId('plan-event-kind').innerText(), /Lễ phát động/);
    assert.equal(await page.getByTestId('plan-event-date').locator('input').inputValue(), '18/10/2024');
    assert.match(await page.getByTestId('movement-name').inputValue(), /^Phong trào thi đua đặc biệt/);
    assert.equal(await page.getByTestId('movement-end').locator('input').inputValue(), '19/08/2025');
    assert.equal(await page.getByTestId('phase-table').locator('tbody tr').count(), 2);

    // What was inferred rather than read is listed apart, for checking first.
    await page.getByTestId('plan-inferred').waitFor();
    assert.ok((await page.getByTestId('plan-inferred-item').filter({ hasText: 'Ngày bắt đầu phong trào' }).count()) > 0);
    await shot(page, 'plan-import-sample-review');

    await page.getByTestId('plan-create-movement').click();
    await page.waitForURL(/#\/movements\/\d+$/);
    await page.getByTestId('movement-title').waitFor();
    assert.match(await page.getByTestId('movement-title').innerText(), /phong trào thi đua đặc biệt/i);
    assert.match(await page.getByTestId('movement-state').innerText(), /Dự thảo/);
  }));

test('bodies signing a pledge with no cluster named: the group is offered without a name, and is not set up until the officer names it', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    await page.getByTestId('plan-text').fill(
      'Chiều 8/1/2025, Liên đoàn Lao động tỉnh Quảng Trị, Hội Liên hiệp Phụ nữ tỉnh Quảng Trị và Tỉnh đoàn Quảng Trị ' +
        'ký kết giao ước thi đua năm 2025.',
    );
    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    const card = page.getByTestId('plan-group');
    await card.waitFor();
    assert.equal(await page.getByTestId('group-name').inputValue(), '');
    assert.match(await card.innerText(), /Liên đoàn Lao động tỉnh Quảng Trị; Hội Liên hiệp Phụ nữ tỉnh Quảng Trị; Tỉnh đoàn Quảng Trị/);
    await page.getByTestId('plan-create-group').click();
    assert.match(await page.getByTestId('plan-error').innerText(), /Nhập tên cụm, khối thi đua/);
  }));

// Opens the import screen and chooses the sample whose title holds `title`; resolves once the box
// holds its text (`words`).
async function openSample(page, title, words) {
  await page.getByTestId('menu-plan-import').click();
  await page.getByTestId('plan-text').waitFor();
  await choose(page, page.getByTestId('plan-sample'), title);
  await page.waitForFunction((w) => document.querySelector('[data-testid="plan-text"]')?.value.includes(w), words);
}

// (s23-tidy) The fifth sample is an article as an officer pastes it from a news page: the page's menu,
// share line, caption, tags and related headlines around it, its lines cut at 80 columns. The review
// reads it as the article alone — its headline, its day, its cluster with leader and deputy — and says
// what it dropped and joined.
test('the sample pasted from a news page with cut lines: the review reads the article and says what was dropped and joined', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await openSample(page, 'dán từ trang báo', 'Thời sự | Chính trị');
    const pasted = await page.getByTestId('plan-text').inputValue();
    assert.ok(pasted.split('\n').every((l) => [...l].length <= 80), 'lines cut at 80 columns');
    assert.match(pasted, /Tin liên quan/);
    assert.match(await page.getByTestId('plan-sample-source').innerText(), /Nguồn: .*ngắt dòng/);

    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    const notes = await page.getByTestId('plan-note').allInnerTexts();
    assert.ok(notes.some((n) => /Đã bỏ các dòng của trang web/.test(n)), notes.join(' | '));
    assert.ok(notes.some((n) => /các dòng đã được nối lại/.test(n)), notes.join(' | '));
    assert.equal(await page.getByTestId('plan-title').inputValue(), 'Cụm thi đua số 2 ký kết giao ước thi đua “Vì an ninh Tổ quốc” năm 2025');
    assert.equal(await page.getByTestId('plan-event-date').locator('input').inputValue(), '08/03/2025');
    assert.equal(await page.getByTestId('group-name').inputValue(), 'Cụm thi đua số 2');
    assert.match(await page.getByTestId('plan-group').innerText(),
      /Công an tỉnh Quảng Bình; Công an tỉnh Quảng Trị; Công an tỉnh Hà Tĩnh; Công an tỉnh Nghệ An/);
    await shot(page, 'plan-import-sample-pasted-review');
  }));

// (s26-demo) The seventh sample, written for the demo: a cluster of the inspectorate, not the
// police, whose members are written as the body's head before "các tỉnh" and bare places after
// "gồm:". The review lists each member as that body of its province, names the leader the text
// marks "(Cụm trưởng)", and offers the signers' sentence of the pledge as the movement's contents.
test('the sample written for the demo: a cluster of the inspectorate, its members and leader read from bare places', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await openSample(page, 'Thanh tra các tỉnh Tây Nguyên', 'Gia Lai (Cụm trưởng)');
    assert.match(await page.getByTestId('plan-sample-source').innerText(), /Nguồn: Văn bản viết cho bản demo/);

    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    assert.equal(await page.getByTestId('group-name').inputValue(), 'Cụm thi đua Thanh tra các tỉnh Tây Nguyên');
    const found = await page.getByTestId('plan-group-found').innerText();
    assert.match(found, /Thanh tra tỉnh Gia Lai; Thanh tra tỉnh Kon Tum; Thanh tra tỉnh Đắk Lắk; Thanh tra tỉnh Đắk Nông; Thanh tra tỉnh Lâm Đồng/);
    assert.match(found, /Cụm trưởng \/ khối trưởng: Thanh tra tỉnh Gia Lai/);
    const areas = await page.getByTestId('movement-form').locator('.area textarea').evaluateAll((ts) => ts.map((t) => t.value));
    assert.equal(areas.length, 5, areas.join(' | '));
    assert.ok(areas.some((a) => a.startsWith('tiếp tục nâng cao chất lượng tiếp công dân')), areas.join(' | '));
    await shot(page, 'plan-import-sample-written-review');
  }));
