// The crash matrix (issue 13, item 3): for each kind of write — a unit, a report with its evidence, a
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
import { fakePng } from '../lib/files.mjs';

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
  // The demo world takes a while to seed on PostgreSQL on a loaded machine.
  const srv = await startServer({ demo, startMs: 180000 });
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
  const want = 3 + Math.floor(random() * 8);
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
    const admin = new Client(again.url);
    await admin.login('admin', PASSWORD);
    const v = await admin.get('/api/v1/audit/verify');
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
const png = (i) => fakePng(`evidence ${i} `.repeat(40));

const unit = {
  name: 'a unit',
  async setup(url) {
    const c = await login(url, 'admin');
    const parent = (await unitByName(c, 'Công an tỉnh Nghệ An')).id;
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'admin')));
    return { parent, clients };
  },
  async write(ctx, i, rec) {
    rec.code = `CRASH-${rec.w}-${i}`;
    const r = await ctx.clients[rec.w].post('/api/v1/units', { name: `Công an xã Thử ${rec.w}-${i}`, kind: 'commune_police', code: rec.code, parent_id: ctx.parent, valid_from: '2020-01-01' });
    rec.id = r.body?.id;
    return r.status === 201;
  },
  async present(c, ctx, rec) {
    const r = await c.get(`/api/v1/units/${rec.id}`);
    assert.equal(r.status, 200, `acknowledged unit ${rec.code} is missing after the crash`);
    assert.equal(r.body.code, rec.code);
  },
  async whole() {},
};

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

// Dossiers of Hưng Yên's staff office, each for a person of its own rated "tốt" in 2025, taken
// through `steps` (and, for a decision, the council: two members present, both ballots, closed).
async function dossiers(url, count, steps, council) {
  const hy = await login(url, 'canbo.hungyen');
  const hc = await login(url, 'hoidong.hungyen');
  const pv = (await unitByName(hy, 'Phòng Tham mưu, Công an tỉnh Hưng Yên')).id;
  const users = (await hy.get('/api/v1/users?limit=100')).body.items;
  const uid = (n) => users.find((u) => u.username === n).id;
  const out = [];
  for (let k = 0; k < count; k++) {
    const person = await hy.post('/api/v1/people', { full_name: `Cán bộ Hồ sơ ${k}`, kind: 'officer', posting: { unit_id: pv, from: '2020-01-01' } });
    assert.equal(person.status, 201, person.text);
    assert.equal((await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person.body.id, year: 2025, level: 'tot' })).status, 201);
    const p = await hy.post('/api/v1/proposals', { unit_id: pv, year: 2025, items: [{ subject_kind: 'person', subject_id: person.body.id, code: 'chien_si_tien_tien' }] });
    assert.equal(p.status, 201, p.text);
    for (const step of steps) assert.equal((await hy.post(`/api/v1/proposals/${p.body.id}/steps`, { step })).status, 200, step);
    if (council) {
      const c = await hy.post(`/api/v1/proposals/${p.body.id}/council`, { meeting_date: '2025-12-20', members: [uid('canbo.hungyen'), uid('hoidong.hungyen')] });
      assert.equal(c.status, 201, c.text);
      for (const cl of [hy, hc]) assert.equal((await cl.post(`/api/v1/proposals/${p.body.id}/ballot`, { votes: [{ item_id: p.body.items[0].id, approve: true }] })).status, 200);
      assert.equal((await hy.post(`/api/v1/proposals/${p.body.id}/council/close`)).status, 200);
    }
    out.push(p.body.id);
  }
  return out;
}

