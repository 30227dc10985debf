// The file reader's worker: runs the app's own wasm module (sent over by the
// page already compiled, in the first message) and reads one file (in the
// second) off the page's thread, so that the page stays responsive.
// See src/worker.rs.
import init, { worker_read } from './flightlens-app.js';

let ready;
self.onmessage = async ({ data }) => {
  if (data.module) {
    ready = init({ module_or_path: data.module });
    return;
  }
  try {
    await ready;
    await worker_read(data.file, data.columns);
  } catch (e) {
    self.postMessage({ kind: 'error', message: `${data.file?.name}: the reader could not start (${e}).` });
  }
};
