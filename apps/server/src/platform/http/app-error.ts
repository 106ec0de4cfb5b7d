/** The one error type of the app: a code from a module's catalogue plus optional details. */
export class AppError extends Error {
  constructor(
    readonly code: string,
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
/** A module's catalogue: a missing code fails to compile (DESIGN.md §5.7). */
export type ErrorCatalogue<C extends string> = Record<C, ErrorSpec>;
