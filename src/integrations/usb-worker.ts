// Worker thread for the USB copy: starts at once, and adds the LMS exports when the main thread says they are written.
import { parentPort, workerData } from 'node:worker_threads';
import { writeUsbCopy } from './usb-copy.ts';

const exportsReady = new Promise<void>((resolve) => parentPort!.once('message', () => resolve()));
parentPort!.postMessage({ result: await writeUsbCopy(workerData.web as string, exportsReady) });
