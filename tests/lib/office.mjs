// Helpers of the document tests: download a generated file with a client's session, and open it
// with readers independent of thidua (tests/lib/office_check.py).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './server.mjs';

// Debian's python3 (python3-openpyxl), not another one earlier on PATH
export const PYTHON = process.env.THIDUA_PYTHON || '/usr/bin/python3';

// check(kind, bytes, name): the file written into `work` and read back as JSON (docx | xlsx | pdf).
export function makeCheck(work) {
  return (kind, bytes, name) => {
    const file = join(work, name);
    writeFileSync(file, bytes);
    const r = spawnSync(PYTHON, [join(ROOT, 'tests/lib/office_check.py'), kind, file], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${kind} ${name} does not open: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
}

export async function download(c, path) {
  const r = await fetch(c.url + path, { headers: { cookie: c.cookie } });
  const bytes = Buffer.from(await r.arrayBuffer());
  let body;
  try { body = JSON.parse(bytes.toString('utf8')); } catch { body = undefined; }
  return { status: r.status, headers: r.headers, bytes, body };
}

export const flat = (s) => s.replace(/\s+/g, ' ');

// The first sheet of a workbook as rows of plain values (openpyxl, values only).
export function sheetValues(path) {
  const r = spawnSync(PYTHON, ['-c', 'import openpyxl,sys,json; ws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]; print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], ensure_ascii=False, default=str))', path], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}
