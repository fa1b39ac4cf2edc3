// (s29-ui) What the parser missed, added in one gesture: on the review of "Nhập kế hoạch, bài viết"
// the officer selects a passage of the source text ("Văn bản gốc") and a toolbar beside it adds it
// as a content area, a target (its figure read), an organiser or a member of the group (matched in
// the registry without diacritics). Each addition is highlighted in the source, marked "thêm tay"
// and can be undone. Debian's chromium through playwright-core (in web/).
// THIDUA_UI_URL=http://host:port runs against a server already running on fresh demo data instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startUi, asUser, shot } from '../lib/browser.mjs';

let ui;

before(async () => {
  ui = await startUi({ external: true });
});

after(async () => {
  await ui?.stop();
});

// A cluster's launch whose content area is a plain sentence after an unusual cue ("Điểm nhấn của
// năm nay là"), whose target follows "hoàn thành các chỉ tiêu:", and which names a co-organiser and
// a joining member without diacritics: the parser reads none of these four.
const TEXT = [
  'Sáng 12/3/2025, tại thành phố Đông Hà, Cụm thi đua số 3 gồm Công an tỉnh Quảng Trị và Công an tỉnh Nghệ An tổ chức ' +
    'Lễ phát động phong trào thi đua "Vì an ninh Tổ quốc" năm 2025 và ký kết giao ước thi đua.',
  'Cùng phối hợp tổ chức buổi lễ có cong an tinh ninh binh.',
  'Các đơn vị thống nhất hoàn thành các chỉ tiêu: giảm 5% số vụ tai nạn giao thông so với năm 2024.',
  'Điểm nhấn của năm nay là đẩy mạnh chuyển đổi số trong công tác quản lý cư trú tại cơ sở, coi đây là khâu đột phá của toàn lực lượng.',
  'Dịp này, cong an tinh tay ninh xin gia nhập Cụm và cùng ký giao ước.',
  'Theo kế hoạch, các đơn vị sơ kết vào tháng 6 và tổng kết vào cuối năm, lựa chọn những tập thể, cá nhân tiêu biểu để đề nghị ' +
    'khen thưởng. Lãnh đạo các đơn vị quán triệt đến từng cán bộ, chiến sĩ, tạo khí thế thi đua sôi nổi ngay từ những ngày đầu năm, ' +
    'gắn thi đua với thực hiện nhiệm vụ chính trị của đơn vị, bảo đảm tuyệt đối an ninh, an toàn các sự kiện quan trọng của đất nước.',
].join('\n');

const CONTENT = 'đẩy mạnh chuyển đổi số trong công tác quản lý cư trú tại cơ sở';

// Selects, as a mouse would, the characters of `selector`'s text from the first `passage` (or its
// first `length` characters) — across the highlights' marks — and releases the button.
async function selectIn(page, { passage, length, selector = '[data-testid="plan-source"]' }) {
  await page.evaluate(
    ({ passage, length, selector }) => {
      const el = document.querySelector(selector);
      const from = passage ? el.textContent.indexOf(passage) : 0;
      if (from < 0) throw new Error(`not in the text: ${passage}`);
      const to = from + (passage ? passage.length : length);
      const range = document.createRange();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let pos = 0;
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.data.length;
        if (!started && from < pos + len) {
          range.setStart(n, from - pos);
          started = true;
        }
        if (started && to <= pos + len) {
          range.setEnd(n, to - pos);
          break;
        }
        pos += len;
      }
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { passage, length, selector },
  );
}

const areasOf = (page) => page.getByTestId('movement-form').locator('.area textarea').evaluateAll((ts) => ts.map((t) => t.value));
const handMarks = (page) => page.getByTestId('plan-source').locator('mark.hl-hand').allInnerTexts();

