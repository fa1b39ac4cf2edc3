// The crash matrix (issue 13, item 3): for each kind of write — a report with its evidence, a
// scheme version, a score, a proposal's step, a decision, an import — clients write while the
// server is killed with SIGKILL at a random moment; after a restart every write that was answered
// 2xx is there whole, nothing that was not answered is there in part, and the audit chain
// verifies (through the API and the command line). THIDUA_TEST_DB chooses the database.
// THIDUA_CRASH_SEED replays a run (the seed is printed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT, PASSWORD } from '../lib/server.mjs';

let seed = Number(process.env.THIDUA_CRASH_SEED || Date.now() % 1000003);
console.log(`crash matrix seed ${seed} (THIDUA_CRASH_SEED=${seed} replays the kill points)`);
function random() { seed = (seed * 48271) % 2147483647; return seed / 2147483647; }
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function login(url, username) { const c = new Client(url); await c.login(username); return c; }
async function unitByName(c, name) {
  return (await c.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name);
}

// One kind of write: setup(url) → ctx; write(ctx, i, rec) → true when acknowledged (rec collects
// what was sent and answered); present(c, ctx, rec) checks an acknowledged write whole;
// whole(c, ctx, recs) checks that what was not acknowledged is absent or whole.
async function crashDuring(kind, { demo = true, writers = 4 } = {}) {
  const srv = await startServer({ demo });
  const ctx = await kind.setup(srv.url);
  const acked = [], attempted = [];
  let stop = false, n = 0;
  async function writer(w) {
    while (!stop) {
      const rec = { i: n++, w };
      attempted.push(rec);
      try {
        if (await kind.write(ctx, rec.i, rec)) { rec.acked = true; acked.push(rec); }
      } catch { /* the connection died with the server */ }
    }
  }
  const running = Array.from({ length: writers }, (_, w) => writer(w));
  // The kill point: after a random number of acknowledged writes, plus a random delay.
  const want = 3 + Math.floor(random() * 10);
  const started = Date.now();
  while (acked.length < want && Date.now() - started < 30000) await sleep(20);
  await sleep(Math.floor(random() * 250));
  srv.proc.kill('SIGKILL');
  await new Promise((r) => srv.proc.once('exit', r));
  stop = true;
  await Promise.all(running);
  assert.ok(acked.length >= 3, `${kind.name}: only ${acked.length} writes were acknowledged before the kill`);

  const again = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  try {
    const c = new Client(again.url);
    await c.login(kind.user || 'admin', PASSWORD);
    for (const rec of acked) await kind.present(c, ctx, rec);
    await kind.whole(c, ctx, attempted.filter((r) => !r.acked));
    const v = await c.get('/api/v1/audit/verify');
    assert.equal(v.body.ok, true, JSON.stringify(v.body));
  } finally {
    await again.stop();
  }
  const out = execFileSync(BIN, ['audit', 'verify', '--db', srv.dbUrl]).toString();
  assert.match(out, /audit chain intact/);
  srv.cleanup();
  console.log(`${kind.name}: killed after ${acked.length} acknowledged of ${attempted.length} attempted writes; all there`);
}

const PROVINCES = ['Công an tỉnh Nghệ An', 'Công an tỉnh Hưng Yên', 'Công an tỉnh Thái Bình', 'Công an tỉnh Hà Nam', 'Công an tỉnh Ninh Bình'];
const png = (i) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`evidence ${i} `.repeat(40))]);

