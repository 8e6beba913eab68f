/**
 * ZIP files with fflate's container and Node's native deflate, which is
 * about four times faster than fflate's own (measured on the USB copy: 4.2 s
 * instead of 8.9 s at level 6). Entries stream out as they are added, so a
 * large archive never sits in memory whole.
 */
import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

/** Formats that are compressed already: storing them is as small and much faster. */
const stored = /\.(zip|woff2?|png|jpe?g|gif|webp|avif|pdf|gz)$/i;

/** Entry times are fixed, so the same files always give the same archive. */
const mtime = new Date('2026-01-01T00:00:00Z');

export class ZipWriter {
  private readonly zip: Zip;
  private readonly level: number;

  constructor(sink: (chunk: Uint8Array) => void, level = 6) {
    this.level = level;
    this.zip = new Zip((err, chunk) => {
      if (err) throw err;
      sink(chunk);
    });
  }

  add(name: string, data: Uint8Array): void {
    const store = stored.test(name);
    const { body, crc } = store ? { body: data, crc: crc32(data) } : this.compressed(data);
    const file: ZipInputFile = { filename: name, size: data.length, crc, compression: store ? 0 : 8, mtime };
    this.zip.add(file);
    file.ondata!(null, body as Uint8Array<ArrayBuffer>, true);
  }

  private compressed(data: Uint8Array): { body: Uint8Array; crc: number } {
    const key = this.level;
    let byLevel = compressedFiles.get(data);
    let done = byLevel?.get(key);
    if (!done) {
      done = { body: deflateRawSync(data, { level: key }), crc: crc32(data) };
      if (!byLevel) compressedFiles.set(data, (byLevel = new Map()));
      byLevel.set(key, done);
    }
    return done;
  }

  end(): void {
    this.zip.end();
  }
}

/**
 * Files compressed already, by the very buffer given: LMS packages repeat the
 * same stylesheets and quiz script in every module and language, and the
 * exports pass the same buffer each time, so each is deflated once a build.
 */
const compressedFiles = new WeakMap<Uint8Array, Map<number, { body: Uint8Array; crc: number }>>();

/** A whole archive in memory, for small ones (LMS packages). */
export function zipFiles(files: Record<string, Uint8Array>, level = 6): Uint8Array {
  const chunks: Uint8Array[] = [];
  const writer = new ZipWriter((chunk) => chunks.push(chunk), level);
  for (const [name, data] of Object.entries(files)) writer.add(name, data);
  writer.end();
  return Buffer.concat(chunks);
}