const STEPS = ['create', 'submit', 'receive', 'check', 'to_council'];
const proposalStep = {
  name: "a proposal's step",
  user: 'canbo.hungyen',
  async setup(url) {
    const ids = await dossiers(url, 8, [], false);
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'canbo.hungyen')));
    return { ids, clients, done: ids.map(() => 1) };
  },
  // Writer w takes its dossiers (w, w+4) through submit, receive, check, to_council in turn.
  async write(ctx, i, rec) {
    const mine = ctx.ids.map((_, k) => k).filter((k) => k % 4 === rec.w && ctx.done[k] < STEPS.length);
    if (!mine.length) { await sleep(50); return false; }
    const k = mine[0];
    rec.id = ctx.ids[k];
    rec.step = STEPS[ctx.done[k]];
    const r = await ctx.clients[rec.w].post(`/api/v1/proposals/${rec.id}/steps`, { step: rec.step });
    if (r.status !== 200) return false;
    ctx.done[k]++;
    return true;
  },
  async present(c, ctx, rec) {
    const p = (await c.get(`/api/v1/proposals/${rec.id}`)).body;
    assert.ok(p.steps.some((s) => s.step === rec.step), `acknowledged step ${rec.step} of dossier ${rec.id} is missing`);
  },
  async whole(c, ctx) {
    // Every dossier's path is the workflow's in order, at most one step beyond what was
    // acknowledged (the one in flight), and its state is its last step's.
    for (const [k, id] of ctx.ids.entries()) {
      const p = (await c.get(`/api/v1/proposals/${id}`)).body;
      const path = p.steps.map((s) => s.step);
      assert.deepEqual(path, STEPS.slice(0, path.length), `dossier ${id}: ${path}`);
      assert.ok(path.length >= ctx.done[k] && path.length <= ctx.done[k] + 1, `dossier ${id}: ${path.length} steps, ${ctx.done[k]} acknowledged`);
    }
  },
};

const decision = {
  name: 'a decision',
  user: 'canbo.hungyen',
  async setup(url) {
    const ids = await dossiers(url, 24, ['submit', 'receive', 'check', 'to_council'], true);
    const clients = await Promise.all([0, 1, 2, 3].map(() => login(url, 'canbo.hungyen')));
    return { ids, clients, next: 0 };
  },
  async write(ctx, i, rec) {
    if (ctx.next >= ctx.ids.length) { await sleep(50); return false; }
    const k = ctx.next++;
    rec.id = ctx.ids[k];
    rec.number = `${700 + k}/QĐ-CAT-PX01`;
    const r = await ctx.clients[rec.w].post(`/api/v1/proposals/${rec.id}/decision`, { number: rec.number, date: '2026-01-05', signer: 'Đại tá Nguyễn Thanh Trường', signer_position: 'Giám đốc Công an tỉnh' });
    return r.status === 201;
  },
  async present(c, ctx, rec) {
    const p = (await c.get(`/api/v1/proposals/${rec.id}`)).body;
    assert.equal(p.decision?.number, rec.number, `acknowledged decision ${rec.number} is missing`);
    assert.equal(p.decision.awards.length, 1, `decision ${rec.number} without its award`);
    assert.equal(p.steps.at(-1).step, 'decide');
  },
  async whole(c, ctx) {
    for (const id of ctx.ids) {
      const p = (await c.get(`/api/v1/proposals/${id}`)).body;
      if (p.decision) {
        assert.equal(p.decision.awards.length, 1, `dossier ${id}: a decision without its award`);
        assert.equal(p.steps.at(-1).step, 'decide', `dossier ${id}: decided but its path does not say so`);
      } else {
        assert.notEqual(p.steps.at(-1).step, 'decide', `dossier ${id}: a decide step without a decision`);
      }
    }
  },
};

// How many people have exactly this name (the search also finds "… 10" for "… 1").
async function people(c, name) {
  return (await c.get('/api/v1/people?limit=100&q=' + encodeURIComponent(name))).body.items.filter((p) => p.full_name === name).length;
}

for (const kind of [unit, reportWithEvidence, schemeVersion, score, proposalStep, decision, importRoster]) {
  test(`kill -9 during ${kind.name}: every acknowledged write is there, nothing half there, audit verifies`, { timeout: 400000 }, async () => {
    await crashDuring(kind, { demo: kind.user ? 'world' : true });
  });
}
