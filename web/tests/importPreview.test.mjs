// An import preview row's values as the page shows them (src/importPreview.ts): Vietnamese labels,
// dates the server answers as ISO shown as dd/mm/yyyy, empty values left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describePreviewValues } from '../.test-build/importPreview.js';

test('a person row: dates as dd/mm/yyyy, missing values left out', () => {
  assert.equal(
    describePreviewValues({ birth_year: 1980, from: '2025-07-01', full_name: 'Nguyễn Văn Mới', kind: 'officer', position: '', rank: null, unit_code: 'CA-HY' }),
    'Năm sinh: 1980; Từ ngày: 01/07/2025; Họ tên: Nguyễn Văn Mới; Loại: officer; Mã đơn vị: CA-HY');
});

test('a unit row and a report row: the date in force, the period by its label', () => {
  assert.equal(describePreviewValues({ code: 'CA-X', valid_from: '2024-12-31' }), 'Mã: CA-X; Hiệu lực từ: 31/12/2024');
  assert.equal(describePreviewValues({ unit_code: 'CA-HY', period: { label: 'Tháng 11/2026' } }), 'Mã đơn vị: CA-HY; Kỳ: Tháng 11/2026');
  assert.equal(describePreviewValues({ code: 'A1', value: 0 }), 'Mã: A1; Giá trị: 0');  // zero is a value, shown
  assert.equal(describePreviewValues(undefined), '');
});
