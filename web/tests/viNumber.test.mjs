// The report form's number reading (src/viNumber.ts): what an officer types the Vietnamese way is
// read exactly, and anything else is refused with a message — never rounded, clamped or dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseViNumber, formatViNumber } from '../.test-build/viNumber.js';

const value = (text, kind) => {
  const r = parseViNumber(text, kind);
  assert.ok(r.ok, `"${text}" as ${kind} should be accepted, got: ${r.message}`);
  return r.value;
};
const refused = (text, kind) => {
  const r = parseViNumber(text, kind);
  assert.equal(r.ok, false, `"${text}" as ${kind} should be refused, was read as ${r.value}`);
  assert.ok(r.message.length > 5);
  return r.message;
};

test('dots group thousands, a comma starts the decimals', () => {
  assert.equal(value('1.250', 'count'), 1250);
  assert.equal(value('1.000', 'sum'), 1000);
  assert.equal(value('2,5', 'sum'), 2.5);
  assert.equal(value('1.234,5', 'sum'), 1234.5);
  assert.equal(value('12.500.000', 'count'), 12500000);
  assert.equal(value('1 250', 'count'), 1250);
  assert.equal(value('  42 ', 'count'), 42);
  assert.equal(value('0', 'count'), 0);
  assert.equal(value('0,75', 'sum'), 0.75);
  assert.equal(value('3,0', 'count'), 3);
});

test('a blank field is not reported (null), never 0', () => {
  assert.equal(value('', 'count'), null);
  assert.equal(value('   ', 'sum'), null);
  assert.equal(value(null, 'sum'), null);
});

test('a count is a non-negative whole number', () => {
  assert.match(refused('2,5', 'count'), /số nguyên/);
  assert.match(refused('-3', 'count'), /âm/);
  assert.match(refused('−3', 'count'), /âm/);
  assert.match(refused('abc', 'count'), /Không phải là số/);
  assert.match(refused('12abc', 'count'), /Không phải là số/);
});

test('"2.5" is not silently read as 25 or 3: the dot is for thousands, the message says to use a comma', () => {
  assert.match(refused('2.5', 'count'), /2,5/);
  assert.match(refused('2.5', 'sum'), /dấu phẩy/);
  assert.match(refused('1.25', 'sum'), /1,25/);
  refused('1.2345', 'sum');
  refused('12.50.000', 'count');
  refused('1,2,3', 'sum');
  refused(',5', 'sum');
  refused('5,', 'sum');
  refused('+5', 'count');
});

test('a sum keeps at most 2 decimals: a third is refused, not rounded', () => {
  assert.equal(value('2,55', 'sum'), 2.55);
  assert.match(refused('2,555', 'sum'), /2 chữ số/);
  assert.equal(value('2,500', 'sum'), 2.5, 'trailing zeros add no precision');
});

test('values are shown the Vietnamese way', () => {
  assert.equal(formatViNumber(1250), '1.250');
  assert.equal(formatViNumber(2.5), '2,5');
  assert.equal(formatViNumber(1234.5), '1.234,5');
  assert.equal(formatViNumber(1000000), '1.000.000');
  assert.equal(formatViNumber(0), '0');
  assert.equal(formatViNumber(null), '');
  for (const v of [0, 7, 1250, 2.5, 1234.56, 999999.99]) assert.equal(value(formatViNumber(v), 'sum'), v, `round trip of ${v}`);
});
