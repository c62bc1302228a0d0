// The signed-in session: the JWT from /api/auth/local and the caller's identity from /ra/_me.
// Both live in localStorage so a reload keeps the user signed in; the identity is cached because
// react-admin asks for permissions on nearly every screen.
import type { Me } from './types';

const TOKEN_KEY = 'siyang.jwt';
const ME_KEY = 'siyang.me';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export function setToken(jwt: string): void {
  localStorage.setItem(TOKEN_KEY, jwt);
}

export function getCachedMe(): Me | null {
  const raw = localStorage.getItem(ME_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Me;
  } catch {
    return null;
  }
}

export function setCachedMe(me: Me): void {
  localStorage.setItem(ME_KEY, JSON.stringify(me));
}

export function clearSession(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(ME_KEY);
}
