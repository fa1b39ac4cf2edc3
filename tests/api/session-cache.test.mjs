// A request's session is checked against a short-lived in-memory copy (api/app.cpp, kSessionTtl =
// 5 s), so a burst of reads does not read the same rows each time. It must stay correct: a
// logout, a disabled account, a changed role or a changed unit (scope) takes effect on the very
// next request in the instance that made the change, and in another instance on the same
// database once the stated bound (5 s) has passed since that instance last checked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client, PASSWORD } from '../lib/server.mjs';

const TTL_MS = 5000;  // kSessionTtl
let srv, second, admin, ids = {};
before(async () => {
  srv = await startServer();
  second = await startServer({ dbUrl: srv.dbUrl, dir: srv.dir, demo: false });
  admin = new Client(srv.url);
  await admin.login('admin');
  for (const q of ['Công an tỉnh Nghệ An', 'Công an tỉnh Trà Vinh']) {
    const r = await admin.get('/api/v1/units?q=' + encodeURIComponent(q));
    ids[q] = r.body.items.find((u) => u.name === q).id;
  }
});
after(async () => { await second.stop(); await srv.stop(); srv.cleanup(); });

let n = 0;
// A new officer of Nghệ An, logged in; `at` is the instance its requests go to.
async function officer(at) {
  const username = `cache.${process.pid % 10000}.${n++}`;
  const r = await admin.post('/api/v1/users', { username, password: PASSWORD, role: 'officer', unit_id: ids['Công an tỉnh Nghệ An'], full_name: 'Cán bộ thử' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const c = new Client(srv.url);
  await c.login(username);
  c.url = at.url;
  c.id = r.body.id;
  return c;
}
const nghean = () => `/api/v1/units/${ids['Công an tỉnh Nghệ An']}`;

// Each change, made through the first instance, to an account whose session `c` holds.
const changes = {
  'logout': (c) => c.del('/api/v1/session').then((r) => assert.equal(r.status, 204)),
  'a disabled account': (c) => admin.patch(`/api/v1/users/${c.id}`, { disabled: true }).then((r) => assert.equal(r.status, 200)),
  'a changed role': (c) => admin.patch(`/api/v1/users/${c.id}`, { role: 'viewer' }).then((r) => assert.equal(r.status, 200)),
  'a changed unit': (c) => admin.patch(`/api/v1/users/${c.id}`, { unit_id: ids['Công an tỉnh Trà Vinh'] }).then((r) => assert.equal(r.status, 200)),
};
// What the user notices once the change holds.
async function showsChange(kind, c) {
  if (kind === 'logout' || kind === 'a disabled account') {
    assert.equal((await c.get(nghean())).status, 401, `${kind}: the old session still works`);
  } else if (kind === 'a changed role') {
    const s = await c.get('/api/v1/session');
    assert.equal(s.body.user.role, 'viewer');
    const w = await c.post(`/api/v1/units/${ids['Công an tỉnh Nghệ An']}/rename`, { name: 'Công an tỉnh Nghệ An (thử)', date: '2025-06-01' });
    assert.equal(w.status, 403, `a viewer could still write: ${w.status}`);
  } else {
    assert.equal((await c.get(nghean())).status, 404, 'the old unit is still in scope');
    assert.equal((await c.get(`/api/v1/units/${ids['Công an tỉnh Trà Vinh']}`)).status, 200, 'the new unit is not in scope');
  }
}

for (const kind of Object.keys(changes)) {
  test(`${kind} takes effect at once in the instance that made it, though the session was just checked`, async () => {
    const c = await officer(srv);
    assert.equal((await c.get(nghean())).status, 200);  // the session is now held in memory
    if (kind === 'logout') {
      const cookie = c.cookie;
      await changes[kind](c);
      c.cookie = cookie;  // replaying the old cookie
    } else {
      await changes[kind](c);
    }
    await showsChange(kind, c);
  });
}

test('in another instance on the same database, each change holds once the 5 s bound has passed', async () => {
  const users = {};
  for (const kind of Object.keys(changes)) {
    users[kind] = await officer(second);
    assert.equal((await users[kind].get(nghean())).status, 200);  // the second instance holds the session
  }
  for (const [kind, c] of Object.entries(users)) {
    if (kind === 'logout') {
      const cookie = c.cookie;
      c.url = srv.url;
      await changes[kind](c);
      c.url = second.url;
      c.cookie = cookie;
    } else {
      await changes[kind](c);
    }
  }
  await new Promise((r) => setTimeout(r, TTL_MS + 300));
  for (const [kind, c] of Object.entries(users)) await showsChange(kind, c);
});

// A unit-tree write changes what a user bound to it sees: an officer of a unit standing on its own
// (a root: the whole registry in scope) whose unit is moved under Nghệ An sees only its own subtree,
// at once in the instance that moved it, though its session had just been checked, and in another
// instance once the 5 s bound has passed.
let roots = 0;
async function rootOfficer(at) {
  const code = `ROOT-${process.pid % 10000}-${roots++}`;
  const u = await admin.post('/api/v1/units', { name: `Ban chỉ đạo thử ${code}`, kind: 'other', code, valid_from: '2020-01-01' });
  assert.equal(u.status, 201, JSON.stringify(u.body));
  const username = `root.${process.pid % 10000}.${roots}`;
  const r = await admin.post('/api/v1/users', { username, password: PASSWORD, role: 'officer', unit_id: u.body.id, full_name: 'Cán bộ thử' });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const c = new Client(at.url);
  await c.login(username);
  c.unit = u.body.id;
  return c;
}
const moveUnder = async (c) => {
  const r = await admin.post(`/api/v1/units/${c.unit}/move`, { parent_id: ids['Công an tỉnh Nghệ An'], date: '2025-06-01' });
  assert.equal(r.status, 200, JSON.stringify(r.body));
};

test('a unit moved under another takes its users out of the whole registry at once in the instance that moved it', async () => {
  const c = await rootOfficer(srv);
  assert.equal((await c.get(nghean())).status, 200, 'a root unit sees every unit');  // the session is now held
  await moveUnder(c);
  assert.equal((await c.get(nghean())).status, 404, 'the moved unit still sees the whole registry');
  assert.equal((await c.get(`/api/v1/units/${c.unit}`)).status, 200, 'its own unit is in scope');
});

test('in another instance, a unit moved under another holds for its users once the 5 s bound has passed', async () => {
  const c = await rootOfficer(second);
  assert.equal((await c.get(nghean())).status, 200);  // the second instance holds the session
  await moveUnder(c);
  await new Promise((r) => setTimeout(r, TTL_MS + 300));
  assert.equal((await c.get(nghean())).status, 404);
});
