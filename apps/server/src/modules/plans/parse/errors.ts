import { parseErrorMessages, type PlanParseAppCode } from './messages';

// The one error `parsePlanFile` throws: a short code for callers and tests, the API's code the
// import answers with, and the Vietnamese message from the parser's catalogue (messages.ts).

export type PlanParseErrorCode =
  'EMPTY' | 'NOT_A_PLAN' | 'CORRUPT_DOCX' | 'UNSUPPORTED_TYPE' | 'TOO_LARGE' | 'TOO_COMPLEX' | 'ENCRYPTED';

const APP_CODES: Record<PlanParseErrorCode, PlanParseAppCode> = {
  EMPTY: 'PLAN_PARSE_EMPTY',
  NOT_A_PLAN: 'PLAN_PARSE_NOT_A_PLAN',
  CORRUPT_DOCX: 'PLAN_PARSE_CORRUPT_DOCX',
  UNSUPPORTED_TYPE: 'PLAN_PARSE_UNSUPPORTED_TYPE',
  TOO_LARGE: 'PLAN_PARSE_TOO_LARGE',
  TOO_COMPLEX: 'PLAN_PARSE_TOO_COMPLEX',
  ENCRYPTED: 'PLAN_PARSE_ENCRYPTED',
};

export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;
  /** The API's error code for this refusal (plans.errors.ts answers with the same message). */
  readonly appCode: PlanParseAppCode;

  constructor(code: PlanParseErrorCode, detail?: string) {
    const message = parseErrorMessages[APP_CODES[code]];
    super(detail ? `${message} ${detail}` : message);
    this.name = 'PlanParseError';
    this.code = code;
    this.appCode = APP_CODES[code];
  }
}
