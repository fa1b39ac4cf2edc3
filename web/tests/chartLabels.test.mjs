// A commune's teams in the ranking chart are told apart (src/chartLabels.ts), not all cut to
// "Tổ bảo vệ an ninh, trật tự ấp T…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartLabels, abbreviate } from '../.test-build/chartLabels.js';

test('teams are abbreviated to what tells them apart', () => {
  const names = ['Tân Long', 'Tân Hòa', 'Tân Thành', 'Vĩnh Thuận A', 'Vĩnh Thuận B'].map((a) => `Tổ bảo vệ an ninh, trật tự ấp ${a}`);
  const labels = chartLabels(names);
  assert.equal(labels[0], 'Tổ BV ANTT ấp Tân Long');
  assert.equal(new Set(labels).size, names.length);
  for (const l of labels) assert.ok(l.length <= 28, l);
});

test('long names beyond abbreviation drop their shared beginning', () => {
  const names = ['Đội Cảnh sát quản lý hành chính về trật tự xã hội số 1', 'Đội Cảnh sát quản lý hành chính về trật tự xã hội số 2'];
  assert.deepEqual(chartLabels(names), ['… số 1', '… số 2']);
});

test('names that fit stay as they are', () => {
  assert.deepEqual(chartLabels(['Công an tỉnh Hưng Yên', 'Công an tỉnh Hà Nam']), ['Công an tỉnh Hưng Yên', 'Công an tỉnh Hà Nam']);
  assert.equal(abbreviate('Ủy ban nhân dân xã Vĩnh Thuận'), 'UBND xã Vĩnh Thuận');
});
