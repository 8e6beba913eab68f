import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { UsbResult } from './usb-copy.ts';
import { setPageTaker } from './usb-channel.ts';

/**
 * The USB copy (usb-copy.ts) is the longest build step. It runs in a worker
 * thread from the start of the build: a middleware (usb-pages.ts) hands it
 * each page as it is rendered, which keeps the second core busy while Astro
 * renders on one. `biosecUsbStart` starts it and, once the pages are written,
 * lets it finish while the exports, the search index and the headers are
 * made; `biosecUsb` (last) lets it add the exports and waits for it.
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

/** Starts the USB copy; put it after the manifest step (the copy includes manifest.json) and before the exports. */
export function biosecUsbStart(): AstroIntegration {
  let web = '';
  return {
    name: 'biosec-usb-start',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./usb-pages.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        web = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        const started = start(web);
        job = started;
        setPageTaker((page, body) => started.worker.postMessage({ page, body }));
      },
      'astro:build:done': () => {
        setPageTaker(undefined);
        job?.worker.postMessage('pages written');
      },
    },
  };
}

/** Finishes the USB copy: `dist-usb/`, SHA256SUMS, README.txt and `dist/downloads/biosec-hub-offline.zip`. Put it last. */
export function biosecUsb(): AstroIntegration {
  return {
    name: 'biosec-usb',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (!job) throw new Error('biosecUsb: biosecUsbStart() must come before it in the integrations');
        const { worker, done } = job;
        job = undefined;
        worker.postMessage('exports written');
        const r = await done;
        await worker.terminate();
        logger.info(`dist-usb: ${r.files} files, ${r.bundles} classic bundles; zip ${(r.zipBytes / 1e6).toFixed(1)} MB; ${r.streamed} pages taken as rendered, ${r.readBack} read back (${Math.round(r.ms)} ms, alongside rendering and the other steps)`);
      },
    },
  };
}
