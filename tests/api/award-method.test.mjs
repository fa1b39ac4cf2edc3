// Issue 11: what each award must record for the statistical forms 0602/0603 — its method
// (thường xuyên, chuyên đề, đột xuất, niên hạn…, the list is data) — is recorded when the award
// is decided: per item or for the whole decision, the data's own choice for a yearly title when
// none is given, an unknown method or item refused with nothing written; the records show it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { dossierAtClosedCouncil } from '../lib/dossier.mjs';

let srv, bo, hy, hyCouncil;
const person = {};
let PV01;

before(async () => {
  srv = await startServer({ demo: 'world' });
  const login = async (u) => { const c = new Client(srv.url); await c.login(u); return c; };
  bo = await login('canbo.bo');
  hy = await login('canbo.hungyen');
  hyCouncil = await login('hoidong.hungyen');
  PV01 = (await bo.get('/api/v1/units?q=' + encodeURIComponent('Phòng Tham mưu, Công an tỉnh Hưng Yên'))).body.items[0].id;
  for (const n of ['Hoàng Minh Tuấn', 'Phạm Thị Hương', 'Nguyễn Văn Long']) {
    person[n] = (await bo.get('/api/v1/people?q=' + encodeURIComponent(n))).body.items.find((p) => p.full_name === n).id;
    assert.equal((await hy.post('/api/v1/evaluations', { subject_kind: 'person', subject_id: person[n], year: 2025, level: 'tot' })).status, 201);
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('the methods are data; a decision records each award\'s method and the records show it', async () => {
  const methods = (await hy.get('/api/v1/award-methods')).body.items;
  assert.deepEqual(methods.map((m) => m.name), ['Thường xuyên', 'Chuyên đề', 'Đột xuất', 'Đối ngoại', 'Cống hiến', 'Niên hạn', 'Kháng chiến']);
  const { p, item } = await dossierAtClosedCouncil({ bo, hy, council: hyCouncil },
    { unitId: PV01, year: 2025, personIds: Object.values(person), code: 'chien_si_tien_tien' });
  const dec = { number: '77/QĐ-CAT-PX01', date: '2026-01-06', signer: 'Đại tá Nguyễn Thanh Trường', signer_position: 'Giám đốc Công an tỉnh' };
  // an unknown method, or an item not in the dossier: refused, nothing decided
  let r = await hy.post(`/api/v1/proposals/${p.id}/decision`, { ...dec, methods: [{ item_id: item['Hoàng Minh Tuấn'], method: 'hang_nam' }] });
  assert.equal(r.status, 400);
  assert.equal(r.body.error.field, 'methods');
  assert.match(r.body.error.message, /Phương thức khen thưởng không biết: "hang_nam"; chọn một trong: Thường xuyên \(thuong_xuyen\), Chuyên đề \(chuyen_de\)/);
  r = await hy.post(`/api/v1/proposals/${p.id}/decision`, { ...dec, methods: [{ item_id: 999999, method: 'chuyen_de' }] });
  assert.equal(r.status, 400);
  assert.match(r.body.error.message, /Đề nghị #999999 không thuộc hồ sơ/);
  assert.equal((await hy.post(`/api/v1/proposals/${p.id}/decision`, { ...dec, method: 42 })).status, 400);
  assert.equal((await hy.get(`/api/v1/proposals/${p.id}`)).body.state, 'council');
  // thematic for one, ad hoc for another, the third left to the data (a yearly title: regular)
  r = await hy.post(`/api/v1/proposals/${p.id}/decision`, { ...dec, methods: [
    { item_id: item['Hoàng Minh Tuấn'], method: 'chuyen_de' }, { item_id: item['Phạm Thị Hương'], method: 'dot_xuat' }] });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const by = Object.fromEntries(r.body.awards.map((a) => [a.subject.name, [a.method, a.method_name]]));
  assert.deepEqual(by, { 'Hoàng Minh Tuấn': ['chuyen_de', 'Chuyên đề'], 'Phạm Thị Hương': ['dot_xuat', 'Đột xuất'],
    'Nguyễn Văn Long': ['thuong_xuyen', 'Thường xuyên'] });
  const shown = (await hy.get(`/api/v1/proposals/${p.id}`)).body.decision.awards.map((a) => a.method_name).sort();
  assert.deepEqual(shown, ['Chuyên đề', 'Thường xuyên', 'Đột xuất']);
  const rec = (await hy.get(`/api/v1/people/${person['Hoàng Minh Tuấn']}/record`)).body.items
    .find((i) => i.code === 'chien_si_tien_tien' && i.year === 2025);
  assert.equal(rec.method, 'chuyen_de');
  assert.equal(rec.method_name, 'Chuyên đề');
});
