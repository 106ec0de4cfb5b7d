import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, MeDto, changePasswordInput, z } from '@vte/contracts';
import { api, setCsrfToken } from '../../../lib/api-client';
import { fetchMe, markSignedOut, meQueryKey } from '../../../lib/auth';

export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const login = (input: LoginInput): Promise<MeDto> =>
  api.post<MeDto>('/auth/login', input, { quietUnauthenticated: true });

/** Signs in; the previous user's cached data is dropped before the new session is stored. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}

export const logout = (): Promise<void> => api.post<void>('/auth/logout', {});

/**
 * Signs out. Whatever the server answers, the local session ends: cached data is dropped so the
 * next person on a shared computer sees nothing of it.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      markSignedOut();
      setCsrfToken(null);
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    },
  });
}

export const changePassword = (input: ChangePasswordInput): Promise<void> =>
  api.post<void>('/auth/password', input);

/** Changes the password, then reloads the session (which clears `mustChangePassword`). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      queryClient.setQueryData(meQueryKey, await fetchMe());
    },
  });
}
