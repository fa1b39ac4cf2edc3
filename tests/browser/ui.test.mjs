// The web UI in a real browser: log in, find Đồng Hới by typing without diacritics, open it and
// see its dissolution in the history. Uses Debian's chromium through playwright-core (installed in
// web/). THIDUA_SCREENSHOT=1 saves the unit page to docs/screenshot.png.
// THIDUA_UI_URL=http://host:port runs against a server that is already running instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD, ROOT } from '../lib/server.mjs';
import { startUi, newPage } from '../lib/browser.mjs';

let ui;
let baseUrl;

before(async () => {
  ui = await startUi({ external: true });
  baseUrl = ui.baseUrl;
});

after(async () => {
  await ui?.stop();
});

test('log in, find Đồng Hới without diacritics, see its dissolution on 01/03/2025', async () => {
  const { context, page, errors } = await newPage(ui, { viewport: { width: 1440, height: 900 }, timeout: 15000 });
  try {
    await page.goto(`${baseUrl}/`);

    // Not logged in: the login page.
    await page.getByTestId('login-username').waitFor();
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();

    // The home page first (Tổng quan); then the units page, search without diacritics.
    await page.getByTestId('overview').waitFor();
    await page.locator('.el-menu-item', { hasText: 'Đơn vị' }).click();
    const search = page.getByTestId('unit-search');
    await search.waitFor();
    await search.fill('dong hoi');
    const results = page.getByTestId('unit-result');
    await results.filter({ hasText: 'Đồng Hới' }).first().waitFor();
    // Several units may be named Đồng Hới (the new ward, say): prefer the dissolved one, then the
    // city police, then any.
    const named = results.filter({ hasText: 'Đồng Hới' });
    let target = named.first();
    for (const pick of [named.filter({ hasText: 'Đã giải thể' }), named.filter({ hasText: /thành phố Đồng Hới/i })]) {
      if ((await pick.count()) > 0) { target = pick.first(); break; }
    }
    await target.click();

    // The unit page.
    const title = page.getByTestId('unit-title');
    await title.waitFor();
    assert.match(await title.innerText(), /Đồng Hới/);
    assert.match(page.url(), /#\/units\/\d+$/);

    // The history tab shows the dissolution with its date in dd/mm/yyyy.
    await page.getByRole('tab', { name: 'Lịch sử' }).click();
    const history = page.getByTestId('unit-history');
    await history.waitFor();
    const dissolve = page.getByTestId('unit-event').filter({ hasText: 'Giải thể' });
    await dissolve.first().waitFor();
    const text = await history.innerText();
    assert.match(text, /Giải thể/);
    assert.match(text, /01\/03\/2025/);
    assert.match(await dissolve.first().innerText(), /01\/03\/2025/);

    if (process.env.THIDUA_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.waitForTimeout(300); // let the tab's transition settle
      await page.screenshot({ path: join(ROOT, 'docs/screenshot.png'), fullPage: false });
    }
    assert.deepEqual(errors, [], `errors in the page: ${errors.join('\n')}`);
  } finally {
    await context.close();
  }
});
