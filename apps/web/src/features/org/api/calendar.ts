import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CalendarDayDto, CalendarYearDto, PutCalendarDayInput } from '@vte/contracts';
import { api } from '../../../lib/api-client';

const calendarKeys = {
  all: ['org', 'calendar'] as const,
  year: (year: number) => ['org', 'calendar', year] as const,
};

export function useCalendarYear(year: number) {
  return useQuery({
    queryKey: calendarKeys.year(year),
    queryFn: ({ signal }) => api.get<CalendarYearDto>('/calendar', { query: { year }, signal }),
  });
}

export function usePutCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, input }: { date: string; input: PutCalendarDayInput }) =>
      api.put<CalendarDayDto>(`/calendar/days/${encodeURIComponent(date)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.delete<void>(`/calendar/days/${encodeURIComponent(date)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
