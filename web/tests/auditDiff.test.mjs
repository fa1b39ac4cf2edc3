// The audit log reads as "trường: cũ → mới" in Vietnamese (src/auditDiff.ts), not raw JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditChanges, auditChangeText } from '../.test-build/auditDiff.js';

const lookups = {
  unitName: (id) => ({ 7: 'Công an tỉnh Quảng Bình', 9: 'Công an tỉnh Quảng Trị' })[id],
  indicatorName: (code) => ({ toi_pham_ttxh: 'Số vụ phạm tội về trật tự xã hội' })[code],
  codeLabel: (field, code) => (field === 'status' ? { active: 'Đang hoạt động', dissolved: 'Đã giải thể' }[code] : undefined),
};
const lines = (b, a) => auditChanges(b, a, lookups).map(auditChangeText);

test('a unit dissolved: changed fields only, Vietnamese names and values', () => {
  const before = { id: 3, name: 'Công an huyện Lệ Thủy', status: 'active', valid_to: null, parent_id: 7 };
  const after = { id: 3, name: 'Công an huyện Lệ Thủy', status: 'dissolved', valid_to: '2025-02-28', parent_id: 9 };
  assert.deepEqual(lines(before, after), [
    'Trạng thái: Đang hoạt động → Đã giải thể',
    'Hiệu lực đến ngày: (trống) → 28/02/2025',
    'Đơn vị cấp trên: Công an tỉnh Quảng Bình → Công an tỉnh Quảng Trị',
  ]);
});

test('a report’s values open one level, by the indicator’s name; an unknown key stays as is', () => {
  const out = lines(JSON.stringify({ values: { toi_pham_ttxh: 10, other_code: 1 } }), JSON.stringify({ values: { toi_pham_ttxh: 12, other_code: 1 }, new_key: true }));
  assert.deepEqual(out, ['Số liệu – Số vụ phạm tội về trật tự xã hội: 10 → 12', 'new_key: có']);
});

test('an id beside its name shows once, by the name; the record’s own id not at all', () => {
  assert.deepEqual(lines({ id: 4, parent_id: 7, parent_name: 'Công an tỉnh Quảng Bình' }, { id: 4, parent_id: 9, parent_name: 'Công an tỉnh Quảng Trị' }), [
    'Đơn vị cấp trên: Công an tỉnh Quảng Bình → Công an tỉnh Quảng Trị',
  ]);
});

test('a creation lists what was set; a password never shows', () => {
  assert.deepEqual(lines(null, { username: 'canbo', disabled: false, password_hash: 'x' }), ['Tên đăng nhập: canbo', 'Khóa tài khoản: không', 'password_hash: (đã đổi)']);
});
