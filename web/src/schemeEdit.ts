// The scoring-scheme editor's logic without the screens: Vietnamese labels of the format's kinds,
// a blank scheme, in-place changes that keep every field the editor does not know, and the live
// checks shown before saving (docs/scoring-scheme.md; the server's validation is the final word).
// Paths are written as the server writes them: `sections[1].criteria[2].target.indicator`.
import { inject, toRaw, type InjectionKey, type Ref } from 'vue';
import type { CodeLabel, Indicator, SchemeJson, SchemeLevel, SchemeLine, SchemeNode, SchemeRule, SchemeTarget } from './types';
import { formatNumber } from './emulation';

export const EPS = 1e-9;
/** The criteria tree has at most four levels (sections are the first). */
export const MAX_DEPTH = 4;

const list = (m: Record<string, string>): CodeLabel[] => Object.entries(m).map(([code, label]) => ({ code, label }));

export const RULE_KINDS = list({
  target_met: 'Đạt chỉ tiêu: đủ điểm, không đạt: 0',
  proportional: 'Theo tỷ lệ đạt chỉ tiêu',
  bonus_exceeding: 'Theo tỷ lệ, thưởng khi vượt chỉ tiêu',
  deduction_per_occurrence: 'Trừ điểm theo số lần',
  qualitative: 'Định tính (đạt / không đạt)',
  disqualifying: 'Điểm liệt',
});

export const TARGET_KINDS = list({
  change: 'Tăng/giảm so với cùng kỳ (%)',
  rate: 'Tỷ lệ (%)',
  count: 'Số lượng',
  composite: 'Nhiều chỉ tiêu cùng đạt',
  qualitative: 'Định tính',
});

/** The directions each target kind allows. */
export const DIRECTIONS: Record<string, CodeLabel[]> = {
  change: list({ decrease: 'Giảm ít nhất', increase: 'Tăng ít nhất' }),
  rate: list({ above: 'Trên', at_least: 'Từ … trở lên', equal: 'Bằng' }),
  count: list({ at_most: 'Không quá', at_least: 'Ít nhất' }),
};

export const CONDITION_KINDS = list({
  no_disqualifying: 'Không có tiêu chí điểm liệt bị vi phạm',
  all_met: 'Đạt tất cả chỉ tiêu của mục / tiêu chí',
  max_deductions: 'Điểm bị trừ không quá',
});

export const ruleLabel = (k?: string) => RULE_KINDS.find((x) => x.code === k)?.label ?? k ?? '';

/** Which target kinds a rule accepts ('' = the rule takes no target). */
export function targetKindsFor(rule?: string): string[] {
  switch (rule) {
    case 'deduction_per_occurrence':
      return [];
    case 'qualitative':
      return ['qualitative'];
    case 'proportional':
      return ['change', 'rate', 'count', 'composite'];
    case 'bonus_exceeding':
      return ['change', 'rate', 'count'];
    default:
      return ['change', 'rate', 'count', 'composite', 'qualitative'];
  }
}

/** Indicators a target kind may use: change and count add up (count/sum/total), a rate is a ratio. */
export function indicatorFits(kind: string | undefined, ind: Indicator | undefined): boolean {
  if (!ind) return false;
  if (kind === 'rate') return ind.kind === 'ratio';
  return ind.kind !== 'ratio';
}

// ---- object identity for v-for keys (ids are editable, so they cannot be keys) ----

const keys = new WeakMap<object, number>();
let nextKey = 1;
export function keyOf(o: object): number {
  const raw = toRaw(o);
  let k = keys.get(raw);
  if (!k) keys.set(raw, (k = nextKey++));
  return k;
}

// ---- ids ----

export const ID_RE = /^[a-z0-9_-]{1,64}$/;

/** Every id used by nodes and lines (they share one namespace). */
export function allIds(s: SchemeJson): Set<string> {
  const out = new Set<string>();
  const walk = (nodes: SchemeNode[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n?.id) out.add(n.id);
      walk(n?.criteria);
    }
  };
  walk(s.sections);
  for (const l of [...(s.bonuses ?? []), ...(s.deductions ?? [])]) if (l?.id) out.add(l.id);
  return out;
}

