// What the browser tests share: the built UI (checked), a demo server of its own (tests/lib/server.mjs)
// or, where a test allows it, one already running at THIDUA_UI_URL, Debian's chromium driven through
// playwright-core (installed in web/), and the page helpers: a logged-in page, screenshots, choosing
// in an Element Plus select.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, PASSWORD, ROOT } from './server.mjs';

const require = createRequire(join(ROOT, 'web/package.json'));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.THIDUA_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync',
];

/**
 * Starts a test file's UI: a fresh demo server (or THIDUA_UI_URL when `external` and it is set)
 * and chromium. Returns `{ baseUrl, server, browser, stop() }`; `server` is null on an external URL.
 */
export async function startUi({ external = false, demo = true } = {}) {
  assert.ok(existsSync(join(ROOT, 'web/dist/index.html')), 'web/dist is missing: run `cd web && npm run build`');
  let server = null;
  let baseUrl;
  if (external && process.env.THIDUA_UI_URL) baseUrl = process.env.THIDUA_UI_URL.replace(/\/$/, '');
  else {
    server = await startServer({ demo });
    baseUrl = server.url;
  }
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  } catch (e) {
    if (server) {
      await server.stop();
      server.cleanup();
    }
    throw e;
  }
  return {
    baseUrl,
    server,
    browser,
    async stop() {
      await browser.close();
      if (server) {
        await server.stop();
        server.cleanup();
      }
    },
  };
}

/** A new browser context and page (Vietnamese locale, Hanoi time); page errors are collected. */
export async function newPage(ui, { viewport = { width: 1500, height: 950 }, timeout = 20000 } = {}) {
  const context = await ui.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** Logs in through the login page and waits for the user's name in the header. */
export async function logIn(ui, page, username, password = PASSWORD) {
  await page.goto(`${ui.baseUrl}/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-user').waitFor();
}

/** A page logged in as `username`: `{ context, page, errors }` (close the context when done). */
export async function session(ui, username, options) {
  const s = await newPage(ui, options);
  await logIn(ui, s.page, username);
  return s;
}

/** THIDUA_SCREENSHOT_DIR=/some/dir saves a full-page screenshot of each step there. */
export async function shot(page, name) {
  const dir = process.env.THIDUA_SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Chooses an option of an Element Plus select by its visible text. */
export async function choose(page, select, text) {
  await select.click();
  const option = page.locator('.el-select-dropdown:visible .el-select-dropdown__item').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
}


/**
 * Runs `fn({ page, context, errors })` on a page logged in as `username`; then no error may have
 * been thrown in the page. The context is closed either way.
 */
export async function asUser(ui, username, fn, options) {
  const s = await session(ui, username, options);
  try {
    await fn(s);
    assert.deepEqual(s.errors, [], `errors in the page: ${s.errors.join('\n')}`);
  } finally {
    await s.context.close();
  }
}
