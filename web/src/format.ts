// Dates, times and Vietnamese ordering as the UI shows them.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export function compareVi(a: string | null | undefined, b: string | null | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}

export function sortByName<T>(items: T[], key: (x: T) => string | null | undefined): T[] {
  return [...items].sort((x, y) => compareVi(key(x), key(y)));
}

const dateFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

const dateTimeFmt = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(fmt: Intl.DateTimeFormat, d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** An ISO calendar date (YYYY-MM-DD) as dd/mm/yyyy; a calendar date has no time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = parts(dateFmt, d);
  return `${p.day}/${p.month}/${p.year}`;
}

/** An ISO 8601 UTC timestamp as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = parts(dateTimeFmt, d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export function todayIso(): string {
  const p = parts(dateFmt, new Date());
  return `${p.year}-${p.month}-${p.day}`;
}

/** "01/01/2010 – 28/02/2025", or "01/01/2010 – nay" while still in force. */
export function formatValidity(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from) || '…'} – ${to ? formatDate(to) : 'nay'}`;
}

/** Lower case without diacritics, for filtering on the client ("Đồng Hới" → "dong hoi"). */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function prettyJson(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'string') {
    try {
      return JSON.stringify(JSON.parse(v), null, 2);
    } catch {
      return v;
    }
  }
  return JSON.stringify(v, null, 2);
}
