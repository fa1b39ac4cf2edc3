// The eligibility list a page at a time (docs/api.md "GET /eligibility"): the whole scope is
// evaluated — the counts (eligible, not eligible, held, failing per condition) and the quota are
// everyone's — while the items, with their sentences, are the page asked (`limit` 1–1000;
// none or `all`: the whole list; `offset`; `filter` eligible | not_eligible | all). The pages put together are the
// full list; the scope bounds the counts as it bounds the items; bad paging is a 400 in Vietnamese.
// Runs on SQLite, and on PostgreSQL with THIDUA_TEST_DB=postgres.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { unitId } from '../lib/lookup.mjs';

let srv, bo, hy, tv;
const unit = {};

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  tv = await login('baocao.travinh');
  unit.HY = await unitId(bo, 'Công an tỉnh Hưng Yên');
  // What each condition asks, in words, as the catalogue states it.
  const entry = (await bo.get('/api/v1/titles')).body.items.find((e) => e.code === 'chien_si_thi_dua_co_so');
  for (const c of entry.conditions) conditionName.set(c.code, c.name);
});
const conditionName = new Map();
after(async () => { await srv.stop(); srv.cleanup(); });

async function get(c, query) {
  const r = await c.get(`/api/v1/eligibility?${query}`);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}
const ids = (items) => items.map((i) => `${i.subject.kind}:${i.subject.id}`);

// The counts worked out from a full list, as a reader of it would, each condition named as the
// catalogue names it.
function countsOf(full) {
  const failing = new Map();
  for (const i of full.items)
    for (const c of i.conditions) failing.set(c.code, (failing.get(c.code) ?? 0) + (c.met ? 0 : 1));
  return {
    eligible: full.items.filter((i) => i.eligible).length,
    not_eligible: full.items.filter((i) => !i.eligible).length,
    held: full.items.filter((i) => i.held).length,
    failing: [...failing].map(([code, count]) => ({ code, name: conditionName.get(code), count })),
  };
}

test('without a limit the answer is the whole list (the contract); limit=100 is a page of it, with the counts of everyone', async () => {
  const q = 'title=chien_si_thi_dua_co_so&year=2024';
  const full = await get(bo, `${q}&limit=all`);
  assert.ok(full.total > 10, `the national list is longer than a small page (${full.total})`);
  assert.equal(full.items.length, full.total);
  assert.equal(full.limit, null);
  assert.deepEqual(await get(bo, q), full, 'no limit: every person of the scope, as limit=all');
  const page = await get(bo, `${q}&limit=100`);
  assert.equal(page.limit, 100);
  assert.equal(page.offset, 0);
  assert.equal(page.filter, 'all');
  assert.equal(page.items.length, Math.min(100, full.total));
  assert.deepEqual(page.items, full.items.slice(0, 100), 'a page of 100 is the full list\'s first 100, sentences and all');
  const small = await get(bo, `${q}&limit=10`);
  assert.equal(small.items.length, 10);
  assert.equal(small.total, full.total);
  assert.equal(small.matched, full.total);
  assert.deepEqual(small.items, full.items.slice(0, 10));
  for (const p of [page, small, full]) {
    assert.deepEqual(p.counts, countsOf(full), 'the counts are of the whole scope whatever the page');
    assert.deepEqual(p.quota, full.quota, 'the quota is of the whole scope on every page');
  }
  assert.ok(small.counts.eligible > 0 && small.counts.not_eligible > 0, JSON.stringify(small.counts));
  assert.ok(small.counts.failing.some((f) => f.count > 0));
  assert.deepEqual(small.counts.failing.map((f) => f.code), full.items[0].conditions.map((c) => c.code), "the title's conditions in order");
});

