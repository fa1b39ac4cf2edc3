// A cluster's year end in a real browser, on the demo world, run by a user new to the Ministry:
// the group-year whose year end nobody has run yet (found through the API: a cluster of the
// Ministry with a final ranking and no vote — Cụm thi đua số 7, 2024), its last missing reports
// sent first as the province would; then in the UI the final ranking, the members' votes and the
// minutes of the conference, the leading unit honoured, its Government flag dossier and the
// others' Ministry flag dossier, each through its steps to the Ministry's council, the members'
// secret ballots, the council closed, the decisions issued (number, signer), and each unit's record
// showing its flag.
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

test("a new user runs a cluster's year end in the UI: ranking, vote, flag dossiers, council, decisions, records", async () => {
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
  assert.equal(gy.group.name, 'Cụm thi đua số 7');
  const { group, year } = gy;
  const members = gy.honour.members;
  assert.equal(members.length, 4);

  // A user new to the Ministry's emulation office opens the year end: the ranking says who is short
  // of reports, and by how many.
  const newUser = 'canbo.cum7';
  await addUser(ui.baseUrl, newUser, 'officer', ministry.id, 'Cán bộ Phòng Thi đua, Bộ Công an');
  const short = gy.honour.ranking.items.filter((i) => i.incomplete);
  assert.ok(short.length > 0, 'the cluster-year chosen has a member short of reports');
  await asUser(ui, newUser, async ({ page }) => {
    await page.goto(`${ui.baseUrl}/#/groups/${group.id}/years/${year}/honour`);
    for (const i of short) {
      const row = page.getByTestId('yearend-ranking').locator('tbody tr').filter({ hasText: i.unit_name });
      await row.getByText(`Thiếu ${i.completeness.missing.length} kỳ báo cáo`).waitFor();
    }
    const warning = await page.getByTestId('yearend-short').innerText();
    for (const i of short) assert.match(warning, new RegExp(i.unit_name));
    await shot(page, 'yearend-short');
  });

  // Whoever has not sent the whole year sends its missing months now (its officer submits, the
  // Ministry accepts), so that the ranking the members vote on is final.
  for (const item of short) {
    const username = `canbo.u${item.unit_id}`;
    await addUser(ui.baseUrl, username, 'officer', item.unit_id, `Cán bộ thi đua ${item.unit_name}`);
    const officer = new Client(ui.baseUrl);
    await officer.login(username);
    const sent = (await officer.get(`/api/v1/reports?unit_id=${item.unit_id}&year=${year}&limit=100`)).body.items;
    const months = sent.filter((r) => r.period.kind === 'month' && r.period.year === year).sort((a, b) => a.period.month - b.period.month);
    const missing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !months.some((r) => r.period.month === m));
    assert.equal(missing.length, item.completeness.missing.length, JSON.stringify(item.completeness));
    for (const month of missing) {
      const r = await officer.post('/api/v1/reports', { unit_id: item.unit_id, period: { kind: 'month', year, month }, values: months.at(-1).values });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal((await officer.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      assert.equal((await bo.post(`/api/v1/reports/${r.body.id}/accept`, {})).status, 200);
    }
  }
  const final = (await bo.get(`/api/v1/groups/${group.id}/years/${year}/ranking`)).body.items;
  assert.ok(final.every((i) => !i.incomplete), JSON.stringify(final.map((i) => [i.unit_name, i.incomplete])));
  const leader = final[0];
  const others = final.slice(1);
  // The Ministry's classification of the provinces for the year, recorded as it does each year.
  for (const i of final) {
    const e = await bo.post('/api/v1/evaluations', { subject_kind: 'unit', subject_id: i.unit_id, year, level: 'xuat_sac' });
    assert.equal(e.status, 201, JSON.stringify(e.body));
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
    assert.equal(await page.getByTestId('yearend-not-proposed').count(), 0);
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
      await page.getByTestId('council-close').click();
      const approved = await page.getByTestId('proposal-items').locator('tbody tr').count();
      await page.getByTestId('council-minutes').filter({ hasText: '2/2 phiếu đồng ý' }).first().waitFor();
      assert.match(await page.getByTestId('council-card').innerText(), new RegExp(`Ngày họp 15/01/${year + 1}`));
      const d = decisions[key];
      await page.getByTestId('decision-number').fill(d.number);
      await fillDate(page, 'decision-date', d.date);
      await page.getByTestId('decision-signer').fill(d.signer);
      await page.getByTestId('decision-position').fill(d.position);
      await page.getByTestId('decision-issue').click();
      const card = page.getByTestId('decision-card');
      await card.waitFor();
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
});
