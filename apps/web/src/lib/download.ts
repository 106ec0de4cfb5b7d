import { api } from './api-client';

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

/** Fetches a workbook through the API client (session, CSRF, Vietnamese refusals) and saves it. */
export async function download(
  method: 'GET' | 'POST',
  path: string,
  fallbackName: string,
  body?: unknown,
): Promise<void> {
  const { blob, disposition } = await api.file(method, path, body);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFrom(disposition, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A generated document by GET (reports' Word, Excel and PDF): a refusal shows the server's message. */
export const downloadFile = (path: string, fallbackName: string): Promise<void> =>
  download('GET', path, fallbackName);
