import { z } from './common';

// The register of children (docs/children.md). Sub-areas keep their own contracts files:
// children-list.ts, children-import.ts, children-duplicates.ts, children-campaigns.ts, children-counts.ts.

export const childrenErrorCodes = ['CHILD_NOT_FOUND'] as const;
export type ChildrenErrorCode = (typeof childrenErrorCodes)[number];

export const sexSchema = z.enum(['M', 'F']);
export type Sex = z.infer<typeof sexSchema>;
