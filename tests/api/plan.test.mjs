// `thidua plan parse` and POST /api/v1/plans/parse: the contract's JSON, exit codes, bad text; the
// sample texts the import screen offers (GET /api/v1/plans/samples).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, Client, BIN, ROOT } from '../lib/server.mjs';

const corpus = (f) => join(ROOT, 'tests/fixtures/corpus', f);
const KEYS = ['title', 'event', 'organizers', 'movement', 'phases', 'contents', 'targets', 'group', 'people', 'counts'];

test('plan parse reads the Nghệ An article: a special movement in two phases', () => {
  const r = spawnSync(BIN, ['plan', 'parse', corpus('nghe-an-2024-launch.txt')]);
  assert.equal(r.status, 0, r.stderr.toString());
  const j = JSON.parse(r.stdout.toString());
  // The CONTRACT keys, plus how each value was read (provenance) and what was done to the text (notes).
  assert.deepEqual(Object.keys(j).sort(), [...KEYS, 'provenance', 'notes'].sort());
  assert.equal(j.provenance['movement.start'].how, 'inferred'); // "từ nay": the day of the launch
  assert.equal(j.event.kind, 'launch');
  assert.equal(j.event.date, '2024-10-18');
  assert.equal(j.movement.kind, 'special');
  assert.equal(j.movement.end, '2025-08-19');
  assert.deepEqual(j.phases.map((p) => [p.ordinal, p.start, p.end]), [[1, '2024-10-18', '2025-02-03'], [2, '2025-02-04', '2025-08-19']]);
  assert.ok(j.people.some((p) => p.name === 'Bùi Quang Thanh' && p.rank === 'Thiếu tướng'));
});

test('plan parse reads standard input with "-"', () => {
  const text = readFileSync(corpus('cluster5-2024-conference.txt'));
  const r = spawnSync(BIN, ['plan', 'parse', '-'], { input: text });
  assert.equal(r.status, 0, r.stderr.toString());
  const j = JSON.parse(r.stdout.toString());
  assert.equal(j.group.leader, 'Công an tỉnh Hưng Yên');
  assert.equal(j.group.members.length, 5);
});

test('empty text, text that is not UTF-8 and a missing file exit 2 with one clear line', () => {
  for (const input of [Buffer.from(''), Buffer.from('   \n '), Buffer.from([0x43, 0xf4, 0x6e, 0x67, 0x20, 0xe1, 0x6e])]) {
    const r = spawnSync(BIN, ['plan', 'parse', '-'], { input });
    assert.equal(r.status, 2);
    assert.equal(r.stdout.toString(), '');
    assert.equal(r.stderr.toString().trim().split('\n').length, 1);
  }
  const esc = spawnSync(BIN, ['plan', 'parse', '-'], { input: Buffer.from('Phát động thi đua: giảm tô%3bị phạm, tê%3ḅ nạn xã hô%3bị.') });
  assert.equal(esc.status, 2);
  assert.match(esc.stderr.toString(), /mã hóa URL/);
  assert.equal(spawnSync(BIN, ['plan', 'parse', '/nonexistent/file.txt']).status, 2);
  assert.equal(spawnSync(BIN, ['plan']).status, 2);
});

let srv;
before(async () => { srv = await startServer(); });
after(async () => { await srv.stop(); srv.cleanup(); });

test('the API gives the same JSON as the command, for officers only', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const text = readFileSync(corpus('tra-vinh-2024-launch.txt'), 'utf8');
  const r = await c.post('/api/v1/plans/parse', { text });
  assert.equal(r.status, 200);
  const cli = JSON.parse(spawnSync(BIN, ['plan', 'parse', corpus('tra-vinh-2024-launch.txt')]).stdout.toString());
  assert.deepEqual(r.body, cli);
  const empty = await c.post('/api/v1/plans/parse', { text: '' });
  assert.equal(empty.status, 400);
  // (s21-lead) a text copied out of a URL ("tô%3bị phạm", "%C3%B4"): refused like the other bad
  // encodings, the error in the same shape, its message naming what happened
  const escaped = await c.post('/api/v1/plans/parse', { text: 'Bộ Công an phát động thi đua: giảm tô%3bị phạm, tê%3ḅ nạn xã hô%3bị.' });
  assert.equal(escaped.status, 400);
  assert.deepEqual(Object.keys(escaped.body).sort(), Object.keys(empty.body).sort());
  assert.match(JSON.stringify(escaped.body), /mã hóa URL/);
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  assert.equal((await rep.post('/api/v1/plans/parse', { text })).status, 403);
});