/** A fresh id like `tieu_chi_7` not used anywhere in the scheme. */
export function freshId(s: SchemeJson, prefix: string): string {
  const used = allIds(s);
  for (let i = 1; ; i++) if (!used.has(`${prefix}_${i}`)) return `${prefix}_${i}`;
}

/** "Công an xã" → "cong_an_xa": a suggestion for a code from a Vietnamese name. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48);
}

// ---- new things ----

export function newCriterion(s: SchemeJson, maxPoints = 0): SchemeNode {
  return { id: freshId(s, 'tieu_chi'), name: '', max_points: maxPoints, target: { kind: 'qualitative' }, rule: { kind: 'target_met' } };
}

export function newSection(s: SchemeJson, maxPoints = 0): SchemeNode {
  const id = freshId(s, 'muc');
  const sec: SchemeNode = { id, name: '', max_points: maxPoints, criteria: [] };
  // the child's id must differ from the section's, which is not yet in the scheme
  const child = newCriterion(s, maxPoints);
  sec.criteria!.push(child);
  return sec;
}

export function newLine(s: SchemeJson, kind: 'bonus' | 'deduction'): SchemeLine {
  return { id: freshId(s, kind === 'bonus' ? 'thuong' : 'tru'), name: '', points: 1 };
}

export function blankScheme(year: number): SchemeJson {
  const s: SchemeJson = {
    id: '',
    version: 1,
    name: '',
    scope: { group: '', year },
    total_points: 100,
    sections: [],
    classification: [
      { code: 'xuat_sac', name: 'Hoàn thành xuất sắc nhiệm vụ', min_points: 90, conditions: [{ kind: 'no_disqualifying' }] },
      { code: 'tot', name: 'Hoàn thành tốt nhiệm vụ', min_points: 75 },
      { code: 'hoan_thanh', name: 'Hoàn thành nhiệm vụ', min_points: 50 },
      { code: 'khong_hoan_thanh', name: 'Không hoàn thành nhiệm vụ' },
    ],
  };
  s.sections.push(newSection(s, 100));
  return s;
}

// ---- in-place changes: known fields of the old kind go, everything else stays ----

/** Sets or removes an optional field (null/undefined/'' removes it: the format has no nulls). */
export function setOpt<T extends object, K extends keyof T>(o: T, k: K, v: T[K] | null | undefined): void {
  if (v === null || v === undefined || (v as unknown) === '') delete o[k];
  else o[k] = v;
}

function defaultTarget(kind: string): SchemeTarget {
  switch (kind) {
    case 'change':
      return { kind, indicator: '', direction: 'decrease', value: 0 };
    case 'rate':
      return { kind, indicator: '', direction: 'at_least', value: 100 };
    case 'count':
      return { kind, indicator: '', direction: 'at_most', value: 0 };
    case 'composite':
      return { kind, all: [defaultTarget('change'), defaultTarget('change')] };
    default:
      return { kind: 'qualitative' };
  }
}

/** Changes a target's kind in place: keeps what still fits (the indicator, the value), resets the rest. */
export function setTargetKind(t: SchemeTarget, kind: string, indicators: Map<string, Indicator>): void {
  const d = defaultTarget(kind);
  const keepIndicator = t.indicator && indicatorFits(kind, indicators.get(t.indicator)) ? t.indicator : undefined;
  const keepValue = typeof t.value === 'number' && kind !== 'qualitative' && kind !== 'composite' ? t.value : undefined;
  for (const k of ['indicator', 'direction', 'value', 'all'] as const) delete t[k];
  Object.assign(t, d);
  if (keepIndicator) t.indicator = keepIndicator;
  if (keepValue !== undefined && kind !== 'rate') t.value = keepValue;
}

