// Evidence and attachments (issue 13, item 7): files are checked by content, bounded per file and
// per report (configurable), scanned by the operator's command before acceptance (non-zero →
// 422 in Vietnamese, nothing stored) and served as attachments under names the user did not choose.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, chmodSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startServer, Client } from '../lib/server.mjs';
import { fakePng } from '../lib/files.mjs';

const dir = mkdtempSync(join(tmpdir(), 'thidua-scan-'));
const scanner = join(dir, 'scan.sh');
const seen = join(dir, 'seen.log');
// The operator's scanner: refuses any file containing the EICAR-like marker, logs what it saw.
writeFileSync(scanner, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${seen}'\nif grep -q 'THIDUA-TEST-MALWARE' "$1"; then exit 3; fi\nexit 0\n`);
chmodSync(scanner, 0o755);

let srv, admin, rep, na;
const month = (m) => ({ kind: 'month', year: 2023, month: m });
const pdf = (text, pad = 0) => Buffer.concat([Buffer.from(`%PDF-1.4\n% ${text}\n`), Buffer.alloc(pad, 0x20), Buffer.from('%%EOF\n')]);
const png = fakePng(Buffer.alloc(20));

before(async () => {
  srv = await startServer({
    extraEnv: { THIDUA_SCAN_COMMAND: scanner, THIDUA_UPLOAD_MAX_FILE_MB: '1', THIDUA_UPLOAD_MAX_REPORT_MB: '2' },
  });
  admin = new Client(srv.url);
  await admin.login('admin');
  na = (await admin.get('/api/v1/units?q=' + encodeURIComponent('Công an tỉnh Nghệ An'))).body.items.find((u) => u.code === 'CA-NA').id;
  rep = new Client(srv.url);
  await rep.login('baocao.nghean');
});
after(async () => { await srv.stop(); srv.cleanup(); });

async function auditCount() { return (await admin.get('/api/v1/audit?limit=1')).body.total; }
const upload = (id, filename, type, bytes) =>
  rep.post(`/api/v1/reports/${id}/evidence`, { filename, content_type: type, content_base64: bytes.toString('base64') });

test('a file is what its content says: a PDF is a PDF, a PNG has its header, an office file is its zip', async () => {
  const r = await rep.post('/api/v1/reports', { unit_id: na, period: month(1), values: {} });
  assert.equal(r.status, 201, r.text);
  const before = await auditCount();
  for (const [type, bytes] of [
    ['application/pdf', Buffer.from('<html><script>alert(1)</script>')],
    ['image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x3c, 0x68])], // PNG signature, no IHDR
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('PK\x03\x04 just some zip of other things')],
    ['text/html', Buffer.from('<html></html>')],
  ]) {
    const res = await upload(r.body.id, 'x', type, bytes);
    assert.equal(res.status, 400, `${type}: ${res.text}`);
    assert.match(res.body.error.message, /Nội dung tệp không đúng|Chỉ nhận tệp/);
  }
  assert.equal(await auditCount(), before, 'nothing stored');
  const ok = await upload(r.body.id, '../../etc/ảnh.png', 'image/png', png);
  assert.equal(ok.status, 400, 'a path in the name is refused');
  const good = await upload(r.body.id, 'ảnh hiện trường.png', 'image/png', png);
  assert.equal(good.status, 201, good.text);
  // Served as a download under a name the server chose, with the checked type, sandboxed.
  const dl = await fetch(`${srv.url}/api/v1/reports/${r.body.id}/evidence/${good.body.id}`, { headers: { cookie: rep.cookie } });
  assert.equal(dl.status, 200);
  assert.equal(dl.headers.get('content-type'), 'image/png');
  assert.equal(dl.headers.get('content-disposition'), `attachment; filename="evidence-${good.body.id}.png"`);
  assert.equal(dl.headers.get('x-content-type-options'), 'nosniff');
  assert.deepEqual(Buffer.from(await dl.arrayBuffer()), png);
});

test('size limits per file and per report come from the configuration', async () => {
  const r = await rep.post('/api/v1/reports', { unit_id: na, period: month(2), values: {} });
  const big = await upload(r.body.id, 'lon.pdf', 'application/pdf', pdf('big', (1 << 20) + 10));
  assert.equal(big.status, 400);
  assert.match(big.body.error.message, /vượt quá 1 MB/);
  // 2 MB per report: two files of 0.9 MB fit, the third does not.
  for (let i = 0; i < 2; i++) assert.equal((await upload(r.body.id, `f${i}.pdf`, 'application/pdf', pdf(`f${i}`, 900 * 1024))).status, 201);
  const before = await auditCount();
  const third = await upload(r.body.id, 'f3.pdf', 'application/pdf', pdf('f3', 900 * 1024));
  assert.equal(third.status, 400);
  assert.match(third.body.error.message, /Tổng dung lượng tệp minh chứng của một báo cáo không được vượt quá 2 MB/);
  assert.equal(await auditCount(), before);
  const list = await rep.get(`/api/v1/reports/${r.body.id}`);
  assert.equal(list.body.evidence.length, 2);
});

test('the operator\'s scan command sees every file before it is accepted; a refusal is a 422 in Vietnamese, nothing stored', async () => {
  const r = await rep.post('/api/v1/reports', { unit_id: na, period: month(3), values: {} });
  const before = await auditCount();
  const bad = await upload(r.body.id, 'nhiem.pdf', 'application/pdf', pdf('THIDUA-TEST-MALWARE'));
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.body.error.code, 'rejected_by_scan');
  assert.match(bad.body.error.message, /Tệp bị từ chối: kiểm tra an toàn/);
  assert.equal(await auditCount(), before);
  assert.equal((await rep.get(`/api/v1/reports/${r.body.id}`)).body.evidence.length, 0);
  const clean = await upload(r.body.id, 'sach.pdf', 'application/pdf', pdf('clean'));
  assert.equal(clean.status, 201);
  const log = readFileSync(seen, 'utf8').trim().split('\n');
  assert.ok(log.length >= 2, 'the scanner ran for each file');
  // The scanner got a private temporary copy, removed afterwards; never the user's file name.
  for (const p of log) { assert.ok(!p.includes('nhiem') && !p.includes('sach'), p); assert.equal(existsSync(p), false, p); }
  // A movement's attachment goes through the same checks and the same scanner.
  const c = new Client(srv.url);
  await c.login('canbo.nghean');
  const mv = (await c.get('/api/v1/movements')).body.items.find((m) => m.owner_unit_id === na);
  assert.ok(mv, "Nghệ An has a movement in the demo");
  {
    const a = await c.post(`/api/v1/movements/${mv.id}/attachments`, { name: 'kh.pdf', content_type: 'application/pdf', content_base64: pdf('THIDUA-TEST-MALWARE').toString('base64') });
    assert.equal(a.status, 422, a.text);
    const h = await c.post(`/api/v1/movements/${mv.id}/attachments`, { name: 'kh.html', content_type: 'text/html', content_base64: Buffer.from('<script>1</script>').toString('base64') });
    assert.equal(h.status, 400, h.text);
  }
});
