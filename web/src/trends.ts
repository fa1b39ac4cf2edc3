// Is a change in a count against last year meaningful? The exact conditional test for two Poisson
// rates (as docs/scoring-scheme.md §6 and R's binom.test): given n = previous + current, under
// equal rates current ~ Binomial(n, p0) with p0 = 0.5 for periods of equal length; the two-sided
// p-value adds the probabilities of every outcome no more likely than the one observed.

// log Γ(x) by Lanczos (g = 7, n = 9), accurate to ~15 digits for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  x -= 1;
  let a = LANCZOS[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function logBinom(n: number, k: number, p: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log(1 - p);
}

/** Two-sided p-value that `current` and `previous` come from the same Poisson rate. */
export function poissonPValue(previous: number, current: number, p0 = 0.5): number {
  const n = Math.round(previous + current);
  const k = Math.round(current);
  if (n === 0) return 1;
  const obs = logBinom(n, k, p0);
  let p = 0;
  for (let i = 0; i <= n; i++) {
    const l = logBinom(n, i, p0);
    if (l <= obs + 1e-7) p += Math.exp(l);
  }
  return Math.min(1, p);
}

export interface Trend {
  previous: number;
  current: number;
  /** Percent change, null when last year had none. */
  change: number | null;
  p: number;
  significant: boolean;
  verdict: string;
}

/** Below this many events in the two years together, a percentage says little. */
export const FEW_EVENTS = 30;

export function compareCounts(previous: number, current: number): Trend {
  const p = poissonPValue(previous, current);
  const change = previous > 0 ? ((current - previous) / previous) * 100 : null;
  const significant = p < 0.05;
  // In plain words for the user; the test and its p-value stay behind "chi tiết kỹ thuật".
  let verdict: string;
  if (previous + current === 0) verdict = 'không phát sinh';
  else if (significant) verdict = current > previous ? 'tăng rõ rệt so với năm trước' : 'giảm rõ rệt so với năm trước';
  else if (previous + current < FEW_EVENTS) verdict = 'số vụ quá ít để so sánh phần trăm';
  else verdict = 'chênh lệch nhỏ, chưa thể kết luận tăng hay giảm';
  return { previous, current, change, p, significant, verdict };
}
