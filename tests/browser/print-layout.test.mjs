// Cluster No. 5's 2024 scores on paper and on a small screen. Set up through the API (Cluster No. 5's
// regulation, three months of reports, self-scores; tests/lib/cluster5.mjs). The ranking page is
// printed to PDF by Chromium and read back with pdftotext (poppler-utils): every ranked unit's row
// is there, the scorecard too, and nothing of the navigation. At 1024 px the sidebar is folded and
// the classification and the scorecard's points stay on screen. Choosing a unit by editing the
// address loads its scorecard. The self-score dialog states each rule once; the trends speak plainly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asUser, shot } from '../lib/browser.mjs';
import { PROVINCES, startWithCluster5, importCluster5Scheme, reportAndSelfScore, ALL_MONTHS } from '../lib/cluster5.mjs';

const [HY, TB] = PROVINCES;
let ui, bo, gid, ids, ranking;
const tmp = mkdtempSync(join(tmpdir(), 'thidua-print-'));

before(async () => {
  ({ ui, bo, gid, ids } = await startWithCluster5());
  await importCluster5Scheme(bo, gid);
  await reportAndSelfScore(bo, gid, ids, ALL_MONTHS);
  ranking = (await bo.get(`/api/v1/groups/${gid}/years/2024/ranking`)).body;
  assert.equal(ranking.items.length, 5);
});

after(async () => {
  await ui?.stop();
  if (!process.env.THIDUA_KEEP_PDF) rmSync(tmp, { recursive: true, force: true });
  else console.log('PDFs kept in', tmp);
});

const vn = (v) => v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** The page printed by Chromium as the user's print would: its text (layout kept) and page sizes. */
async function printed(page, name) {
  const pdf = join(tmp, `${name}.pdf`);
  // The browser tells the page it is about to print (Ctrl+P, the "In" button); page.pdf() alone does not.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return { text, pages: text.split('\f').filter((p) => p.trim()), info };
}

test('the ranking prints on A4 landscape: every ranked unit’s row, the scorecard on its own page with its header again, no navigation', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores?unit=${ids[TB]}`);
    await page.getByTestId('ranking-row').first().waitFor();
    await page.getByTestId('scorecard').waitFor();
    const menu = (await page.locator('.el-menu-item').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    const user = (await page.getByTestId('current-user').innerText()).split('\n')[0].trim();
    assert.ok(menu.length >= 8, `the sidebar's labels: ${menu}`);
    assert.ok(await page.getByTestId('print').isVisible(), 'an "In" button');

    const { text, pages, info } = await printed(page, 'ranking');
    assert.match(info, /Page size:\s+84[12]\.\d+ x 59[45]\.\d+/, `A4 landscape:\n${info}`);

    // Every ranked unit: a line with its rank, name, final score and classification.
    const lines = text.split('\n');
    for (const it of ranking.items) {
      const row = lines.find((l) => l.includes(it.unit_name) && l.includes(vn(it.total)) && l.includes(it.level.slice(0, 12)));
      assert.ok(row, `the row of ${it.unit_name} (${vn(it.total)}, ${it.level}) in:\n${text}`);
      assert.match(row, new RegExp(`^\\s*${it.rank}\\s`), `rank ${it.rank} first in: ${row}`);
    }
    // Nothing to navigate or click on paper. (The regulation's name, printed, begins with the menu's
    // "Quy định chấm điểm": its line is left out of this check.)
    const paper = lines.filter((l) => !l.includes('Quy định: ')).join('\n');
    for (const label of [...menu, user, 'Đăng xuất', 'Tải lại', 'THI ĐUA – KHEN THƯỞNG', 'Điều chỉnh điểm']) {
      if (label === 'Đơn vị' || label === 'Cụm, khối thi đua') continue; // column and page words too
      assert.ok(!paper.includes(label), `"${label}" is not printed:\n${text}`);
    }
    // The scorecard starts a page of its own and is printed whole: its last criterion is there, and
    // its header row is repeated on each of its pages.
    const cardStart = pages.findIndex((p) => p.includes('Phiếu điểm – Công an tỉnh Thái Bình'));
    assert.ok(cardStart > 0, 'the scorecard starts after the ranking’s page(s)');
    assert.ok(!pages[cardStart].split('Phiếu điểm')[0].includes('Bảng xếp hạng'), 'the scorecard starts a new page');
    const criteria = await page.getByTestId('scorecard-criteria').locator('.crit-name').allInnerTexts();
    assert.ok(text.replace(/\s+/g, ' ').includes(criteria.at(-1).trim().slice(0, 30)), `the last criterion "${criteria.at(-1)}" is printed`);
    // The scorecard's pages run up to the indicator trends that follow it.
    const trendsAt = pages.findIndex((p, i) => i >= cardStart && p.includes('Xu hướng chỉ số'));
    const cardPages = pages.slice(cardStart, trendsAt < 0 ? undefined : trendsAt);
    assert.ok(cardPages.length > 1, 'the criteria run over more than one page');
    assert.match(cardPages[0], /Tự chấm[\s\S]*Tiêu chí\s+Số liệu/, 'the criteria table begins on the scorecard’s first page');
    for (const p of cardPages) assert.match(p, /Tiêu chí\s+Số liệu\s+Quy tắc/, `the criteria table’s header on each of its pages:\n${p}`);
  }));

