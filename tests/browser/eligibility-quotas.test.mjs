// The per-scope quotas on the eligibility screen, in a real browser on the demo world: Hưng Yên's
// officer asks the province for Chiến sĩ thi đua cơ sở 2024 and sees, below the province's own
// quota, one line per quota scope inside it (its own and merged Thái Bình's) under Vietnamese
// headers, each figure the API's, the demo's decided award (one of two places) as Hưng Yên's used quota (Thái
// Bình, with no one on record, an unknown base: "—"); the
// Ministry sees every province's line, in Vietnamese order, and finds one by typing without diacritics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { startUi, asUser, shot } from '../lib/browser.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

const HEADERS = ['Đơn vị', 'Cơ sở tính', 'Tối đa', 'Đã dùng', 'Còn lại', 'Mức dùng'];
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const cells = (q) => [q.unit_name, vi.format(q.base), vi.format(q.limit), vi.format(q.used), vi.format(Math.max(0, q.limit - q.used))];

// The screen first settles on its default year (its first answer shown, nothing loading any
// more), then 2024 is asked if it is not that year already.
const settled = (page) => page.waitForFunction(() =>
  !!document.querySelector('[data-testid="elig-count"]') && !document.querySelector('[data-testid="elig-table"] .el-loading-mask'));
async function ask2024(page) {
  await page.getByTestId('menu-commendation').click();
  const input = page.getByTestId('elig-year').locator('input');
  await settled(page);
  if (await input.inputValue() !== '2024') {
    await input.fill('2024');
    await input.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid="elig-year"] input')?.value === '2024');
  }
  await settled(page);
}
const table = (page) => page.getByTestId('elig-quotas-table');
// Element Plus draws a table's body rows before its columns have registered (rows with no cells, a
// header with no <th>): wait until the header has its six columns and `n` rows have their cells.
const tableReady = (page, n) => page.waitForFunction((n) => {
  const t = document.querySelector('[data-testid="elig-quotas-table"]');
  if (!t || t.querySelectorAll('.el-table__header th').length < 6) return false;
  const rows = t.querySelectorAll('.el-table__body tr');
  return rows.length === n && [...rows].every((r) => r.querySelectorAll('td').length >= 6);
}, n).catch(async (e) => {
  // What the screen showed instead: the year asked, the quota line, the table's header and rows.
  const seen = await page.evaluate(() => {
    const t = document.querySelector('[data-testid="elig-quotas-table"]');
    return {
      year: document.querySelector('[data-testid="elig-year"] input')?.value,
      quota: document.querySelector('[data-testid="elig-quota"]')?.innerText,
      headers: t ? [...t.querySelectorAll('.el-table__header th')].map((h) => h.innerText.trim()) : null,
      rows: t ? [...t.querySelectorAll('.el-table__body tr')].map((r) => [...r.querySelectorAll('td')].map((c) => c.innerText.trim())) : null,
    };
  });
  throw new Error(`the quota table never showed ${n} rows under its six headers: ${JSON.stringify(seen)} (${e.message})`);
});
const rowTexts = async (page) => {
  const rows = table(page).locator('.el-table__body tr');
  const out = [];
  for (let i = 0; i < await rows.count(); ++i)
    out.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()).slice(0, 5));
  return out;
};