test('pages put together are the full list, for each filter; an offset past the end is an empty page', async () => {
  const q = 'title=chien_si_tien_tien&year=2024';
  const full = await get(bo, `${q}&limit=all`);
  for (const [filter, keep] of [['all', () => true], ['eligible', (i) => i.eligible], ['not_eligible', (i) => !i.eligible]]) {
    const want = full.items.filter(keep);
    const limit = Math.max(1, Math.ceil(want.length / 3));
    const got = [];
    for (let offset = 0; offset < want.length; offset += limit) {
      const p = await get(bo, `${q}&filter=${filter}&limit=${limit}&offset=${offset}`);
      assert.equal(p.matched, want.length, filter);
      assert.equal(p.offset, offset);
      assert.ok(p.items.length <= limit);
      got.push(...p.items);
    }
    assert.deepEqual(ids(got), ids(want), filter);
    assert.deepEqual(got, want, `${filter}: the same items with the same sentences`);
    const past = await get(bo, `${q}&filter=${filter}&limit=10&offset=${want.length + 5}`);
    assert.deepEqual(past.items, []);
    assert.equal(past.matched, want.length);
  }
  const eligibleAll = await get(bo, `${q}&filter=eligible&limit=all`);
  assert.equal(eligibleAll.matched, full.counts.eligible);
  assert.ok(eligibleAll.items.every((i) => i.eligible));
});

test("a unit's page and counts are of its scope only; another province still reads none of it", async () => {
  const q = `title=chien_si_thi_dua_co_so&year=2024&unit_id=${unit.HY}`;
  const hyFull = await get(hy, `${q}&limit=all`);
  const hyPage = await get(hy, `${q}&limit=5&filter=not_eligible`);
  assert.deepEqual(hyPage.counts, countsOf(hyFull));
  const national = await get(bo, 'title=chien_si_thi_dua_co_so&year=2024&limit=1');
  assert.ok(national.total > hyPage.total, `${national.total} > ${hyPage.total}`);
  assert.ok(national.counts.eligible >= hyPage.counts.eligible);
  assert.deepEqual(ids(hyPage.items), ids(hyFull.items.filter((i) => !i.eligible).slice(0, 5)));
  assert.equal((await tv.get(`/api/v1/eligibility?${q}&limit=5`)).status, 404);
});

test('bad paging is refused with a Vietnamese message naming the parameter', async () => {
  const q = 'title=chien_si_thi_dua_co_so&year=2024';
  for (const [bad, field, re] of [
    ['limit=0', 'limit', /limit phải từ 1 đến 1000/],
    ['limit=1001', 'limit', /limit phải từ 1 đến 1000/],
    ['limit=-3', 'limit', /limit phải từ 1 đến 1000/],
    ['limit=mười', 'limit', /limit phải từ 1 đến 1000/],
    ['limit=', 'limit', /limit phải từ 1 đến 1000/],
    ['offset=-1', 'offset', /offset phải là số nguyên không âm/],
    ['offset=abc', 'offset', /offset phải là số nguyên không âm/],
    ['filter=held', 'filter', /filter là eligible/],
  ]) {
    const r = await bo.get(`/api/v1/eligibility?${q}&${bad}`);
    assert.equal(r.status, 400, `${bad}: ${JSON.stringify(r.body)}`);
    assert.match(JSON.stringify(r.body), re, bad);
    assert.match(JSON.stringify(r.body), new RegExp(`"${field}"`), bad);
  }
});

test('an export is the whole list (of the filter) unless a limit is given', async () => {
  const q = 'title=chien_si_thi_dua_co_so&year=2024';
  const full = await get(bo, `${q}&limit=all&filter=not_eligible`);
  assert.ok(full.items.length > 2);
  const rows = (text) => text.trim().split(/\r?\n/).slice(1);
  const csv = await bo.get(`/api/v1/eligibility?${q}&filter=not_eligible&format=csv`);
  assert.equal(csv.status, 200);
  assert.equal(rows(csv.text).length, full.items.length, csv.text);
  for (const i of full.items) assert.ok(csv.text.includes(i.subject.name), i.subject.name);
  assert.ok(rows(csv.text).every((r) => r.startsWith('Không,')), 'only those not eligible');
  const paged = await bo.get(`/api/v1/eligibility?${q}&filter=not_eligible&format=csv&limit=2&offset=1`);
  assert.deepEqual(rows(paged.text).map((r) => r.split(',')[3]), full.items.slice(1, 3).map((i) => i.subject.name));
});
