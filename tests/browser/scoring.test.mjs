// The scoring dashboard in a real browser. Set up through the API (fast): Cluster No. 5's 2024
// regulation imported from docs/examples and bound to the group-year, three months of reports for
// 2023 and 2024 per member, each member's self-score. Then the officer opens the dashboard: five
// ranked rows and the chart; a unit's scorecard explains each criterion (value → target → rule →
// points) with self vs final; the leader assigns a cross-scorer and moderates a line, and the gap
// shows. Debian's chromium through playwright-core (in web/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, PASSWORD, ROOT } from '../lib/server.mjs';

const require = createRequire(join(ROOT, 'web/package.json'));
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.THIDUA_CHROMIUM || '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
];
const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
const PROVINCES = ['Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Nam Định', 'Công an tỉnh Hải Dương'];

let server;
let browser;
let baseUrl;
let gid;
const ids = {};

// A province's month: crimes fall by `drop` against last year (Thái Bình exactly 5%).
function values(i, year, drop) {
  const base = 20 * (i + 2);
  const crimes = year === 2023 ? base : Math.round(base * (1 - drop));
  return {
    toi_pham_ttxh: crimes, toi_pham_ttxh_kham_pha: Math.round(crimes * 0.85),
    an_rnt_dbnt: 2, an_rnt_dbnt_kham_pha: 2,
    tin_bao_tiep_nhan: 100, tin_bao_da_xu_ly: 100, tin_bao_giai_quyet: 96,
    vu_viec_tam_dinh_chi: year === 2023 ? 10 : 9,
    tngt_so_vu: year === 2023 ? 20 : 18, tngt_nguoi_chet: year === 2023 ? 10 : 9, tngt_nguoi_bi_thuong: year === 2023 ? 15 : 14,
  };
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'web/dist/index.html')), 'web/dist is missing: run `cd web && npm run build`');
  server = await startServer({ demo: true });
  baseUrl = server.url;
  const api = new Client(baseUrl);
  await api.login('canbo.bo');
  for (const name of PROVINCES) {
    const found = (await api.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name);
    ids[name] = found.id;
  }
  gid = (await api.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items[0].id;
  const s = await api.post('/api/v1/scoring-schemes', { scheme });
  assert.equal(s.status, 201, JSON.stringify(s.body));
  assert.equal((await api.post(`/api/v1/groups/${gid}/years/2024/scheme`, { scheme_id: s.body.id })).status, 200);
  const drops = [0.10, 0.05, 0.08, 0.02, -0.05];
  for (const [i, name] of PROVINCES.entries()) {
    for (const year of [2023, 2024]) {
      for (const month of [1, 2, 3]) {
        const r = await api.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month }, values: values(i, year, drops[i]) });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal((await api.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      }
    }
    const self = await api.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: ids[name], assessment: { met: { an_toan_dai_hoi: true } } });
    assert.equal(self.status, 200, JSON.stringify(self.body));
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    server.cleanup();
  }
});

// THIDUA_SCREENSHOT_DIR=/some/dir saves a screenshot of each step there.
async function shot(page, name) {
  const dir = process.env.THIDUA_SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Chooses an option of an Element Plus select by its visible text. */
async function choose(page, select, text) {
  await select.click();
  const option = page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
}

test('the dashboard ranks five units with a chart; a scorecard explains every point, self vs final', async () => {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(20000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${baseUrl}/`);
    await page.getByTestId('login-username').fill('canbo.bo');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('current-user').waitFor();

    // From the group's page to its 2024 dashboard.
    await page.goto(`${baseUrl}/#/groups/${gid}`);
    await page.getByTestId('group-scores-2024').click();
    await page.waitForURL(/#\/groups\/\d+\/years\/2024\/scores/);

    const rows = page.getByTestId('ranking-row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 5);
    const names = await rows.allInnerTexts();
    assert.deepEqual([...names].sort(), [...PROVINCES].sort());
    const bars = page.getByTestId('chart-bar');
    assert.equal(await bars.count(), 5);
    const table = await page.getByTestId('ranking-table').innerText();
    assert.match(table, /Hoàn thành/);
    await shot(page, 'scores');

    // Thái Bình cut crimes 5% against a 7% target: its scorecard says so, point by point.
    await rows.filter({ hasText: 'Công an tỉnh Thái Bình' }).click();
    await page.getByTestId('scorecard-title').filter({ hasText: 'Thái Bình' }).waitFor();
    const card = page.getByTestId('scorecard');
    await card.waitFor();
    const explanations = await page.getByTestId('criterion-explanation').allInnerTexts();
    const crimes = explanations.find((t) => /Số vụ phạm tội về trật tự xã hội/.test(t) && /7%/.test(t));
    assert.ok(crimes, `an explanation with the 7% target among:\n${explanations.join('\n')}`);
    assert.match(crimes, /Giảm 5,0%/);
    assert.match(crimes, /71,4%/);
    const headers = await page.getByTestId('scorecard-criteria').locator('thead').innerText();
    assert.match(headers, /Tự chấm/);
    assert.match(headers, /Cuối cùng/);
    assert.match(headers, /Chênh lệch/);
    const selfTotal = (await page.getByTestId('scorecard-self-total').innerText()).trim();
    assert.equal((await page.getByTestId('scorecard-final-total').innerText()).trim(), selfTotal, 'no cross-score yet: final is the self-score');

    // Indicator trends against last year, each change tested for meaning (Poisson).
    const trends = page.getByTestId('indicator-trends');
    await trends.getByText('Số vụ phạm tội về trật tự xã hội').first().waitFor();
    assert.match(await trends.innerText(), /ý nghĩa thống kê|chưa đủ số liệu/);

    // The leader assigns Hưng Yên to cross-score Thái Bình…
    await page.getByTestId('scorecard-assign').click();
    await choose(page, page.getByTestId('assign-scorer'), 'Công an tỉnh Hưng Yên');
    await page.getByTestId('assign-confirm').click();
    await page.getByTestId('scorecard-assignments').filter({ hasText: 'Công an tỉnh Hưng Yên' }).waitFor();

    // …and moderates "movement run on plan" (not assessed by the unit) to full points with a reason.
    await page.getByTestId('scorecard-moderate').click();
    await choose(page, page.getByTestId('moderate-criterion'), 'Phát động, sơ kết, tổng kết');
    await page.getByTestId('moderate-points').locator('input').fill('5');
    await page.getByTestId('moderate-reason').fill('Đã kiểm tra hồ sơ phát động, sơ kết đúng kế hoạch');
    await page.getByTestId('moderate-confirm').click();
    await page.getByTestId('scorecard-moderations').filter({ hasText: 'Đã kiểm tra hồ sơ' }).waitFor();
    const gapRow = page.getByTestId('scorecard-criteria').locator('tr.gap-line').filter({ hasText: 'Phát động, sơ kết' });
    await gapRow.waitFor();
    assert.match(await gapRow.innerText(), /\+5/);
    assert.notEqual((await page.getByTestId('scorecard-final-total').innerText()).trim(), selfTotal);
    await shot(page, 'scorecard');
    assert.deepEqual(errors, [], `errors in the page: ${errors.join('\n')}`);
  } finally {
    await context.close();
  }
});
