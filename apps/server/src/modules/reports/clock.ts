import { isoDay } from '../../platform/dates';

// The reports module reads "now" here so the training demo can replay a 2025 cycle (submissions
// on their 2025 dates) without touching the machine clock. Nothing else overrides it.
let source: () => Date = () => new Date();

export const now = (): Date => source();
export const today = (): string => isoDay(source());

export function useClock(fn: () => Date): void {
  source = fn;
}
