// The per-scope quotas of the eligibility screen (src/quotaRows.ts): Vietnamese order by unit name,
// a search that ignores diacritics, what is left and how full each scope is, and a figure the
// answer does not give shown as "—", never 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotaRows, quotaFigure, hasOtherScopes } from '../.test-build/quotaRows.js';

const line = (unit_id, unit_name, base, limit, used) =>
  ({ unit_id, unit_name, base, limit, used, over: used != null && limit != null && used > limit, detail: '' });
const scopes = [
  line(9, 'Công an tỉnh Hải Dương', 40, 6, 6),
  line(5, 'Công an tỉnh Hưng Yên', 17, 2, 1),
  line(7, 'Công an tỉnh Hà Nam', 0, 0, 0),
  line(11, 'Công an thành phố Hải Phòng', 14, 2, 3),
  line(12, 'Công an tỉnh Đắk Lắk', null, null, 0),
];

test('scopes are in Vietnamese order of their names (Hà before Hải before Hưng, Đ after D)', () => {
  assert.deepEqual(quotaRows(scopes).map((r) => r.unit_name), [
    'Công an thành phố Hải Phòng', 'Công an tỉnh Đắk Lắk', 'Công an tỉnh Hà Nam', 'Công an tỉnh Hải Dương', 'Công an tỉnh Hưng Yên',
  ]);
  assert.equal(scopes[0].unit_id, 9, 'the answer itself is not reordered');
});

test('a search without diacritics finds the scope ("hai duong", "DAK")', () => {
  assert.deepEqual(quotaRows(scopes, 'hai duong').map((r) => r.unit_id), [9]);
  assert.deepEqual(quotaRows(scopes, 'DAK').map((r) => r.unit_id), [12]);
  assert.deepEqual(quotaRows(scopes, 'hải').map((r) => r.unit_id), [11, 9]);
  assert.equal(quotaRows(scopes, 'quang tri').length, 0);
});

test('what is left and how full: 1 of 2 is half, a full scope is 100%, an over one is capped at 100% with nothing left', () => {
  const by = Object.fromEntries(quotaRows(scopes).map((r) => [r.unit_id, r]));
  assert.deepEqual([by[5].left, by[5].percent], [1, 50]);
  assert.deepEqual([by[9].left, by[9].percent], [0, 100]);
  assert.deepEqual([by[11].left, by[11].percent, by[11].over], [0, 100, true]);
  assert.deepEqual([by[7].left, by[7].percent], [0, null], 'a limit of 0 has no bar');
});

test('a scope whose base is unknown shows "—", not 0; numbers are written the Vietnamese way', () => {
  const dl = quotaRows(scopes).find((r) => r.unit_id === 12);
  assert.equal(quotaFigure(dl.base), '—');
  assert.equal(quotaFigure(dl.limit), '—');
  assert.deepEqual([dl.left, dl.percent], [null, null]);
  assert.equal(quotaFigure(0), '0');
  assert.equal(quotaFigure(1250), '1.250');
});

test('a scope with no one evaluated has an unknown base and limit ("—"), not a quota of 0; its used stays as given', () => {
  const [tb] = quotaRows([{ ...line(6, 'Công an tỉnh Thái Bình', 0, 0, 0), subjects: 0 }]);
  assert.deepEqual([quotaFigure(tb.base), quotaFigure(tb.limit), quotaFigure(tb.used), quotaFigure(tb.left), tb.percent], ['—', '—', '0', '—', null]);
  const [hn] = quotaRows([{ ...line(7, 'Công an tỉnh Hà Nam', 0, 0, 0), subjects: 12 }]);
  assert.deepEqual([quotaFigure(hn.base), quotaFigure(hn.limit), quotaFigure(hn.left)], ['0', '0', '0'], 'twelve evaluated, none advanced: a real 0');
});

test('the scopes are listed only when the answer has more than the asked unit\'s own', () => {
  assert.equal(hasOtherScopes([line(5, 'Công an tỉnh Hưng Yên', 17, 2, 2)], 5), false);
  assert.equal(hasOtherScopes(scopes, 5), true);
  assert.equal(hasOtherScopes(null, 5), false);
});
