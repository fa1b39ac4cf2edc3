// Vietnamese labels: the server's GET /api/v1/meta wins, these are the fallback.
import { reactive } from 'vue';
import { api } from './api';
import type { CodeLabel, Meta } from './types';
import { todayIso } from './format';

export const FALLBACK = {
  unit_kinds: {
    ministry: 'Bộ Công an',
    department: 'Cục',
    provincial_police: 'Công an tỉnh, thành phố',
    division: 'Phòng',
    district_police: 'Công an huyện',
    commune_police: 'Công an xã, phường, đặc khu',
    grassroots_team: 'Tổ bảo vệ ANTT ở cơ sở',
    peoples_committee: 'Ủy ban nhân dân',
    other: 'Khác',
  } as Record<string, string>,
  roles: {
    admin: 'Quản trị',
    officer: 'Cán bộ thi đua',
    reporter: 'Báo cáo viên',
    council: 'Hội đồng',
    viewer: 'Xem',
  } as Record<string, string>,
  team_roles: {
    to_truong: 'Tổ trưởng',
    to_pho: 'Tổ phó',
    to_vien: 'Tổ viên',
  } as Record<string, string>,
  person_kinds: {
    officer: 'Cán bộ chiến sĩ',
    member: 'Thành viên tổ bảo vệ ANTT',
    civilian: 'Cán bộ dân sự',
  } as Record<string, string>,
  ranks: [
    'Hạ sĩ', 'Trung sĩ', 'Thượng sĩ',
    'Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy',
    'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá',
    'Thiếu tướng', 'Trung tướng', 'Thượng tướng', 'Đại tướng',
  ],
};

export const UNIT_STATUS: Record<string, string> = {
  active: 'Đang hoạt động',
  dissolved: 'Đã giải thể',
  merged: 'Đã hợp nhất',
};

export const EVENT_KINDS: Record<string, string> = {
  create: 'Thành lập',
  rename: 'Đổi tên',
  move: 'Chuyển đơn vị',
  dissolve: 'Giải thể',
  merge: 'Hợp nhất',
};

function fromMap(m: Record<string, string>): CodeLabel[] {
  return Object.entries(m).map(([code, label]) => ({ code, label }));
}

export const meta = reactive<Meta & { loaded: boolean }>({
  unit_kinds: fromMap(FALLBACK.unit_kinds),
  roles: fromMap(FALLBACK.roles),
  team_roles: fromMap(FALLBACK.team_roles),
  ranks: FALLBACK.ranks.map((r) => ({ code: r, label: r })),
  person_kinds: fromMap(FALLBACK.person_kinds),
  today: todayIso(),
  loaded: false,
});

// The API may give a list of {code,label} or of plain strings; both are accepted.
function normalise(list: unknown): CodeLabel[] | null {
  if (!Array.isArray(list) || list.length === 0) return null;
  const out: CodeLabel[] = [];
  for (const x of list) {
    if (typeof x === 'string') out.push({ code: x, label: x });
    else if (x && typeof x === 'object') {
      const o = x as { code?: unknown; label?: unknown; name?: unknown };
      const code = String(o.code ?? o.label ?? o.name ?? '');
      const label = String(o.label ?? o.name ?? o.code ?? '');
      if (code) out.push({ code, label });
    }
  }
  return out.length ? out : null;
}

export async function loadMeta(): Promise<void> {
  try {
    const m = await api.get<Partial<Record<keyof Meta, unknown>>>('/meta', undefined, { silent: true });
    meta.unit_kinds = normalise(m.unit_kinds) ?? meta.unit_kinds;
    meta.roles = normalise(m.roles) ?? meta.roles;
    meta.team_roles = normalise(m.team_roles) ?? meta.team_roles;
    meta.ranks = normalise(m.ranks) ?? meta.ranks;
    meta.person_kinds = normalise(m.person_kinds) ?? meta.person_kinds;
    if (typeof m.today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.today)) meta.today = m.today;
    meta.loaded = true;
  } catch {
    /* keep the fallback labels */
  }
}