const reportWithEvidence = {
  name: 'a report with evidence',
  async setup(url) {
    const c = await login(url, 'admin');
    const units = [];
    for (const p of PROVINCES) units.push((await unitByName(c, p)).id);
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'admin')));
    return { units, clients };
  },
  async write(ctx, i, rec) {
    const c = ctx.clients[rec.w];
    const k = Math.floor(i / ctx.units.length);
    rec.unit = ctx.units[i % ctx.units.length];
    rec.period = { kind: 'month', year: 2010 + Math.floor(k / 12), month: (k % 12) + 1 };
    const r = await c.post('/api/v1/reports', { unit_id: rec.unit, period: rec.period, values: { toi_pham_ttxh: i } });
    if (r.status !== 201) return false;
    rec.report = r.body.id;
    const ev = await c.post(`/api/v1/reports/${rec.report}/evidence`, { filename: `bien-ban-${i}.png`, content_type: 'image/png', content_base64: png(i).toString('base64') });
    if (ev.status !== 201) return false;
    rec.evidence = ev.body.id;
    return true;
  },
  async present(c, ctx, rec) {
    const r = await c.get(`/api/v1/reports/${rec.report}`);
    assert.equal(r.status, 200, `acknowledged report ${rec.i} is missing`);
    assert.equal(r.body.values.toi_pham_ttxh, rec.i);
    assert.ok(r.body.evidence.some((e) => e.id === rec.evidence), `acknowledged evidence of report ${rec.i} is missing`);
    await evidenceDownloads(c, rec.report, r.body.evidence, rec.i);
  },
  async whole(c, ctx, recs) {
    // A report whose evidence was not acknowledged may be there (it was answered on its own);
    // whatever evidence is listed downloads whole.
    for (const rec of recs.filter((x) => x.report)) {
      const r = await c.get(`/api/v1/reports/${rec.report}`);
      assert.equal(r.status, 200, `report ${rec.i} was acknowledged on its own and is missing`);
      await evidenceDownloads(c, rec.report, r.body.evidence, rec.i);
    }
  },
};
async function evidenceDownloads(c, report, list, i) {
  for (const e of list) {
    const got = await fetch(`${c.url}/api/v1/reports/${report}/evidence/${e.id}`, { headers: { cookie: c.cookie } });
    assert.equal(got.status, 200, `evidence ${e.id} of report ${i} is listed but does not download`);
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), png(i), `evidence ${e.id} of report ${i} is not whole`);
  }
}

const schemeVersion = {
  name: 'a scheme version',
  async setup(url) {
    const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'admin')));
    return { scheme, clients, next: [1, 1, 1, 1] };
  },
  // Each writer publishes the versions of its own scheme one after the other.
  async write(ctx, i, rec) {
    rec.code = `crash-w${rec.w}`;
    rec.version = ctx.next[rec.w];
    rec.name = `Quy định thử ${rec.w} phiên bản ${rec.version}`;
    const r = await ctx.clients[rec.w].post('/api/v1/scoring-schemes', { scheme: { ...ctx.scheme, id: rec.code, version: rec.version, name: rec.name } });
    if (r.status !== 201) return false;
    ctx.next[rec.w]++;
    rec.id = r.body.id;
    return true;
  },
  async present(c, ctx, rec) {
    const r = await c.get(`/api/v1/scoring-schemes/${rec.id}`);
    assert.equal(r.status, 200, `acknowledged ${rec.code} v${rec.version} is missing`);
    assert.equal(r.body.version, rec.version);
    assert.equal(r.body.scheme.name, rec.name);
    assert.deepEqual(r.body.scheme.sections, ctx.scheme.sections, 'the stored scheme is whole');
  },
  async whole(c, ctx) {
    const list = (await c.get('/api/v1/scoring-schemes')).body.items.filter((s) => s.code.startsWith('crash-w'));
    for (const s of list) {
      const r = await c.get(`/api/v1/scoring-schemes/${s.id}`);
      assert.deepEqual(r.body.scheme.sections, ctx.scheme.sections, `${s.code} v${s.version} is not whole`);
    }
    // Versions of a code are 1…n without a gap.
    const byCode = {};
    for (const s of list) (byCode[s.code] ||= []).push(s.version);
    for (const [code, vs] of Object.entries(byCode)) assert.deepEqual(vs.sort((a, b) => a - b), vs.map((_, k) => k + 1), code);
  },
};

