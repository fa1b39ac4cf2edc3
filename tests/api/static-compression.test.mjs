// The web UI's files go out compressed to browsers that take it: the build writes NAME.br and
// NAME.gz beside each file (web/vite.config.ts), the server sends the one the request's
// Accept-Encoding allows (br first) with Content-Encoding and Vary, and the plain file otherwise.
// Raw HTTP (node:http) so that nothing decompresses or adds headers behind the test's back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, ROOT } from '../lib/server.mjs';

let srv;
before(async () => {
  assert.ok(existsSync(join(ROOT, 'web/dist/index.html.br')) || existsSync(join(ROOT, 'web/dist/index.html.gz')),
    'web/dist has no precompressed files: run `cd web && npm run build`');
  srv = await startServer({ demo: false });
});
after(async () => { await srv?.stop(); srv?.cleanup(); });

function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${srv.url}${path}`, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

const decode = (r) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;

/** The index page's module script and style sheets. */
async function assets() {
  const html = (await get('/')).body.toString('utf8');
  const js = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
  const css = [...html.matchAll(/<link[^>]+href="([^"]+\.css)"/g)].map((m) => m[1]);
  assert.ok(js, `a module script in index.html:\n${html}`);
  return { js, css };
}

test('index.html and the main script: brotli or gzip when accepted, the same bytes once decompressed', async () => {
  const { js, css } = await assets();
  for (const path of ['/', js, ...css]) {
    const plain = await get(path);
    assert.equal(plain.status, 200, path);
    assert.equal(plain.headers['content-encoding'], undefined, `${path} without Accept-Encoding is sent plain`);
    assert.match(plain.headers.vary ?? '', /accept-encoding/i, `${path}: caches keep the copies apart`);

    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(br.status, 200);
    assert.equal(br.headers['content-encoding'], 'br', `${path}: brotli preferred`);
    assert.match(br.headers.vary ?? '', /accept-encoding/i);
    assert.equal(Number(br.headers['content-length']), br.body.length);
    assert.ok(decode(br).equals(plain.body), `${path}: brotli decompresses to the plain file`);
    assert.ok(br.body.length < plain.body.length, `${path}: smaller compressed`);

    const gz = await get(path, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', `${path}: gzip when brotli is not accepted`);
    assert.ok(decode(gz).equals(plain.body), `${path}: gzip decompresses to the plain file`);

    const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined, `${path}: q=0 refuses a coding`);
    assert.ok(refused.body.equals(plain.body));
  }
  // A client-side route ("/units/12") gets index.html, compressed the same way.
  const route = await get('/units/12', { 'accept-encoding': 'br' });
  assert.equal(route.headers['content-encoding'], 'br');
  assert.ok(decode(route).equals((await get('/')).body));
});

test('the main script shrinks to well under half; each copy has its own ETag for revalidation', async () => {
  const { js } = await assets();
  const plain = await get(js);
  const br = await get(js, { 'accept-encoding': 'br' });
  assert.ok(br.body.length * 2 < plain.body.length, `brotli ${br.body.length} B of ${plain.body.length} B`);
  assert.notEqual(br.headers.etag, plain.headers.etag);
  assert.equal((await get(js, { 'accept-encoding': 'br', 'if-none-match': br.headers.etag })).status, 304);
  // The brotli copy's tag does not validate the plain file a client without brotli holds.
  assert.equal((await get(js, { 'if-none-match': br.headers.etag })).status, 200);
  assert.equal((await get(js, { 'if-none-match': plain.headers.etag })).status, 304);
});

test('the compressed copies are not files of their own', async () => {
  const { js } = await assets();
  assert.equal((await get(`${js}.br`)).status, 404);
  assert.equal((await get(`${js}.gz`)).status, 404);
});
