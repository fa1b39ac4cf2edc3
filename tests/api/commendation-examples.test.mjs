// Advanced examples (điển hình tiên tiến) on the demo world: Vĩnh Thuận's team's story, linked to
// the grassroots movement and its phase, found without diacritics and the ground of its Giấy
// khen; a new example recorded by Hưng Yên becomes a proposal item's grounds; bad input and other
// provinces are refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, bo, hy, hyViewer, vt, tv;

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyViewer = await login('xem.hungyen');
  vt = await login('canbo.vinhthuan');
  tv = await login('baocao.travinh');
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the gallery is searched without diacritics, linked to its movement and phase, and grounds a dossier', async () => {
  const found = await vt.get('/api/v1/examples?q=' + encodeURIComponent('trom cap gia suc'));
  assert.equal(found.status, 200, JSON.stringify(found.body));
  assert.equal(found.body.total, 1);
  const ex = found.body.items[0];
  assert.equal(ex.subject.name, 'Tổ bảo vệ an ninh, trật tự ấp Thuận Bình');
  assert.ok(ex.movement && ex.movement.name, 'linked to a movement');
  // And to the movement's last phase when it has phases (the demo's grassroots movement may have none).
  const mv = (await vt.get(`/api/v1/movements/${ex.movement.id}`)).body;
  const phases = mv.phases ?? mv.fields?.phases ?? [];
  if (phases.length) assert.ok(ex.phase && ex.phase.title, 'linked to a phase');
  else assert.equal(ex.phase, null);
  assert.match(ex.evidence, /Biên bản/);
  // Filtered by movement: both of Vĩnh Thuận's stories, newest first.
  const byMovement = (await vt.get(`/api/v1/examples?movement_id=${ex.movement.id}`)).body.items;
  assert.deepEqual(byMovement.map((e) => e.date), ['2025-10-02', '2025-08-14']);
  // The team's Giấy khen rests on it: its grounds are the story.
  const dossiers = (await vt.get('/api/v1/proposals?year=2025')).body.items;
  const gk = (await vt.get(`/api/v1/proposals/${dossiers.find((p) => /Giấy khen/.test(p.title)).id}`)).body;
  assert.equal(gk.items[0].example_id, ex.id);
  assert.match(gk.items[0].grounds, /bắt quả tang 3 đối tượng/);
  // Hưng Yên neither sees it nor finds it.
  assert.equal((await hy.get(`/api/v1/examples/${ex.id}`)).status, 404);
  assert.equal((await hy.get('/api/v1/examples?q=' + encodeURIComponent('gia súc'))).body.total, 0);
});

test('a new example recorded by Hưng Yên, refused when incomplete, becomes the grounds of a proposal item', async () => {
  const long = (await hy.get('/api/v1/people?q=' + encodeURIComponent('Nguyễn Văn Long'))).body.items[0].id;
  const huong = (await hy.get('/api/v1/people?q=' + encodeURIComponent('Phạm Thị Hương'))).body.items[0].id;
  const body = { subject_kind: 'person', subject_id: long, title: 'Cứu người đuối nước', story: 'Nhảy xuống sông cứu hai học sinh bị đuối nước.',
    place: 'Sông Luộc, Hưng Yên', date: '2025-06-21', evidence: 'Thư cảm ơn của UBND xã' };
  for (const [bad, field] of [[{ title: '' }, 'title'], [{ story: '' }, 'story'], [{ date: '21/06/2025' }, 'date'], [{ phase_id: 3 }, 'phase_id']]) {
    const r = await hy.post('/api/v1/examples', { ...body, ...bad });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.equal(r.body.error.field, field);
  }
  assert.equal((await hyViewer.post('/api/v1/examples', body)).status, 403);
  assert.ok([403, 404].includes((await tv.post('/api/v1/examples', body)).status));
  assert.equal((await hy.get('/api/v1/examples?q=' + encodeURIComponent('duoi nuoc'))).body.total, 0, 'nothing half-written');
  const created = await hy.post('/api/v1/examples', body);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal((await hy.get('/api/v1/examples?q=' + encodeURIComponent('CUU NGUOI DUOI NUOC'))).body.items[0].id, created.body.id);

  assert.equal((await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: long, year: 2025, level: 'tot' })).status, 201);
  const pv01 = (await hy.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  // The example is Long's, not Hương's.
  const wrong = await hy.post('/api/v1/proposals', { unit_id: pv01, year: 2025,
    items: [{ subject_kind: 'person', subject_id: huong, code: 'chien_si_tien_tien', example_id: created.body.id }] });
  assert.equal(wrong.status, 400);
  assert.match(wrong.body.error.message, /là của Nguyễn Văn Long/);
  const p = await hy.post('/api/v1/proposals', { unit_id: pv01, year: 2025,
    items: [{ subject_kind: 'person', subject_id: long, code: 'chien_si_tien_tien', example_id: created.body.id }] });
  assert.equal(p.status, 201, JSON.stringify(p.body));
  assert.equal(p.body.items[0].example_id, created.body.id);
  assert.equal(p.body.items[0].grounds, 'Cứu người đuối nước: Nhảy xuống sông cứu hai học sinh bị đuối nước.');
  assert.equal((await bo.get(`/api/v1/audit?entity=example&entity_id=${created.body.id}`)).body.items[0].action, 'example.create');
});

test('an example told for a phase of a movement happened during that phase: a date outside it is refused, naming the phase', async () => {
  const mv = (await vt.get('/api/v1/movements?q=' + encodeURIComponent('Lực lượng mới, khí thế mới'))).body.items[0];
  assert.ok(mv, 'the 2026 special movement of Vĩnh Thuận');
  const phases = (await vt.get(`/api/v1/movements/${mv.id}`)).body.phases;
  assert.equal(phases.length, 2);
  const [first, second] = phases;
  const team = (await vt.get('/api/v1/units?q=' + encodeURIComponent('Tổ bảo vệ an ninh, trật tự ấp Thuận Tây'))).body.items[0].id;
  const body = { subject_kind: 'unit', subject_id: team, movement_id: mv.id, phase_id: first.id,
    title: 'Vận động đối tượng nghiện ma túy đi cai nghiện', story: 'Tổ phối hợp gia đình vận động 2 người nghiện tự nguyện đi cai nghiện.',
    place: 'Ấp Thuận Tây, xã Vĩnh Thuận' };
  // 10/08/2026 is in the second phase, not the first.
  const late = await vt.post('/api/v1/examples', { ...body, date: '2026-08-10' });
  assert.equal(late.status, 400, JSON.stringify(late.body));
  assert.equal(late.body.error.field, 'date');
  assert.match(late.body.error.message, /Ngày 10\/08\/2026 của điển hình nằm ngoài đợt thi đua/);
  assert.match(late.body.error.message, /từ 01\/01\/2026 đến 30\/06\/2026/);
  // The day before the movement's first phase starts, too.
  assert.equal((await vt.post('/api/v1/examples', { ...body, date: '2025-12-31' })).status, 400);
  assert.equal((await vt.get('/api/v1/examples?q=' + encodeURIComponent('cai nghien'))).body.total, 0, 'nothing written');
  // The same story on its phase's last day, and in the second phase, is recorded.
  const ok1 = await vt.post('/api/v1/examples', { ...body, date: '2026-06-30' });
  assert.equal(ok1.status, 201, JSON.stringify(ok1.body));
  assert.equal(ok1.body.phase.id, first.id);
  const ok2 = await vt.post('/api/v1/examples', { ...body, phase_id: second.id, date: '2026-08-10' });
  assert.equal(ok2.status, 201, JSON.stringify(ok2.body));
});
