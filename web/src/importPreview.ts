// The "Dữ liệu" cell of an import preview row: each value with its Vietnamese label, dates as
// dd/mm/yyyy (the server answers them as ISO), empty values left out. Pure: no Vue, no DOM.
import { formatViDate } from './viDate.js';

export const PREVIEW_LABELS: Record<string, string> = {
  full_name: 'Họ tên', unit_code: 'Mã đơn vị', rank: 'Cấp bậc', position: 'Chức vụ', kind: 'Loại', birth_year: 'Năm sinh',
  from: 'Từ ngày', code: 'Mã', name: 'Tên', parent_code: 'Đơn vị cấp trên', valid_from: 'Hiệu lực từ', value: 'Giá trị', period: 'Kỳ',
};

function shown(x: unknown): string {
  if (x && typeof x === 'object') return (x as { label?: string }).label ?? JSON.stringify(x);
  if (typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x)) return formatViDate(x);
  return String(x);
}

export function describePreviewValues(v?: Record<string, unknown>): string {
  if (!v) return '';
  return Object.entries(v)
    .filter(([, x]) => x !== null && x !== undefined && x !== '')
    .map(([k, x]) => `${PREVIEW_LABELS[k] ?? k}: ${shown(x)}`)
    .join('; ');
}