/** Changes a criterion's rule kind in place, and its target to one the new rule accepts. */
export function setRuleKind(node: SchemeNode, kind: string, indicators: Map<string, Indicator>): void {
  const r: SchemeRule = node.rule ?? (node.rule = { kind });
  if (kind !== 'deduction_per_occurrence') {
    delete r.indicator;
    delete r.points_per_occurrence;
    delete r.cap;
  }
  if (kind !== 'bonus_exceeding') {
    delete r.bonus_per_point;
    delete r.bonus_cap;
  }
  r.kind = kind;
  if (kind === 'deduction_per_occurrence') {
    if (r.points_per_occurrence == null) r.points_per_occurrence = 1;
    delete node.target;
    return;
  }
  if (kind === 'bonus_exceeding') {
    if (r.bonus_per_point == null) r.bonus_per_point = 0.1;
    if (r.bonus_cap == null) r.bonus_cap = 1;
  }
  const allowed = targetKindsFor(kind);
  if (!node.target) node.target = defaultTarget(allowed.includes('qualitative') && kind !== 'target_met' ? 'qualitative' : allowed[0]);
  else if (!allowed.includes(node.target.kind) || (kind === 'bonus_exceeding' && node.target.direction === 'equal')) {
    setTargetKind(node.target, allowed[0], indicators);
  }
}

/** A criterion becomes a group: its rule and target move into its first child (nothing is lost). */
export function splitCriterion(s: SchemeJson, node: SchemeNode): void {
  const child = newCriterion(s, node.max_points);
  child.name = node.name;
  if (node.target) child.target = node.target;
  else delete child.target;
  if (node.rule) child.rule = node.rule;
  delete node.target;
  delete node.rule;
  node.criteria = [child];
}

export function moveItem<T>(arr: T[], i: number, delta: number): void {
  const j = i + delta;
  if (j < 0 || j >= arr.length) return;
  const [x] = arr.splice(i, 1);
  arr.splice(j, 0, x);
}

// ---- paths ----

