// The route sweep (issue 13, item 1), generated from the router's own table (`thidua routes
// --json`): every route × every demo role × an object inside and an object outside the caller's
// scope, on the whole demo world. Reads outside scope answer 403/404 with no foreign data; a role
// that may not write gets 403 before anything is read; a writer outside scope is refused; and
// nothing is written (the audit count stays). A route declaring an owner this sweep cannot find
// objects of fails here, so a new kind of route is never silently skipped.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';
import { routeTable, auditCount as countAudit } from '../lib/routes.mjs';

const USERS = ['admin', 'canbo.bo', 'hoidong.bo', 'canbo.nghean', 'baocao.nghean', 'baocao.travinh',
  'xem.hungyen', 'canbo.hungyen', 'hoidong.hungyen', 'canbo.vinhthuan'];

let srv, admin, table;
const as = {}; // username → Client
const scope = {}; // username → Set of unit ids in scope (its own /units/tree)
const ancestors = {}; // username → Set of unit ids above its unit
const parent = new Map();
const unitName = new Map();

// Objects of each owner kind: { params (path parameters), units (the units it belongs to),
// labels (text only someone who may read it should see) }.
const objects = {};

async function list(path) {
  const r = await admin.get(path);
  assert.equal(r.status, 200, `${path}: ${r.text.slice(0, 200)}`);
  return Array.isArray(r.body) ? r.body : r.body.items;
}

async function findObjects() {
  const units = await list('/api/v1/units/tree');
  for (const u of units) { parent.set(u.id, u.parent_id); unitName.set(u.id, u.name); }
  const pick = (codes) => units.filter((u) => codes.includes(u.code));
  const keyUnits = pick(['CA-NA', 'CA-NA-PV01', 'CA-HY', 'CA-TB', 'CA-TV', 'CA-LA-VH-VT', 'TBV-VT-1', 'CA-QB']);
  objects.unit = keyUnits.map((u) => ({ params: { id: u.id }, units: [u.id], labels: [u.name], body: { unit: u.id } }));
  objects.scorecard = [];

  const people = await list('/api/v1/people?limit=500');
  const withUnit = people.filter((p) => p.current && p.current.unit_id);
  objects.person = withUnit.map((p) => ({ params: { id: p.id }, units: [p.current.unit_id], labels: [p.full_name] }));
  objects.posting = withUnit.map((p) => ({ params: { id: p.current.id }, units: [p.current.unit_id], labels: [p.full_name] }));
  objects.subject = objects.unit;

  const users = await list('/api/v1/users?limit=500');
  objects.user = users.filter((u) => u.username !== 'admin')
    .map((u) => ({ params: { id: u.id }, units: [u.unit_id], labels: [u.full_name || u.username].filter((x) => x.length > 6) }));

  const movements = await list('/api/v1/movements?limit=500');
  objects.movement = movements.map((m) => ({
    params: { id: m.id, aid: 1 },
    units: [m.owner_unit_id, ...(m.organisers || []).map((o) => o.unit_id ?? o.id)].filter(Boolean),
    labels: [m.name],
  }));
  objects.units = objects.unit;
  for (const m of objects.movement) m.text = (await admin.get(`/api/v1/movements/${m.params.id}`)).text;

  const groups = await list('/api/v1/groups?limit=500');
  objects.group = [];
  objects.group_year = [];
  for (const g of groups) {
    const full = (await admin.get(`/api/v1/groups/${g.id}`)).body;
    const years = full.years || [];
    const related = new Set([full.organiser_unit_id]);
    for (const y of years) for (const m of [...(y.members || []), y.leader, y.deputy]) if (m?.unit_id) related.add(m.unit_id);
    objects.group.push({ params: { id: g.id, year: years[0]?.year ?? 2024 }, units: [...related], labels: [full.name] });
    for (const y of years) {
      const members = [...(y.members || []), y.leader, y.deputy].filter((m) => m?.unit_id).map((m) => m.unit_id);
      objects.group_year.push({ params: { id: g.id, gid: g.id, year: y.year }, units: [full.organiser_unit_id, ...members], labels: [full.name] });
      for (const m of y.members || []) {
        objects.scorecard.push({ params: { gid: g.id, year: y.year, unit: m.unit_id }, units: [full.organiser_unit_id, ...members], labels: [] });
      }
    }
  }

  objects.pledge = [];
  for (const g of objects.group) {
    for (const p of await list(`/api/v1/pledges?group_id=${g.params.id}&limit=500`)) {
      objects.pledge.push({ params: { id: p.id }, units: [...g.units, ...(p.signatures || []).map((s) => s.unit_id)], labels: [] });
    }
  }

  const periods = await list('/api/v1/registration-periods?limit=500');
  objects.registration_period = periods.map((p) => ({ params: { id: p.id }, units: [p.unit_id], labels: [] }));
  objects.registration = [];
  for (const year of [2024, 2025, 2026]) {
    const regs = await admin.get(`/api/v1/registrations?year=${year}&limit=500`);
    if (regs.status === 200) for (const g of regs.body.items) objects.registration.push({ params: { id: g.id }, units: [g.unit_id], labels: [] });
  }

  const reports = await list('/api/v1/reports?limit=500');
  objects.report = reports.map((r) => ({ params: { id: r.id, eid: 1 }, units: [r.unit_id], labels: [] }));

  const proposals = await list('/api/v1/proposals?limit=500');
  const proposalUnits = (p) => [p.unit?.id, p.holder?.id, p.issuer?.unit?.id].filter(Boolean);
  objects.proposal = proposals.map((p) => ({ params: { id: p.id }, units: proposalUnits(p), labels: [p.title].filter((t) => t && t.length > 10) }));
  objects.award = [];
  objects.document = [];
  for (const p of proposals) {
    const full = (await admin.get(`/api/v1/proposals/${p.id}`)).body;
    const units = proposalUnits(p);
    for (const a of full.decision?.awards || []) objects.award.push({ params: { id: a.id }, units, labels: [] });
    objects.document.push({ params: { kind: 'proposal', id: p.id }, units, labels: [] });
  }

  const examples = await list('/api/v1/examples?limit=500');
  objects.example = examples.map((e) => ({ params: { id: e.id }, units: [e.unit.id], labels: [e.title].filter((t) => t.length > 10) }));

  const schemes = await list('/api/v1/scoring-schemes?limit=500');
  objects.scheme = schemes.map((s) => ({ params: { id: s.id }, units: [s.owner_unit_id].filter(Boolean), labels: [s.name], body: { scheme: s.code } }));
  objects.review_report = [];
  for (const gy of objects.group_year) {
    const r = await admin.get(`/api/v1/groups/${gy.params.gid}/years/${gy.params.year}/review-reports`);
    if (r.status === 200) for (const x of r.body.items || []) objects.review_report.push({ params: { id: x.id }, units: gy.units, labels: [] });
  }
  objects.workbook = [];
}

