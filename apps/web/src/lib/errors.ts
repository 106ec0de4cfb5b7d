import { weakPasswordHints, type WeakPasswordReason } from '@vte/contracts';
import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from './api-client';
import { t, type MessageKey } from './i18n';

const CLIENT_MESSAGES: Record<string, MessageKey> = {
  NETWORK: 'error.network',
  TIMEOUT: 'error.timeout',
  UNAVAILABLE: 'error.unavailable',
  INVALID_RESPONSE: 'error.generic',
};

/** The hint of a refused password (the contracts' text for the server's reason), or null. */
function weakPasswordHint(error: { code: string; details: unknown }): string | null {
  if (error.code !== 'AUTH_WEAK_PASSWORD') return null;
  const reason = (error.details as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' && reason in weakPasswordHints
    ? weakPasswordHints[reason as WeakPasswordReason]
    : null;
}

/** The Vietnamese text to show for any error: the server's own message when it sent one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    const hint = weakPasswordHint(error);
    if (hint) return `${error.message} ${hint}`;
    if (error.message) return error.message;
    const key = CLIENT_MESSAGES[error.code];
    return t(key ?? 'error.generic');
  }
  return t('error.generic');
}

const REQUEST_PARTS = new Set(['body', 'querystring', 'params', 'headers']);

export type FieldIssue = { path: string | readonly PropertyKey[]; message: string };

/** Puts issue messages on the matching form fields; returns the messages no field could show. */
export function applyFieldIssues(
  form: FormInstance,
  issues: readonly FieldIssue[],
  fields: readonly string[],
): string[] {
  const byField = new Map<string, string[]>();
  const unmatched: string[] = [];
  for (const issue of issues) {
    const segments = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    // The server prefixes where the value was: "body.email", "querystring.q".
    if (REQUEST_PARTS.has(segments[0] ?? '')) segments.shift();
    const field = segments[0] ?? '';
    if (fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
    else unmatched.push(issue.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors: [...new Set(errors)] })));
  return unmatched;
}

type Schema<T> = {
  safeParse: (
    value: unknown,
  ) => { success: true; data: T } | { success: false; error: { issues: readonly FieldIssue[] } };
};

/** Validates form values with a contract schema; on failure marks the fields and returns null. */
export function parseForm<T>(
  form: FormInstance,
  schema: Schema<T>,
  values: unknown,
  fields: readonly string[],
): { data: T } | { unmatched: string[] } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data };
  return { unmatched: applyFieldIssues(form, result.error.issues, fields) };
}

/**
 * Handler for failed requests: VALIDATION issues go on the form's fields, the message goes to a toast.
 * `fieldCodes` maps error codes to the field they concern (e.g. AUTH_WRONG_PASSWORD → currentPassword).
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  return useCallback(
    (
      error: unknown,
      form?: FormInstance,
      fields: readonly string[] = [],
      fieldCodes: Record<string, string> = {},
    ) => {
      if (form && isApiError(error)) {
        const field = fieldCodes[error.code];
        if (field) {
          form.setFields([{ name: field, errors: [errorMessage(error)] }]);
          return;
        }
        if (error.issues.length > 0) {
          const unmatched = applyFieldIssues(form, error.issues, fields);
          void message.error(unmatched.length > 0 ? unmatched.join('; ') : errorMessage(error));
          return;
        }
      }
      void message.error(errorMessage(error));
    },
    [message],
  );
}