const score = {
  name: 'a score',
  async setup(url) {
    const c = await login(url, 'admin');
    const scheme = JSON.parse(readFileSync(join(ROOT, 'docs/examples/cluster5-2024-scheme.json'), 'utf8'));
    const s = await c.post('/api/v1/scoring-schemes', { scheme });
    assert.equal(s.status, 201, s.text);
    const group = (await c.get('/api/v1/groups?q=' + encodeURIComponent('Cụm thi đua số 5'))).body.items[0].id;
    assert.equal((await c.post(`/api/v1/groups/${group}/years/2024/scheme`, { scheme_id: s.body.id })).status, 200);
    const units = [];
    for (const p of PROVINCES) units.push((await unitByName(c, p)).id);
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'admin')));
    return { group, units, clients, last: {}, pending: {} };
  },
  // Writer w scores unit w again and again: what is stored after the crash is the last
  // acknowledged verdict, or one sent after it that was not answered (in flight at the kill).
  async write(ctx, i, rec) {
    rec.unit = ctx.units[rec.w];
    rec.met = i % 2 === 0;
    (ctx.pending[rec.unit] ||= []).push(rec.met);
    const r = await ctx.clients[rec.w].post(`/api/v1/groups/${ctx.group}/years/2024/scores/self`, { unit_id: rec.unit, assessment: { met: { an_toan_dai_hoi: rec.met } } });
    if (r.status !== 200) return false;
    ctx.last[rec.unit] = rec.met;
    ctx.pending[rec.unit] = [];
    return true;
  },
  async present(c, ctx, rec) {
    const card = (await c.get(`/api/v1/groups/${ctx.group}/years/2024/scorecards/${rec.unit}`)).body;
    assert.ok(card.self, `the acknowledged self-score of unit ${rec.unit} is missing`);
    const got = card.self.criteria.find((x) => x.id === 'an_toan_dai_hoi')?.met;
    assert.ok(got === ctx.last[rec.unit] || ctx.pending[rec.unit].includes(got),
      `unit ${rec.unit}: stored verdict ${got}, last acknowledged ${ctx.last[rec.unit]}, sent since ${ctx.pending[rec.unit]}`);
  },
  async whole() {},
};

const importRoster = {
  name: 'an import',
  async setup(url) {
    const c = await login(url, 'admin');
    const code = (await unitByName(c, 'Công an tỉnh Hưng Yên')).code;
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'admin')));
    return { code, clients };
  },
  // Each import commits three people in one transaction: after the crash all three or none.
  async write(ctx, i, rec) {
    rec.names = ['An', 'Bình', 'Chi'].map((x) => `Người Nhập ${x} ${i}`);
    const csv = '\uFEFFHọ và tên;Mã đơn vị;Từ ngày\r\n' + rec.names.map((n) => `${n};${ctx.code};01/07/2025`).join('\r\n') + '\r\n';
    const c = ctx.clients[rec.w];
    const r = await fetch(`${c.url}/api/v1/imports/roster?filename=people.csv&commit=1`, {
      method: 'POST', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'text/csv' }, body: Buffer.from(csv, 'utf8') });
    await r.arrayBuffer();
    return r.status === 200;
  },
  async present(c, ctx, rec) {
    for (const n of rec.names) assert.equal(await people(c, n), 1, `acknowledged import of ${n} is missing`);
  },
  async whole(c, ctx, recs) {
    for (const rec of recs) {
      const found = [];
      for (const n of rec.names) found.push(await people(c, n));
      assert.ok(found.every((x) => x === 0) || found.every((x) => x === 1), `import ${rec.i} is half there: ${found}`);
    }
  },
};

// How many people have exactly this name (the search also finds "… 10" for "… 1").
async function people(c, name) {
  return (await c.get('/api/v1/people?limit=100&q=' + encodeURIComponent(name))).body.items.filter((p) => p.full_name === name).length;
}

for (const kind of [reportWithEvidence, schemeVersion, score, importRoster]) {
  test(`kill -9 during ${kind.name}: every acknowledged write is there, nothing half there, audit verifies`, { timeout: 180000 }, async () => {
    await crashDuring(kind);
  });
}
