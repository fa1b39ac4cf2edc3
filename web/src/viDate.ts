// Dates typed the Vietnamese way (dd/mm/yyyy), read strictly: a day that does not exist in its
// month (31/02/2025, 29/02/2023, 31/04/2024) is refused with a message, never rolled over into the
// next month as a lenient parser would. Pure: no Vue, no DOM.

export type ParsedDate = { ok: true; iso: string | null } | { ok: false; message: string };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads "dd/mm/yyyy" (also d/m/yyyy, with "-" or "." between) as an ISO date. Blank → iso null.
 * Refused with a Vietnamese message: another shape, a month outside 1–12, a day the month does
 * not have, a year outside 1900–2100.
 */
export function parseViDate(text: string | null | undefined): ParsedDate {
  const s = (text ?? '').trim();
  if (s === '') return { ok: true, iso: null };
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return { ok: false, message: `"${s}" không phải là ngày: nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2025` };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, message: `Năm ${y} không hợp lệ (từ ${MIN_YEAR} đến ${MAX_YEAR})` };
  if (mo < 1 || mo > 12) return { ok: false, message: `Không có tháng ${mo}: tháng từ 1 đến 12` };
  const last = daysInMonth(y, mo);
  if (d < 1 || d > last) {
    return { ok: false, message: `Không có ngày ${pad(d)}/${pad(mo)}/${y}: tháng ${mo}/${y} chỉ có ${last} ngày` };
  }
  return { ok: true, iso: `${y}-${pad(mo)}-${pad(d)}` };
}

/** An ISO date as dd/mm/yyyy ("" for none). */
export function formatViDate(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

// ---- reporting periods ----

export interface ReportPeriod {
  kind: string;
  year?: number;
  month?: number;
  quarter?: number;
}

/** The last day (ISO) of a month, quarter or year period; null for other kinds. */
export function periodEnd(p: ReportPeriod): string | null {
  if (!p.year) return null;
  if (p.kind === 'month' && p.month) return `${p.year}-${pad(p.month)}-${pad(daysInMonth(p.year, p.month))}`;
  if (p.kind === 'quarter' && p.quarter) {
    const mo = p.quarter * 3;
    return `${p.year}-${pad(mo)}-${pad(daysInMonth(p.year, mo))}`;
  }
  if (p.kind === 'year') return `${p.year}-12-31`;
  return null;
}

/** A period can be reported once it has ended: its last day is before `today` (ISO). */
export function periodEnded(p: ReportPeriod, today: string): boolean {
  const end = periodEnd(p);
  return end != null && end < today;
}

/** The latest period of `kind` that has ended by `today` (the default choice of a new report). */
export function latestEndedPeriod(kind: string, today: string): ReportPeriod {
  const y = Number(today.slice(0, 4));
  const mo = Number(today.slice(5, 7));
  if (kind === 'quarter') {
    const q = Math.floor((mo - 1) / 3); // quarters fully past this year
    return q > 0 ? { kind, year: y, quarter: q } : { kind, year: y - 1, quarter: 4 };
  }
  if (kind === 'year') return { kind, year: y - 1 };
  return mo > 1 ? { kind: 'month', year: y, month: mo - 1 } : { kind: 'month', year: y - 1, month: 12 };
}
