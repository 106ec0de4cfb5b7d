import { z } from './common';

export const portalContactDto = z.object({
  name: z.string(),
  unitName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
});
export const portalHomeDto = z.object({
  hotline: z.string(),
  hotlineText: z.string(),
  contacts: z.array(portalContactDto),
});
export type PortalHomeDto = z.infer<typeof portalHomeDto>;