test("Hưng Yên's officer sees the quota of each scope inside the province, the demo's used awards among them", async () => {
  const api = new Client(ui.baseUrl);
  await api.login('canbo.hungyen');
  const body = (await api.get(`/api/v1/eligibility?title=chien_si_thi_dua_co_so&year=2024&unit_id=${api.user.unit_id}&limit=1`)).body;
  assert.ok(body.quotas.length > 1, JSON.stringify(body.quotas));
  const own = body.quotas.find((q) => q.unit_id === api.user.unit_id);
  assert.ok(own.used > 0, `the demo's decided awards use Hưng Yên's quota: ${JSON.stringify(own)}`);

  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await ask2024(page);
    await tableReady(page, body.quotas.length);
    const headers = (await table(page).locator('.el-table__header th').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(headers, HEADERS);
    const rows = await rowTexts(page);
    assert.deepEqual(rows.map((r) => r[0]), ['Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình'], 'by name, Vietnamese order');
    assert.deepEqual(rows[0], cells(own), "Hưng Yên's row is the API's line");
    assert.equal(rows[0][3], String(own.used));
    assert.notEqual(rows[0][3], '0');
    // Merged Thái Bình has no one on record for 2024: its base and limit are unknown, not 0.
    const tb = body.quotas.find((q) => q.unit_name === 'Công an tỉnh Thái Bình');
    assert.equal(tb.subjects, 0, JSON.stringify(tb));
    assert.deepEqual(rows[1], ['Công an tỉnh Thái Bình', '—', '—', String(tb.used), '—']);
    // The province's own quota above the table says the same.
    assert.match(await page.getByTestId('elig-quota').innerText(), new RegExp(`đã dùng ${own.used}`));
    // The bar is drawn at the share used (the demo's one of two places: 50%).
    assert.equal(await table(page).locator('.el-table__body tr').first().locator('.el-progress').getAttribute('aria-valuenow'),
      String(Math.min(100, Math.round((own.used * 100) / own.limit))));
    await shot(page, 'eligibility-quotas');
  });
});

test('the Ministry sees every scope in Vietnamese order and finds Hưng Yên typing "hung yen"', async () => {
  const api = new Client(ui.baseUrl);
  await api.login('canbo.bo');
  const body = (await api.get('/api/v1/eligibility?title=chien_si_thi_dua_co_so&year=2024&limit=1')).body;
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  const names = body.quotas.map((q) => q.unit_name).sort(collator.compare);
  assert.ok(names.length >= 8, `long enough for a search (${names.length})`);

  await asUser(ui, 'canbo.bo', async ({ page }) => {
    await ask2024(page);
    await tableReady(page, names.length);
    assert.deepEqual((await rowTexts(page)).map((r) => r[0]), names);
    await page.getByTestId('elig-quotas-search').fill('hung yen');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="elig-quotas-table"] .el-table__body tr').length === 1);
    const hy = body.quotas.find((q) => q.unit_name === 'Công an tỉnh Hưng Yên');
    assert.deepEqual((await rowTexts(page))[0], cells(hy));
  });
});

test("a new user's commendation screen opens on the latest year with awards on record, not on an empty last year; failing conditions named in words", async () => {
  const api = new Client(ui.baseUrl);
  await api.login('canbo.hungyen');
  const lastYear = Number((await api.get('/api/v1/meta')).body.today.slice(0, 4)) - 1;
  const stats = (await api.get(`/api/v1/commendation/statistics?unit_id=${api.user.unit_id}&from=${lastYear - 4}&to=${lastYear}`)).body;
  const onRecord = stats.by_year.filter((y) => y.total > 0).map((y) => y.year);
  assert.ok(onRecord.length > 0, 'the demo world has awards in Hưng Yên');
  const expected = Math.max(...onRecord);
  assert.ok(expected < lastYear || onRecord.includes(lastYear));

  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    const input = page.getByTestId('elig-year').locator('input');
    await page.waitForFunction((y) => document.querySelector('[data-testid="elig-year"] input')?.value === String(y), expected);
    assert.equal(await input.inputValue(), String(expected));
    // Asked for that year: the province's quota is there with the demo's awards in it.
    await page.getByTestId('elig-quota').waitFor();
    assert.match(await page.getByTestId('elig-quota').innerText(), /đã dùng [1-9]/);
    // Who fails which condition is said in words, never by the condition's code.
    const failing = await page.getByTestId('elig-failing').innerText();
    assert.match(failing, /Không đạt theo điều kiện: .*Không bị kỷ luật: \d+/);
    assert.doesNotMatch(failing, /[a-z]+_[a-z]+/, failing);
  });
});
