/**
 * Build-time only: draws the toolbar and store icons (a soft sage circle with a calm
 * ring, like a held breath) as PNGs, so the repository holds no binary assets.
 */
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Coverage (0..1) of a disc of radius r at distance d, with one pixel of anti-aliasing. */
function disc(d: number, r: number): number {
  return Math.max(0, Math.min(1, r - d + 0.5));
}

/** Encodes one icon of the given size as an RGBA PNG. */
export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = size / 2;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const outer = disc(d, size * 0.48);
      const inner = disc(d, size * 0.3);
      const ring = outer - disc(d, size * 0.4);
      // Sage disc (#5b8a72) with a lighter inner circle (#cfe3d6).
      const light = inner;
      const r = Math.round(0x5b + (0xcf - 0x5b) * light);
      const g = Math.round(0x8a + (0xe3 - 0x8a) * light);
      const b = Math.round(0x72 + (0xd6 - 0x72) * light);
      const alpha = Math.max(ring, inner, outer * 0.85);
      row.set([r, g, b, Math.round(alpha * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The icon files WXT copies into the build (it adds them to the manifest by name). */
export function iconFiles(): { relativeDest: string; contents: string }[] {
  // WXT types `contents` as a string but hands it to fs.writeFile, which writes a Buffer as bytes.
  return SIZES.map((size) => ({
    relativeDest: `icon/${size}.png`,
    contents: drawIcon(size) as unknown as string,
  }));
}

/** The manifest's `icons` map for the generated files. */
export const ICONS: Record<string, string> = Object.fromEntries(
  SIZES.map((size) => [String(size), `icon/${size}.png`]),
);
