// Issue 11 in a real browser: Hưng Yên's officer opens a draft dossier, picks the nominee list a
// division filled in Excel (a name typed in TCVN3, two officers of the same name), reads the
// preview — the converted name, the namesakes to choose from — chooses one, imports, and sees
// the nominees in the dossier.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, ROOT } from '../lib/server.mjs';
import { startUi, asUser } from '../lib/browser.mjs';

let ui, api;
const work = mkdtempSync(join(tmpdir(), 'thidua-nominee-ui-'));
before(async () => {
  ui = await startUi({ demo: 'world' });
  api = new Client(ui.baseUrl);
  await api.login('canbo.hungyen');
});
after(async () => { await ui?.stop(); });

test('a nominee list imported into a draft from its page, a namesake chosen in the preview', async () => {
  const id = async (n) => (await api.get('/api/v1/people?q=' + encodeURIComponent(n))).body.items.find((p) => p.full_name === n).id;
  const pv01 = (await api.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  const hy = (await api.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Hưng Yên'))).body.items.find((u) => u.name === 'Công an tỉnh Hưng Yên').id;
  const twins = [];
  for (const u of [pv01, hy])
    twins.push((await api.post('/api/v1/people', { full_name: 'Trần Văn Trùng', kind: 'officer', posting: { unit_id: u, from: '2020-01-01' } })).body.id);
  for (const pid of [await id('Hoàng Minh Tuấn'), await id('Nguyễn Văn Long'), ...twins])
    assert.equal((await api.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: pid, year: 2025, level: 'tot' })).status, 201);
  const draft = await api.post('/api/v1/proposals', { unit_id: hy, year: 2025, items: [{ subject_kind: 'person', subject_id: await id('Hoàng Minh Tuấn'), code: 'chien_si_tien_tien' }] });
  assert.equal(draft.status, 201, JSON.stringify(draft.body));
  const file = join(work, 'list.xlsx');
  const r = spawnSync('/usr/bin/python3', [join(ROOT, 'tests/lib/make_workbook.py'), 'table', file, JSON.stringify({ rows: [
    ['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Danh hiệu đề nghị', 'Thành tích'],
    [1, 'NguyÔn V¨n Long', 'Phßng Tham m\u00adu', 'CSTT', 'B¶o ®¶m an ninh lÔ héi'],
    [2, 'Trần Văn Trùng', '', 'Chiến sĩ tiên tiến', ''],
  ] })], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/commendation/proposals/${draft.body.id}`);
    const card = page.getByTestId('nominee-import');
    await card.waitFor();
    await card.getByTestId('nominee-file').setInputFiles(file);
    const preview = card.getByTestId('nominee-preview');
    await preview.getByText('Đã chuyển từ mã TCVN3: "NguyÔn V¨n Long" → "Nguyễn Văn Long"').waitFor();
    await preview.getByText(/có 2 người tên "Trần Văn Trùng"/).first().waitFor();
    assert.ok(await card.getByTestId('nominee-commit').isDisabled(), 'a list with a problem cannot be imported');
    await card.getByTestId('nominee-choose-3').click();
    await page.getByRole('option', { name: /Trần Văn Trùng — Công an tỉnh Hưng Yên/ }).click();
    await card.getByText('0 dòng có lỗi').waitFor();
    await card.getByTestId('nominee-commit').click();
    await page.getByText('Đã nhập 2 đề nghị vào hồ sơ').waitFor();
  });
  const after = (await api.get(`/api/v1/proposals/${draft.body.id}`)).body;
  assert.deepEqual(after.items.map((i) => i.subject.name), ['Hoàng Minh Tuấn', 'Nguyễn Văn Long', 'Trần Văn Trùng']);
  assert.equal(after.items[2].subject.id, twins[1]);
  assert.equal(after.items[1].grounds, 'Bảo đảm an ninh lễ hội');
});
