import { ApiError } from '../../../lib/api-client';

type ErrorAnswer = { error?: { code?: string; message?: string; details?: unknown } };

/** The file name from `Content-Disposition` (RFC 5987 `filename*` first), or the fallback. */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/**
 * Downloads a generated document through script, so a refusal (e.g. 409 "PDF needs LibreOffice")
 * reaches the user as the server's Vietnamese message instead of a page of JSON.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', '');
  }
  if (!response.ok) {
    const body = await response.json().then(
      (value: unknown) => value as ErrorAnswer | null,
      () => null,
    );
    const code = body?.error?.code ?? (response.status >= 502 ? 'UNAVAILABLE' : 'INVALID_RESPONSE');
    throw new ApiError(response.status, code, body?.error?.message ?? '', body?.error?.details);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
