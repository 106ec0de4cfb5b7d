import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateUserInput,
  MeDto,
  Role,
  UpdateUserInput,
  UserDto,
  createdUserDto,
  resetPasswordDto,
  userDto,
  z,
} from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { meQueryKey } from '../../../lib/auth';
import type { PageOf } from '../../../lib/types';

export type UserPage = PageOf<typeof userDto>;
export type CreatedUser = z.infer<typeof createdUserDto>;
export type ResetPasswordResult = z.infer<typeof resetPasswordDto>;
export type UserListParams = {
  q?: string;
  role?: Role;
  agencyId?: string;
  unitId?: string;
  page: number;
  pageSize: number;
};

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const fetchUsers = (params: UserListParams, signal?: AbortSignal): Promise<UserPage> =>
  api.get<UserPage>('/users', { query: params, signal });

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export const fetchUser = (id: string, signal?: AbortSignal): Promise<UserDto> =>
  api.get<UserDto>(`/users/${encodeURIComponent(id)}`, { signal });

export function useUser(id: string | null | undefined) {
  return useQuery({
    queryKey: userKeys.detail(id ?? ''),
    queryFn: ({ signal }) => fetchUser(id ?? '', signal),
    enabled: Boolean(id),
  });
}

/** Every write changes what lists show: store the fresh user when there is one, refresh the rest. */
function useUserWrite<TVariables, TResult>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  userOf: (result: TResult) => UserDto | null,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (result) => {
      const user = userOf(result);
      if (user) queryClient.setQueryData(userKeys.detail(user.id), user);
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      // Editing one's own account changes the header and the permissions: reload the session.
      if (user && queryClient.getQueryData<MeDto | null>(meQueryKey)?.user.id === user.id) {
        void queryClient.invalidateQueries({ queryKey: meQueryKey });
      }
    },
  });
}

export const createUser = (input: CreateUserInput): Promise<CreatedUser> =>
  api.post<CreatedUser>('/users', input);
export const useCreateUser = () => useUserWrite(createUser, (result) => result.user);

export const updateUser = ({ id, input }: { id: string; input: UpdateUserInput }): Promise<UserDto> =>
  api.patch<UserDto>(`/users/${encodeURIComponent(id)}`, input);
export const useUpdateUser = () => useUserWrite(updateUser, (user) => user);

export const resetUserPassword = (id: string): Promise<ResetPasswordResult> =>
  api.post<ResetPasswordResult>(`/users/${encodeURIComponent(id)}/reset-password`, {});
export const useResetUserPassword = () => useUserWrite(resetUserPassword, () => null);

export const unlockUser = (id: string): Promise<UserDto> =>
  api.post<UserDto>(`/users/${encodeURIComponent(id)}/unlock`, {});
export const useUnlockUser = () => useUserWrite(unlockUser, (user) => user);
