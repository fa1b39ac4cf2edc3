// An audit record's before/after as a user reads it: one line per changed field, "trường: cũ → mới",
// with Vietnamese field names and values (dates as dd/mm/yyyy, yes/no, codes by their labels).
// Nested objects (a report's values, a unit's details) are opened one level. Pure: the caller
// passes the look-ups (names of units, indicators, labels of codes).

export interface AuditChange {
  /** The key path ("name", "values.toi_pham_ttxh"). */
  field: string;
  /** The field in Vietnamese, or the key itself when it has no label. */
  label: string;
  /** "" when the record had no such field (created), or it was removed (after). */
  from: string;
  to: string;
}

export interface AuditLookups {
  /** A unit's name by id (for *_unit_id, parent_id…). */
  unitName?: (id: number) => string | undefined;
  /** An indicator's Vietnamese name by code (for report values). */
  indicatorName?: (code: string) => string | undefined;
  /** Labels of coded values by field ("kind", "role", "status"…). */
  codeLabel?: (field: string, code: string) => string | undefined;
}

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: 'Mã bản ghi',
  created_at: 'Thời điểm tạo',
  parent_name: 'Đơn vị cấp trên',
  successor_name: 'Đơn vị kế thừa',
  people: 'Số người',
  units: 'Số đơn vị',
  users: 'Số người dùng',
  name: 'Tên',
  full_name: 'Họ và tên',
  code: 'Mã',
  kind: 'Loại',
  parent_id: 'Đơn vị cấp trên',
  unit_id: 'Đơn vị',
  unit_name: 'Đơn vị',
  valid_from: 'Hiệu lực từ ngày',
  valid_to: 'Hiệu lực đến ngày',
  status: 'Trạng thái',
  successor_id: 'Đơn vị kế thừa',
  birth_year: 'Năm sinh',
  person_id: 'Cán bộ, tổ viên',
  rank: 'Cấp bậc',
  position: 'Chức vụ',
  team_role: 'Vai trò trong tổ',
  from: 'Từ ngày',
  to: 'Đến ngày',
  date: 'Ngày',
  document: 'Văn bản',
  username: 'Tên đăng nhập',
  role: 'Vai trò',
  disabled: 'Khóa tài khoản',
  password: 'Mật khẩu',
  values: 'Số liệu',
  narrative: 'Báo cáo tóm tắt',
  version: 'Phiên bản',
  period: 'Kỳ báo cáo',
  period_key: 'Kỳ báo cáo',
  late: 'Nộp muộn',
  reason: 'Lý do',
  return_reason: 'Lý do trả lại',
  deadline: 'Hạn nộp',
  submitted_at: 'Thời điểm nộp',
  title: 'Tiêu đề',
  theme: 'Chủ đề',
  motto: 'Phương châm',
  start: 'Ngày bắt đầu',
  end: 'Ngày kết thúc',
  launch_date: 'Ngày phát động',
  state: 'Trạng thái',
  phases: 'Các đợt',
  targets: 'Chỉ tiêu',
  content_areas: 'Nội dung thi đua',
  year: 'Năm',
  members: 'Đơn vị thành viên',
  leader_unit_id: 'Đơn vị cụm trưởng, khối trưởng',
  deputy_unit_id: 'Đơn vị cụm phó, khối phó',
  commitments: 'Nội dung giao ước',
  text: 'Nội dung',
  scheme_id: 'Quy định chấm điểm',
  movement_id: 'Phong trào',
  group_id: 'Cụm, khối',
  scorer_unit_id: 'Đơn vị chấm chéo',
  criterion: 'Tiêu chí',
  points: 'Điểm',
  met: 'Đạt',
  assessment: 'Kết quả chấm',
  counts: 'Số lần',
  filename: 'Tên tệp',
  content_type: 'Loại tệp',
  size: 'Dung lượng',
  sha256: 'Mã kiểm tra',
  title_code: 'Danh hiệu',
  organiser_unit_id: 'Đơn vị tổ chức',
  details: 'Chi tiết',
  sources: 'Đơn vị hợp nhất',
  target: 'Đơn vị hợp nhất vào',
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export function asRecord(v: unknown): Record<string, unknown> | null {
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  return isPlainObject(v) ? v : null;
}

