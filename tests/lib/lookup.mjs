// Looking the demo world up by name, and one user's session on another server of the same database.
import assert from 'node:assert/strict';
import { Client } from './server.mjs';

export async function unitId(api, name) {
  const found = (await api.get('/api/v1/units?q=' + encodeURIComponent(name))).body.items.find((u) => u.name === name);
  assert.ok(found, name);
  return found.id;
}

export async function personId(api, name) {
  const found = (await api.get('/api/v1/people?q=' + encodeURIComponent(name))).body.items.find((p) => p.full_name === name);
  assert.ok(found, name);
  return found.id;
}

// `c`, the same user, on `server` (sessions live in the database).
export function sameUserOn(server, c) {
  const x = new Client(server.url);
  x.cookie = c.cookie;
  x.csrf = c.csrf;
  return x;
}
