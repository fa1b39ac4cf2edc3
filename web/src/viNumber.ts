// Numbers typed and shown the Vietnamese way: a dot groups thousands ("1.250" = 1250), a comma
// starts the decimals ("2,5" = 2.5, "1.234,5" = 1234.5). The parser never rounds, clamps or drops
// anything: a text is either read exactly as a valid value of its indicator's type, read as blank
// (not reported), or refused with a Vietnamese message for the field. Pure: no Vue, no DOM.

/** What an indicator's value may be: a count is a whole number, a sum has at most 2 decimals. */
export type ValueKind = 'count' | 'sum';

export type ParsedNumber =
  | { ok: true; value: number | null }
  | { ok: false; message: string };

/** The largest value accepted (beyond it a double no longer holds every integer exactly). */
export const MAX_VALUE = 999_999_999_999;
/** Decimals a sum may have (money in triệu đồng to the nearest 10 000 đồng). */
export const SUM_DECIMALS = 2;

const fail = (message: string): ParsedNumber => ({ ok: false, message });

/**
 * Reads a typed value of an indicator of `kind`. Blank → `{ ok: true, value: null }` (not
 * reported). Accepted: "1250", "1.250", "1 250", "2,5", "1.234,5"; refused with a message:
 * letters, a sign, "2.5" (a dot followed by other than three digits), a fraction for a count,
 * more than 2 decimals for a sum.
 */
export function parseViNumber(text: string | null | undefined, kind: ValueKind): ParsedNumber {
  // Spaces (also no-break and thin ones) may group thousands too: "1 250".
  const s = (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (s === '') return { ok: true, value: null };
  if (/^[-\u2212\u2013]/.test(s)) return fail('Không được nhập số âm');
  if (s.startsWith('+')) return fail('Chỉ nhập chữ số, không kèm dấu +');
  if (!/^[\d., ]+$/.test(s) || !/\d/.test(s)) return fail('Không phải là số: chỉ nhập chữ số, dấu chấm phân cách hàng nghìn, dấu phẩy thập phân');

  const comma = s.indexOf(',');
  if (comma !== s.lastIndexOf(',')) return fail('Chỉ được một dấu phẩy thập phân (ví dụ 1.234,5)');
  const whole = comma < 0 ? s : s.slice(0, comma);
  const frac = comma < 0 ? '' : s.slice(comma + 1);
  if (comma >= 0 && !/^\d+$/.test(frac)) return fail('Sau dấu phẩy thập phân phải là chữ số (ví dụ 2,5)');

  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (/^\d{1,3}([. ]\d{3})+$/.test(whole) && !(whole.includes('.') && whole.includes(' '))) digits = whole.replace(/[. ]/g, '');
  else if (whole === '' && comma === 0) return fail('Thiếu phần nguyên trước dấu phẩy (ví dụ 0,5)');
  else if (/^\d+\.\d{1,2}$/.test(whole) || /^\d+\.\d{4,}$/.test(whole)) {
    const [a, b] = whole.split('.');
    return fail(`Dấu chấm dùng để phân cách hàng nghìn (ví dụ 1.250); số thập phân viết bằng dấu phẩy: ${a},${b}`);
  } else return fail('Số viết chưa đúng: dấu chấm phân cách từng nhóm ba chữ số (ví dụ 12.500)');

  const fracDigits = frac.replace(/0+$/, '');
  if (kind === 'count' && fracDigits !== '') return fail('Phải là số nguyên (số lần, số vụ… không có phần thập phân)');
  if (kind === 'sum' && fracDigits.length > SUM_DECIMALS) return fail(`Tối đa ${SUM_DECIMALS} chữ số sau dấu phẩy`);

  const value = Number(digits + (fracDigits ? '.' + fracDigits : ''));
  if (!Number.isFinite(value) || value > MAX_VALUE) return fail('Số quá lớn');
  return { ok: true, value };
}

/** A value as Vietnamese text: 1250 → "1.250", 2.5 → "2,5", 1234.5 → "1.234,5"; null → "". */
export function formatViNumber(value: number | null | undefined, maxDecimals = SUM_DECIMALS): string {
  if (value == null || !Number.isFinite(value)) return '';
  const negative = value < 0;
  const [intPart, fracPart = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = fracPart.replace(/0+$/, '');
  return (negative ? '-' : '') + grouped + (frac ? ',' + frac : '');
}

/** The kind a reported indicator's value is checked as ("count" unless it is a sum). */
export function valueKindOf(indicatorKind: string): ValueKind {
  return indicatorKind === 'sum' ? 'sum' : 'count';
}
