// Worker thread for the USB copy. Messages, in order: { page, body } for each page as Astro renders it;
// 'pages written' once the build is done (the copy then finishes what it can); 'exports written' once the
// LMS exports are, which the copy adds last. A failure rejects finish(): unhandled, it ends the worker with
// an 'error' event, which usb.ts reports.
import { parentPort, workerData } from 'node:worker_threads';
import { UsbCopy } from './usb-copy.ts';

const copy = new UsbCopy(workerData.web as string);
let exportsWritten!: () => void;
const exportsReady = new Promise<void>((resolve) => (exportsWritten = resolve));
parentPort!.on('message', (m: 'pages written' | 'exports written' | { page: string; body: Uint8Array }) => {
  if (m === 'pages written') void copy.finish(exportsReady).then((result) => parentPort!.postMessage({ result }));
  else if (m === 'exports written') exportsWritten();
  else copy.page(m.page, m.body);
});
