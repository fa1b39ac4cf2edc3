// A thin wrapper over fetch for the JSON API: same-origin cookie, JSON bodies, the CSRF token on
// every request that changes something, and errors turned into ApiError (shown with ElMessage).
import { ElMessage } from 'element-plus';

const BASE = '/api/v1';

export class ApiError extends Error {
  status: number;
  code: string;
  field?: string;
  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

let csrfToken = '';
let unauthorizedHandler: (() => void) | null = null;

// The token for requests made outside request() (an upload with progress).
export function getCsrfToken(): string {
  return csrfToken;
}

export function setCsrfToken(token: string): void {
  csrfToken = token || '';
}

/** Called on a 401 from any route but the session ones (the router sends the user to /login). */
export function onUnauthorized(fn: () => void): void {
  unauthorizedHandler = fn;
}

export interface RequestOptions {
  /** Do not show the error with ElMessage (the caller shows it itself). */
  silent?: boolean;
  /** Do not redirect to the login page on 401. */
  noRedirect?: boolean;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `${path}${path.includes('?') ? '&' : '?'}${s}` : path;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ',
  401: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại',
  403: 'Bạn không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy dữ liệu',
  409: 'Thao tác xung đột với dữ liệu hiện có',
  413: 'Dữ liệu gửi lên quá lớn',
  429: 'Quá nhiều yêu cầu, vui lòng thử lại sau',
};

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    const err = new ApiError(0, 'network', 'Không kết nối được tới máy chủ');
    if (!opts.silent) ElMessage.error(err.message);
    throw err;
  }

  const text = res.status === 204 ? '' : await res.text();
  let data: unknown = undefined;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }

  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; field?: string } } | undefined)?.error;
    const err = new ApiError(
      res.status,
      e?.code || 'http_' + res.status,
      e?.message || FALLBACK_MESSAGES[res.status] || `Lỗi máy chủ (${res.status})`,
      e?.field,
    );
    if (res.status === 401 && !opts.noRedirect) {
      csrfToken = '';
      unauthorizedHandler?.();
      throw err;
    }
    if (!opts.silent) ElMessage.error(err.message);
    throw err;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query, opts?: RequestOptions) => request<T>('GET', withQuery(path, query), undefined, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body ?? {}, opts),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body ?? {}, opts),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, body ?? {}, opts),
  del: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
};
