import type { FastifyInstance } from 'fastify';
import { registerErrors } from '../../platform/http/errors';
import type { Db } from '../../platform/db/pool';
import { campaignsErrors } from './campaigns.errors';
import { campaignsRoutes } from './campaigns.routes';
import { childrenErrors } from './children.errors';
import { childrenRoutes } from './children.routes';
import { countsErrors } from './counts.errors';
import { countsRoutes } from './counts.routes';
import { scanAfterImports } from './duplicates-import';
import { duplicatesErrors } from './duplicates.errors';
import { duplicatesRoutes } from './duplicates.routes';
import { childrenListErrors } from './list.errors';
import { importErrors } from './import.errors';
import { importRoutes } from './import.routes';
import { listRoutes } from './list.routes';

export { registerCounts } from './counts.service';
export { IMPORT_JOB, runImportJob, onImportCommitted } from './import-job';
export { findRegisterCandidates, scanUnitChildren } from './duplicates.service';
export { onChildMerged, onMergeUndone, type MergeHookInfo } from './merge-hooks';

export { seedChildCodes, codeLists, activeCodes } from './codes.service';
export { childExists, childInScope } from './children.service';
export { matchCode, codeKey, type CodeMatch } from './codes';

/** The register of children: records, list and search, import, duplicates, cleaning campaigns, counts. */
export function registerChildren(app: FastifyInstance, db: Db): void {
  registerErrors(childrenErrors);
  childrenRoutes(app, db);
  registerErrors(countsErrors);
  countsRoutes(app);
  registerErrors(childrenListErrors);
  registerErrors(importErrors);
  importRoutes(app, db);
  listRoutes(app, db);
  registerErrors(campaignsErrors);
  campaignsRoutes(app, db);
  registerErrors(duplicatesErrors);
  duplicatesRoutes(app, db);
  scanAfterImports();
  void app;
  void db;
}
