// The scoring-scheme editor and cross-scoring recusal in a real browser. Set up through the API:
// Cluster No. 5's 2024 regulation imported from docs/examples and bound to the group-year, Thái
// Bình's self-score, Hưng Yên assigned to cross-score Thái Bình, and an officer of Hưng Yên.
// Then: the officer opens the editor from the scoring page, breaks a section's sum (the editor
// says so beside the section), saves anyway (the server refuses, its message is shown, nothing is
// stored), fixes it and saves version 2 — version 1 unchanged, every other field round-tripped;
// a viewer only reads; Hưng Yên's officer recuses from scoring Thái Bình with a reason.
// Debian's chromium through playwright-core (in web/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { asUser, shot, choose } from '../lib/browser.mjs';
import { CLUSTER5_SCHEME as scheme, startWithCluster5, addUser, importCluster5Scheme } from '../lib/cluster5.mjs';

const HY = 'Công an tỉnh Hưng Yên';
const TB = 'Công an tỉnh Thái Bình';
const REASON = 'Công an tỉnh Thái Bình đã hợp nhất vào Công an tỉnh Hưng Yên; đơn vị chấm không bảo đảm khách quan';

let ui;
let baseUrl;
let bo;
let gid;
let v1Id;
let ids;

before(async () => {
  ({ ui, bo, gid, ids } = await startWithCluster5());
  baseUrl = ui.baseUrl;
  // The demo has no scheme: import Cluster No. 5's and apply it to 2024.
  const existing = (await bo.get('/api/v1/scoring-schemes')).body.items.filter((s) => s.code === scheme.id);
  assert.deepEqual(existing, [], 'the demo starts without the Cluster No. 5 scheme');
  v1Id = await importCluster5Scheme(bo, gid);
  const self = await bo.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: ids[TB], assessment: { met: { an_toan_dai_hoi: true } } });
  assert.equal(self.status, 200, JSON.stringify(self.body));
  const assign = await bo.post(`/api/v1/groups/${gid}/years/2024/assignments`, { unit_id: ids[TB], scorer_unit_id: ids[HY] });
  assert.equal(assign.status, 201, JSON.stringify(assign.body));
  await addUser(baseUrl, 'canbo.hungyen', 'officer', ids[HY], 'Cán bộ thi đua Công an tỉnh Hưng Yên');
});

after(async () => {
  await ui?.stop();
});

/** A node of the criteria tree by its path, as the server names it. */
const node = (page, path) => page.locator(`[data-path="${path}"]`);
/** The node's own max-points input (not its children's). */
const maxInput = (page, path) => node(page, path).locator(':scope > .node-head [data-testid="node-max"] input');
/** The node's own live-check messages. */
const ownIssues = (page, path) => node(page, path).locator(':scope > [data-testid="node-issues"]');
/** The versions listed for a code, newest first. */
async function listedVersions(page, code) {
  return (await page.locator(`[data-testid="scheme-code-group"][data-code="${code}"] [data-testid="scheme-version-row"]`).allInnerTexts()).map((t) => t.trim());
}
async function storedVersions(code) {
  return (await bo.get('/api/v1/scoring-schemes')).body.items.filter((s) => s.code === code).map((s) => s.version).sort();
}

