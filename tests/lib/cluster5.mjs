// Cluster No. 5 of the demo data set up for scoring through the API (fast): its 2024 regulation
// imported from docs/examples and bound to the group-year, the members' monthly reports for 2023 and
// 2024, their self-scores. Shared by the browser tests of the scoring pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, PASSWORD, ROOT } from './server.mjs';
import { startUi } from './browser.mjs';

export const CLUSTER5_SCHEME = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
export const PROVINCES = ['Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Nam Định', 'Công an tỉnh Hải Dương'];
/** How much each province cut crimes against last year (Thái Bình exactly 5%, Hải Dương up 5%). */
export const DROPS = [0.10, 0.05, 0.08, 0.02, -0.05];

/** Every month of a year: a year is scored only when all of it was reported. */
export const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Province i's month: crimes fall by `drop` against last year. */
export function monthValues(i, year, drop) {
  const base = 20 * (i + 2);
  const crimes = year === 2023 ? base : Math.round(base * (1 - drop));
  return {
    toi_pham_ttxh: crimes, toi_pham_ttxh_kham_pha: Math.round(crimes * 0.85),
    an_rnt_dbnt: 2, an_rnt_dbnt_kham_pha: 2,
    tin_bao_tiep_nhan: 100, tin_bao_da_xu_ly: 100, tin_bao_giai_quyet: 96,
    vu_viec_tam_dinh_chi: year === 2023 ? 10 : 9,
    tngt_so_vu: year === 2023 ? 20 : 18, tngt_nguoi_chet: year === 2023 ? 10 : 9, tngt_nguoi_bi_thuong: year === 2023 ? 15 : 14,
    su_viec_phuc_tap_antt: 0, chay_dbnt: 0, mo_hinh_phong_trao_moi: 1, can_bo_vi_pham_ky_luat: 0,
    tin_bao_to_bao_ve: year === 2023 ? 10 : 12,
  };
}

/** The cluster's id and its provinces' ids by name. */
export async function findCluster5(api) {
  const ids = {};
  for (const name of PROVINCES) {
    const found = (await api.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name);
    ids[name] = found.id;
  }
  const gid = (await api.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items[0].id;
  return { gid, ids };
}

/**
 * A browser test file's start: its UI (tests/lib/browser.mjs), an API client logged in as the
 * Ministry's officer (`bo`), the cluster's id and its provinces' ids.
 */
export async function startWithCluster5() {
  const ui = await startUi();
  try {
    const bo = new Client(ui.baseUrl);
    await bo.login('canbo.bo');
    return { ui, bo, ...(await findCluster5(bo)) };
  } catch (e) {
    await ui.stop();
    throw e;
  }
}

/** A user made by the administrator (password PASSWORD); its id. */
export async function addUser(baseUrl, username, role, unitId, fullName) {
  const admin = new Client(baseUrl);
  await admin.login('admin');
  const user = await admin.post('/api/v1/users', { username, password: PASSWORD, role, unit_id: unitId, full_name: fullName });
  assert.equal(user.status, 201, JSON.stringify(user.body));
  return user.body.id;
}

/** Imports the cluster's 2024 regulation; binds it to the group-year unless `bind` is false. */
export async function importCluster5Scheme(api, gid, { bind = true } = {}) {
  const s = await api.post('/api/v1/scoring-schemes', { scheme: CLUSTER5_SCHEME });
  assert.equal(s.status, 201, JSON.stringify(s.body));
  if (bind) assert.equal((await api.post(`/api/v1/groups/${gid}/years/2024/scheme`, { scheme_id: s.body.id })).status, 200);
  return s.body.id;
}

/**
 * Submits every province's reports for `months` of 2023 and 2024, then its self-score (the
 * disqualifying criterion met). `api` is logged in as an officer above the provinces.
 */
export async function reportAndSelfScore(api, gid, ids, months) {
  for (const [i, name] of PROVINCES.entries()) {
    for (const year of [2023, 2024]) {
      for (const month of months) {
        const r = await api.post('/api/v1/reports', { unit_id: ids[name], period: { kind: 'month', year, month }, values: monthValues(i, year, DROPS[i]) });
        assert.equal(r.status, 201, JSON.stringify(r.body));
        assert.equal((await api.post(`/api/v1/reports/${r.body.id}/submit`, {})).status, 200);
      }
    }
    const self = await api.post(`/api/v1/groups/${gid}/years/2024/scores/self`, { unit_id: ids[name], assessment: { met: { an_toan_dai_hoi: true } } });
    assert.equal(self.status, 200, JSON.stringify(self.body));
  }
}

/** Opens Cluster No. 5's documents page of a year (demo world) in a logged-in page; returns the group. */
export async function openCluster5Documents(ui, page, year = 2024) {
  const groups = await page.evaluate(async () => (await (await fetch('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).json()).items);
  const g = groups.find((x) => x.name === 'Cụm thi đua số 5');
  await page.goto(`${ui.baseUrl}/#/groups/${g.id}/years/${year}/scores`);
  await page.getByTestId('scores-documents').click();
  await page.getByTestId('documents-downloads').waitFor();
  return g;
}
