// Helpers of the job tests (docs/jobs.md): a roster workbook of many rows, a roster import
// started as a job, and following a job until it gets somewhere.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';
import { PYTHON } from './office.mjs';

// many(name, n, who): a roster of `n` officers of Hưng Yên named `who 2`, `who 3`…, written in `work`.
export function makeRoster(work) {
  return (name, n, who) => {
    const out = join(work, name);
    const r = spawnSync(PYTHON, [join(ROOT, 'tests/lib/make_workbook.py'), 'many', out, JSON.stringify({ n, unit: 'CA-HY', name: who })], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return readFileSync(out);
  };
}

export async function startImport(c, bytes, { commit = false } = {}) {
  const r = await fetch(`${c.url}/api/v1/imports/roster?filename=roster.xlsx&job=1${commit ? '&commit=1' : ''}`, {
    method: 'POST', headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' }, body: bytes });
  return { status: r.status, body: await r.json() };
}

// A job's answer without its (large) preview, for assertion messages.
export const brief = (j) => JSON.stringify({ ...j, result: j.result ? '…' : undefined });

// Polls the job until `until` holds (by default: it has ended), keeping every answer in `seen`.
export async function follow(c, id, seen = [], until = (j) => j.state !== 'running', limitMs = 120000) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const r = await c.get(`/api/v1/jobs/${id}`);
    assert.equal(r.status, 200, brief(r.body));
    seen.push(r.body);
    if (until(r.body)) return r.body;
    assert.ok(Date.now() < deadline, `the job did not get there in ${limitMs / 1000} s: ` + brief(r.body));
    await new Promise((res) => setTimeout(res, 25));
  }
}
