// Plan and article import on the client: where the strings the parser found stand in the source
// text (for highlighting), and how its targets map onto the commitment model of movements and
// pledges (guessing the indicator from the measure's words).
import type { Commitment, Indicator, ParsedPlan } from './types';
import { fold } from './format.js';

export type HighlightKind = 'name' | 'quote' | 'date' | 'target' | 'place' | 'count';

export const HIGHLIGHT_LEGEND: { kind: HighlightKind; label: string }[] = [
  { kind: 'name', label: 'Đơn vị, người' },
  { kind: 'quote', label: 'Tên phong trào, chủ đề, phương châm, đợt' },
  { kind: 'date', label: 'Ngày tháng' },
  { kind: 'target', label: 'Chỉ tiêu, nội dung' },
  { kind: 'place', label: 'Địa điểm, số lượng' },
];

export interface Needle {
  /** A literal string to find, or a ready regular expression (dates). */
  text?: string;
  re?: RegExp;
  kind: HighlightKind;
  /** What it is, shown as the mark's tooltip ("Đơn vị tổ chức"). */
  label: string;
  /** Added by the officer from a selection of the text, not read by the parser (src/planPick.ts). */
  hand?: boolean;
}

export interface Segment {
  text: string;
  kind?: HighlightKind;
  label?: string;
  hand?: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A tolerant pattern for a literal: any run of spaces (or none beside a dash, quote or bracket,
 * since the parser normalises "1930 -3/2" to "1930 - 3/2"), any dash, any double quote.
 */
// The five tone marks of Vietnamese (grave, acute, tilde, hook above, dot below). Other marks —
// breve, circumflex, horn — make another letter and are kept.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A vowel with any of its tones: "ả" → "[aàáãảạ]". The parser reads a name written with a slip of
 * tone ("Quãng Ngài") as the gazetteer writes it ("Quảng Ngãi", with a note); the name it prints is
 * then found where the officer's text writes it. Any other character: null.
 */
export function toneClass(ch: string): string | null {
  const base = ch.normalize('NFD').replace(TONE_RE, '').normalize('NFC');
  if (!/^[aăâeêioôơuưy]$/i.test(base)) return null;
  return '[' + [base, ...TONES.map((t) => (base + t).normalize('NFC'))].join('') + ']';
}

export function literalPattern(s: string): string {
  const chars = [...s.normalize('NFC').trim()];
  const punct = (c: string | undefined) => !!c && /[-–—"“”«»„()[\],;:]/.test(c);
  const parts: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (/\s/.test(ch)) {
      let j = i;
      while (j + 1 < chars.length && /\s/.test(chars[j + 1])) j++;
      parts.push(punct(chars[i - 1]) || punct(chars[j + 1]) ? '\\s*' : '\\s+');
      i = j;
    } else if (/[-–—]/.test(ch)) parts.push('\\s*[-–—]\\s*');
    else if (/["“”«»„]/.test(ch)) parts.push('["“”«»„]');
    else parts.push(toneClass(ch) ?? esc(ch));
  }
  return parts.join('');
}

/**
 * The ways a date is written: 18/10/2024, 18-10-2024, 18.10.2024 (with or without leading zeros),
 * "ngày 18 tháng 10 năm 2024", and without the year "18/10" (not when another year follows).
 */
export function datePattern(iso: string): RegExp | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = m[1];
  const mo = String(Number(m[2]));
  const d = String(Number(m[3]));
  const dd = `0?${d}`;
  const mm = `0?${mo}`;
  const full = `${dd}(?<sep>[/.\\-])${mm}\\k<sep>${y}`;
  const words = `ngày\\s+${dd}\\s+tháng\\s+${mm}(?:\\s+năm\\s+${y})?`;
  const short = `${dd}/${mm}(?![/.\\-]?\\d)`;
  try {
    return new RegExp(`(?<![\\d/.\\-])(?:${full}|${words}|${short})(?![\\d])`, 'giu');
  } catch {
    return null;
  }
}

/** The strings worth showing in the text, from the parser's answer. */
export function needlesOf(p: ParsedPlan): Needle[] {
  const out: Needle[] = [];
  const add = (text: string | null | undefined, kind: HighlightKind, label: string) => {
    const t = (text ?? '').trim();
    if (t.length >= 3) out.push({ text: t, kind, label });
  };
  const addDate = (iso: string | null | undefined, label: string) => {
    const re = iso ? datePattern(iso) : null;
    if (re) out.push({ re, kind: 'date', label });
  };
  add(p.title, 'quote', 'Tiêu đề');
  for (const o of p.organizers ?? []) add(o, 'name', 'Đơn vị tổ chức');
  add(p.event?.place, 'place', 'Địa điểm');
  addDate(p.event?.date, 'Ngày sự kiện');
  add(p.movement?.name, 'quote', 'Tên phong trào');
  add(p.movement?.theme, 'quote', 'Chủ đề');
  add(p.movement?.motto, 'quote', 'Phương châm');
  addDate(p.movement?.start, 'Bắt đầu phong trào');
  addDate(p.movement?.end, 'Kết thúc phong trào');
  for (const ph of p.phases ?? []) {
    add(ph.title, 'quote', `Đợt ${ph.ordinal}`);
    addDate(ph.start, `Bắt đầu đợt ${ph.ordinal}`);
    addDate(ph.end, `Kết thúc đợt ${ph.ordinal}`);
  }
  for (const c of p.contents ?? []) add(c, 'target', 'Nội dung thi đua');
  for (const t of p.targets ?? []) add(t.text, 'target', 'Chỉ tiêu');
  if (p.group) {
    add(p.group.name, 'name', 'Cụm, khối thi đua');
    for (const m of p.group.members ?? []) add(m, 'name', 'Thành viên cụm, khối');
    add(p.group.leader, 'name', 'Cụm trưởng / khối trưởng');
    add(p.group.deputy, 'name', 'Cụm phó / khối phó');
  }
  for (const person of p.people ?? []) {
    add(person.name, 'name', 'Người: ' + [person.rank, person.position].filter(Boolean).join(', '));
    add(person.position, 'name', 'Chức vụ');
  }
  for (const c of p.counts ?? []) {
    const n = String(c.value);
    out.push({ re: new RegExp(`(?<!\\d)0*${n}\\s+${literalPattern(c.what)}`, 'giu'), kind: 'place', label: 'Số lượng' });
  }
  return out;
}

/**
 * Cuts `text` into plain and highlighted segments. Every needle is searched; where matches
 * overlap, one added by hand wins, then the one that starts first (then the longest).
 */
export function highlight(text: string, needles: Needle[]): { segments: Segment[]; found: Set<string> } {
  const src = text.normalize('NFC');
  type M = { start: number; end: number; kind: HighlightKind; label: string; hand?: boolean };
  const matches: M[] = [];
  const found = new Set<string>();
  for (const n of needles) {
    let re: RegExp;
    try {
      re = n.re ? new RegExp(n.re.source, 'giu') : new RegExp(literalPattern(n.text ?? ''), 'giu');
    } catch {
      continue;
    }
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = re.exec(src)) !== null && guard++ < 500) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      matches.push({ start: m.index, end: m.index + m[0].length, kind: n.kind, label: n.label, ...(n.hand ? { hand: true } : {}) });
      if (n.text) found.add(n.text);
    }
  }
  // A passage the officer marked by hand shows as marked: a parsed match crossing it gives way.
  const hand = matches.filter((m) => m.hand);
  const kept = hand.length ? matches.filter((m) => m.hand || !hand.some((h) => m.start < h.end && h.start < m.end)) : matches;
  kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const segments: Segment[] = [];
  let pos = 0;
  for (const m of kept) {
    if (m.start < pos) continue;
    if (m.start > pos) segments.push({ text: src.slice(pos, m.start) });
    segments.push({ text: src.slice(m.start, m.end), kind: m.kind, label: m.label, ...(m.hand ? { hand: true } : {}) });
    pos = m.end;
  }
  if (pos < src.length) segments.push({ text: src.slice(pos) });
  return { segments, found };
}

