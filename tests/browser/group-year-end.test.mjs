// Issue 10's "Done when", run in a real browser on the demo world by a user new to it: Cluster
// No. 5's 2024 commendation end to end. The group-year whose year end nobody has run (found through
// the API: a cluster of the Ministry with a final ranking and no vote — Cụm thi đua số 5, 2024, the
// demo having run Cụm thi đua số 7's instead); in the UI the final ranking, the members' votes and
// the minutes, the leading unit honoured, its Government flag dossier and the other four's Ministry
// flag dossier, each through its steps to the Ministry's council, the members' secret ballots, the
// council closed, the decisions issued, and each unit's record showing its flag. Then Hưng Yên's
// officers checked for Chiến sĩ thi đua cơ sở 2024 against the quota and one proposed within it,
// through Hưng Yên's council to the decision and the officer's record; and Vĩnh Thuận's teams rated
// for the force's year 2026 (15/11/2025–14/11/2026) and the excellent one commended with the
// commune chair's Giấy khen, shown on its record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from '../lib/server.mjs';
import { startUi, asUser, choose, shot } from '../lib/browser.mjs';
import { addUser } from '../lib/cluster5.mjs';

let ui;
before(async () => { ui = await startUi({ demo: 'world' }); });
after(async () => { await ui?.stop(); });

const STEP_TEXT = { submit: 'Gửi lên', receive: 'Tiếp nhận', check: 'Thẩm định', consult: 'Lấy ý kiến hiệp y', to_council: 'Trình Hội đồng' };

/** Types a date into an Element Plus date picker (its test id lands on the input itself). */
async function fillDate(page, testid, iso) {
  const el = page.getByTestId(testid);
  const input = (await el.evaluate((e) => e.tagName)) === 'INPUT' ? el : el.locator('input');
  await input.fill(iso);
  await input.press('Enter');
}

/** The dossier at `url` through its steps to the council, the council opened with `members` on `meeting`. */
async function toCouncil(page, url, members, meeting) {
  await page.goto(url);
  await page.getByTestId('proposal-title').waitFor();
  const steps = ['submit', 'receive', 'check'];
  for (const step of steps) {
    await page.getByTestId(`step-${step}`).click();
    await page.getByTestId('proposal-path').getByText(STEP_TEXT[step]).first().waitFor();
  }
  // A flag of the Government needs the central emulation board's concurrence first (hiệp y).
  if (await page.getByTestId('proposal-items').getByText('Cờ thi đua của Chính phủ').count()) {
    await page.getByTestId('step-consult').click();
    await page.locator('.el-message-box__input input').fill('Ban Thi đua – Khen thưởng Trung ương: nhất trí (văn bản hiệp y)');
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await page.getByTestId('proposal-path').getByText('Ban Thi đua – Khen thưởng Trung ương: nhất trí').waitFor();
  }
  await page.getByTestId('step-to_council').click();
  await page.getByTestId('council-card').waitFor();
  assert.equal((await page.getByTestId('proposal-state').innerText()).trim(), 'Trình Hội đồng');
  await fillDate(page, 'council-date', meeting);
  for (const m of members) await choose(page, page.getByTestId('council-members'), m);
  await page.keyboard.press('Escape');
  await page.getByTestId('council-open').click();
  await page.getByTestId('council-quorum').filter({ hasText: 'Đủ túc số' }).waitFor();
}

/** The signed-in member approves every item of the dossier at `url` by secret ballot. */
async function ballot(page, url, username) {
  await page.goto(url);
  const yes = page.locator('[data-testid^="vote-yes-"]');
  await yes.first().waitFor();
  for (let i = 0; i < await yes.count(); ++i) await yes.nth(i).click();
  await page.getByTestId('ballot-cast').click();
  await page.getByText(`${username} — có mặt, đã bỏ phiếu`).waitFor();
}

/** Closes the council of the dossier open on `page`, waits for `votes` ("2/2") in its minutes, runs
 * `check` on the closed council, then issues decision `d`; returns the decision's card. */
