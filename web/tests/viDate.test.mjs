// Dates typed as dd/mm/yyyy (src/viDate.ts) are read strictly: 31/02/2025 is refused, never
// rolled over to 03/03/2025; and a report's period must have ended.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseViDate, periodEnded, latestEndedPeriod } from '../.test-build/viDate.js';

test('real dates are read as ISO', () => {
  assert.deepEqual(parseViDate('05/03/2025'), { ok: true, iso: '2025-03-05' });
  assert.deepEqual(parseViDate('5/3/2025'), { ok: true, iso: '2025-03-05' });
  assert.deepEqual(parseViDate('29/02/2024'), { ok: true, iso: '2024-02-29' });
  assert.deepEqual(parseViDate('31-12-2025'), { ok: true, iso: '2025-12-31' });
  assert.deepEqual(parseViDate(''), { ok: true, iso: null });
});

test('impossible dates are refused with a message naming the month’s length', () => {
  const r = parseViDate('31/02/2025');
  assert.equal(r.ok, false);
  assert.match(r.message, /31\/02\/2025/);
  assert.match(r.message, /28 ngày/);
  assert.match(parseViDate('29/02/2023').message, /28 ngày/);
  assert.match(parseViDate('31/04/2024').message, /30 ngày/);
  assert.match(parseViDate('00/01/2024').message, /Không có ngày/);
  assert.match(parseViDate('12/13/2024').message, /tháng 13/);
  assert.match(parseViDate('abc').message, /ngày\/tháng\/năm/);
  assert.match(parseViDate('2025-02-01').message, /ngày\/tháng\/năm/);
});

test('a period can be reported only once it has ended', () => {
  const today = '2026-12-04';
  assert.equal(periodEnded({ kind: 'month', year: 2027, month: 3 }, today), false);
  assert.equal(periodEnded({ kind: 'month', year: 2026, month: 12 }, today), false);
  assert.equal(periodEnded({ kind: 'month', year: 2026, month: 11 }, today), true);
  assert.equal(periodEnded({ kind: 'quarter', year: 2026, quarter: 4 }, today), false);
  assert.equal(periodEnded({ kind: 'quarter', year: 2026, quarter: 3 }, today), true);
  assert.equal(periodEnded({ kind: 'year', year: 2026 }, today), false);
  assert.equal(periodEnded({ kind: 'year', year: 2025 }, today), true);
  assert.equal(periodEnded({ kind: 'month', year: 2026, month: 3 }, '2026-03-31'), false, 'March is not over on its last day');
  assert.deepEqual(latestEndedPeriod('month', today), { kind: 'month', year: 2026, month: 11 });
  assert.deepEqual(latestEndedPeriod('month', '2026-01-15'), { kind: 'month', year: 2025, month: 12 });
  assert.deepEqual(latestEndedPeriod('quarter', today), { kind: 'quarter', year: 2026, quarter: 3 });
  assert.deepEqual(latestEndedPeriod('quarter', '2026-02-01'), { kind: 'quarter', year: 2025, quarter: 4 });
  assert.deepEqual(latestEndedPeriod('year', today), { kind: 'year', year: 2025 });
});
