import { auditErrorCodes } from './audit';
import { childrenErrorCodes } from './children';
import { childrenImportApiErrorCodes } from './children-import-api';
import { campaignsErrorCodes } from './children-campaigns';
import { childrenListErrorCodes } from './children-list';
import { childrenCountsErrorCodes } from './children-counts';
import { childrenDuplicatesErrorCodes } from './children-duplicates';
import { commonErrorCodes } from './common';
import { identityErrorCodes } from './identity';
import { indicatorsErrorCodes } from './indicators';
import { orgErrorCodes } from './org';
import { plansErrorCodes } from './plans';
import { reportsErrorCodes } from './reports';
import { calendarErrorCodes } from './working-calendar-api';

/** Every error code the API answers with: the server's AppError takes only these (docs/architecture.md §5.7). */
export const errorCodes = [
  ...commonErrorCodes,
  ...auditErrorCodes,
  ...identityErrorCodes,
  ...orgErrorCodes,
  ...calendarErrorCodes,
  ...plansErrorCodes,
  ...reportsErrorCodes,
  ...indicatorsErrorCodes,
  ...childrenErrorCodes,
  ...childrenImportApiErrorCodes,
  ...campaignsErrorCodes,
  ...childrenListErrorCodes,
  ...childrenCountsErrorCodes,
  ...childrenDuplicatesErrorCodes,
] as const;
export type ErrorCode = (typeof errorCodes)[number];