// ---- targets → commitments ----

const STOP = new Set(['so', 'cac', 'va', 'cua', 've', 'duoc', 'da', 'dat', 'tren', 'it', 'nhat', 'voi', 'nam', 'truoc', 'luong', 'nhung', 'trong', 'toi', 'thieu', 'phan', 'dau']);

/** Abbreviations that name what is measured ("số vụ phạm tội về TTXH"). */
const MEASURE_ABBREVIATIONS: Record<string, string> = {
  TTXH: 'trật tự xã hội',
  TNGT: 'tai nạn giao thông',
  ATGT: 'an toàn giao thông',
  ANTT: 'an ninh trật tự',
  ANTQ: 'an ninh Tổ quốc',
  PCCC: 'phòng cháy chữa cháy',
  CNCH: 'cứu nạn cứu hộ',
  CBCS: 'cán bộ chiến sĩ',
  RNT: 'rất nghiêm trọng',
  ĐBNT: 'đặc biệt nghiêm trọng',
  VPHC: 'vi phạm hành chính',
  TTHC: 'thủ tục hành chính',
};

function words(s: string): string[] {
  const expanded = s.replace(/[A-ZĐ]{3,5}/g, (w) => MEASURE_ABBREVIATIONS[w] ?? w);
  return fold(expanded)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w));
}