test('the sample texts: a list without texts, one with its text that parses to its kind, 404, officers only', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const list = await c.get('/api/v1/plans/samples');
  assert.equal(list.status, 200, list.text);
  const items = list.body.items;
  assert.equal(list.body.total, items.length);
  assert.ok(items.length >= 3 && items.length <= 7, `${items.length} samples`);
  for (const s of items) {
    assert.deepEqual(Object.keys(s).sort(), ['id', 'kind', 'source', 'title', 'url']);
    assert.ok(s.title && s.source, s.id);
  }
  const kinds = new Set(items.map((s) => s.kind));
  for (const k of ['launch', 'review']) assert.ok(kinds.has(k), `a sample of kind ${k}`);
  assert.ok(kinds.has('pledge_signing') || kinds.has('conference'), 'a cluster pledge signing or conference');

  const one = await c.get('/api/v1/plans/samples/nghe-an-2024-launch');
  assert.equal(one.status, 200, one.text);
  assert.equal(one.body.kind, 'launch');
  assert.equal(one.body.text, readFileSync(corpus('nghe-an-2024-launch.txt'), 'utf8'));
  for (const s of items) {
    const full = await c.get(`/api/v1/plans/samples/${s.id}`);
    assert.equal(full.status, 200, s.id);
    const parsed = await c.post('/api/v1/plans/parse', { text: full.body.text });
    assert.equal(parsed.body.event.kind, s.kind, `${s.id} parses to its kind`);
  }

  // (s26-demo) The seventh sample, written for the demo: a cluster of another sector whose members
  // are bare places after the body's head ("Thanh tra các tỉnh Tây Nguyên gồm: Gia Lai (Cụm
  // trưởng), Kon Tum, …"), read as that body of each province, and the signers' sentence of the
  // pledge read as its contents.
  assert.ok(items.some((s) => s.id === 'thanh-tra-tay-nguyen-2024-pledge' && s.kind === 'pledge_signing'), 'the written sample is listed');
  const written = await c.get('/api/v1/plans/samples/thanh-tra-tay-nguyen-2024-pledge');
  assert.equal(written.status, 200, written.text);
  assert.match(written.body.source, /viết cho bản demo/);
  const w = (await c.post('/api/v1/plans/parse', { text: written.body.text })).body;
  assert.equal(w.group.name, 'Cụm thi đua Thanh tra các tỉnh Tây Nguyên');
  assert.deepEqual(w.group.members, ['Gia Lai', 'Kon Tum', 'Đắk Lắk', 'Đắk Nông', 'Lâm Đồng'].map((p) => `Thanh tra tỉnh ${p}`));
  assert.equal(w.group.leader, 'Thanh tra tỉnh Gia Lai');
  assert.equal(w.contents.length, 5, JSON.stringify(w.contents));
  assert.ok(w.contents.includes('tiếp tục nâng cao chất lượng tiếp công dân, giải quyết dứt điểm các vụ việc khiếu nại, tố cáo ngay từ cơ sở'), JSON.stringify(w.contents));

  const missing = await c.get('/api/v1/plans/samples/khong-co');
  assert.equal(missing.status, 404);
  assert.match(missing.body.error.message, /văn bản mẫu/);

  // (s23-tidy) The samples are a read for those who may write movements: a reporter and a reader
  // (viewer) are refused, and the route table declares a read, not a write.
  for (const who of ['baocao.nghean', 'xem.hungyen']) {
    const other = new Client(srv.url);
    await other.login(who);
    for (const path of ['/api/v1/plans/samples', '/api/v1/plans/samples/nghe-an-2024-launch']) {
      const r = await other.get(path);
      assert.equal(r.status, 403, `${path} as ${who}`);
      assert.ok(!r.text.includes('Bùi Quang Thanh'), `${path} as ${who}: the refusal holds no text`);
      // A read refused says what the function is for, not that a change was refused.
      assert.match(r.body.error.message, /^Chức năng này chỉ dành cho vai trò được phép/, `${path} as ${who}`);
    }
  }
  const routes = JSON.parse(spawnSync(BIN, ['routes', '--json']).stdout.toString());
  for (const r of routes.filter((x) => x.pattern.startsWith('/api/v1/plans/samples'))) {
    assert.equal(r.access.op, 'read', r.pattern);
    assert.ok(!r.access.roles.includes('viewer') && r.access.roles.includes('officer'), `${r.pattern}: ${r.access.roles}`);
  }
});

test('how sure the import is on unseen texts: the held-out sets\' first runs pooled, least sure field first, officers only', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const r = await c.get('/api/v1/plans/reliability');
  assert.equal(r.status, 200, r.text);
  const data = JSON.parse(readFileSync(join(ROOT, 'data/plan-reliability.json'), 'utf8'));
  assert.equal(r.body.sets.length, data.sets.length);
  assert.equal(r.body.texts, data.sets.reduce((n, s) => n + s.texts, 0));
  // The pooled figure of a field is the sum over the sets of the file.
  const members = r.body.fields.find((f) => f.field === 'group.members');
  const sum = (k) => data.sets.reduce((n, s) => n + (s.fields['group.members']?.[k] ?? 0), 0);
  assert.deepEqual([members.right, members.slots], [sum('right'), sum('slots')]);
  assert.ok(Math.abs(members.share - members.right / members.slots) < 1e-12);
  const shares = r.body.fields.map((f) => f.share);
  assert.deepEqual(shares, [...shares].sort((a, b) => a - b), 'least sure first');
  assert.ok(r.body.basis.includes('first_runs.py'));
  const rep = new Client(srv.url);
  await rep.login('baocao.nghean');
  assert.equal((await rep.get('/api/v1/plans/reliability')).status, 403);
});

test('the sample as an officer pastes it: the page around it and its cut lines are dropped and joined, said in the notes', async () => {
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const pasted = await c.get('/api/v1/plans/samples/cum2-2025-pledge-pasted');
  assert.equal(pasted.status, 200, pasted.text);
  assert.match(pasted.body.text, /^Thời sự \| Chính trị/);
  const fixture = readFileSync(join(ROOT, 'tests/fixtures/plans/dev/cum2-2025-pledge.txt'), 'utf8');
  const a = (await c.post('/api/v1/plans/parse', { text: pasted.body.text })).body;
  const b = (await c.post('/api/v1/plans/parse', { text: fixture })).body;
  for (const k of KEYS) assert.deepEqual(a[k], b[k], k);
  assert.ok(a.notes.some((n) => /trang web/.test(n)) && a.notes.some((n) => /nối lại/.test(n)), JSON.stringify(a.notes));
});
