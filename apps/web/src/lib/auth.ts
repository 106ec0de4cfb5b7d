import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { MeDto, Permission } from '@vte/contracts';
import { ApiError, api, setCsrfToken } from './api-client';

export const meQueryKey = ['auth', 'me'] as const;

let signedOutOnPurpose = false;
/** Remember that the session ended by signing out, so the sign-in page does not send the next person back. */
export function markSignedOut(): void {
  signedOutOnPurpose = true;
}
/** True once after a deliberate sign-out. */
export function takeSignedOut(): boolean {
  const value = signedOutOnPurpose;
  signedOutOnPurpose = false;
  return value;
}

/** The signed-in user, or null when there is no session. */
export async function fetchMe(signal?: AbortSignal): Promise<MeDto | null> {
  try {
    const me = await api.get<MeDto>('/auth/me', { signal, quietUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}

/**
 * The session inside the signed-in part of the app (RequireAuth guarantees it exists). When the session
 * ends (sign-out, expiry) the screen keeps the last value for the instant before RequireAuth redirects.
 */
export function useSession(): MeDto {
  const { data } = useMe();
  const last = useRef<MeDto | null>(null);
  if (data) last.current = data;
  if (!last.current) throw new Error('useSession() used outside the signed-in routes');
  return last.current;
}

export function usePermissions(): (permission: Permission) => boolean {
  const { data } = useMe();
  const granted = new Set<Permission>(data?.permissions ?? []);
  return (permission) => granted.has(permission);
}