/** The catalogue indicator whose name shares the most words with the measure, if close enough. */
export function guessIndicator(measure: string, list: Indicator[], kinds: string[]): string {
  const want = new Set(words(measure));
  if (!want.size) return '';
  let best = '';
  let bestScore = 0;
  for (const ind of list) {
    if (!kinds.includes(ind.kind)) continue;
    const have = words(ind.name);
    let shared = 0;
    for (const w of new Set(have)) if (want.has(w)) shared++;
    // Shared words over the union: a close name beats a long one that happens to contain them.
    const score = shared / (want.size + new Set(have).size - shared);
    if (score > bestScore) {
      bestScore = score;
      best = ind.code;
    }
  }
  return bestScore >= 0.3 ? best : '';
}

const QUANTITY_KINDS = ['count', 'sum', 'total'];

/** A parsed target as a commitment the movement and pledge APIs accept (indicator guessed). */
export function targetToCommitment(t: ParsedPlan['targets'][number], list: Indicator[]): Commitment {
  const text = (t.text ?? '').trim();
  const measure = (t.measure ?? '').trim();
  const f = fold(text);
  // "giảm tai nạn giao thông cả 03 tiêu chí": accidents, deaths and injuries each down.
  if (t.kind === 'change' && /tai nan giao thong/.test(f) && /(3|03|ba) tieu chi/.test(f)) {
    const dir = t.direction === 'increase' ? 'increase' : 'decrease';
    return {
      kind: 'composite',
      text,
      all_of: ['tngt_so_vu', 'tngt_nguoi_chet', 'tngt_nguoi_bi_thuong']
        .filter((c) => list.length === 0 || list.some((i) => i.code === c))
        .map((indicator) => ({ kind: 'change', indicator, direction: dir, value: null, baseline: 'previous_year' })),
    };
  }
  if (t.kind === 'change') {
    return {
      kind: 'change',
      indicator: guessIndicator(measure || text, list, QUANTITY_KINDS),
      direction: t.direction === 'increase' ? 'increase' : 'decrease',
      value: t.value,
      unit: t.value != null ? t.unit || '%' : '',
      baseline: t.baseline === 'same_period_previous_year' ? 'same_period_previous_year' : 'previous_year',
      measure,
      text,
    };
  }
  if (t.kind === 'rate') {
    const dir = ['above', 'at_least', 'at_most', 'below', 'equal'].includes(t.direction ?? '') ? t.direction! : 'at_least';
    return {
      kind: 'rate',
      indicator: guessIndicator(`${text} ${measure}`, list, ['ratio']),
      direction: dir,
      value: t.value ?? 100,
      unit: '%',
      measure,
      text,
    };
  }
  // Shares of people or units and qualitative commitments: met / not met at the review.
  return { kind: 'qualitative', text, measure };
}

/** Only the keys the server accepts for the commitment's kind; empty strings left out. */
export function cleanCommitment(c: Commitment): Commitment {
  const s = (v: string | undefined | null) => (v ?? '').trim();
  const out: Commitment = { kind: c.kind };
  const text = s(c.text);
  const measure = s(c.measure);
  if (c.kind === 'qualitative') {
    out.text = text;
  } else if (c.kind === 'composite') {
    out.text = text;
    out.all_of = (c.all_of ?? []).map(cleanCommitment);
  } else {
    out.indicator = s(c.indicator);
    out.direction = s(c.direction);
    const hasValue = c.value !== null && c.value !== undefined && !Number.isNaN(c.value);
    if (hasValue) out.value = Number(c.value);
    if (c.kind === 'change') {
      if (hasValue) out.unit = s(c.unit) || '%';
      out.baseline = s(c.baseline) || 'previous_year';
    } else if (c.kind === 'rate') {
      out.unit = '%';
    } else if (s(c.unit)) {
      out.unit = s(c.unit);
    }
    if (text) out.text = text;
  }
  if (measure) out.measure = measure;
  return out;
}

/** Abbreviations written in plans, expanded for the unit search ("UBND tỉnh" → "Ủy ban nhân dân tỉnh"). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bUBND\b/g, 'Ủy ban nhân dân'],
  [/\bHĐND\b/g, 'Hội đồng nhân dân'],
  [/\bTP\.?\s/g, 'thành phố '],
  [/\bCA\b/g, 'Công an'],
];

export function expandAbbreviations(name: string): string {
  let s = name;
  for (const [re, to] of ABBREVIATIONS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}
