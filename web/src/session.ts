// Who is logged in. The UI asks GET /session on load; the login page POSTs it.
import { reactive, computed } from 'vue';
import { api, setCsrfToken, ApiError } from './api';
import type { SessionAnswer, User } from './types';
import { loadMeta } from './labels';
import { invalidateUnits } from './units';

export const session = reactive<{ user: User | null; checked: boolean }>({
  user: null,
  checked: false,
});

export const isAdmin = computed(() => session.user?.role === 'admin');
export const canWriteOrg = computed(() => session.user?.role === 'admin' || session.user?.role === 'officer');

function accept(a: SessionAnswer): void {
  session.user = a.user;
  setCsrfToken(a.csrf_token);
  session.checked = true;
  void loadMeta();
}

/** Asks the server once whether there is a session; true when logged in. */
export async function ensureSession(): Promise<boolean> {
  if (session.checked) return session.user !== null;
  try {
    accept(await api.get<SessionAnswer>('/session', undefined, { silent: true, noRedirect: true }));
  } catch (e) {
    session.user = null;
    session.checked = true;
    if (!(e instanceof ApiError) || e.status !== 401) {
      // The server is unreachable or failing: the login page tells the user.
    }
  }
  return session.user !== null;
}

export async function login(username: string, password: string): Promise<void> {
  accept(await api.post<SessionAnswer>('/session', { username, password }, { silent: true, noRedirect: true }));
}

export async function logout(): Promise<void> {
  try {
    await api.del('/session', { silent: true, noRedirect: true });
  } catch {
    /* the session is gone either way */
  }
  forget();
}

export function forget(): void {
  session.user = null;
  session.checked = true;
  setCsrfToken('');
  invalidateUnits();
}