test('an officer edits Cluster No. 5’s scheme: the sum mismatch is shown, the server’s refusal too, then version 2 is saved', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    // From the group-year's scoring page: the scheme dialog opens the editor on the current scheme.
    await page.goto(`${baseUrl}/#/groups/${gid}/years/2024/scores`);
    await page.getByTestId('scores-title').waitFor();
    await page.getByTestId('scores-scheme').click();
    await page.getByTestId('scheme-open-editor').click();
    await page.waitForURL(new RegExp(`#/schemes\\?.*edit=${v1Id}`));
    await page.getByTestId('scheme-editor').waitFor();
    assert.match(await page.getByTestId('schemes-versioning-note').innerText(), /không bao giờ bị sửa.*phiên bản mới.*áp dụng/s);
    assert.match(await page.getByTestId('scheme-version').innerText(), /phiên bản 2/);
    assert.match(await page.getByTestId('scheme-save').innerText(), /Lưu thành phiên bản 2/);
    assert.deepEqual(await listedVersions(page, 'cum5-2024'), ['1']);
    // The stored scheme passes the editor's own checks.
    await page.getByTestId('scheme-checks-ok').waitFor();
    assert.equal(await node(page, 'sections[1].criteria[0]').locator(':scope > .node-head [data-testid="node-name"]').inputValue(), 'Kéo giảm số vụ phạm tội về trật tự xã hội');
    assert.equal(await maxInput(page, 'sections[1].criteria[0]').inputValue(), '12');

    // 12 → 14 points: the section no longer adds up, and the editor says so beside it.
    await maxInput(page, 'sections[1].criteria[0]').fill('14');
    await maxInput(page, 'sections[1].criteria[0]').press('Tab');
    await ownIssues(page, 'sections[1]').waitFor();
    assert.match(await ownIssues(page, 'sections[1]').innerText(), /Tổng điểm tối đa các tiêu chí \(52\) không bằng điểm tối đa của mục \(50\)/);
    assert.match(await node(page, 'sections[1]').locator(':scope > .node-meta [data-testid="node-sum"]').innerText(), /52 \/ 50/);
    const summary = page.getByTestId('scheme-issues-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Mục II.*\(52\)/s);
    await shot(page, 'scheme-mismatch');

    // Saving is still allowed; the server refuses, says why, and the section is highlighted.
    assert.equal(await page.getByTestId('scheme-save').isEnabled(), true);
    await page.getByTestId('scheme-save').click();
    const refusal = page.getByTestId('scheme-server-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /Tổng điểm tối đa các tiêu chí \(52\) không bằng điểm tối đa của mục 'Đấu tranh phòng, chống tội phạm/);
    assert.match(await refusal.innerText(), /Chưa có gì được lưu/);
    await node(page, 'sections[1]').locator(':scope > [data-testid="node-server-error"]').waitFor();
    assert.match(await node(page, 'sections[1]').getAttribute('class'), /server-error/);
    assert.deepEqual(await listedVersions(page, 'cum5-2024'), ['1'], 'the list still has only version 1');
    assert.deepEqual(await storedVersions('cum5-2024'), [1], 'nothing stored on refusal');
    await shot(page, 'scheme-refused');

    // Fix it: 5 → 3 on the next criterion of the same section. The check clears; save.
    await maxInput(page, 'sections[1].criteria[1]').fill('3');
    await maxInput(page, 'sections[1].criteria[1]').press('Tab');
    await page.getByTestId('scheme-checks-ok').waitFor();
    assert.equal(await ownIssues(page, 'sections[1]').count(), 0);
    await page.getByTestId('scheme-save').click();
    const saved = page.getByTestId('schemes-saved');
    await saved.waitFor();
    assert.match(await saved.innerText(), /phiên bản 2/);
    assert.equal(await page.getByTestId('scheme-editor').count(), 0, 'the editor closes after saving');
    assert.deepEqual(await listedVersions(page, 'cum5-2024'), ['2', '1'], 'version 2 listed first');
    await shot(page, 'scheme-saved');

    // Stored: version 2 with the new points; version 1 unchanged; nothing else changed.
    const items = (await bo.get('/api/v1/scoring-schemes')).body.items.filter((s) => s.code === 'cum5-2024');
    assert.deepEqual(items.map((s) => s.version).sort(), [1, 2]);
    const v2Id = items.find((s) => s.version === 2).id;
    const v2 = (await bo.get(`/api/v1/scoring-schemes/${v2Id}`)).body;
    const v1 = (await bo.get(`/api/v1/scoring-schemes/${v1Id}`)).body;
    assert.equal(v2.version, 2);
    assert.equal(v2.scheme.version, 2);
    assert.equal(v2.scheme.sections[1].criteria[0].max_points, 14);
    assert.equal(v2.scheme.sections[1].criteria[1].max_points, 3);
    assert.equal(v1.scheme.version, 1);
    assert.equal(v1.scheme.sections[1].criteria[0].max_points, 12);
    assert.equal(v1.scheme.sections[1].criteria[1].max_points, 5);
    const back = structuredClone(v2.scheme);
    back.version = 1;
    back.sections[1].criteria[0].max_points = 12;
    back.sections[1].criteria[1].max_points = 5;
    assert.deepEqual(back, v1.scheme, 'every other field (descriptions, scope, validity, caps, conditions…) round-trips unchanged');

    // Came from the scoring page: apply version 2 to 2024 and go back there.
    await page.getByTestId('schemes-apply').click();
    await page.waitForURL(new RegExp(`#/groups/${gid}/years/2024/scores`));
    await page.getByText('(phiên bản 2)').first().waitFor();
    assert.equal((await bo.get(`/api/v1/groups/${gid}/years/2024/ranking`)).body.scheme.version, 2);
  }));

