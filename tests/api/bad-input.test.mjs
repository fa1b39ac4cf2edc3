// Bad input of every kind gets a 4xx JSON error, changes nothing and never hurts the server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { startServer, Client } from '../lib/server.mjs';

let srv, c, parentId, auditBefore;
before(async () => {
  srv = await startServer();
  c = new Client(srv.url);
  await c.login('admin');
  parentId = (await c.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items[0].id;
  auditBefore = (await c.get('/api/v1/audit?limit=1')).body.total;
});
after(async () => { await srv.stop(); srv.cleanup(); });

// Sends raw bytes and returns the status line's code (or null if the server closed).
function raw(bytes, { waitMs = 3000 } = {}) {
  return new Promise((resolve) => {
    const s = net.connect(srv.port, '127.0.0.1');
    let data = '';
    const t = setTimeout(() => { s.destroy(); resolve({ status: null, data }); }, waitMs);
    s.on('data', (d) => { data += d.toString('latin1'); });
    s.on('close', () => { clearTimeout(t); const m = /^HTTP\/1\.1 (\d{3})/.exec(data); resolve({ status: m ? +m[1] : null, data }); });
    s.on('error', () => {});
    s.write(bytes);
  });
}

function expectError(r, status) {
  assert.equal(r.status, status, `${r.status} ${r.text}`);
  assert.equal(typeof r.body.error.code, 'string');
  assert.equal(typeof r.body.error.message, 'string');
  assert.ok(r.body.error.message.length > 0);
}

const post = (body) => c.req('POST', '/api/v1/units', undefined, { raw: body, headers: { 'content-type': 'application/json' } });

test('malformed, truncated and empty JSON', async () => {
  for (const b of ['{', '{"name": "Công an', 'not json', '', '{"name":"a",}', '\u0000']) expectError(await post(b), 400);
});

test('the wrong JSON shape', async () => {
  for (const b of ['[]', '"text"', '42', 'null', JSON.stringify({ name: 5, kind: 'commune_police', code: 'B1', parent_id: parentId, valid_from: '2020-01-01' }),
    JSON.stringify({ name: 'X', kind: 'commune_police', code: 'B2', parent_id: 'one', valid_from: '2020-01-01' }),
    JSON.stringify({ name: 'X', kind: 'commune_police', code: 'B3', parent_id: parentId, valid_from: '01/01/2020' }),
    JSON.stringify({ name: 'X', kind: 'commune_police', code: 'B4', parent_id: parentId, valid_from: '2020-02-30' }),
    JSON.stringify({ name: 'X', kind: 'commune_police', code: 'B5', parent_id: -3, valid_from: '2020-01-01' }),
    JSON.stringify({ name: 'X', kind: 'spaceship', code: 'B6', parent_id: parentId, valid_from: '2020-01-01' })]) {
    expectError(await post(b), 400);
  }
});

test('unknown and missing fields name the field', async () => {
  const unknown = await c.post('/api/v1/units', { name: 'X', kind: 'commune_police', code: 'B7', parent_id: parentId, valid_from: '2020-01-01', admin: true });
  expectError(unknown, 400);
  assert.equal(unknown.body.error.field, 'admin');
  const missing = await c.post('/api/v1/units', { kind: 'commune_police', code: 'B8', parent_id: parentId, valid_from: '2020-01-01' });
  expectError(missing, 400);
  assert.equal(missing.body.error.field, 'name');
  const nested = await c.post('/api/v1/people', { full_name: 'A', kind: 'officer', posting: { unit_id: parentId, from: '2020-01-01', salary: 1 } });
  expectError(nested, 400);
  assert.equal(nested.body.error.field, 'posting.salary');
});

test('invalid UTF-8 in the body or the query', async () => {
  const bytes = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28]), Buffer.from('","kind":"commune_police","code":"B9","parent_id":1,"valid_from":"2020-01-01"}')]);
  expectError(await post(bytes), 400);
  expectError(await c.get('/api/v1/units?q=%C3%28'), 400);
});

test('over-long strings and bodies over the limit', async () => {
  expectError(await c.post('/api/v1/units', { name: 'Đ'.repeat(400), kind: 'commune_police', code: 'B10', parent_id: parentId, valid_from: '2020-01-01' }), 400);
  // A body over the 8 MiB limit is refused as soon as its Content-Length is read.
  const big = await raw(`POST /api/v1/units HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${9 * 1024 * 1024}\r\n\r\n{"name":"`);
  assert.equal(big.status, 413);
  const limit = await c.get('/api/v1/units?limit=100000');
  expectError(limit, 400);
  expectError(await c.get('/api/v1/units?offset=-1'), 400);
});

test('unknown routes and methods', async () => {
  expectError(await c.get('/api/v1/nothing-here'), 404);
  expectError(await c.get('/api/v2/units'), 404);
  expectError(await c.req('PUT', '/api/v1/units/1', {}), 405);
  expectError(await c.get('/api/v1/units/abc'), 404);
  expectError(await c.get('/api/v1/units/999999'), 404);
});

test('path traversal in static paths', async () => {
  for (const p of ['/../../etc/passwd', '/assets/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc/passwd']) {
    const r = await raw(`GET ${p} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    assert.ok(r.status >= 400 && r.status < 500, `${p} → ${r.status}`);
    assert.ok(!r.data.includes('root:'), 'never serves /etc/passwd');
  }
});

test('garbage, oversized headers and truncated bodies on the wire', async () => {
  assert.equal((await raw('THIS IS NOT HTTP\r\n\r\n')).status, 400);
  const hdr = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
  assert.equal(hdr.status, 431);
  // A body shorter than its Content-Length: the client gives up; the server must not care.
  await raw(`POST /api/v1/units HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"na`, { waitMs: 300 });
  const r = await fetch(`${srv.url}/healthz`);
  assert.equal(r.status, 200);
});

test('after all of it nothing changed and the server is healthy', async () => {
  const units = await c.get('/api/v1/units?q=B1');
  for (const u of units.body.items) assert.ok(!/^B\d+$/.test(u.code), `unit ${u.code} must not exist`);
  assert.equal((await c.get('/api/v1/audit?limit=1')).body.total, auditBefore);
  assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
  assert.equal(srv.proc.exitCode, null);
});