function label(list: CodeLabel[], fallback: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return list.find((x) => x.code === code)?.label ?? fallback[code] ?? code;
}

export const unitKindLabel = (c?: string | null) => label(meta.unit_kinds, FALLBACK.unit_kinds, c);
export const roleLabel = (c?: string | null) => label(meta.roles, FALLBACK.roles, c);
export const teamRoleLabel = (c?: string | null) => label(meta.team_roles, FALLBACK.team_roles, c);
export const personKindLabel = (c?: string | null) => label(meta.person_kinds, FALLBACK.person_kinds, c);
export const rankLabel = (c?: string | null) => label(meta.ranks, {}, c);

const AUDIT_ACTIONS: Record<string, string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  patch: 'Cập nhật',
  delete: 'Xóa',
  rename: 'Đổi tên',
  move: 'Chuyển đơn vị',
  dissolve: 'Giải thể',
  merge: 'Hợp nhất',
  end: 'Kết thúc',
  login: 'Đăng nhập',
  login_failed: 'Đăng nhập thất bại',
  logout: 'Đăng xuất',
  transfer: 'Điều chuyển',
  posting: 'Điều chuyển',
  disable: 'Khóa tài khoản',
  enable: 'Mở khóa tài khoản',
  password: 'Đổi mật khẩu',
  seed: 'Nạp dữ liệu mẫu',
  verify: 'Kiểm tra toàn vẹn',
  // Emulation, reports and scoring.
  transition: 'Chuyển trạng thái',
  attachment: 'Đính kèm tệp',
  document: 'Thêm văn bản',
  year_create: 'Thiết lập năm',
  year_update: 'Sửa năm',
  sign: 'Ký giao ước',
  version: 'Tạo phiên bản mới',
  submit: 'Nộp báo cáo',
  return: 'Trả lại',
  accept: 'Tiếp nhận',
  evidence: 'Tải lên tài liệu',
  deadline: 'Đặt hạn',
  lock_period: 'Khóa kỳ báo cáo',
  scheme: 'Áp dụng quy định chấm điểm',
  self: 'Tự chấm',
  cross: 'Chấm chéo',
  assign: 'Phân công chấm chéo',
  recuse: 'Xin rút khỏi chấm chéo',
  moderate: 'Điều chỉnh điểm',
};

const AUDIT_ENTITIES: Record<string, string> = {
  unit: 'Đơn vị',
  units: 'Đơn vị',
  person: 'Cán bộ, tổ viên',
  persons: 'Cán bộ, tổ viên',
  people: 'Cán bộ, tổ viên',
  posting: 'Quá trình công tác',
  postings: 'Quá trình công tác',
  user: 'Người dùng',
  users: 'Người dùng',
  session: 'Phiên đăng nhập',
  sessions: 'Phiên đăng nhập',
  unit_event: 'Sự kiện tổ chức',
  registry: 'Danh mục',
  audit: 'Nhật ký',
  movement: 'Phong trào thi đua',
  group: 'Cụm, khối thi đua',
  group_year: 'Cụm, khối theo năm',
  pledge: 'Giao ước thi đua',
  registration: 'Đăng ký thi đua',
  registration_period: 'Hạn đăng ký thi đua',
  report: 'Báo cáo định kỳ',
  report_deadline: 'Hạn nộp báo cáo',
  report_lock: 'Khóa kỳ báo cáo',
  scoring_scheme: 'Quy định chấm điểm',
};

/** "unit.rename", "rename" or "unit_rename" → "Đổi tên". */
export function auditActionLabel(a: string): string {
  if (AUDIT_ACTIONS[a]) return AUDIT_ACTIONS[a];
  const last = a.split(/[.:/]/).pop() ?? a;
  return AUDIT_ACTIONS[last] ?? a;
}

export function auditEntityLabel(e: string): string {
  return AUDIT_ENTITIES[e] ?? e;
}
