import crypto from 'node:crypto';

/**
 * Word, Excel, PDF, JPEG, PNG recognised by their first bytes; the declared type and the
 * extension are not trusted (only used to tell .docx from .xlsx inside the same zip magic).
 */
export function sniffDocumentType(buf: Buffer, filename: string): string | null {
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  const starts = (...b: number[]) => b.every((x, i) => buf[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'application/pdf';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    if (ext === 'docx') return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (ext === 'xlsx') return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0))
    return ext === 'xls' ? 'application/vnd.ms-excel' : ext === 'doc' ? 'application/msword' : null;
  return null;
}

/** A stored filename: no path separators or NULs, bounded length. */
export const safeFilename = (name: string) => name.replace(/[/\\\0]/g, '_').slice(0, 200);

export type CheckedUpload = { filename: string; mime: string; size: number; sha256: string };

/** An uploaded document checked by content and size; each module maps the refusal to its own error. */
export function checkUpload(
  data: Buffer,
  filename: string,
  maxBytes: number,
): CheckedUpload | 'too_large' | 'wrong_type' {
  if (data.length > maxBytes) return 'too_large';
  const mime = sniffDocumentType(data, filename);
  if (!mime || data.length === 0) return 'wrong_type';
  return {
    filename: safeFilename(filename),
    mime,
    size: data.length,
    sha256: crypto.createHash('sha256').update(data).digest('hex'),
  };
}
