import type { ErrorCode } from '@vte/contracts';

/**
 * The one error type of the app: a code from the contracts' lists plus optional details. The code is
 * typed, so a code no contract declares fails to compile; one without a registered catalogue entry
 * is logged as a warning when it reaches the error handler (errors.ts, error-handler.ts).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export interface ErrorSpec {
  status: number;
  message: string;
}
/** A module's catalogue: a missing code fails to compile (docs/architecture.md §5.7). */
export type ErrorCatalogue<C extends ErrorCode> = Record<C, ErrorSpec>;