// Inside: the object's first unit is in the caller's scope. Outside: none of its units is in the
// caller's scope nor above the caller's unit (a ministry's movement is everyone's to read).
function insideOf(user, kind) {
  return (objects[kind] || []).find((o) => o.units.length && scope[user].has(o.units[0]));
}
function outsideOf(user, kind) {
  return (objects[kind] || []).find((o) => o.units.length && o.units.every((u) => !scope[user].has(u) && !ancestors[user].has(u)));
}

function fill(pattern, params) {
  return pattern.replace(/\{(\w+)\}/g, (_, k) => String(params?.[k] ?? 1));
}

// A body that points a write at `obj` (for routes whose unit comes from the body).
function bodyFor(access, obj) {
  if (!obj) return {};
  const unit = obj.units?.[0];
  switch (access.unit) {
    case 'body': {
      const path = access.field.split('.');
      const b = {};
      let cur = b;
      for (const k of path.slice(0, -1)) cur = cur[k] = {};
      cur[path.at(-1)] = obj.params?.id ?? unit;
      return b;
    }
    case 'body_owner':
      if (access.owner === 'subject') return { subject_kind: 'unit', subject_id: obj.params.id };
      if (access.owner === 'units') return { [access.field]: [obj.params.id] };
      if (access.owner === 'scheme') return { scheme: { id: obj.body?.scheme ?? 'x', version: 99, name: 'Sửa trái phép' } };
      return { [access.field]: obj.params.id };
    default:
      return {};
  }
}

// What kind of object a route's ids name, for picking inside/outside objects.
function kindOf(access) {
  if (access.unit === 'path' || access.unit === 'query' || access.unit === 'body') return 'unit';
  if (access.unit === 'owner' || access.unit === 'body_owner') return access.owner;
  return null;
}

const auditCount = () => countAudit(admin);