/** The node a server or check path belongs to: `sections[1].criteria[2].target.indicator` → `sections[1].criteria[2]`. */
export function ownerOf(field: string | undefined | null): string {
  if (!field) return '';
  const node = /^sections\[\d+\](?:\.criteria\[\d+\])*/.exec(field);
  if (node) return node[0];
  const item = /^(bonuses|deductions|classification)\[\d+\]/.exec(field);
  if (item) return item[0];
  if (/^sections\b/.test(field)) return 'sections';
  if (/^(bonuses|bonus_cap)\b/.test(field)) return 'bonuses';
  if (/^(deductions|deduction_cap)\b/.test(field)) return 'deductions';
  if (/^classification\b/.test(field)) return 'classification';
  return '';
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
export const sectionNumber = (i: number) => ROMAN[i] ?? String(i + 1);

/** A path in words: `sections[1].criteria[2].target.indicator` → "Mục II › tiêu chí 2.3 › chỉ tiêu › chỉ số". */
export function describePath(field: string | undefined | null): string {
  if (!field) return '';
  const words: Record<string, string> = {
    target: 'chỉ tiêu',
    rule: 'quy tắc',
    indicator: 'chỉ số',
    direction: 'hướng',
    value: 'giá trị',
    kind: 'loại',
    all: 'chỉ tiêu thành phần',
    max_points: 'điểm tối đa',
    name: 'tên',
    id: 'mã',
    points: 'số điểm',
    cap: 'mức tối đa',
    points_per_occurrence: 'điểm trừ mỗi lần',
    bonus_per_point: 'thưởng mỗi điểm vượt',
    bonus_cap: 'thưởng tối đa',
    min_points: 'ngưỡng điểm',
    conditions: 'điều kiện',
    section: 'mục',
    total_points: 'tổng điểm',
    scope: 'phạm vi',
    year: 'năm',
    group: 'cụm, khối',
    movement: 'phong trào',
    valid_from: 'ngày có hiệu lực',
    valid_to: 'ngày hết hiệu lực',
    deduction_cap: 'mức trừ tối đa',
  };
  const out: string[] = [];
  const m = /^sections\[(\d+)\]((?:\.criteria\[\d+\])*)(.*)$/.exec(field);
  let rest = field;
  if (m) {
    const nums = [Number(m[1])];
    for (const c of m[2].matchAll(/\[(\d+)\]/g)) nums.push(Number(c[1]));
    out.push(`Mục ${sectionNumber(nums[0])}`);
    if (nums.length > 1) out.push(`tiêu chí ${nums.slice(1).map((n) => n + 1).join('.')}`);
    rest = m[3].replace(/^\./, '');
  } else {
    const l = /^(bonuses|deductions|classification)\[(\d+)\]\.?(.*)$/.exec(field);
    if (l) {
      out.push(`${{ bonuses: 'Điểm thưởng', deductions: 'Điểm trừ', classification: 'Mức xếp loại' }[l[1]]} ${Number(l[2]) + 1}`);
      rest = l[3];
    } else if (field === 'sections') {
      return 'Các mục';
    }
  }
  for (const part of rest.split('.').filter(Boolean)) {
    const p = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(part);
    if (!p) out.push(part);
    else out.push(words[p[1]] ? words[p[1]] + (p[2] != null ? ` ${Number(p[2]) + 1}` : '') : part);
  }
  return out.join(' › ');
}

// ---- live checks ----

export interface SchemeIssue {
  /** the field, as the server would name it */
  path: string;
  /** the node it is shown beside (ownerOf(path)) */
  owner: string;
  message: string;
}

export const sumPoints = (nodes: SchemeNode[] | undefined) =>
  (nodes ?? []).reduce((a, n) => a + (typeof n?.max_points === 'number' ? n.max_points : 0), 0);

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const pts = (v: number) => formatNumber(v);

/** What the server would refuse, found while typing (the main ones, not all of them). */
export function checkScheme(s: SchemeJson, indicators: Map<string, Indicator>): SchemeIssue[] {
  const out: SchemeIssue[] = [];
  const add = (path: string, message: string) => out.push({ path, owner: ownerOf(path), message });

  // the ids shared by nodes and lines
  const seen = new Map<string, number>();
  const countIds = (nodes: SchemeNode[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n?.id) seen.set(n.id, (seen.get(n.id) ?? 0) + 1);
      countIds(n?.criteria);
    }
  };
  countIds(s.sections);
  for (const l of [...(s.bonuses ?? []), ...(s.deductions ?? [])]) if (l?.id) seen.set(l.id, (seen.get(l.id) ?? 0) + 1);
  const checkId = (id: string | undefined, path: string) => {
    if (!id) add(`${path}.id`, 'Chưa nhập mã');
    else if (!ID_RE.test(id)) add(`${path}.id`, `Mã '${id}' chỉ gồm chữ thường không dấu, số, '_' và '-'`);
    else if ((seen.get(id) ?? 0) > 1) add(`${path}.id`, `Mã '${id}' bị trùng`);
  };

  // header
  // No code: the server makes one from the name (a code is never required).
  if (s.id && !ID_RE.test(s.id)) add('id', `Mã quy định '${s.id}' chỉ gồm chữ thường không dấu, số, '_' và '-'`);
  if (!s.name?.trim()) add('name', 'Chưa nhập tên quy định');
  const scope = s.scope;
  if (!scope) add('scope', 'Chưa có phạm vi áp dụng');
  else if (scope.movement !== undefined) {
    if (!scope.movement) add('scope.movement', 'Chưa nhập mã phong trào');
  } else {
    // No group code: taken from the regulation's name when saved.
    if (!isNum(scope.year)) add('scope.year', 'Chưa nhập năm áp dụng');
  }
  if (s.valid_from && s.valid_to && s.valid_to < s.valid_from) add('valid_to', 'Ngày hết hiệu lực trước ngày có hiệu lực');
  if (!isNum(s.total_points) || s.total_points <= 0) add('total_points', 'Tổng điểm phải lớn hơn 0');

  // the criteria tree
  const target = (t: SchemeTarget, path: string, nested: boolean) => {
    const kind = t.kind;
    if (kind === 'qualitative') return;
    if (kind === 'composite') {
      if (nested) add(`${path}.kind`, 'Chỉ tiêu gộp không lồng nhau');
      const all = t.all ?? [];
      if (all.length < 2) add(`${path}.all`, 'Chỉ tiêu gộp cần ít nhất hai chỉ tiêu thành phần');
      all.forEach((p, i) => {
        if (p.kind === 'qualitative' || p.kind === 'composite') add(`${path}.all[${i}].kind`, 'Thành phần của chỉ tiêu gộp phải đo được');
        else target(p, `${path}.all[${i}]`, true);
      });
      return;
    }
    if (!DIRECTIONS[kind]) {
      add(`${path}.kind`, 'Chưa chọn loại chỉ tiêu');
      return;
    }
    if (!t.indicator) add(`${path}.indicator`, 'Chưa chọn chỉ số');
    else {
      const ind = indicators.size ? indicators.get(t.indicator) : undefined;
      if (indicators.size && !ind) add(`${path}.indicator`, `Không có chỉ số '${t.indicator}' trong danh mục chỉ số`);
      else if (ind && !indicatorFits(kind, ind))
        add(`${path}.indicator`, kind === 'rate' ? 'Chỉ tiêu tỷ lệ cần chỉ số loại tỷ lệ' : `Chỉ số '${ind.name}' là tỷ lệ, không dùng cho loại chỉ tiêu này`);
    }
    if (!DIRECTIONS[kind].some((d) => d.code === t.direction)) add(`${path}.direction`, 'Chưa chọn hướng của chỉ tiêu');
    if (!isNum(t.value)) add(`${path}.value`, 'Chưa nhập giá trị chỉ tiêu');
    else if (kind === 'change' && t.value < 0) add(`${path}.value`, 'Mức thay đổi không được âm (hướng tăng/giảm chọn riêng)');
    else if (kind === 'change' && t.direction === 'decrease' && t.value > 100) add(`${path}.value`, 'Không thể giảm quá 100%');
    else if (kind === 'rate' && (t.value <= 0 || t.value > 100)) add(`${path}.value`, 'Tỷ lệ chỉ tiêu phải lớn hơn 0% và không quá 100%');
    else if (kind === 'count' && t.value < 0) add(`${path}.value`, 'Số lượng không được âm');
  };

  const node = (n: SchemeNode, path: string, depth: number) => {
    if (!n || typeof n !== 'object') {
      add(path, 'Không phải một mục, tiêu chí');
      return;
    }
    checkId(n.id, path);
    if (!n.name?.trim()) add(`${path}.name`, depth === 0 ? 'Chưa nhập tên mục' : 'Chưa nhập tên tiêu chí');
    if (!isNum(n.max_points)) add(`${path}.max_points`, 'Chưa nhập điểm tối đa');
    else if (n.max_points < 0) add(`${path}.max_points`, 'Điểm tối đa không được âm');
    if (n.criteria) {
      if (depth >= MAX_DEPTH) add(path, `Cây tiêu chí quá sâu (tối đa ${MAX_DEPTH} cấp)`);
      if (!n.criteria.length) add(`${path}.criteria`, 'Mục phải có ít nhất một tiêu chí');
      else {
        const sum = sumPoints(n.criteria);
        if (isNum(n.max_points) && Math.abs(sum - n.max_points) > EPS)
          add(path, `Tổng điểm tối đa các tiêu chí (${pts(sum)}) không bằng điểm tối đa của ${depth === 0 ? 'mục' : 'tiêu chí'} (${pts(n.max_points)})`);
      }
      n.criteria.forEach((c, i) => node(c, `${path}.criteria[${i}]`, depth + 1));
      return;
    }
    const r = n.rule;
    if (!r) {
      add(`${path}.rule`, 'Chưa chọn quy tắc chấm điểm');
      return;
    }
    if (!RULE_KINDS.some((k) => k.code === r.kind)) add(`${path}.rule.kind`, `Quy tắc '${r.kind}' không có trong định dạng`);
    if (r.kind === 'deduction_per_occurrence') {
      if (n.target) add(`${path}.target`, 'Quy tắc trừ điểm theo số lần không dùng chỉ tiêu');
      if (!isNum(r.points_per_occurrence) || r.points_per_occurrence <= 0) add(`${path}.rule.points_per_occurrence`, 'Điểm trừ mỗi lần phải lớn hơn 0');
      if (r.cap != null && (!isNum(r.cap) || r.cap <= 0 || (isNum(n.max_points) && r.cap > n.max_points + EPS)))
        add(`${path}.rule.cap`, `Mức trừ tối đa phải lớn hơn 0 và không quá điểm tối đa của tiêu chí (${pts(n.max_points ?? 0)})`);
      if (r.indicator) {
        const ind = indicators.get(r.indicator);
        if (indicators.size && !ind) add(`${path}.rule.indicator`, `Không có chỉ số '${r.indicator}' trong danh mục chỉ số`);
        else if (ind?.kind === 'ratio') add(`${path}.rule.indicator`, 'Chỉ số đếm số lần không được là tỷ lệ');
      }
      return;
    }
    if (r.kind === 'bonus_exceeding') {
      if (!isNum(r.bonus_per_point) || r.bonus_per_point <= 0) add(`${path}.rule.bonus_per_point`, 'Điểm thưởng mỗi điểm vượt phải lớn hơn 0');
      if (!isNum(r.bonus_cap) || r.bonus_cap <= 0) add(`${path}.rule.bonus_cap`, 'Mức thưởng tối đa phải lớn hơn 0');
    }
    const t = n.target;
    if (!t) {
      if (r.kind !== 'qualitative') add(`${path}.target`, 'Chưa có chỉ tiêu cho quy tắc này');
      return;
    }
    const allowed = targetKindsFor(r.kind);
    if (r.kind === 'qualitative' && t.kind !== 'qualitative') add(`${path}.rule.kind`, 'Quy tắc định tính cần chỉ tiêu định tính');
    else if (r.kind === 'proportional' && t.kind === 'qualitative') add(`${path}.rule.kind`, "Chỉ tiêu định tính không chấm theo tỷ lệ được; chọn quy tắc 'Định tính'");
    else if (r.kind === 'bonus_exceeding' && (!allowed.includes(t.kind) || t.direction === 'equal'))
      add(`${path}.rule.kind`, "Thưởng khi vượt cần một chỉ tiêu đo được có thể vượt (không gộp, không 'bằng')");
    target(t, `${path}.target`, false);
  };

  if (!s.sections?.length) add('sections', 'Quy định phải có ít nhất một mục');
  else {
    s.sections.forEach((n, i) => node(n, `sections[${i}]`, 0));
    const sum = sumPoints(s.sections);
    if (isNum(s.total_points) && Math.abs(sum - s.total_points) > EPS)
      add('sections', `Tổng điểm tối đa các mục (${pts(sum)}) không bằng tổng điểm của quy định (${pts(s.total_points)})`);
  }

  // bonus and deduction lines
  for (const key of ['bonuses', 'deductions'] as const) {
    (s[key] ?? []).forEach((l, i) => {
      const path = `${key}[${i}]`;
      checkId(l.id, path);
      if (!l.name?.trim()) add(`${path}.name`, 'Chưa nhập tên');
      if (!isNum(l.points) || l.points <= 0) add(`${path}.points`, 'Số điểm mỗi lần phải lớn hơn 0');
      if (l.cap != null && (!isNum(l.cap) || l.cap <= 0)) add(`${path}.cap`, 'Mức tối đa phải lớn hơn 0');
      if (l.indicator) {
        const ind = indicators.get(l.indicator);
        if (indicators.size && !ind) add(`${path}.indicator`, `Không có chỉ số '${l.indicator}' trong danh mục chỉ số`);
        else if (ind?.kind === 'ratio') add(`${path}.indicator`, 'Chỉ số đếm số lần không được là tỷ lệ');
      }
    });
  }
  if (s.bonus_cap != null && (!isNum(s.bonus_cap) || s.bonus_cap < 0)) add('bonus_cap', 'Mức tối đa không được âm');
  if (s.deduction_cap != null && (!isNum(s.deduction_cap) || s.deduction_cap < 0)) add('deduction_cap', 'Mức tối đa không được âm');

  // classification
  const levels = s.classification ?? [];
  if (levels.length < 2) add('classification', 'Cần ít nhất hai mức xếp loại');
  const nodeIds = new Set<string>();
  const collect = (nodes: SchemeNode[] | undefined) => {
    for (const n of nodes ?? []) {
      if (n?.id) nodeIds.add(n.id);
      collect(n?.criteria);
    }
  };
  collect(s.sections);
  const codes = new Set<string>();
  let prev: number | undefined;
  levels.forEach((lv: SchemeLevel, i) => {
    const path = `classification[${i}]`;
    if (!lv.code) add(`${path}.code`, 'Chưa nhập mã mức xếp loại');
    else if (!ID_RE.test(lv.code)) add(`${path}.code`, `Mã '${lv.code}' chỉ gồm chữ thường không dấu, số, '_' và '-'`);
    else if (codes.has(lv.code)) add(`${path}.code`, `Mã '${lv.code}' bị trùng`);
    codes.add(lv.code);
    if (!lv.name?.trim()) add(`${path}.name`, 'Chưa nhập tên mức xếp loại');
    (lv.conditions ?? []).forEach((c, k) => {
      const cp = `${path}.conditions[${k}]`;
      if (c.kind === 'all_met' && !(c.section && nodeIds.has(c.section))) add(`${cp}.section`, 'Chọn mục hoặc tiêu chí phải đạt');
      else if (c.kind === 'max_deductions' && (!isNum(c.points) || c.points < 0)) add(`${cp}.points`, 'Số điểm trừ tối đa không được âm');
      else if (!CONDITION_KINDS.some((x) => x.code === c.kind)) add(`${cp}.kind`, `Loại điều kiện '${c.kind}' không có trong định dạng`);
    });
    if (i === levels.length - 1) {
      if (lv.min_points != null || lv.conditions?.length)
        add(path, 'Mức cuối cùng là mức còn lại: không có ngưỡng điểm hay điều kiện');
    } else if (!isNum(lv.min_points)) add(`${path}.min_points`, 'Chưa nhập ngưỡng điểm');
    else if (lv.min_points < 0) add(`${path}.min_points`, 'Ngưỡng điểm không được âm');
    else {
      if (prev !== undefined && lv.min_points >= prev)
        add(`${path}.min_points`, `Ngưỡng điểm phải giảm dần (${pts(lv.min_points)} không nhỏ hơn ${pts(prev)})`);
      prev = lv.min_points;
    }
  });
  return out;
}

