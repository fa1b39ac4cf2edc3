// Adding by hand, on the plan import's review, an item the parser missed: the officer selects a
// passage of the source text and says what it is (a content area, a target, an organiser, a member
// of the group). What is pure here: the passage as the item's wording, whether a selection can be
// taken, whether the item is already listed, which kinds are offered.
import { fold } from './format.js';
import type { HighlightKind, Needle } from './planImport';

/** A selection longer than this is a paragraph, not one item: refused. */
export const PICK_MAX = 600;

export type PickKind = 'content' | 'target' | 'organiser' | 'member';

export interface PickOption {
  kind: PickKind;
  /** The toolbar button's label. */
  label: string;
  /** What the item is, in a list of hand additions and in the highlight's tooltip. */
  noun: string;
  /** The highlight of its kind in the source pane (HIGHLIGHT_LEGEND), as the parsed items of that kind. */
  highlight: HighlightKind;
}

export const PICK_OPTIONS: PickOption[] = [
  { kind: 'content', label: 'Thêm nội dung thi đua', noun: 'Nội dung thi đua', highlight: 'target' },
  { kind: 'target', label: 'Thêm chỉ tiêu', noun: 'Chỉ tiêu', highlight: 'target' },
  { kind: 'organiser', label: 'Thêm đơn vị tổ chức', noun: 'Đơn vị tổ chức', highlight: 'name' },
  { kind: 'member', label: 'Thêm thành viên cụm/khối', noun: 'Thành viên cụm, khối', highlight: 'name' },
];

/** The kinds offered for a selection: a member only when the text has a group (its card is shown). */
export function pickOptions(hasGroup: boolean): PickOption[] {
  return PICK_OPTIONS.filter((o) => o.kind !== 'member' || hasGroup);
}

export function pickOption(kind: PickKind): PickOption {
  return PICK_OPTIONS.find((o) => o.kind === kind)!;
}

const PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '(': ')', '[': ']', "'": "'", '‘': '’' };
const CLOSERS = new Set(Object.values(PAIRS));
// Punctuation and bullets around an item, not part of its wording.
const LEAD = /^[\s.,;:!?…\-–—•·▪◦●○*+>]+/u;
const TRAIL = /[\s.,;:!?…\-–—•·*+]+$/u;
// A list marker: "1.", "2)", "a)", "b.", "I.", "IV)" — followed by a space.
const MARKER = /^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]\s+/iu;

/**
 * A selected passage as an item's wording: one line, without the punctuation and whitespace around
 * it, a leading list marker ("-", "•", "1.", "a)") or quotes and brackets that enclose it or lost
 * their pair to the selection's edge. '' when nothing is left.
 */
export function trimPassage(raw: string): string {
  let s = raw.normalize('NFC').replace(/\s+/g, ' ');
  for (let guard = 0; guard < 10; guard++) {
    const before = s;
    s = s.replace(LEAD, '').replace(TRAIL, '');
    s = s.replace(MARKER, '');
    const first = s.charAt(0);
    const last = s.charAt(s.length - 1);
    const close = PAIRS[first];
    if (close && last === close && s.length > 1 && !s.slice(1, -1).includes(close)) s = s.slice(1, -1);
    else if (close && !s.slice(1).includes(close)) s = s.slice(1);
    else if (CLOSERS.has(last) && !Object.entries(PAIRS).some(([o, c]) => c === last && s.slice(0, -1).includes(o))) s = s.slice(0, -1);
    if (s === before) break;
  }
  return s.trim();
}

export type Selection = { ok: true; passage: string } | { ok: false; reason: 'empty' | 'long'; message: string };

/** Whether a selection can be taken as an item: not empty once trimmed, not longer than PICK_MAX. */
export function checkSelection(raw: string): Selection {
  const passage = trimPassage(raw);
  if (!passage) return { ok: false, reason: 'empty', message: '' };
  const n = [...raw.trim()].length;
  if (n > PICK_MAX) {
    return {
      ok: false,
      reason: 'long',
      message: `Đoạn chọn dài ${n.toLocaleString('vi-VN')} ký tự, quá ${PICK_MAX} ký tự: chọn một mục (một câu, một dòng) để thêm.`,
    };
  }
  return { ok: true, passage };
}

/** Whether `list` already holds `item`, compared without case or diacritics ("Dẩy mạnh" = "đẩy mạnh"). */
export function hasFolded(list: readonly (string | null | undefined)[], item: string): boolean {
  const want = fold(trimPassage(item));
  return !!want && list.some((x) => !!x && fold(trimPassage(x)) === want);
}

/**
 * The text sent to POST /plans/parse for a passage the officer says is a target. The parser reads
 * targets after a cue ("Chỉ tiêu:", "phấn đấu"); a line taken alone ("giảm 5% số vụ tai nạn giao
 * thông") has none, so the cue is put before it. The figures are still only those of the passage.
 */
export function targetProbe(passage: string): string {
  return `Chỉ tiêu: ${passage}`;
}

/** The highlight of a hand-added item in the source pane: the passage, with the highlight of its kind. */
export function handNeedle(kind: PickKind, passage: string): Needle {
  const o = pickOption(kind);
  return { text: passage, kind: o.highlight, label: `Thêm tay: ${o.noun}`, hand: true };
}