before(async () => {
  srv = await startServer({ demo: 'world' });
  admin = new Client(srv.url);
  await admin.login('admin');
  table = routeTable();
  await findObjects();
  for (const u of USERS) {
    const c = new Client(srv.url);
    await c.login(u);
    as[u] = c;
    const tree = await c.get('/api/v1/units/tree');
    scope[u] = new Set(tree.body.items.map((x) => x.id));
    ancestors[u] = new Set();
    for (let p = parent.get(c.user.unit_id); p; p = parent.get(p)) ancestors[u].add(p);
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

test('every route declares its access, and the sweep knows every owner it names', () => {
  assert.ok(table.length >= 100, `only ${table.length} routes in the table`);
  const known = new Set(Object.keys(objects));
  for (const r of table) {
    assert.ok(r.access && r.access.op, `${r.method} ${r.pattern} has no access declaration`);
    const kind = kindOf(r.access);
    if (kind) assert.ok(known.has(kind), `${r.method} ${r.pattern}: the sweep has no objects of kind "${kind}" — add a finder`);
    if (r.method !== 'GET') assert.ok(['write', 'self', 'anonymous'].includes(r.access.op), `${r.method} ${r.pattern} changes state but is declared ${r.access.op}`);
    if (r.access.op === 'write') assert.ok(r.access.roles.length > 0 && r.access.resource, `${r.method} ${r.pattern}: a write with no resource`);
  }
});

test('route × role × scope: no read outside scope, no write by a role or outside scope', async () => {
  const counts = { routes: table.length, cases: 0, reads_inside: 0, reads_inside_ok: 0, reads_outside: 0, lists: 0,
    writes_role_refused: 0, writes_outside: 0, writes_allowed_not_sent: 0, no_object: 0 };
  const failures = [];
  const fail = (msg) => failures.push(msg);
  let audit = await auditCount();

  for (const r of table) {
    const a = r.access;
    if (a.op === 'anonymous' || (a.op === 'self' && r.method !== 'GET')) continue;
    const kind = kindOf(a);
    for (const user of USERS) {
      const c = as[user];
      const role = c.user.role;
      const everything = scope[user].size === scope.admin.size;
      const send = async (obj, body) => {
        counts.cases++;
        let path = fill(r.pattern, obj?.params);
        if (a.unit === 'query') path += `?${a.field}=${obj?.params?.id ?? 1}`;
        return c.req(r.method, path, r.method === 'GET' || r.method === 'DELETE' ? undefined : body);
      };
      const where = (obj) => `${r.method} ${fill(r.pattern, obj?.params)} as ${user}`;

      if (r.method === 'GET') {
        if (a.root_only || !a.roles.includes(role) || (a.root_only && !everything)) {
          const res = await send(insideOf(user, kind) || objects.unit[0]);
          const allowed = a.roles.includes(role) && (!a.root_only || (role === 'admin' && everything));
          if (!allowed && res.status !== 403) fail(`${where()}: ${res.status}, expected 403 for this role`);
          continue;
        }
        if (a.unit === 'list' || a.unit === 'none') {
          // Lists: nobody outside the caller's scope appears (people's names are the markers).
          const res = await send(undefined, undefined);
          counts.lists++;
          if (res.status >= 500) fail(`${where()}: ${res.status}`);
          if (!everything && res.status === 200 && a.unit === 'list') {
            // A movement the caller may read names its launch chairs (a province's People's
            // Committee chairman, an officer since moved on): those names are the movement's own.
            const readable = objects.movement.filter((m) => m.units.some((u) => scope[user].has(u) || ancestors[user].has(u)));
            const foreign = objects.person.filter((p) => !scope[user].has(p.units[0]) && !ancestors[user].has(p.units[0]))
              .map((p) => p.labels[0])
              .filter((n) => !readable.some((m) => m.text.includes(n)))
              .filter((n) => !objects.person.some((q) => q.labels[0] === n && (scope[user].has(q.units[0]) || ancestors[user].has(q.units[0]))));
            const leaked = foreign.filter((n) => res.text.includes(n));
            if (leaked.length) fail(`${where()}: lists people outside scope: ${leaked.slice(0, 3).join(', ')}`);
          }
          continue;
        }
        const inside = insideOf(user, kind);
        if (inside) {
          const res = await send(inside);
          counts.reads_inside++;
          if (res.status === 200) counts.reads_inside_ok++;
          if (res.status >= 500) fail(`${where(inside)}: ${res.status} inside scope`);
        }
        const outside = outsideOf(user, kind);
        if (outside) {
          const res = await send(outside);
          counts.reads_outside++;
          if (![403, 404].includes(res.status)) fail(`${where(outside)}: ${res.status} outside scope (expected 403/404)`);
          else if (!res.body?.error?.message) fail(`${where(outside)}: ${res.status} without the error body`);
          const leaked = outside.labels.filter((l) => l && res.text.includes(l));
          if (leaked.length) fail(`${where(outside)}: answer names ${leaked.join(', ')}`);
        }
        if (!inside && !outside) counts.no_object++;
        continue;
      }

      // Writes.
      if (!a.roles.includes(role)) {
        const obj = insideOf(user, kind) || outsideOf(user, kind);
        const res = await send(obj, bodyFor(a, obj));
        counts.writes_role_refused++;
        if (res.status !== 403 || !res.body?.error) fail(`${where(obj)}: ${res.status}, expected 403 for role ${role}`);
      } else {
        const outside = outsideOf(user, kind);
        if (outside && !everything) {
          const res = await send(outside, bodyFor(a, outside));
          counts.writes_outside++;
          if (res.status < 400 || res.status >= 500) fail(`${where(outside)}: ${res.status} writing outside scope`);
          const leaked = outside.labels.filter((l) => l && res.text.includes(l));
          if (leaked.length) fail(`${where(outside)}: refusal names ${leaked.join(', ')}`);
        } else {
          counts.writes_allowed_not_sent++;
          continue;
        }
      }
      const now = await auditCount();
      if (now !== audit) fail(`${r.method} ${r.pattern} as ${user}: the audit log grew by ${now - audit}`);
      audit = now;
    }
  }
  console.log('route sweep:', JSON.stringify(counts));
  assert.deepEqual(failures, [], `${failures.length} failures:\n${failures.slice(0, 40).join('\n')}`);
  assert.ok(counts.reads_outside > 100 && counts.writes_role_refused > 100 && counts.writes_outside > 50, JSON.stringify(counts));
});

// References in bodies resolve with the reader's scope (issue 13: a chair, a signer, a registrant,
// a scheme, a movement, a group): a writer naming one outside its scope gets a 4xx that does not
// name it, and nothing is written. Each write route the caller may use, on an object inside its
// scope, is sent each reference field pointing outside.
test('references in bodies never resolve outside the caller\'s scope', async () => {
  const REFS = [['person_id', 'person'], ['signer_person_id', 'person'], ['subject_id', 'person'], ['scheme_id', 'scheme'],
    ['movement_id', 'movement'], ['group_id', 'group'], ['parent_id', 'movement'], ['unit_id', 'unit'], ['scorer_unit_id', 'unit']];
  const counts = { cases: 0, refused_naming_the_field: 0 };
  const failures = [];
  let audit = await auditCount();
  for (const r of table.filter((x) => x.access.op === 'write' && x.method !== 'DELETE')) {
    const a = r.access;
    for (const user of USERS) {
      const c = as[user];
      if (!a.roles.includes(c.user.role) || scope[user].size === scope.admin.size) continue;
      const kind = kindOf(a);
      const inside = kind ? insideOf(user, kind) : null;
      if (kind && !inside) continue;
      for (const [field, refKind] of REFS) {
        const out = outsideOf(user, refKind);
        if (!out) continue;
        const body = { ...bodyFor(a, inside), [field]: out.params.id };
        if (field === 'subject_id') body.subject_kind = 'person';
        const path = fill(r.pattern, inside?.params);
        const res = await c.req(r.method, path, body);
        counts.cases++;
        if (res.body?.error?.field === field) counts.refused_naming_the_field++;
        const where = `${r.method} ${path} as ${user} with ${field}=${out.params.id}`;
        if (res.status < 400 || res.status >= 500) failures.push(`${where}: ${res.status} ${res.text.slice(0, 100)}`);
        const leaked = out.labels.filter((l) => l && res.text.includes(l));
        if (leaked.length) failures.push(`${where}: the answer names ${leaked.join(', ')}`);
        const now = await auditCount();
        if (now !== audit) failures.push(`${where}: wrote ${now - audit} audit rows`);
        audit = now;
      }
    }
  }
  console.log('reference sweep:', JSON.stringify(counts));
  assert.deepEqual(failures, [], failures.slice(0, 40).join('\n'));
  assert.ok(counts.cases > 100, JSON.stringify(counts));
});