test('a new scheme written from scratch is saved as version 1 of its code', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    await page.goto(`${baseUrl}/#/schemes`);
    await page.getByTestId('schemes-new').click();
    await page.getByTestId('scheme-editor').waitFor();
    assert.match(await page.getByTestId('scheme-version').innerText(), /phiên bản 1/);
    // Empty names are pointed out before saving.
    assert.match(await page.getByTestId('scheme-issues-summary').innerText(), /Chưa nhập tên quy định/);
    assert.match(await ownIssues(page, 'sections[0].criteria[0]').innerText(), /Chưa nhập tên tiêu chí/);

    await page.getByTestId('scheme-name').fill('Quy định chấm điểm Khối thi đua các phòng nghiệp vụ năm 2025');
    await page.getByTestId('scheme-code').fill('khoi-nghiep-vu-2025');
    await page.getByTestId('scheme-scope-group').fill('khoi-nghiep-vu');
    await node(page, 'sections[0]').locator(':scope > .node-head [data-testid="node-name"]').fill('Công tác xây dựng lực lượng');
    const crit = node(page, 'sections[0].criteria[0]');
    await crit.locator(':scope > .node-head [data-testid="node-name"]').fill('Không có cán bộ, chiến sĩ bị xử lý kỷ luật');
    // A deduction per disciplined officer: the target goes, the deduction's own fields appear.
    await choose(page, crit.getByTestId('rule-kind'), 'Trừ điểm theo số lần');
    await choose(page, crit.getByTestId('rule-indicator'), 'Số cán bộ, chiến sĩ, thành viên bị xử lý kỷ luật');
    await crit.getByTestId('rule-per-occurrence').locator('input').fill('10');
    await crit.getByTestId('rule-per-occurrence').locator('input').press('Tab');
    assert.equal(await crit.getByTestId('scheme-target').count(), 0);
    await page.getByTestId('scheme-checks-ok').waitFor();
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('schemes-saved').waitFor();
    assert.deepEqual(await listedVersions(page, 'khoi-nghiep-vu-2025'), ['1']);

    const stored = (await bo.get('/api/v1/scoring-schemes')).body.items.find((s) => s.code === 'khoi-nghiep-vu-2025');
    const got = (await bo.get(`/api/v1/scoring-schemes/${stored.id}`)).body.scheme;
    assert.equal(got.version, 1);
    assert.deepEqual(got.scope, { group: 'khoi-nghiep-vu', year: new Date().getFullYear() });
    assert.equal(got.total_points, 100);
    assert.equal(got.sections.length, 1);
    assert.deepEqual(got.sections[0].criteria[0].rule, { kind: 'deduction_per_occurrence', indicator: 'can_bo_vi_pham_ky_luat', points_per_occurrence: 10 });
    assert.equal(got.sections[0].criteria[0].target, undefined);
    assert.deepEqual(got.classification.map((l) => l.code), ['xuat_sac', 'tot', 'hoan_thanh', 'khong_hoan_thanh']);
  }));

