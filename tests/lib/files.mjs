// Files for evidence uploads that pass the server's content check (a PNG starts with its
// signature and an IHDR chunk header) while carrying whatever bytes a test wants to find again.
export const PNG_HEAD = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR')]);

/** A PNG-shaped buffer: the PNG head, then `body`. */
export function fakePng(body) {
  return Buffer.concat([PNG_HEAD, Buffer.isBuffer(body) ? body : Buffer.from(String(body))]);
}
