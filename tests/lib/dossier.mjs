// A commendation dossier taken through the API as far as the closed council, for the tests of
// what comes after (the decision): Hưng Yên's officer proposes `code` for `year` to each of
// `personIds` of unit `unitId`, takes it through its checks to the council of canbo.hungyen and
// hoidong.hungyen, both vote yes, and the council closes. Returns the proposal as created and
// its item ids by the nominee's name.
import assert from 'node:assert/strict';

export async function dossierAtClosedCouncil({ bo, hy, council }, { unitId, year, personIds, code }) {
  const p = (await hy.post('/api/v1/proposals', { unit_id: unitId, year,
    items: personIds.map((id) => ({ subject_kind: 'person', subject_id: id, code })) })).body;
  for (const step of ['submit', 'receive', 'check', 'to_council']) assert.equal((await hy.post(`/api/v1/proposals/${p.id}/steps`, { step })).status, 200);
  const users = (await bo.get('/api/v1/users?limit=100')).body.items;
  const uid = (n) => users.find((u) => u.username === n).id;
  assert.equal((await hy.post(`/api/v1/proposals/${p.id}/council`, { meeting_date: `${year}-12-20`, members: [uid('canbo.hungyen'), uid('hoidong.hungyen')] })).status, 201);
  const votes = p.items.map((i) => ({ item_id: i.id, approve: true }));
  for (const c of [hy, council]) assert.equal((await c.post(`/api/v1/proposals/${p.id}/ballot`, { votes })).status, 200);
  assert.equal((await hy.post(`/api/v1/proposals/${p.id}/council/close`)).status, 200);
  return { p, item: Object.fromEntries(p.items.map((i) => [i.subject.name, i.id])) };
}
