// The officer adds by hand, from a selection of the source text, an item the plan parser missed
// (src/planPick.ts): the selection becomes the item's wording, a paragraph is refused, an item
// already listed is not listed twice, and a member is offered only when the text has a group.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSelection, hasFolded, handNeedle, pickOptions, targetProbe, trimPassage, PICK_MAX } from '../.test-build/planPick.js';
import { highlight } from '../.test-build/planImport.js';

test('a selected line loses its list marker, the punctuation around it and its line breaks', () => {
  assert.equal(trimPassage('  - Đẩy mạnh chuyển đổi số;\n'), 'Đẩy mạnh chuyển đổi số');
  assert.equal(trimPassage('• tăng cường tuần tra,'), 'tăng cường tuần tra');
  assert.equal(trimPassage('1. Giảm 5% số vụ tai nạn giao thông.'), 'Giảm 5% số vụ tai nạn giao thông');
  assert.equal(trimPassage('a) xây dựng phong trào\ntoàn dân bảo vệ ANTQ'), 'xây dựng phong trào toàn dân bảo vệ ANTQ');
  assert.equal(trimPassage('IV. Tổ chức thực hiện'), 'Tổ chức thực hiện');
});

test('quotes around the passage go, or one that lost its pair to the selection; the wording inside stays', () => {
  assert.equal(trimPassage('“Vì an ninh Tổ quốc”.'), 'Vì an ninh Tổ quốc');
  assert.equal(trimPassage('"Vì an ninh Tổ quốc'), 'Vì an ninh Tổ quốc');
  assert.equal(trimPassage('Thanh tra tỉnh Gia Lai (Cụm trưởng)'), 'Thanh tra tỉnh Gia Lai (Cụm trưởng)');
  assert.equal(trimPassage('phong trào “Ngày thứ bảy” ở cơ sở'), 'phong trào “Ngày thứ bảy” ở cơ sở');
  // A figure or a year at the edge is wording, not a marker.
  assert.equal(trimPassage('đạt trên 80%'), 'đạt trên 80%');
  assert.equal(trimPassage('2025. Năm'), '2025. Năm');
});

test('an empty or blank selection is not an item; one over the bound is refused with a message saying so', () => {
  assert.deepEqual(checkSelection(''), { ok: false, reason: 'empty', message: '' });
  assert.equal(checkSelection(' \n\t ').ok, false);
  assert.equal(checkSelection(' - ;. ').ok, false);
  const long = checkSelection('x'.repeat(700));
  assert.equal(long.ok, false);
  assert.equal(long.reason, 'long');
  assert.match(long.message, /700 ký tự, quá 600 ký tự/);
  assert.deepEqual(checkSelection('a'.repeat(PICK_MAX)), { ok: true, passage: 'a'.repeat(PICK_MAX) });
  assert.deepEqual(checkSelection(' giảm 5% số vụ TNGT; '), { ok: true, passage: 'giảm 5% số vụ TNGT' });
});

test('an item already listed is found whatever its case, diacritics and punctuation', () => {
  const areas = ['Đẩy mạnh chuyển đổi số trong công tác quản lý cư trú', 'Xây dựng lực lượng'];
  assert.ok(hasFolded(areas, 'day manh chuyen doi so trong cong tac quan ly cu tru.'));
  assert.ok(hasFolded(areas, '- xây dựng  lực lượng;'));
  assert.ok(!hasFolded(areas, 'Đẩy mạnh chuyển đổi số'));
  assert.ok(!hasFolded([null, ''], ' '));
});

test('a member is offered only when the text has a group', () => {
  assert.deepEqual(pickOptions(false).map((o) => o.label), ['Thêm nội dung thi đua', 'Thêm chỉ tiêu', 'Thêm đơn vị tổ chức']);
  assert.deepEqual(pickOptions(true).map((o) => o.kind), ['content', 'target', 'organiser', 'member']);
});

test('a passage taken as a target is sent to the parser behind a cue, its figures untouched', () => {
  assert.equal(targetProbe('giảm 5% số vụ tai nạn giao thông'), 'Chỉ tiêu: giảm 5% số vụ tai nạn giao thông');
});

test('a passage added by hand is highlighted as its kind, even across a parsed highlight', () => {
  const text = 'Điểm nhấn là đẩy mạnh chuyển đổi số tại Công an tỉnh Quảng Trị, coi đây là khâu đột phá.';
  const parsed = { text: 'Công an tỉnh Quảng Trị', kind: 'name', label: 'Đơn vị tổ chức' };
  const hand = handNeedle('content', 'đẩy mạnh chuyển đổi số tại Công an tỉnh');
  const marks = highlight(text, [parsed, hand]).segments.filter((s) => s.kind);
  assert.deepEqual(marks, [{ text: 'đẩy mạnh chuyển đổi số tại Công an tỉnh', kind: 'target', label: 'Thêm tay: Nội dung thi đua', hand: true }]);
  // Without it, the parsed highlight is as before.
  assert.deepEqual(highlight(text, [parsed]).segments.filter((s) => s.kind).map((s) => s.text), ['Công an tỉnh Quảng Trị']);
});
