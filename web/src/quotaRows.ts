// The per-scope quotas of an eligibility answer (GET /eligibility `quotas`: one line per quota scope
// inside the asked unit) as the commendation screen lists them: in Vietnamese order of the unit's
// name, filtered by a search that ignores diacritics, with what is left and how full each scope is.
// A figure the answer does not give stays missing ("—"), never 0. Pure: no Vue, no DOM.
import { compareVi, fold } from './format.js';
import { formatViNumber } from './viNumber.js';

export interface ScopeQuota {
  unit_id: number; unit_name: string;
  base: number | null; limit: number | null; used: number | null; over: boolean; detail: string;
  /** The people or teams evaluated in the scope: none means its base (and so its limit) is unknown. */
  subjects?: number;
}
export interface QuotaRow extends ScopeQuota {
  /** limit − used, not below 0; null when either is missing. */
  left: number | null;
  /** used as a share of limit (0–100) for a bar; null when there is nothing to measure against. */
  percent: number | null;
}

/** From this many scopes on, the table has a search box. */
export const QUOTA_SEARCH_FROM = 8;

/** Whether the answer has more than the asked unit's own quota (then the scopes are listed). */
export function hasOtherScopes(quotas: ScopeQuota[] | null | undefined, askedUnit: number | null): boolean {
  return !!quotas && quotas.some((q) => q.unit_id !== askedUnit);
}

/** The scopes whose name contains `query` (diacritics and case ignored), by name in Vietnamese order. */
export function quotaRows(quotas: ScopeQuota[] | null | undefined, query = ''): QuotaRow[] {
  const want = fold(query);
  return (quotas ?? [])
    .filter((q) => !want || fold(q.unit_name).includes(want))
    .sort((a, b) => compareVi(a.unit_name, b.unit_name) || a.unit_id - b.unit_id)
    .map((q) => {
      // No one evaluated in the scope: "0 of 0" would say nobody qualifies, but nobody is on record.
      const unknown = q.subjects === 0;
      const base = unknown ? null : q.base;
      const limit = unknown ? null : q.limit;
      const known = limit != null && q.used != null;
      return {
        ...q, base, limit,
        left: known ? Math.max(0, limit! - q.used!) : null,
        percent: known && limit! > 0 ? Math.min(100, Math.round((q.used! * 100) / limit!)) : null,
      };
    });
}

/** A whole figure the Vietnamese way ("1.250"); missing → "—". */
export function quotaFigure(n: number | null | undefined): string {
  return n == null ? '—' : formatViNumber(n, 0);
}