test('at 1024 px the sidebar folds, the classification and the scorecard’s points stay on screen', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores?unit=${ids[TB]}`);
    await page.getByTestId('ranking-row').first().waitFor();
    await page.getByTestId('scorecard').waitFor();
    await page.waitForTimeout(300);
    const aside = await page.getByTestId('sidebar').boundingBox();
    assert.ok(aside.width <= 80, `a folded sidebar, ${aside.width}px`);
    const inView = async (loc, what) => {
      const box = await loc.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 1024, `${what} within the 1024 px screen: ${JSON.stringify(box)}`);
    };
    await inView(page.getByTestId('ranking-level').first(), 'the classification');
    const head = page.getByTestId('scorecard-criteria').locator('.el-table__header-wrapper th');
    for (const label of ['Tự chấm', 'Cuối cùng', 'Chênh lệch', 'Tối đa']) await inView(head.filter({ hasText: label }).first(), `"${label}"`);
    await shot(page, 'scores-1024');

    // The toggle unfolds it, showing the labels again.
    await page.getByTestId('sidebar-toggle').click();
    await page.getByText('Cán bộ, tổ viên').first().waitFor();
    // The aside widens over 0.15 s (MainLayout.vue): its width is read once the transition has run, not
    // mid-way (CI on a loaded machine read it so once).
    await page.waitForFunction(() => document.querySelector('[data-testid="sidebar"]').getBoundingClientRect().width > 200, null, { timeout: 5000 })
      .catch(() => {});
    assert.ok((await page.getByTestId('sidebar').boundingBox()).width > 200, 'the sidebar unfolded');
  }, { viewport: { width: 1024, height: 768 } }));

test('a unit chosen by editing the address loads its scorecard from the server', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    await page.getByTestId('ranking-row').first().waitFor();
    const asked = [];
    page.on('request', (r) => { if (/\/scorecards\/\d+/.test(r.url())) asked.push(r.url()); });
    // Same tab, new address: the page is not re-created.
    await page.evaluate((u) => { window.location.hash = `#/groups/${u.gid}/years/2024/scores?unit=${u.id}`; }, { gid, id: ids[HY] });
    await page.getByTestId('scorecard-title').filter({ hasText: 'Hưng Yên' }).waitFor();
    await page.getByTestId('scorecard').waitFor();
    assert.ok(asked.some((u) => u.includes(`/scorecards/${ids[HY]}`)), `the scorecard was asked for: ${asked}`);
    assert.equal(await page.getByText('Đơn vị chưa tự chấm điểm').count(), 0);
    // …and the sums name each number.
    const sums = await page.getByTestId('scorecard-sums').innerText();
    assert.match(sums, /Điểm tiêu chí:\s*Tự chấm\s*[\d,]+\s*·\s*Cuối cùng\s*[\d,]+\s*·\s*Tối đa\s*100/);
    // Back to Thái Bình with the browser's back button… (the previous address had no unit)
    await page.evaluate((u) => { window.location.hash = `#/groups/${u.gid}/years/2024/scores?unit=${u.id}`; }, { gid, id: ids[TB] });
    await page.getByTestId('scorecard-title').filter({ hasText: 'Thái Bình' }).waitFor();
    await page.goBack();
    await page.getByTestId('scorecard-title').filter({ hasText: 'Hưng Yên' }).waitFor();
    await page.getByTestId('scorecard').waitFor();
  }));

test('the self-score dialog states each rule once; the trends speak plainly, the statistics behind a toggle', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores?unit=${ids[TB]}`);
    await page.getByTestId('scorecard').waitFor();
    await page.getByTestId('scorecard-self').click();
    const counted = page.getByTestId('assessment-counted-name');
    const line = counted.filter({ hasText: 'Chuyên án, vụ án được Bộ trưởng tặng Bằng khen' });
    await line.waitFor();
    const text = (await line.innerText()).replace(/\s+/g, ' ');
    assert.equal(text.match(/mỗi lần/g)?.length, 1, `the rule once: ${text}`);
    // Punctuality is counted from the reports themselves (late and missing months), not typed.
    assert.equal(await counted.filter({ hasText: 'Gửi báo cáo thi đua đúng hạn' }).count(), 0);
    await page.keyboard.press('Escape');

    const trends = page.getByTestId('indicator-trends');
    await trends.getByText('Số vụ phạm tội về trật tự xã hội').first().waitFor();
    const plain = await trends.innerText();
    assert.doesNotMatch(plain, /Poisson|p = /);
    assert.match(plain, /rõ rệt|số vụ quá ít để so sánh phần trăm|chưa thể kết luận/);
    await page.getByTestId('trends-technical').click();
    await page.getByTestId('trends-method').waitFor();
    assert.match(await trends.innerText(), /Poisson/);
    assert.ok((await page.getByTestId('trends-p').count()) > 0);
  }));

test('"In" on a paged list prints every row of the list from its first, then shows the page it showed', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    const first = (await bo.get('/api/v1/reports?limit=1')).body;
    const total = first.total;
    await page.goto(`${ui.baseUrl}/#/reports`);
    const rows = page.locator('[data-testid=report-table] .el-table__body-wrapper tbody tr');
    await rows.first().waitFor();
    const onScreen = await rows.count();
    assert.ok(total > onScreen, `the list is paged: ${total} reports, ${onScreen} on screen`);
    // The browser's print dialog is replaced by a note of what would be printed.
    await page.evaluate(() => {
      window.print = () => {
        const trs = document.querySelectorAll('[data-testid=report-table] .el-table__body-wrapper tbody tr');
        window.__printed = { rows: trs.length, first: trs[0]?.innerText ?? '' };
      };
    });
    await page.getByTestId('print').click();
    await page.waitForFunction(() => window.__printed);
    const printed = await page.evaluate(() => window.__printed);
    assert.equal(printed.rows, total, 'every report of the list is on paper');
    assert.ok(printed.first.includes(first.items[0].unit_name), `the list's first report first: ${printed.first}`);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=report-table] .el-table__body-wrapper tbody tr').length === n, onScreen);
  }));
