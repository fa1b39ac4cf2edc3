// Labels and shared look-ups of the emulation side: GET /emulation/meta (movement kinds and
// states, group kinds, commitment kinds…), the indicator catalogue (GET /indicators) and the
// title catalogue (GET /titles), each fetched once; and the Vietnamese reading of a commitment.
import { reactive, ref } from 'vue';
import { api } from './api';
import type { CodeLabel, Commitment, EmulationMeta, Indicator, IndicatorCatalogue, PeriodSpec, Title } from './types';
import { formatDate } from './format';

const map = (m: Record<string, string>): CodeLabel[] => Object.entries(m).map(([code, label]) => ({ code, label }));

export const emulationMeta = reactive<EmulationMeta & { loaded: boolean }>({
  movement_kinds: map({ regular: 'Thường xuyên', thematic: 'Chuyên đề', special: 'Đặc biệt' }),
  movement_states: [
    { code: 'draft', label: 'Dự thảo', next: ['launched'] },
    { code: 'launched', label: 'Đã phát động', next: ['under_way'] },
    { code: 'under_way', label: 'Đang triển khai', next: ['interim_reviewed', 'closed'] },
    { code: 'interim_reviewed', label: 'Đã sơ kết', next: ['under_way', 'closed'] },
    { code: 'closed', label: 'Đã tổng kết', next: [] },
  ],
  group_kinds: map({ cluster: 'Cụm thi đua', block: 'Khối thi đua' }),
  selection_methods: map({ assigned: 'Cấp trên phân công', elected: 'Bầu tại hội nghị' }),
  group_document_kinds: map({
    operating_rules: 'Quy chế hoạt động',
    scoring_regulation: 'Quy định tiêu chí chấm điểm',
    report_outline: 'Đề cương báo cáo sơ kết, tổng kết',
    plan: 'Kế hoạch',
    minutes: 'Biên bản hội nghị',
    other: 'Văn bản khác',
  }),
  commitment_kinds: map({
    change: 'Tăng/giảm so với kỳ trước',
    rate: 'Tỷ lệ',
    count: 'Số lượng',
    composite: 'Nhiều tiêu chí cùng đạt',
    qualitative: 'Định tính (đạt / không đạt)',
  }),
  commitment_directions: map({
    decrease: 'Giảm ít nhất',
    increase: 'Tăng ít nhất',
    above: 'Trên',
    at_least: 'Đạt ít nhất',
    at_most: 'Không quá',
    below: 'Dưới',
    equal: 'Bằng',
  }),
  commitment_baselines: map({ previous_year: 'So với năm trước', same_period_previous_year: 'So với cùng kỳ năm trước' }),
  today: '',
  loaded: false,
});

let metaPending: Promise<void> | null = null;
export function loadEmulationMeta(): Promise<void> {
  if (emulationMeta.loaded) return Promise.resolve();
  if (metaPending) return metaPending;
  metaPending = api
    .get<EmulationMeta>('/emulation/meta', undefined, { silent: true })
    .then((m) => {
      Object.assign(emulationMeta, m, { loaded: true });
    })
    .catch(() => {
      /* keep the fallback labels */
    })
    .finally(() => {
      metaPending = null;
    });
  return metaPending;
}

const labelIn = (list: CodeLabel[], code: string | null | undefined) =>
  code ? (list.find((x) => x.code === code)?.label ?? code) : '';

export const movementKindLabel = (c?: string | null) => labelIn(emulationMeta.movement_kinds, c);
export const movementStateLabel = (c?: string | null) => labelIn(emulationMeta.movement_states, c);
export const groupKindLabel = (c?: string | null) => labelIn(emulationMeta.group_kinds, c);
export const selectionMethodLabel = (c?: string | null) => labelIn(emulationMeta.selection_methods, c);
export const groupDocumentKindLabel = (c?: string | null) => labelIn(emulationMeta.group_document_kinds, c);
export const commitmentKindLabel = (c?: string | null) => labelIn(emulationMeta.commitment_kinds, c);

export const EVENT_KIND_LABELS: Record<string, string> = {
  launch: 'Lễ phát động',
  pledge_signing: 'Ký kết giao ước',
  conference: 'Hội nghị',
  review: 'Sơ kết / tổng kết',
};

/** The button that moves a movement into a state. */
export const TRANSITION_ACTIONS: Record<string, string> = {
  draft: 'Trả về dự thảo',
  launched: 'Phát động',
  under_way: 'Triển khai',
  interim_reviewed: 'Sơ kết',
  closed: 'Tổng kết',
};

export function stateTagType(s: string): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  return (
    ({ draft: 'info', launched: 'primary', under_way: 'success', interim_reviewed: 'warning', closed: 'info' } as const)[
      s as 'draft'
    ] ?? 'info'
  );
}

export const REPORT_STATUS_LABELS: Record<string, string> = {
  missing: 'Chưa nộp',
  draft: 'Đang soạn',
  submitted: 'Đã nộp',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
  locked: 'Đã khóa',
};

