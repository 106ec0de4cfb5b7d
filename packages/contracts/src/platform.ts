import { z } from './common';

export const healthDto = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'external']),
  version: z.string(),
  time: z.string(),
});
export type HealthDto = z.infer<typeof healthDto>;
