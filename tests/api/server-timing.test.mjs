// THIDUA_SERVER_TIMING=1 (bench/README.md, "Report → ranking"): every answer says where its time
// went in a Server-Timing header — the server's queue, handler and write-back, and for a write the
// application's own part and the re-scoring after it — and the log has a line a request. Without
// it no answer carries the header (nothing about the server's inner timings leaks by default).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

const servers = {};
const month = (m) => ({ kind: 'month', year: 2024, month: m });

// "queue;dur=0.012, handler;dur=1.5, …" → { queue: 0.012, handler: 1.5, … }
function timings(header) {
  const out = {};
  for (const part of String(header).split(',')) {
    const m = /^\s*(\w+);dur=(\d+(?:\.\d+)?)\s*$/.exec(part);
    assert.ok(m, `not a Server-Timing entry: "${part}" in "${header}"`);
    out[m[1]] = Number(m[2]);
  }
  return out;
}

before(async () => {
  for (const [name, env] of [['on', { THIDUA_SERVER_TIMING: '1' }], ['off', {}]]) {
    const srv = await startServer({ extraEnv: env });
    const admin = new Client(srv.url);
    await admin.login('admin');
    const unit = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items
      .find((u) => u.name === 'Công an tỉnh Nghệ An').id;
    servers[name] = { srv, admin, unit };
  }
});
after(async () => {
  for (const { srv } of Object.values(servers)) { await srv.stop(); srv.cleanup(); }
});

test('with THIDUA_SERVER_TIMING=1 a read and a write say where their time went, and the log has a line each', async () => {
  const { srv, admin, unit } = servers.on;
  const read = await admin.get('/api/v1/indicators');
  assert.equal(read.status, 200);
  const r = timings(read.headers.get('server-timing'));
  for (const k of ['queue', 'handler', 'back']) assert.ok(k in r, `a read's Server-Timing lacks ${k}: ${read.headers.get('server-timing')}`);

  const created = await admin.post('/api/v1/reports', { unit_id: unit, period: month(5), values: { toi_pham_ttxh: 12 } });
  assert.equal(created.status, 201, created.text);
  const submitted = await admin.post(`/api/v1/reports/${created.body.id}/submit`, {});
  assert.equal(submitted.status, 200, submitted.text);
  for (const res of [created, submitted]) {
    const w = timings(res.headers.get('server-timing'));
    for (const k of ['queue', 'handler', 'back', 'app', 'rescore'])
      assert.ok(k in w, `a write's Server-Timing lacks ${k}: ${res.headers.get('server-timing')}`);
    // The application's part and the re-scoring happen inside the handler's time.
    assert.ok(w.app + w.rescore <= w.handler + 0.01, `app ${w.app} + rescore ${w.rescore} > handler ${w.handler}`);
  }
  // The refusal of a bad request is timed too (the worker answered it).
  const bad = await admin.post('/api/v1/reports', { unit_id: unit, period: month(5), values: { no_such_indicator: 1 } });
  assert.ok(bad.status >= 400 && bad.status < 500, bad.text);
  assert.ok(timings(bad.headers.get('server-timing')).handler >= 0);

  // One log line a request, naming it.
  for (let i = 0; i < 50 && !/timing POST \/api\/v1\/reports\/\d+\/submit 200/.test(srv.log()); i++) await new Promise((r) => setTimeout(r, 20));
  assert.match(srv.log(), /timing POST \/api\/v1\/reports\/\d+\/submit 200 ms=/);
});

test('without THIDUA_SERVER_TIMING no answer carries Server-Timing and nothing is logged per request', async () => {
  const { srv, admin, unit } = servers.off;
  const read = await admin.get('/api/v1/indicators');
  assert.equal(read.status, 200);
  assert.equal(read.headers.get('server-timing'), null);
  const created = await admin.post('/api/v1/reports', { unit_id: unit, period: month(5), values: { toi_pham_ttxh: 12 } });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.headers.get('server-timing'), null);
  const submitted = await admin.post(`/api/v1/reports/${created.body.id}/submit`, {});
  assert.equal(submitted.status, 200, submitted.text);
  assert.equal(submitted.headers.get('server-timing'), null);
  assert.doesNotMatch(srv.log(), /timing (GET|POST) /);
});
