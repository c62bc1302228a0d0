// Sign-in through Strapi's users-permissions (/api/auth/local), identity and role from /ra/_me.
// react-admin's login form names its fields username/password; Strapi calls the first `identifier`.
import type { AuthProvider } from 'react-admin';
import { API_ROOT, httpClient } from './dataProvider';
import { clearSession, getCachedMe, getToken, setCachedMe, setToken } from './session';
import { resetSchema } from './schema/loadSchema';
import type { Me } from './types';

interface StrapiError {
  error?: { message?: string };
}

async function fetchMe(): Promise<Me> {
  const [{ json }, user] = await Promise.all([
    httpClient(`${API_ROOT}/_me`),
    // The person's name lives on the user record; a failure here only costs the greeting its name.
    httpClient('/api/users/me').then(({ json: u }) => u as { fullName?: string | null }).catch(() => null),
  ]);
  const me = { ...(json as Me), fullName: user?.fullName ?? null };
  setCachedMe(me);
  return me;
}

/** Who to greet: the person's name, a member's own name, and only then the login. */
export const personName = (me: Partial<Me>): string => me.fullName || me.member?.name || me.username || '';

/** The cached identity, or a fresh one when the cache was lost (e.g. cleared storage). */
const currentMe = async (): Promise<Me> => getCachedMe() ?? fetchMe();

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const response = await fetch('/api/auth/local', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ identifier: username, password }),
    });
    const body = (await response.json().catch(() => ({}))) as { jwt?: string } & StrapiError;
    // Strapi's messages are Chinese already; react-admin shows error.message in the login form.
    if (!response.ok || !body.jwt) throw new Error(body.error?.message || 'ra.auth.sign_in_error');
    clearSession();
    resetSchema();
    setToken(body.jwt);
    await fetchMe();
  },

  async logout() {
    clearSession();
    resetSchema();
  },

  async checkAuth() {
    if (!getToken()) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: { status?: number }) {
    // 401: the token expired or was revoked. 403 stays a plain error: the user is signed in but
    // reached outside their scope, and logging them out would lose their work.
    if (error?.status === 401) {
      clearSession();
      resetSchema();
      throw new Error('ra.notification.logged_out');
    }
  },

  async getIdentity() {
    const me = await currentMe();
    return {
      ...me,
      id: me.id ?? me.username,
      fullName: personName(me),
    };
  },

  async getPermissions() {
    if (!getToken()) return null;
    return (await currentMe()).role;
  },
};
