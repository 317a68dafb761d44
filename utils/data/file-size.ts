/** LinkedIn archives with 30k connections are a few MB; 50 MB leaves room and still bounds memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** UTF-8 byte length of a string without allocating an encoded copy (the text may be tens of MB). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte code point.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when `text` is larger than `limit` bytes as UTF-8; skips the exact count when the answer is obvious. */
export function exceedsBytes(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // every UTF-16 unit is at most three bytes
  return utf8ByteLength(text) > limit;
}
