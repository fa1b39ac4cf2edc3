// Stored scoring schemes as the pages that apply them need them (the scores page, a movement's
// page): the list, a file imported as a new stored scheme, the label of a version; and the periods
// a group-year can be ranked over (?period= of the ranking and the scorecards).
import { ElMessage } from 'element-plus';
import { api } from './api';
import type { ListAnswer, PeriodSpec, StoredScheme } from './types';
import { readSchemeFile } from './schemeEdit';

/** GET /scoring-schemes: every stored version. */
export async function listSchemes(): Promise<StoredScheme[]> {
  return (await api.get<ListAnswer<StoredScheme>>('/scoring-schemes')).items ?? [];
}

export const schemeLabel = (s: { name: string; version: number }) => `${s.name} – phiên bản ${s.version}`;

/**
 * Stores the scheme of a JSON file (POST /scoring-schemes). Null when the file is not a scheme or
 * the server refuses it; either way the reason has been shown (the server's names the path).
 */
export async function importSchemeFile(file: Blob): Promise<StoredScheme | null> {
  let scheme;
  try {
    scheme = await readSchemeFile(file);
  } catch (e) {
    ElMessage.error((e as Error).message);
    return null;
  }
  try {
    return await api.post<StoredScheme>('/scoring-schemes', { scheme });
  } catch {
    return null; // shown by the API wrapper
  }
}

// ---- ranking periods ----

export interface RankingPeriodChoice {
  /** Kept in the page's address (?period=); the calendar year ('year', the default) is left out of it. */
  key: string;
  label: string;
  period: (year: number) => PeriodSpec | null;
}

/** The key of the default period, the calendar year (no ?period= to the server). */
export const CALENDAR_YEAR = 'year';
const QUARTERS = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A stretch of the year from 1 January to the end of `lastMonth`, as a named phase. */
function fromJanuary(name: string, lastMonth: number) {
  return (year: number): PeriodSpec => {
    const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
    return { kind: 'phase', start: `${year}-01-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}`, name: `${name} năm ${year}` };
  };
}

export const RANKING_PERIODS: RankingPeriodChoice[] = [
  { key: CALENDAR_YEAR, label: 'Cả năm', period: () => null },
  ...QUARTERS.map((q, i) => ({ key: `q${i + 1}`, label: `Quý ${q}`, period: (year: number): PeriodSpec => ({ kind: 'quarter', year, quarter: i + 1 }) })),
  { key: '6m', label: '6 tháng đầu năm', period: fromJanuary('6 tháng đầu', 6) },
  { key: '9m', label: '9 tháng', period: fromJanuary('9 tháng', 9) },
  { key: 'sy', label: 'Năm thống kê (15/12 – 14/12)', period: (year: number): PeriodSpec => ({ kind: 'statistical_year', year }) },
];

/** The ?period= value for a choice's key in a year; undefined for the calendar year (or an unknown key). */
export function rankingPeriodParam(key: string, year: number): string | undefined {
  const p = RANKING_PERIODS.find((c) => c.key === key)?.period(year);
  return p ? JSON.stringify(p) : undefined;
}
