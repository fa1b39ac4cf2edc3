// The decision form's award method (issue 11, statistical forms 0602/0603): Hưng Yên's officer
// issues a decision for two officers' Chiến sĩ tiên tiến 2025, choosing "Đột xuất" for one in the
// form and keeping the method the data proposes for the other ("Thường xuyên" for a yearly title);
// the decision shows each award's method, and so does the officer's record of commendation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { dossierAtClosedCouncil } from '../lib/dossier.mjs';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

test('a decision issued in the form records the method chosen for each award, shown on the decision and the record', async () => {
  // The dossier as far as the closed council, through the API (tests/browser/commendation.test.mjs clicks these).
  const login = async (u) => { const c = new Client(ui.baseUrl); await c.login(u); return c; };
  const bo = await login('canbo.bo'), hy = await login('canbo.hungyen'), council = await login('hoidong.hungyen');
  const unit = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  const person = {};
  for (const n of ['Hoàng Minh Tuấn', 'Phạm Thị Hương']) {
    person[n] = (await bo.get('/api/v1/people?q=' + encodeURIComponent(n))).body.items.find((p) => p.full_name === n).id;
    assert.equal((await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person[n], year: 2025, level: 'tot' })).status, 201);
  }
  const { p, item } = await dossierAtClosedCouncil({ bo, hy, council },
    { unitId: unit, year: 2025, personIds: Object.values(person), code: 'chien_si_tien_tien' });

  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/commendation/proposals/${p.id}`);
    const tuan = page.getByTestId(`decision-method-${item['Hoàng Minh Tuấn']}`);
    const huong = page.getByTestId(`decision-method-${item['Phạm Thị Hương']}`);
    // the data's own choice for a yearly title, before anyone touches it
    await huong.getByText('Thường xuyên').waitFor();
    await tuan.getByText('Thường xuyên').waitFor();
    await choose(page, tuan, 'Đột xuất');
    await tuan.getByText('Đột xuất').waitFor();
    await page.getByTestId('decision-number').fill('91/QĐ-CAT-PX01');
    await page.getByTestId('decision-signer').fill('Đại tá Nguyễn Thanh Trường');
    await page.getByTestId('decision-position').fill('Giám đốc Công an tỉnh');
    await page.getByTestId('decision-issue').click();
    const card = page.getByTestId('decision-card');
    await card.waitFor();
    const rowOf = (name) => card.locator('tr').filter({ hasText: name });
    assert.match(await rowOf('Hoàng Minh Tuấn').innerText(), /Đột xuất/);
    assert.match(await rowOf('Phạm Thị Hương').innerText(), /Thường xuyên/);
    await shot(page, 'decision-methods');
    // the officer's record of commendation says how the award was given
    await page.goto(`${ui.baseUrl}/#/people/${person['Hoàng Minh Tuấn']}/record`);
    const rec = page.getByTestId('record-table').locator('tr').filter({ hasText: '91/QĐ-CAT-PX01' });
    await rec.getByTestId('record-method').filter({ hasText: 'Khen đột xuất' }).waitFor();
    await page.goto(`${ui.baseUrl}/#/people/${person['Phạm Thị Hương']}/record`);
    await page.getByTestId('record-table').locator('tr').filter({ hasText: '91/QĐ-CAT-PX01' })
      .getByTestId('record-method').filter({ hasText: 'Khen thường xuyên' }).waitFor();
  }, { viewport: { width: 1400, height: 950 } });
  // as stored: what the form chose
  const awards = (await hy.get(`/api/v1/proposals/${p.id}`)).body.decision.awards;
  assert.deepEqual(Object.fromEntries(awards.map((a) => [a.subject_name ?? a.subject?.name, a.method])),
    { 'Hoàng Minh Tuấn': 'dot_xuat', 'Phạm Thị Hương': 'thuong_xuyen' });
});
