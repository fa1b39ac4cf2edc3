// The generated bad-input sweep (issue 13, "Bad input"): every write route of the router's table,
// as the ministry's administrator (so nothing is refused for scope or role), on real objects of
// the demo world, is sent wrong JSON types, unknown fields, 1 MB strings, 10,000-deep nesting,
// invalid UTF-8, numbers out of range and duplicated keys. Each answer is a 4xx with the error
// body, nothing is written (the audit count stays) and the server stays up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { routeTable, auditCount as countAudit } from '../lib/routes.mjs';

let srv, admin, table;
const ids = {};

// The fields a write names in the demo's routes, each sent with a wrong value.
const FIELDS = ['unit_id', 'name', 'year', 'date', 'title', 'period', 'values', 'scheme', 'person_id', 'parent_id',
  'items', 'votes', 'members', 'commitments', 'deadline', 'reason', 'filename', 'content_base64', 'subject_id'];
const BIG = 'á'.repeat(1 << 19); // 1 MB of UTF-8
const DEEP = '['.repeat(10000) + ']'.repeat(10000);
const DEEP_OBJ = '{"a":'.repeat(10000) + '1' + '}'.repeat(10000);

// Routes for which an empty body is the whole request (a step with an optional reason, a close,
// a delete): for them "missing fields" is not bad input.
const EMPTY_OK = [/\/reports\/\{id\}\/(submit|return|accept)$/, /\/council\/close$/, /\/year-end-proposals$/,
  /^\/api\/v1\/registrations\/\{id\}$/, /\/users\/\{id\}\/sessions$/,
  /\/pledges\/\{id\}\/versions$/]; // a new version to edit starts as a copy (the UI sends {})

function cases(r) {
  const access = r.access;
  const f = access.field && !access.field.includes('.') ? access.field : 'unit_id';
  const out = [
    ['array body', '[]'], ['string body', '"x"'], ['number body', '42'], ['null body', 'null'],
    ['not JSON', '{"unit_id": '], ['unknown field', '{"zzz_unknown": 1}'], ['missing fields', '{}'],
    ['deep array', DEEP], ['deep object', DEEP_OBJ],
    ['invalid UTF-8', Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')])],
    ['duplicated key', `{"${f}": 1, "${f}": 2}`],
    [`1e309 in ${f}`, `{"${f}": 1e309}`], [`2^63 in ${f}`, `{"${f}": 9223372036854775808}`],
    [`-1 in ${f}`, `{"${f}": -1}`], [`string in ${f}`, `{"${f}": "một"}`], [`object in ${f}`, `{"${f}": {}}`],
  ];
  for (const k of FIELDS) {
    out.push([`wrong type: ${k} as array of objects`, JSON.stringify({ [k]: [{ x: [] }] })]);
    out.push([`-1 in ${k}`, `{"${k}": -1}`]);
  }
  for (const k of new Set([f, 'name'])) out.push([`1 MB string in ${k}`, JSON.stringify({ [k]: BIG })]);
  for (const k of new Set([f, 'year'])) out.push([`2^63 in ${k}`, `{"${k}": 9223372036854775808}`]);
  return out;
}

const auditCount = () => countAudit(admin);

before(async () => {
  srv = await startServer({ demo: 'world' });
  admin = new Client(srv.url);
  await admin.login('admin');
  table = routeTable();
  const first = async (path) => { const r = await admin.get(path); return r.body.items?.[0]; };
  const gr = await first('/api/v1/groups');
  const g = (await admin.get(`/api/v1/groups/${gr.id}`)).body;
  const rep = await first('/api/v1/reports?limit=1');
  const person = await first('/api/v1/people?limit=1');
  Object.assign(ids, {
    unit: (await first('/api/v1/units?q=nghe%20an')).id,
    person: person.id, posting: person.current?.id ?? 1,
    user: (await admin.get('/api/v1/users')).body.items.find((u) => u.username !== 'admin').id,
    movement: (await first('/api/v1/movements')).id, group: gr.id, year: g.years?.[0]?.year ?? 2024,
    pledge: (await first('/api/v1/pledges'))?.id ?? 1, report: rep.id,
    proposal: (await first('/api/v1/proposals'))?.id ?? 1,
    registration_period: (await first('/api/v1/registration-periods'))?.id ?? 1,
    scheme: (await first('/api/v1/scoring-schemes'))?.id ?? 1,
  });
});
after(async () => { await srv.stop(); srv.cleanup(); });

function pathFor(r) {
  const o = r.access.owner;
  return r.pattern.replace(/\{(\w+)\}/g, (_, k) => {
    if (k === 'year') return String(ids.year);
    if (k === 'gid') return String(ids.group);
    if (k === 'kind') return r.pattern.includes('imports') ? 'reports' : 'proposal';
    if (k === 'id') return String(ids[o === 'group_year' ? 'group' : o] ?? ids.unit);
    return '1';
  });
}

test('every write route refuses bad input with a 4xx, writes nothing and the server stays up', async () => {
  const writes = table.filter((r) => r.method !== 'GET' && r.access.op === 'write');
  assert.ok(writes.length >= 60, `only ${writes.length} write routes`);
  const failures = [];
  let tried = 0;
  let audit = await auditCount();
  for (const r of writes) {
    const path = pathFor(r);
    for (const [name, body] of cases(r)) {
      if (name === 'missing fields' && EMPTY_OK.some((re) => re.test(r.pattern))) continue;
      tried++;
      const res = await admin.req(r.method, path, undefined, { raw: body, headers: { 'content-type': 'application/json' } });
      if (res.status < 400 || res.status >= 500 || !res.body?.error?.message)
        failures.push(`${r.method} ${path} — ${name}: ${res.status} ${res.text.slice(0, 120)}`);
    }
    const now = await auditCount();
    if (now !== audit) failures.push(`${r.method} ${path} — wrote ${now - audit} audit rows`);
    audit = now;
    const health = await fetch(`${srv.url}/healthz`);
    assert.equal(health.status, 200, `server down after ${r.method} ${path}`);
  }
  const byRoute = {};
  for (const f of failures) { const k = f.split(' — ')[0]; byRoute[k] = (byRoute[k] || 0) + 1; }
  if (failures.length) console.log('failing routes:', JSON.stringify(byRoute, null, 1));
  console.log(`bad-input sweep: ${writes.length} write routes, ${tried} bad bodies, ${failures.length} failures`);
  assert.deepEqual(failures, [], failures.slice(0, 40).join('\n'));
});
