// Public API of the plan-document parser: text or file in, structured plan out (no database,
// no catalogue matching; the import service matches agency names afterwards).
export { createAgencySplitter, type AgencySplitter } from './agencies';
export { PlanParseError, type PlanParseErrorCode } from './errors';
export { MAX_PLAN_FILE_BYTES, parsePlanFile } from './file';
export { parsePlanFileIsolated } from './isolated';
export { parsePlanText } from './plan';
export { parseTimeframe } from './timeframe';
export type {
  OrganisationItem,
  ParsedPlan,
  ParsedSubtask,
  ParsedTask,
  ParseOptions,
  ReportingEntry,
  ReportingRule,
  SourceRef,
  TimeframeParsed,
} from './types';
