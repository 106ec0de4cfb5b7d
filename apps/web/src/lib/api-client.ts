/**
 * The one HTTP client of the web app and the portal. It speaks the server's error format
 * (`{ error: { code, message, details } }`), sends the CSRF token on writes and reports lost sessions.
 * It holds no user-facing text: callers turn `code` into a message through the catalogue.
 */
import type { ErrorBody } from '@vte/contracts';

export type ApiIssue = { path: string; message: string };

/** Codes the client itself produces when there is no usable server answer. */
export type ClientErrorCode = 'NETWORK' | 'TIMEOUT' | 'UNAVAILABLE' | 'INVALID_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Field messages of a VALIDATION error (`details.issues`), empty otherwise. */
  get issues(): ApiIssue[] {
    if (this.code !== 'VALIDATION' || typeof this.details !== 'object' || this.details === null) return [];
    const issues = (this.details as { issues?: unknown }).issues;
    if (!Array.isArray(issues)) return [];
    return issues.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, message } = issue as { path?: unknown; message?: unknown };
      if (typeof message !== 'string') return [];
      return [{ path: typeof path === 'string' ? path : Array.isArray(path) ? path.join('.') : '', message }];
    });
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

const SESSION_CODES = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);
const REQUEST_TIMEOUT_MS = 60_000;

let csrfToken: string | null = null;
type SessionListener = (code: string) => void;
const sessionListeners = new Set<SessionListener>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const passwordChangeListeners = new Set<() => void>();
/** Called when the server refuses a request until the password is changed (403 AUTH_PASSWORD_CHANGE_REQUIRED). */
export function onPasswordChangeRequired(listener: () => void): () => void {
  passwordChangeListeners.add(listener);
  return () => passwordChangeListeners.delete(listener);
}

/** Called when any request answers 401 UNAUTHENTICATED / SESSION_EXPIRED. Returns an unsubscribe. */
export function onSessionLost(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export function toQueryString(params?: QueryParams): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
export type RequestOptions = {
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** Do not broadcast a 401 as a lost session (the sign-in form and the session probe use this). */
  quietUnauthenticated?: boolean;
};

function withTimeout(signal?: AbortSignal): AbortSignal | undefined {
  if (typeof AbortSignal.timeout !== 'function') return signal;
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  if (!signal) return timeout;
  return typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : signal;
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A multipart upload sets its own content type (with the boundary); everything else is JSON.
  const form = options.body instanceof FormData ? options.body : null;
  if (options.body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  try {
    return await fetch(`/api${path}${toQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: withTimeout(options.signal),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error; // cancelled by the caller (e.g. TanStack Query): not a failure
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiError(0, timedOut ? 'TIMEOUT' : 'NETWORK', '');
  }
}

async function toError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = (body as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.code === 'string') {
    return new ApiError(response.status, error.code, error.message ?? '', error.details);
  }
  const code = response.status >= 502 && response.status <= 504 ? 'UNAVAILABLE' : 'INVALID_RESPONSE';
  return new ApiError(response.status, code, '');
}

/** Fetches a fresh CSRF token after the server rejected ours (e.g. the session was renewed elsewhere). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/auth/me', {});
  if (!response.ok) return false;
  const me = (await response.json()) as { csrfToken?: unknown };
  if (typeof me.csrfToken !== 'string') return false;
  csrfToken = me.csrfToken;
  return true;
}

async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await sendChecked(method, path, options);
  const text = response.status === 204 ? '' : await response.text();
  if (!text) return undefined as T; // 204, or a write that answers with an empty body
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'INVALID_RESPONSE', '');
  }
}

/** Sends with the CSRF retry and the session listeners; throws the server's error on a refusal. */
async function sendChecked(method: Method, path: string, options: RequestOptions): Promise<Response> {
  let response = await send(method, path, options);
  if (!response.ok && method !== 'GET' && response.status === 403) {
    const error = await toError(response.clone());
    if (error.code === 'CSRF_INVALID' && (await refreshCsrfToken()))
      response = await send(method, path, options);
  }
  if (!response.ok) {
    const error = await toError(response);
    if (error.status === 401 && SESSION_CODES.has(error.code) && !options.quietUnauthenticated) {
      csrfToken = null;
      for (const listener of sessionListeners) listener(error.code);
    }
    if (error.code === 'AUTH_PASSWORD_CHANGE_REQUIRED')
      for (const listener of passwordChangeListeners) listener();
    throw error;
  }
  return response;
}

/** A file answer (exports, workbooks), with the name from Content-Disposition when the server gave one. */
async function requestFile(method: Method, path: string, options: RequestOptions = {}) {
  const response = await sendChecked(method, path, options);
  return { blob: await response.blob(), disposition: response.headers.get('content-disposition') };
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  /** multipart/form-data (file uploads); put text fields before the file, the server reads them first. */
  postForm: <T>(path: string, form: FormData, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: form }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  /** A file to save: GET, or POST with a JSON body (exports that carry a reason or a search). */
  file: (method: 'GET' | 'POST', path: string, body?: unknown) => requestFile(method, path, { body }),
};
