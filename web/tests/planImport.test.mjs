// The import screen highlights in the officer's own text what the parser read (src/planImport.ts).
// A name the parser read through a slip of tone ("Quãng Ngài" read as "Quảng Ngãi", said in a note)
// is highlighted where the text writes it; a vowel's quality (a/ă/â, o/ô/ơ, u/ư) still tells words apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, literalPattern, toneClass } from '../.test-build/planImport.js';

const marked = (text, needle) =>
  highlight(text, [{ text: needle, kind: 'unit', label: 'Đơn vị' }]).segments.filter((s) => s.kind).map((s) => s.text);

test('a name the parser corrected is found where the text writes it with a slip of tone', () => {
  const text = 'Cụm thi đua số 6 gồm Sở Tài chính các tỉnh: Quãng Nam, Quãng Ngài. Cụm phó là Sở Tài chỉnh tỉnh Quãng Ngài.';
  assert.deepEqual(marked(text, 'Sở Tài chính tỉnh Quảng Ngãi'), ['Sở Tài chỉnh tỉnh Quãng Ngài']);
  assert.deepEqual(marked(text, 'Quảng Nam'), ['Quãng Nam']);
});

test('a name written as the parser prints it is found as before, in any case', () => {
  assert.deepEqual(marked('Công an tỉnh Quảng Bình chủ trì.', 'Công an tỉnh Quảng Bình'), ['Công an tỉnh Quảng Bình']);
  assert.deepEqual(marked('CÔNG AN TỈNH QUẢNG BÌNH chủ trì.', 'Công an tỉnh Quảng Bình'), ['CÔNG AN TỈNH QUẢNG BÌNH']);
});

test('only tones are ignored: another vowel is another word', () => {
  assert.deepEqual(marked('Tân An và Tấn Ân', 'Tân An'), ['Tân An']);
  assert.deepEqual(marked('thôn Mỹ Hòa', 'Mư Hòa'), []);
  assert.equal(toneClass('ả'), '[aàáãảạ]');
  assert.equal(toneClass('ơ'), '[ơờớỡởợ]');
  assert.equal(toneClass('đ'), null);
  assert.match('Quãng', new RegExp(literalPattern('Quảng'), 'iu'));
});
