// Commendation (khen thưởng) on the client: the shapes the API answers and small helpers.
import { api } from './api';
import type { ScopeQuota } from './quotaRows';

export interface ConditionResult { code: string; met: boolean; detail: string }
export interface EligibilityItem {
  subject: { kind: 'person' | 'unit'; id: number; name: string; unit_id: number; unit_name: string };
  eligible: boolean;
  held: boolean;
  conditions: ConditionResult[];
}
export interface Quota { base: number; limit: number; used: number; max_pct: number; detail: string }
export interface EligibilityCounts { eligible: number; not_eligible: number; held: number; failing: { code: string; name: string; count: number }[] }
// GET /eligibility: `items` the page asked (limit/offset/filter), `total` the scope's subjects,
// `matched` those the filter keeps; `counts` and `quota` over the whole scope; `quotas` one line per
// quota scope inside the asked unit (null for a title without a quota).
export interface Eligibility {
  title: { code: string; name: string; level: string; basis: string }; year: number; items: EligibilityItem[]; total: number;
  matched: number; offset: number; limit: number | null; filter: 'all' | 'eligible' | 'not_eligible';
  counts: EligibilityCounts; quota: Quota | null; quotas: ScopeQuota[] | null;
}
export interface CatalogueEntry {
  code: string; name: string; kind: string; level: string; basis: string; criteria: string;
  granted_by: string; granted_by_name: string; cash_multiple: number; valid_from: string; valid_to: string | null;
}
export interface ProposalStep {
  step: string; from: string; to: string; to_label: string; unit: { id: number; name: string };
  username: string; reason: string | null; changes: CheckChange[] | EditChange | null; at: string;
}
export interface CheckChange { subject: string; eligible_before: boolean; eligible_after: boolean; conditions: Array<{ code: string; before: string | null; after: string }> }
export interface ItemChange { subject: string; subject_kind: string; subject_id: number; code: string; name: string; grounds: string; grounds_before?: string }
export interface EditChange { added: ItemChange[]; removed: ItemChange[]; grounds: ItemChange[]; report: boolean }
export interface ProposalItem {
  id: number; subject: { kind: string; id: number; name: string; unit_id: number }; code: string; name: string; grounds?: string;
  eligibility: { eligible: boolean; conditions: ConditionResult[] }; result: string;
  votes?: { approvals: number; rejections: number; recusals: number };
}
export interface Council {
  id: number; meeting_date: string; state: string; present: number; quorum: boolean; minutes: string | null;
  members: Array<{ user_id: number; username: string; present: boolean; voted: boolean }>;
  recusals: Array<{ item_id: number; username: string; reason: string }>;
  me?: { member: boolean; present: boolean; voted: boolean };
}
export interface Proposal {
  id: number; title: string; report: string; year: number; state: string; state_label: string; return_reason: string | null;
  unit: { id: number; name: string }; holder: { id: number; name: string };
  issuer: { code: string; name: string; unit: { id: number; name: string } };
  items: ProposalItem[]; item_count: number; steps?: ProposalStep[]; council?: Council | null;
  decision?: { number: string; date: string; issuer: string; signer: string; signer_position: string; base_salary: number;
    awards: Array<{ id: number; subject_name: string; name: string; cash_multiple: number; cash_vnd: number; revoked: boolean; revoke_reason: string | null }> } | null;
}
export interface RecordItem {
  year: number; kind: string; code: string; name: string; id: number; revoked: boolean; revoke_reason?: string | null; flag?: string | null; method_name?: string | null;
  decision: { number: string; date: string; issuer: string } | null; unit?: { id: number; name: string }; predecessor?: boolean; cash_vnd?: number;
}

export interface AwardStatistics {
  unit: { id: number; name: string }; from: number; to: number; total: number;
  titles: Array<{ code: string; name: string; total: number }>;
  by_year: Array<{ year: number; counts: Record<string, number>; total: number }>;
  by_unit: Array<{ unit: { id: number; name: string }; counts: Record<string, number>; total: number }>;
}
export interface Ranked { code: string; name: string; rank: number }
export interface CommendationMeta {
  levels: Ranked[]; discipline_forms: Ranked[]; initiative_scopes: Ranked[];
  issuers: Array<{ code: string; name: string; rank: number; unit_kinds: string[]; basis: string }>;
  base_salary: { vnd: number; valid_from: string; basis: string }; version: number;
}

export const STATE_TAG: Record<string, 'primary' | 'success' | 'warning' | 'info' | 'danger'> = {
  draft: 'info', submitted: 'warning', received: 'warning', checked: 'primary', returned: 'danger', council: 'primary', decided: 'success',
};
export const KIND_LABEL: Record<string, string> = {
  title: 'Danh hiệu', award: 'Hình thức khen thưởng', initiative: 'Sáng kiến', discipline: 'Kỷ luật', evaluation: 'Xếp loại',
};
export const STEP_LABEL: Record<string, string> = {
  create: 'Lập hồ sơ', submit: 'Gửi lên', receive: 'Tiếp nhận', check: 'Thẩm định', return: 'Trả lại', forward: 'Chuyển lên cấp trên',
  to_council: 'Trình Hội đồng', decide: 'Ra quyết định', consult: 'Lấy ý kiến hiệp y', edit: 'Sửa đề nghị',
};

export function vnd(n: number | undefined | null): string {
  if (n === undefined || n === null) return '';
  return n.toLocaleString('vi-VN') + ' đồng';
}

export async function loadCatalogue(on?: string): Promise<CatalogueEntry[]> {
  return (await api.get<{ items: CatalogueEntry[] }>('/titles', { on })).items;
}

let metaCache: Promise<CommendationMeta> | null = null;
/** The catalogue's levels, discipline forms, initiative scopes and issuers (loaded once). */
export function loadCommendationMeta(): Promise<CommendationMeta> {
  metaCache ??= api.get<CommendationMeta>('/commendation/meta').catch((e) => { metaCache = null; throw e; });
  return metaCache;
}