/** Downloads a value as a pretty JSON file. */
export function downloadJson(value: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- what the editor's parts share (provided by SchemeEditor) ----

export interface SchemeEditorContext {
  scheme: Ref<SchemeJson>;
  readonly: Ref<boolean>;
  indicators: Ref<Map<string, Indicator>>;
  /** live-check issues by the node they belong to */
  issues: Ref<Map<string, SchemeIssue[]>>;
  /** the server's refusal and the node it names */
  server: Ref<{ message: string; field: string; owner: string } | null>;
}

export const SCHEME_EDITOR: InjectionKey<SchemeEditorContext> = Symbol('scheme-editor');

export function useSchemeEditor(): SchemeEditorContext {
  const ctx = inject(SCHEME_EDITOR);
  if (!ctx) throw new Error('SchemeEditor context missing');
  return ctx;
}

// ---- fields by path ----

/** `sections[1].criteria[2].rule` → ['sections', 1, 'criteria', 2, 'rule'] ([] when not a path). */
export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return [];
    out.push(m[1]);
    for (const i of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

/** The object holding the field a path names, and the field's key, when both exist. */
function fieldAt(root: object, path: string): { holder: Record<string, unknown>; key: string } | null {
  const parts = splitPath(path);
  const key = parts.pop();
  if (typeof key !== 'string') return null;
  let cur: unknown = root;
  for (const p of parts) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !(key in cur)) return null;
  return { holder: cur as Record<string, unknown>, key };
}

/** A field the server does not support ("trường 'x' không được hỗ trợ"), when it is in the scheme. */
export function unsupportedField(root: object, error: { message: string; field?: string } | null): string | null {
  if (!error?.field || !/không được hỗ trợ/.test(error.message)) return null;
  return fieldAt(root, error.field) ? error.field : null;
}

export function removeField(root: object, path: string): boolean {
  const f = fieldAt(root, path);
  if (!f) return false;
  delete f.holder[f.key];
  return true;
}

/**
 * Reads a scoring scheme from a JSON file: the scheme itself, or an exported answer of
 * GET /scoring-schemes/{id} that carries it inside. Throws an Error with a Vietnamese message when
 * the file is not JSON or not a scheme.
 */
export async function readSchemeFile(file: Blob): Promise<SchemeJson> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch {
    throw new Error('Tệp không phải JSON hợp lệ');
  }
  if (parsed && typeof parsed === 'object' && 'scheme' in parsed && !('sections' in parsed)) parsed = (parsed as { scheme: unknown }).scheme;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !Array.isArray((parsed as SchemeJson).sections)) {
    throw new Error('Tệp không phải quy định chấm điểm (cần có "sections" theo docs/scoring-scheme.md)');
  }
  return parsed as SchemeJson;
}