async function closeAndDecide(page, votes, d, check = async () => {}) {
  await page.getByTestId('council-close').click();
  await page.getByTestId('council-minutes').filter({ hasText: `${votes} phiếu đồng ý` }).first().waitFor();
  await check();
  await page.getByTestId('decision-number').fill(d.number);
  await fillDate(page, 'decision-date', d.date);
  await page.getByTestId('decision-signer').fill(d.signer);
  await page.getByTestId('decision-position').fill(d.position);
  await page.getByTestId('decision-issue').click();
  const card = page.getByTestId('decision-card');
  await card.waitFor();
  return card;
}

test("a new user runs Cluster No. 5's 2024 commendation in the UI: vote, flags, grassroots fighters within the quota, councils, decisions, records; Vĩnh Thuận's teams rated and commended", async () => {
  const bo = new Client(ui.baseUrl);
  await bo.login('canbo.bo');
  const ministry = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Bộ Công an'))).body.items.find((u) => u.name === 'Bộ Công an');

  // The group-year: a cluster of the Ministry, a year past, scored, whose year end nobody has run.
  const groups = (await bo.get('/api/v1/groups?limit=100')).body.items;
  let gy = null;
  for (const g of groups.filter((x) => x.kind === 'cluster' && x.organiser_unit_id === ministry.id))
    for (const y of g.years) {
      const h = (await bo.get(`/api/v1/groups/${g.id}/years/${y.year}/honour`)).body;
      if (!gy && y.year < new Date().getFullYear() && h.ranking && !h.vote && h.proposals.length === 0) gy = { group: g, year: y.year, honour: h };
    }
  assert.ok(gy, 'a cluster-year of the demo world whose year end has not been run');
  assert.equal(gy.group.name, 'Cụm thi đua số 5');
  assert.equal(gy.year, 2024);
  const { group, year } = gy;
  const members = gy.honour.members;
  assert.equal(members.length, 5);

  // A user new to the Ministry's emulation office runs it: every member sent the whole year, so
  // the ranking is final; the Ministry has classified the five for the year.
  const newUser = 'canbo.cum5';
  await addUser(ui.baseUrl, newUser, 'officer', ministry.id, 'Cán bộ Phòng Thi đua, Bộ Công an');
  const final = (await bo.get(`/api/v1/groups/${group.id}/years/${year}/ranking`)).body.items;
  assert.equal(final.length, 5);
  assert.ok(final.every((i) => !i.incomplete), JSON.stringify(final.map((i) => [i.unit_name, i.incomplete])));
  const leader = final[0];
  const others = final.slice(1);
  for (const i of final) {
    const rec = (await bo.get(`/api/v1/units/${i.unit_id}/record`)).body;
    assert.ok(!rec.items.some((x) => x.year === year && ['co_thi_dua_bo_cong_an', 'co_thi_dua_chinh_phu'].includes(x.code)),
      `${i.unit_name} holds no flag for ${year} yet`);
  }

  const honourUrl = `${ui.baseUrl}/#/groups/${group.id}/years/${year}/honour`;
  const urls = {};
  await asUser(ui, newUser, async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${group.id}`);
    await page.getByTestId(`group-honour-${year}`).click();
    const ranking = page.getByTestId('yearend-ranking');
    await ranking.getByText(leader.unit_name).waitFor();
    const rows = ranking.locator('tbody tr');
    assert.equal(await rows.count(), final.length);
    for (const [k, i] of final.entries()) {
      const text = await rows.nth(k).innerText();
      assert.match(text, new RegExp(`^${i.rank}\\s+${i.unit_name}`));
      assert.match(text, /Đủ/);
      assert.doesNotMatch(text, /Thiếu/);
    }
    await shot(page, 'yearend-ranking');

    assert.equal(await page.getByTestId('yearend-short').count(), 0, 'the ranking is final');
    // Each member votes for the first of the final ranking (the page's default); the conference's date.
    const vote = page.getByTestId('yearend-vote');
    for (const m of members) await vote.getByText(m.name, { exact: true }).first().waitFor();
    await fillDate(page, 'yearend-date', `${year}-12-18`);
    await page.getByTestId('yearend-cast').click();
    const result = page.getByTestId('yearend-result');
    await result.filter({ hasText: `Suy tôn ${leader.unit_name}` }).waitFor();
    assert.match(await result.innerText(), new RegExp(`ngày 18/12/${year}`));
    const minutes = await page.getByTestId('yearend-minutes').innerText();
    assert.match(minutes, new RegExp(`${members.length}/${members.length} thành viên biểu quyết`));
    assert.match(minutes, new RegExp(`suy tôn ${leader.unit_name} là đơn vị dẫn đầu với ${members.length}/${members.length} phiếu`));
    assert.equal(await page.getByTestId('yearend-vote').count(), 0, 'once the vote is recorded its form is gone, before any dossier too');
    await shot(page, 'yearend-vote');

    // The flag dossiers: the Government's for the leader, the Ministry's for the other members.
    await page.getByTestId('yearend-propose').click();
    const dossiers = page.getByTestId('yearend-proposals');
    await dossiers.waitFor();
    const gov = dossiers.locator('tr').filter({ hasText: 'Cờ thi đua của Chính phủ' });
    const min = dossiers.locator('tr').filter({ hasText: 'Cờ thi đua của Bộ Công an' });
    assert.match(await gov.innerText(), new RegExp(leader.unit_name));
    for (const o of others) assert.match(await min.innerText(), new RegExp(o.unit_name));
    assert.doesNotMatch(await min.innerText(), new RegExp(leader.unit_name));
    assert.equal(others.length, 4);
    assert.equal(await page.getByTestId('yearend-not-proposed').count(), 0, 'all four others are proposed for the Ministry flag');
    assert.equal(await page.getByTestId('yearend-propose').count(), 0, 'the dossiers are made once');
    await shot(page, 'yearend-dossiers');
    for (const [key, row] of [['gov', gov], ['min', min]]) {
      await row.locator('a').click();
      await page.getByTestId('proposal-title').waitFor();
      urls[key] = page.url();
      await page.goBack();
      await dossiers.waitFor();
    }
    for (const key of ['min', 'gov']) {
      await toCouncil(page, urls[key], [newUser, 'hoidong.bo'], `${year + 1}-01-15`);
      await ballot(page, urls[key], newUser);
    }
  });

  await asUser(ui, 'hoidong.bo', async ({ page }) => {
    for (const key of ['min', 'gov']) await ballot(page, urls[key], 'hoidong.bo');
  });

  const decisions = {
    min: { number: `41/QĐ-BCA`, signer: 'Thượng tướng Lương Tam Quang', position: 'Bộ trưởng Bộ Công an', date: `${year + 1}-01-20` },
    gov: { number: `118/QĐ-TTg`, signer: 'Trần Hồng Hà', position: 'KT. Thủ tướng, Phó Thủ tướng', date: `${year + 1}-02-25` },
  };
  await asUser(ui, newUser, async ({ page }) => {
    for (const key of ['min', 'gov']) {
      await page.goto(urls[key]);
      const d = decisions[key];
      let approved = 0;
      const card = await closeAndDecide(page, '2/2', d, async () => {
        approved = await page.getByTestId('proposal-items').locator('tbody tr').count();
        assert.match(await page.getByTestId('council-card').innerText(), new RegExp(`Ngày họp 15/01/${year + 1}`));
      });
      const text = await card.innerText();
      assert.match(text, new RegExp(d.number.replace('/', '\\/')));
      assert.match(text, new RegExp(`Người ký: ${d.signer}, ${d.position}`));
      assert.equal(await card.locator('tbody tr').count(), approved, 'every approved flag is awarded');
      assert.equal((await page.getByTestId('proposal-state').innerText()).trim(), 'Đã có quyết định');
      await shot(page, `yearend-decision-${key}`);
    }
    // The year-end page tells where the dossiers stand.
    await page.goto(honourUrl);
    const dossiers = page.getByTestId('yearend-proposals');
    await dossiers.waitFor();
    assert.equal(await dossiers.locator('tbody tr').filter({ hasText: 'Đã có quyết định' }).count(), 2);

    // Each unit's record shows its flag with the decision.
    for (const [i, flag, key] of [[leader, 'Cờ thi đua của Chính phủ', 'gov'], ...others.map((o) => [o, 'Cờ thi đua của Bộ Công an', 'min'])]) {
      await page.goto(`${ui.baseUrl}/#/units/${i.unit_id}/record`);
      await page.getByTestId('record-title').filter({ hasText: i.unit_name }).waitFor();
      // A unit that later took others in (2025's mergers) shows theirs too, each under its own name.
      const row = page.getByTestId('record-table').locator('tr').filter({ hasText: flag }).filter({ hasText: decisions[key].number })
        .filter({ hasText: i.unit_name });
      await row.waitFor();
      assert.match(await row.innerText(), new RegExp(`^${year}\\s`));
      await shot(page, `yearend-record-${i.unit_id}`);
    }
  });

  // Hưng Yên's officers for Chiến sĩ thi đua cơ sở 2024: 15% of the 17 advanced officers gives two
  // places, one used by 36/QĐ-CAT-PX01; the second eligible officer is proposed within it.
  const hyApi = new Client(ui.baseUrl);
  await hyApi.login('canbo.hungyen');
  const huong = (await hyApi.get('/api/v1/people?q=' + encodeURIComponent('Phạm Thị Hương'))).body.items.find((p) => p.full_name === 'Phạm Thị Hương');
  let hyUrl;
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.getByTestId('menu-commendation').click();
    await page.getByTestId('elig-year').locator('input').fill('2024');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    const quota = page.getByTestId('elig-quota').filter({ hasText: '15% của 17' });
    await quota.waitFor();
    assert.match(await quota.innerText(), /= 2; đã dùng 1.*\(còn 1\)/);
    const table = page.getByTestId('elig-table');
    await table.locator('tr').filter({ hasText: 'Đỗ Văn Minh' }).getByText('Đã được công nhận').first().waitFor();
    const row = table.locator('tr').filter({ hasText: 'Phạm Thị Hương' });
    await row.getByText('Đủ điều kiện', { exact: true }).first().waitFor();
    await shot(page, 'yearend-grassroots-quota');
    await row.locator('.el-checkbox').click();
    await page.getByTestId('elig-propose').click();
    await page.getByTestId('proposal-title').waitFor();
    hyUrl = page.url();
    await toCouncil(page, hyUrl, ['canbo.hungyen', 'hoidong.hungyen'], '2025-01-21');
    await ballot(page, hyUrl, 'canbo.hungyen');
  });
  await asUser(ui, 'hoidong.hungyen', async ({ page }) => { await ballot(page, hyUrl, 'hoidong.hungyen'); });
  await asUser(ui, 'canbo.hungyen', async ({ page }) => {
    await page.goto(hyUrl);
    const card = await closeAndDecide(page, '2/2',
      { number: '58/QĐ-CAT-PX01', date: '2025-01-22', signer: 'Đại tá Nguyễn Thanh Trường', position: 'Giám đốc Công an tỉnh' });
    assert.match(await card.innerText(), /58\/QĐ-CAT-PX01/);
    assert.match(await card.innerText(), /Phạm Thị Hương/);
    await page.goto(`${ui.baseUrl}/#/people/${huong.id}/record`);
    await page.getByTestId('record-table').locator('tr').filter({ hasText: 'Chiến sĩ thi đua cơ sở' }).filter({ hasText: '58/QĐ-CAT-PX01' }).waitFor();
    // The quota is now full.
    await page.getByTestId('menu-commendation').click();
    await page.getByTestId('elig-year').locator('input').fill('2024');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    await page.getByTestId('elig-quota').filter({ hasText: 'đã dùng 2' }).filter({ hasText: '(còn 0)' }).waitFor();
  });

  // Vĩnh Thuận's five teams over the force's year 2026 (15/11/2025 – 14/11/2026, ended): the demo
  // rated and commended them for 2025; the commune's officer rates 2026 on each team's record (the
  // four good first: the excellent one is capped at a fifth of them), then proposes the excellent
  // team for the commune chair's Giấy khen and takes it to the decision.
  const vt = new Client(ui.baseUrl);
  await vt.login('canbo.vinhthuan');
  const commune = vt.user.unit_id;
  const teams = (await vt.get(`/api/v1/units?parent_id=${commune}&limit=100`)).body.items.filter((u) => u.code.startsWith('TBV-VT-'));
  assert.equal(teams.length, 5, JSON.stringify(teams));
  // Ấp Thuận Bình's team, commended by the demo for 2025, did all six duty groups again.
  const best = teams.find((t) => t.code === 'TBV-VT-1');
  await asUser(ui, 'canbo.vinhthuan', async ({ page }) => {
    for (const t of [...teams.filter((x) => x !== best), best]) {
      await page.goto(`${ui.baseUrl}/#/units/${t.id}/record`);
      await page.getByTestId('record-title').filter({ hasText: t.name }).waitFor();
      const dialog = page.getByTestId('record-entry');
      await page.getByTestId('add-evaluation').click();
      await dialog.waitFor();
      const yearInput = dialog.getByTestId('entry-year').locator('input');
      await yearInput.fill('2026');
      await yearInput.press('Tab');
      const level = t === best ? 'Hoàn thành xuất sắc nhiệm vụ' : 'Hoàn thành tốt nhiệm vụ';
      await choose(page, dialog.getByTestId('entry-level'), level);
      const duties = dialog.getByTestId('entry-duties-done').locator('input');
      await duties.fill(t === best ? '6' : '5');
      await duties.press('Tab');
      assert.equal(await yearInput.inputValue(), '2026');
      await dialog.getByTestId('entry-save').click();
      await dialog.waitFor({ state: 'hidden', timeout: 10000 }).catch(async (e) => {
        const rated = [];
        for (const x of teams) rated.push([x.code, (await vt.get(`/api/v1/units/${x.id}/record`)).body.items.filter((i) => i.kind === 'evaluation').map((i) => [i.year, i.code])]);
        throw new Error(`${t.name}: the dialog stayed open: ${await dialog.innerText()} ${JSON.stringify(rated)}`, { cause: e });
      });
      await page.getByTestId('record-table').locator('tr').filter({ hasText: '2026' }).filter({ hasText: level }).waitFor();
    }
    await page.getByTestId('menu-commendation').click();
    await choose(page, page.getByTestId('elig-title'), 'Giấy khen của Chủ tịch UBND xã');
    await page.getByTestId('elig-year').locator('input').fill('2026');
    await page.getByTestId('elig-year').locator('input').press('Enter');
    const row = page.getByTestId('elig-table').locator('tr').filter({ hasText: best.name });
    await row.getByText('Đủ điều kiện', { exact: true }).first().waitFor();
    const eligible = page.getByTestId('elig-table').locator('tbody tr').filter({ has: page.getByText('Đủ điều kiện', { exact: true }) });
    assert.equal(await eligible.count(), 1, 'only the excellent team');
    await row.locator('.el-checkbox').click();
    await page.getByTestId('elig-propose').click();
    await page.getByTestId('proposal-title').waitFor();
    const url = page.url();
    await toCouncil(page, url, ['canbo.vinhthuan'], '2026-11-27');
    await ballot(page, url, 'canbo.vinhthuan');
    const card = await closeAndDecide(page, '1/1',
      { number: '131/QĐ-UBND', date: '2026-11-30', signer: 'Trần Văn Tư', position: 'Chủ tịch UBND xã Vĩnh Thuận' });
    assert.match(await card.innerText(), /131\/QĐ-UBND/);
    await page.goto(`${ui.baseUrl}/#/units/${best.id}/record`);
    const gk = page.getByTestId('record-table').locator('tr').filter({ hasText: 'Giấy khen của Chủ tịch UBND xã' });
    await gk.filter({ hasText: '131/QĐ-UBND' }).waitFor();
    await gk.filter({ hasText: '112/QĐ-UBND' }).waitFor();  // the demo's of 2025 stays beside it
    await shot(page, 'yearend-team-record');
  });
});