const viNumber = (n: number) => n.toLocaleString('vi-VN', { maximumFractionDigits: 2 });

/** One value as text for the user. */
export function auditValueText(field: string, v: unknown, lk: AuditLookups = {}): string {
  if (v === null || v === undefined || v === '') return '(trống)';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  const key = field.split('.').pop() ?? field;
  if (/password/.test(key)) return '(đã đổi)';
  if (typeof v === 'number') {
    if (key.endsWith('_id')) return (/unit|parent|successor/.test(key) ? lk.unitName?.(v) : undefined) ?? `#${v}`;
    return key.endsWith('year') ? String(v) : viNumber(v);
  }
  if (typeof v === 'string') {
    const d = ISO_DATE.exec(v);
    if (d) return `${d[3]}/${d[2]}/${d[1]}`;
    const t = ISO_TIME.exec(v);
    if (t) return `${t[3]}/${t[2]}/${t[1]} ${t[4]}:${t[5]}`;
    return lk.codeLabel?.(key, v) ?? v;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== 'object' || x === null)) return v.map((x) => auditValueText(field, x, lk)).join(', ');
    const names = v.map((x) => (isPlainObject(x) ? (x.name ?? x.title ?? x.text) : undefined)).filter((x) => typeof x === 'string');
    return names.length === v.length ? names.join('; ') : `${v.length} mục`;
  }
  if (isPlainObject(v)) {
    if (typeof v.label === 'string') return v.label;
    if (typeof v.name === 'string') return v.name;
    return Object.entries(v)
      .map(([k, x]) => `${fieldLabel(`${field}.${k}`, lk)}: ${auditValueText(`${field}.${k}`, x, lk)}`)
      .join('; ');
  }
  return String(v);
}

/** A field's Vietnamese name: "values.toi_pham_ttxh" → "Số liệu – Số vụ phạm tội về trật tự xã hội". */
export function fieldLabel(field: string, lk: AuditLookups = {}): string {
  const parts = field.split('.');
  const head = AUDIT_FIELD_LABELS[parts[0]] ?? parts[0];
  if (parts.length === 1) return head;
  const sub = parts.slice(1).join('.');
  const subLabel = (parts[0] === 'values' ? lk.indicatorName?.(sub) : undefined) ?? AUDIT_FIELD_LABELS[sub] ?? sub;
  return `${head} – ${subLabel}`;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between before and after (all of after for a creation). */
export function auditChanges(before: unknown, after: unknown, lk: AuditLookups = {}): AuditChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const out: AuditChange[] = [];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  for (const k of keys) {
    if (same(b[k], a[k])) continue;
    // The record's own number, and an id whose name is beside it, say nothing more to a reader.
    if (k === 'id') continue;
    if (k.endsWith('_id') && keys.includes(k.slice(0, -3) + '_name')) continue;
    // An object on both sides (or new): its changed members, one line each.
    if ((isPlainObject(b[k]) || b[k] == null) && isPlainObject(a[k]) && !('label' in a[k]) && !('name' in a[k])) {
      const bo = (b[k] as Record<string, unknown> | null) ?? {};
      const ao = a[k] as Record<string, unknown>;
      for (const s of [...new Set([...Object.keys(bo), ...Object.keys(ao)])]) {
        if (same(bo[s], ao[s])) continue;
        const f = `${k}.${s}`;
        out.push({ field: f, label: fieldLabel(f, lk), from: s in bo ? auditValueText(f, bo[s], lk) : '', to: s in ao ? auditValueText(f, ao[s], lk) : '' });
      }
      continue;
    }
    out.push({ field: k, label: fieldLabel(k, lk), from: k in b ? auditValueText(k, b[k], lk) : '', to: k in a ? auditValueText(k, a[k], lk) : '' });
  }
  return out;
}

/** "Tên: Công an huyện A → Công an thị xã A"; a creation reads "Tên: Công an huyện A". */
export function auditChangeText(c: AuditChange): string {
  if (c.from === '') return `${c.label}: ${c.to}`;
  if (c.to === '') return `${c.label}: ${c.from} → (bỏ)`;
  return `${c.label}: ${c.from} → ${c.to}`;
}
