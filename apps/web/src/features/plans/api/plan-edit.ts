import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdatePlanInput, UpdateTaskInput } from '@vte/contracts';
import { api } from '../../../lib/api-client';
import { planKeys } from './plans';
import { taskKeys } from './tasks';

export const updatePlan = ({ id, input }: { id: string; input: UpdatePlanInput }): Promise<void> =>
  api.patch<void>(`/plans/${encodeURIComponent(id)}`, input);

export const updateTask = ({ taskId, input }: { taskId: string; input: UpdateTaskInput }): Promise<void> =>
  api.patch<void>(`/plans/tasks/${encodeURIComponent(taskId)}`, input);

/** An edit changes the document, who does what and the deadlines: refresh all three views of the plan. */
function useRefreshPlan() {
  const queryClient = useQueryClient();
  return (planId: string) => {
    void queryClient.invalidateQueries({ queryKey: planKeys.detail(planId) });
    void queryClient.invalidateQueries({ queryKey: planKeys.matrix(planId) });
    void queryClient.invalidateQueries({ queryKey: ['plans', 'dashboard', planId] });
    void queryClient.invalidateQueries({ queryKey: ['plans', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['plans', 'calendar'] });
    void queryClient.invalidateQueries({ queryKey: taskKeys.all });
  };
}

export function useUpdatePlan() {
  const refresh = useRefreshPlan();
  return useMutation({ mutationFn: updatePlan, onSuccess: (_v, { id }) => refresh(id) });
}

export function useUpdateTask(planId: string) {
  const refresh = useRefreshPlan();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTask,
    onSuccess: () => {
      refresh(planId);
      void queryClient.invalidateQueries({ queryKey: ['org'] }); // a new agency may have been created
    },
  });
}
