// Short labels for units in a chart, where names of one kind share a long beginning ("Tổ bảo vệ
// an ninh, trật tự ấp Tân Long", "… ấp Tân Hòa") and a cut name would make every bar look alike.
// Pure: the full name stays in the bar's tooltip.

/** Usual abbreviations in police paperwork, longest first. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/Tổ bảo vệ an ninh,? trật tự/gi, 'Tổ BV ANTT'],
  [/bảo vệ an ninh,? trật tự/gi, 'BV ANTT'],
  [/an ninh,? trật tự/gi, 'ANTT'],
  [/Công an thành phố/g, 'CA TP'],
  [/Công an/g, 'CA'],
  [/Ủy ban nhân dân/g, 'UBND'],
  [/thành phố/g, 'TP'],
];

export function abbreviate(name: string): string {
  let s = name;
  for (const [re, short] of ABBREVIATIONS) s = s.replace(re, short);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Labels for a list of names that fit about `max` characters: abbreviated, and when still too
 * long, the beginning all names share is replaced by "…" (its last word kept for sense).
 */
export function chartLabels(names: string[], max = 28): string[] {
  if (names.every((n) => n.length <= max)) return [...names];
  const short = names.map((n) => (n.length <= max ? n : abbreviate(n)));
  if (short.length < 2 || short.every((s) => s.length <= max)) return short;
  const words = short.map((s) => s.split(' '));
  let common = 0;
  while (words.every((w) => common < w.length - 1 && w[common] === words[0][common])) common++;
  if (common < 2) return short;
  return words.map((w, i) => (short[i].length <= max ? short[i] : '… ' + w.slice(common - 1).join(' ')));
}
