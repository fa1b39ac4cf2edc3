// A movement's scoring scheme in a real browser. Set up through the API: Cluster No. 5's 2024
// regulation stored in two versions but applied to nothing, and an officer of a division of Nghệ An
// (inside the movement owner's subtree, so it sees the movement, but not above the owner). Then: the
// Ministry's officer applies version 1 to Nghệ An's movement from the movement's page; puts Cluster
// No. 5's 2024 under the movement from the scores page, whose ranking then says it scores by the
// movement's scheme; the movement's page lists the group-year; a scheme of the group-year's own
// shows there too. The division's officer tries to apply version 2 and the server's refusal shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { asUser, shot, choose } from '../lib/browser.mjs';
import { CLUSTER5_SCHEME, startWithCluster5, addUser } from '../lib/cluster5.mjs';

const DIVISION = 'Phòng Tham mưu, Công an tỉnh Nghệ An';

let ui, bo, gid, movement;
const schemeIds = {};

before(async () => {
  ({ ui, bo, gid } = await startWithCluster5());
  for (const version of [1, 2]) {
    const s = await bo.post('/api/v1/scoring-schemes', { scheme: { ...CLUSTER5_SCHEME, version } });
    assert.equal(s.status, 201, JSON.stringify(s.body));
    schemeIds[version] = s.body.id;
  }
  movement = (await bo.get('/api/v1/movements?year=2024')).body.items.find((m) => m.owner_unit_name === 'Công an tỉnh Nghệ An');
  assert.ok(movement, 'the demo has Nghệ An’s movement in 2024');
  const division = (await bo.get('/api/v1/units?q=' + encodeURIComponent(DIVISION))).body.items.find((u) => u.name === DIVISION);
  await addUser(ui.baseUrl, 'canbo.thammuu', 'officer', division.id, 'Cán bộ Phòng Tham mưu');
});

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

after(async () => {
  await ui?.stop();
});

test('the Ministry’s officer applies a scheme to the movement; Cluster No. 5’s 2024 joins it and scores by it', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/movements/${movement.id}`);
    const card = page.getByTestId('movement-scheme');
    await card.waitFor();
    assert.match(await card.locator('.el-card__header').innerText(), /Quy định chấm điểm của phong trào/);
    await page.getByTestId('movement-scheme-current').filter({ hasText: 'Chưa có' }).waitFor();
    assert.match(await page.getByTestId('movement-scheme-groups').innerText(), /Chưa có cụm, khối thi đua nào thuộc phong trào/);

    await choose(page, page.getByTestId('movement-scheme-choice'), `${CLUSTER5_SCHEME.name} – phiên bản 1`);
    await page.getByTestId('movement-scheme-apply').click();
    await page.getByTestId('movement-scheme-current').filter({ hasText: 'phiên bản 1' }).waitFor();
    assert.equal((await page.getByTestId('movement-scheme-current').innerText()).trim(), `${CLUSTER5_SCHEME.name} – phiên bản 1`);
    assert.equal((await bo.get(`/api/v1/movements/${movement.id}/scheme`)).body.scheme.id, schemeIds[1]);
    await shot(page, 'movement-scheme');

    // Cluster No. 5's 2024 has no scheme of its own: it joins the movement from the scores page.
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    await page.getByTestId('scores-no-scheme').waitFor();
    await page.getByTestId('scores-scheme').click();
    await page.getByTestId('scheme-movement-current').filter({ hasText: 'chưa thuộc phong trào nào' }).waitFor();
    // (another movement's name starts with this one's: the option is matched whole, dates after it)
    await choose(page, page.getByTestId('scheme-movement'), new RegExp(`^${escapeRe(movement.name)} \\(`));
    await page.getByTestId('scheme-movement-save').click();
    await page.getByTestId('scheme-movement-current').filter({ hasText: 'đang thuộc phong trào' }).waitFor();
    await page.getByTestId('scheme-from-movement').waitFor();
    await shot(page, 'scheme-dialog-movement');
    await page.keyboard.press('Escape');
    const scheme = page.getByTestId('ranking-scheme');
    await scheme.getByTestId('ranking-movement-scheme').filter({ hasText: movement.name }).waitFor();
    assert.match(await scheme.innerText(), new RegExp(`phiên bản 1\\)[\\s\\S]*Quy định của phong trào “${movement.name}”`));
    assert.equal(await page.getByTestId('scores-no-scheme').count(), 0);
    await shot(page, 'scores-movement-scheme');

    // The movement lists the group-year, scoring by the movement's scheme…
    await page.goto(`${ui.baseUrl}/#/movements/${movement.id}`);
    const groups = page.getByTestId('movement-scheme-groups');
    await groups.getByTestId('group-year-movement-scheme').waitFor();
    assert.match(await groups.innerText(), /Cụm thi đua số 5[\s\S]*2024[\s\S]*Theo quy định của phong trào/);

    // …until the group-year takes a scheme of its own; the scores page still knows its movement.
    assert.equal((await bo.post(`/api/v1/groups/${gid}/years/2024/scheme`, { scheme_id: schemeIds[2] })).status, 200);
    await page.reload();
    await groups.getByTestId('group-year-own-scheme').waitFor();
    assert.match(await groups.innerText(), /Có quy định riêng/);
    await page.goto(`${ui.baseUrl}/#/groups/${gid}/years/2024/scores`);
    await page.getByTestId('ranking-scheme').filter({ hasText: 'phiên bản 2' }).waitFor();
    assert.equal(await page.getByTestId('ranking-movement-scheme').count(), 0);
    await page.getByTestId('scores-scheme').click();
    await page.getByTestId('scheme-movement-current').filter({ hasText: `đang thuộc phong trào “${movement.name}”` }).waitFor();
  }));

test('an officer below the movement’s owner is refused, and the page says why', () =>
  asUser(ui, 'canbo.thammuu', async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/movements/${movement.id}`);
    await page.getByTestId('movement-scheme').waitFor();
    await choose(page, page.getByTestId('movement-scheme-choice'), `${CLUSTER5_SCHEME.name} – phiên bản 2`);
    await page.getByTestId('movement-scheme-apply').click();
    const refusal = page.getByTestId('movement-scheme-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /Máy chủ không áp dụng quy định: Đơn vị này nằm ngoài phạm vi quản lý của bạn/);
    assert.equal((await bo.get(`/api/v1/movements/${movement.id}/scheme`)).body.scheme.id, schemeIds[1], 'nothing changed');
    assert.doesNotMatch(await page.getByTestId('movement-scheme-current').innerText(), /phiên bản 2/);
  }));