test('a JSON file opens in the editor; fields it has no control for round-trip; the server names the one it refuses', () =>
  asUser(ui, 'canbo.bo', async ({ page }) => {
    const file = structuredClone(scheme);
    file.id = 'cum5-2025';
    file.version = 1;
    file.name = file.name.replace('năm 2024', 'năm 2025');
    file.scope.year = 2025;
    delete file.valid_from;
    delete file.valid_to;
    // a field the editor has no control for (and the server does not accept)
    file.sections[0].criteria[0].ghi_chu = 'Theo Kế hoạch của Cụm';
    await page.goto(`${baseUrl}/#/schemes`);
    await page.locator('[data-testid="schemes-import"] input[type=file]').setInputFiles({
      name: 'cum5-2025.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
    });
    await page.getByTestId('scheme-editor').waitFor();
    assert.match(await page.getByTestId('scheme-editor-title').innerText(), /cum5-2025\.json/);
    assert.match(await page.getByTestId('scheme-version').innerText(), /phiên bản 1/);
    await page.getByTestId('scheme-checks-ok').waitFor();

    // Edit one thing, export: the file comes back with the edit and everything else as it was.
    await page.getByTestId('scheme-name').fill(file.name + ' (dự thảo)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scheme-export-draft').click()]);
    assert.match(download.suggestedFilename(), /^cum5-2025-phien-ban-1/);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(exported, { ...file, name: file.name + ' (dự thảo)' });
    await page.getByTestId('scheme-name').fill(file.name);

    // The server refuses the unknown field and names it: the criterion is highlighted.
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('scheme-server-error').waitFor();
    assert.match(await page.getByTestId('scheme-server-error').innerText(), /ghi_chu.*không được hỗ trợ/);
    assert.match(await node(page, 'sections[0].criteria[0]').getAttribute('class'), /server-error/);
    assert.deepEqual(await storedVersions('cum5-2025'), []);
    // Dropping it from the editor, the save goes through.
    await page.getByTestId('scheme-remove-field').click();
    assert.equal(await page.getByTestId('scheme-server-error').count(), 0);
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('schemes-saved').waitFor();
    assert.deepEqual(await listedVersions(page, 'cum5-2025'), ['1']);
    const stored = (await bo.get('/api/v1/scoring-schemes')).body.items.find((s) => s.code === 'cum5-2025');
    delete file.sections[0].criteria[0].ghi_chu;
    assert.deepEqual((await bo.get(`/api/v1/scoring-schemes/${stored.id}`)).body.scheme, file);
  }));

test('a viewer finds the schemes in the menu and reads them, without editing buttons', () =>
  asUser(ui, 'xem.hungyen', async ({ page }) => {
    await page.getByTestId('menu-schemes').click();
    await page.waitForURL(/#\/schemes/);
    await page.locator('[data-testid="scheme-code-group"][data-code="cum5-2024"]').waitFor();
    assert.deepEqual(await listedVersions(page, 'cum5-2024'), ['2', '1']);
    // dd/mm/yyyy dates
    assert.match(await page.locator('[data-testid="scheme-code-group"][data-code="cum5-2024"]').innerText(), /\d{2}\/\d{2}\/\d{4}/);
    assert.equal(await page.getByTestId('schemes-new').count(), 0);
    assert.equal(await page.getByTestId('scheme-edit').count(), 0);
    await page.locator('[data-testid="scheme-code-group"][data-code="cum5-2024"] [data-testid="scheme-view"]').last().click();
    await page.getByTestId('scheme-editor').waitFor();
    assert.match(await page.getByTestId('scheme-version').innerText(), /Phiên bản 1/);
    assert.equal(await page.getByTestId('scheme-save').count(), 0);
    assert.equal(await node(page, 'sections[0]').locator(':scope > .node-head [data-testid="node-name"]').isDisabled(), true);
    assert.equal(await maxInput(page, 'sections[1].criteria[0]').inputValue(), '12');
  }));

test('the assigned cross-scorer recuses with a reason, and the assignment shows it', () =>
  asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(`${baseUrl}/#/groups/${gid}/years/2024/scores?unit=${ids[TB]}`);
    await page.getByTestId('scorecard-title').filter({ hasText: 'Thái Bình' }).waitFor();
    const assignments = page.getByTestId('scorecard-assignments');
    await assignments.filter({ hasText: HY }).waitFor();
    assert.match(await assignments.innerText(), /Chưa chấm/);

    await assignments.getByTestId('assignment-recuse').click();
    await page.getByTestId('recuse-reason').fill(REASON);
    await shot(page, 'recuse-dialog');
    await page.getByTestId('recuse-confirm').click();
    await assignments.getByTestId('assignment-recused').waitFor();
    assert.match(await assignments.getByTestId('assignment-recusal-reason').innerText(), /hợp nhất vào Công an tỉnh Hưng Yên/);
    assert.equal(await assignments.getByTestId('assignment-recuse').count(), 0, 'nothing left to recuse from');
    assert.equal(await page.getByTestId('scorecard-recuse').count(), 0);
    await shot(page, 'recused');

    const card = (await bo.get(`/api/v1/groups/${gid}/years/2024/scorecards/${ids[TB]}`)).body;
    assert.deepEqual(card.assignments.map((a) => [a.scorer, a.recused, a.recusal_reason]), [['CA-HY', true, REASON]]);
  }));