test('a missed content area, target, organiser and member are added from a selection of the source, marked, and undone', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    await page.getByTestId('plan-text').fill(TEXT);
    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    await page.getByTestId('plan-group').waitFor();
    const pick = page.getByTestId('plan-pick');

    // The parser read none of them.
    assert.deepEqual(await areasOf(page), []);
    assert.equal(await page.getByTestId('commitment-editor').count(), 0);
    assert.deepEqual(await handMarks(page), []);

    // A content area: selected with its trailing comma, added without it, highlighted, marked.
    await selectIn(page, { passage: CONTENT + ',' });
    await pick.waitFor();
    assert.deepEqual(await pick.getByRole('button').allInnerTexts(), [
      'Thêm nội dung thi đua', 'Thêm chỉ tiêu', 'Thêm đơn vị tổ chức', 'Thêm thành viên cụm/khối',
    ]);
    await shot(page, 'plan-pick-toolbar');
    await page.getByTestId('plan-pick-content').click();
    await pick.waitFor({ state: 'hidden' });
    assert.deepEqual(await areasOf(page), [CONTENT]);
    assert.equal(await page.getByTestId('area-hand').count(), 1);
    assert.deepEqual(await handMarks(page), [CONTENT]);
    assert.equal(await page.getByTestId('plan-source').locator('mark.hl-hand').getAttribute('title'), 'Thêm tay: Nội dung thi đua');
    assert.match(await page.getByTestId('plan-hand').innerText(), /thêm tay\s+Nội dung thi đua: đẩy mạnh chuyển đổi số/);

    // The same passage again, now inside the hand highlight: already there, not listed twice.
    await selectIn(page, { passage: CONTENT });
    await page.getByTestId('plan-pick-content').click();
    await page.locator('.el-message').filter({ hasText: 'đã có' }).waitFor();
    assert.deepEqual(await areasOf(page), [CONTENT]);

    // Undo takes it back: from the list, the highlight and the mark.
    await page.getByTestId('plan-pick-undo').click();
    assert.deepEqual(await areasOf(page), []);
    assert.equal(await page.getByTestId('area-hand').count(), 0);
    assert.deepEqual(await handMarks(page), []);
    assert.equal(await page.getByTestId('plan-hand').count(), 0);

    // A target with a figure becomes a target with its figure, not a line of text.
    await selectIn(page, { passage: 'giảm 5% số vụ tai nạn giao thông so với năm 2024.' });
    await page.getByTestId('plan-pick-target').click();
    const target = page.getByTestId('commitment-editor');
    await target.waitFor();
    assert.equal(await target.count(), 1);
    assert.equal(await target.getByTestId('commitment-text').inputValue(), 'giảm 5% số vụ tai nạn giao thông so với năm 2024');
    assert.equal(await target.getByTestId('commitment-value').locator('input').inputValue(), '5');
    assert.match(await target.getByTestId('commitment-kind').innerText(), /tăng|giảm/i);
    assert.deepEqual(await handMarks(page), ['giảm 5% số vụ tai nạn giao thông so với năm 2024']);

    // An organiser written without diacritics is matched in the registry.
    await selectIn(page, { passage: 'cong an tinh ninh binh' });
    await page.getByTestId('plan-pick-organiser').click();
    const row = page.getByTestId('plan-organisers').locator('tbody tr').filter({ hasText: 'cong an tinh ninh binh' });
    await row.waitFor();
    assert.match(await row.innerText(), /thêm tay[\s\S]*Công an tỉnh Ninh Bình/);
    assert.match(await page.getByTestId('movement-organisers').innerText(), /Công an tỉnh Ninh Bình/);

    // So is a member of the cluster.
    await selectIn(page, { passage: 'cong an tinh tay ninh' });
    await page.getByTestId('plan-pick-member').click();
    await page.getByTestId('plan-group-hand').waitFor();
    assert.match(await page.getByTestId('plan-group-hand').innerText(), /thêm tay\s+Công an tỉnh Tây Ninh/);
    assert.match(await page.getByTestId('plan-group').innerText(), /Công an tỉnh Tây Ninh/);
    assert.equal(await page.getByTestId('plan-hand-item').count(), 3);
    assert.match(await page.getByTestId('plan-hand-count').innerText(), /Đã thêm tay 3 mục/);
    await shot(page, 'plan-pick-added');

    // Undoing the member leaves the target and the organiser.
    await page.getByTestId('plan-pick-undo').click();
    assert.equal(await page.getByTestId('plan-group-hand').count(), 0);
    assert.doesNotMatch(await page.getByTestId('plan-group').innerText(), /Công an tỉnh Tây Ninh/);
    assert.equal(await page.getByTestId('plan-hand-item').count(), 2);
    assert.equal(await page.getByTestId('commitment-editor').count(), 1);
  }));

test('a paragraph of 700 characters is refused with a message; a selection outside the text, Escape or a click elsewhere shows no toolbar', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.getByTestId('menu-plan-import').click();
    await page.getByTestId('plan-text').fill(TEXT);
    await page.getByTestId('plan-parse').click();
    await page.getByTestId('plan-review').waitFor();
    const pick = page.getByTestId('plan-pick');

    await selectIn(page, { length: 700 });
    await page.locator('.el-message').filter({ hasText: 'dài 700 ký tự, quá 600 ký tự' }).waitFor();
    assert.equal(await pick.count(), 0);

    // Outside the source pane: the page's title.
    await selectIn(page, { passage: 'Nhập kế hoạch', selector: '.page-title' });
    await page.waitForTimeout(500);
    assert.equal(await pick.count(), 0);

    await selectIn(page, { passage: CONTENT });
    await pick.waitFor();
    await page.keyboard.press('Escape');
    await pick.waitFor({ state: 'hidden' });

    await selectIn(page, { passage: CONTENT });
    await pick.waitFor();
    await page.locator('.page-title').click();
    await pick.waitFor({ state: 'hidden' });
    assert.deepEqual(await areasOf(page), []);
  }));
