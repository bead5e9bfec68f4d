/**
 * Input caps. A 16-year Netflix full download is about 2 MB; 10 MB leaves room while keeping
 * a 50 MB file of junk from freezing the options page.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_LINES = 200_000;
/** Beyond this many bad lines the file is not the format it claims; stop and say so. */
export const MAX_LINE_ERRORS = 50;
/** A file whose lines are mostly unreadable is rejected rather than half-imported. */
export const MAX_ERROR_SHARE = 0.5;

/** Byte length of a string in UTF-8 without allocating a copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The sentence for a file over MAX_IMPORT_BYTES; the options page says it before reading the file. */
export function tooLargeMessage(bytes: number): string {
  const mb = Math.round(bytes / 1024 / 102.4) / 10;
  return `The file is ${mb} MB; history exports are far smaller (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB). Is it the right file?`;
}

/** Why the text cannot be an export at all, or null when it may be one. */
export function rejectRawInput(text: string): string | null {
  if (text.length > MAX_IMPORT_BYTES || utf8Length(text) > MAX_IMPORT_BYTES) return tooLargeMessage(utf8Length(text));
  if (text.trim() === '') return 'The file is empty.';
  const sample = text.slice(0, 4096);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (control > 0 && control / sample.length > 0.001) return 'The file is not text (it looks like a binary or compressed file). Unzip the export first.';
  return null;
}