export function reportStatusType(s: string): 'info' | 'primary' | 'success' | 'warning' | 'danger' {
  return (
    ({ missing: 'danger', draft: 'info', submitted: 'primary', returned: 'warning', accepted: 'success', locked: 'success' } as const)[
      s as 'draft'
    ] ?? 'info'
  );
}

// ---- catalogues ----

export const indicators = ref<Indicator[]>([]);
export const indicatorMap = ref<Map<string, Indicator>>(new Map());
let indicatorsPending: Promise<Indicator[]> | null = null;

export function loadIndicators(): Promise<Indicator[]> {
  if (indicators.value.length) return Promise.resolve(indicators.value);
  if (indicatorsPending) return indicatorsPending;
  indicatorsPending = api
    .get<IndicatorCatalogue>('/indicators')
    .then((c) => {
      indicators.value = c.indicators ?? [];
      indicatorMap.value = new Map(indicators.value.map((i) => [i.code, i]));
      return indicators.value;
    })
    .finally(() => {
      indicatorsPending = null;
    });
  return indicatorsPending;
}

export const indicatorName = (code?: string | null) => (code ? (indicatorMap.value.get(code)?.name ?? code) : '');

/** Indicators grouped by category, in catalogue order. */
export function indicatorsByCategory(list: Indicator[]): { category: string; items: Indicator[] }[] {
  const out: { category: string; items: Indicator[] }[] = [];
  for (const i of list) {
    const cat = i.category || 'Khác';
    let g = out.find((x) => x.category === cat);
    if (!g) out.push((g = { category: cat, items: [] }));
    g.items.push(i);
  }
  return out;
}

export const titles = ref<Title[]>([]);
let titlesPending: Promise<Title[]> | null = null;
export function loadTitles(): Promise<Title[]> {
  if (titles.value.length) return Promise.resolve(titles.value);
  if (titlesPending) return titlesPending;
  titlesPending = api
    .get<{ version: number; titles: Title[] }>('/titles')
    .then((a) => (titles.value = a.titles ?? []))
    .finally(() => {
      titlesPending = null;
    });
  return titlesPending;
}
export const titleName = (code: string) => titles.value.find((t) => t.code === code)?.name ?? code;

// ---- reading a commitment ----

function num(v: number | null | undefined): string {
  if (v == null) return '';
  return v.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

const DIRECTION_WORDS: Record<string, string> = {
  decrease: 'giảm',
  increase: 'tăng',
  above: 'trên',
  at_least: 'đạt ít nhất',
  at_most: 'không quá',
  below: 'dưới',
  equal: 'đạt',
};

/** A short Vietnamese reading of a commitment built from its fields (not its text). */
export function describeCommitment(c: Commitment): string {
  const what = c.measure || indicatorName(c.indicator);
  switch (c.kind) {
    case 'change': {
      const dir = c.direction === 'increase' ? 'Tăng' : 'Giảm';
      const amount = c.value != null ? ` ít nhất ${num(c.value)}${c.unit === '%' ? '%' : ` ${c.unit ?? ''}`}` : '';
      const base = labelIn(emulationMeta.commitment_baselines, c.baseline || 'previous_year').toLowerCase();
      const lower = what.charAt(0).toLocaleLowerCase('vi') + what.slice(1);
      return `${dir}${amount} ${lower} ${base}`.replace(/\s+/g, ' ').trim();
    }
    case 'rate':
      return `${what}: ${DIRECTION_WORDS[c.direction ?? ''] ?? c.direction ?? ''} ${num(c.value)}%`;
    case 'count':
      return `${what}: ${DIRECTION_WORDS[c.direction ?? ''] ?? c.direction ?? ''} ${num(c.value)}${c.unit ? ' ' + c.unit : ''}`;
    case 'composite':
      return (c.text || 'Đạt tất cả các tiêu chí') + ': ' + (c.all_of ?? []).map(describeCommitment).join('; ');
    default:
      return c.text || '';
  }
}

// ---- periods ----

export function periodLabel(p: PeriodSpec | null | undefined): string {
  if (!p) return '';
  if (p.label) return p.label;
  switch (p.kind) {
    case 'month':
      return `Tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `Quý ${['I', 'II', 'III', 'IV'][(p.quarter ?? 1) - 1]}/${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
    case 'statistical_year':
      return `Năm thống kê ${p.year}`;
    case 'statistical_month':
      return `Tháng thống kê ${p.month}/${p.year}`;
    case 'phase':
      return `${p.name ?? 'Đợt'} (${formatDate(p.start)} – ${formatDate(p.end)})`;
    default:
      return p.kind;
  }
}

/** Number as Vietnamese text: 1.234,5 */
export function formatNumber(v: number | null | undefined, digits = 2): string {
  if (v == null || Number.isNaN(v)) return '';
  return v.toLocaleString('vi-VN', { maximumFractionDigits: digits });
}

/** Reads a File as base64 (without the data: prefix). */
export function fileToBase64(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => {
      const s = String(r.result ?? '');
      resolve(s.slice(s.indexOf(',') + 1));
    };
    r.onerror = () => reject(r.error ?? new Error('Không đọc được tệp'));
    r.readAsDataURL(f);
  });
}

/** A deep copy of plain JSON data (works on reactive proxies, unlike structuredClone). */
export function copyJson<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}
