import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { UsbResult } from './usb-copy.ts';

/**
 * The USB copy (usb-copy.ts) is the longest build step, so it runs in a
 * worker thread from just after the pages are written, while the exports,
 * the search index and the headers are made: `biosecUsbStart` starts it,
 * `biosecUsb` (last) lets it add the exports and waits for it.
 */
let job: { worker: Worker; done: Promise<UsbResult> } | undefined;

function start(web: string) {
  const worker = new Worker(new URL('./usb-worker.ts', import.meta.url), { workerData: { web } });
  const done = new Promise<UsbResult>((resolve, reject) => {
    worker.once('message', (m: { result: UsbResult }) => resolve(m.result));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the USB copy stopped with exit code ${code}`)));
  });
  // A failure surfaces when biosecUsb awaits it; until then, keep Node from reporting it as unhandled.
  done.catch(() => {});
  return { worker, done };
}

/** Starts the USB copy; put it after the manifest step and before the exports. */
export function biosecUsbStart(): AstroIntegration {
  return {
    name: 'biosec-usb-start',
    hooks: {
      'astro:build:done': ({ dir }) => {
        job = start(fileURLToPath(dir));
      },
    },
  };
}

/** Finishes the USB copy: `dist-usb/`, SHA256SUMS, README.txt and `dist/downloads/biosec-hub-offline.zip`. Put it last. */
export function biosecUsb(): AstroIntegration {
  return {
    name: 'biosec-usb',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        job ??= start(fileURLToPath(dir));
        const { worker, done } = job;
        job = undefined;
        worker.postMessage('exports written');
        const r = await done;
        await worker.terminate();
        logger.info(`dist-usb: ${r.files} files, ${r.bundles} classic bundles; zip ${(r.zipBytes / 1e6).toFixed(1)} MB (${Math.round(r.ms)} ms, alongside the other steps)`);
      },
    },
  };
}
