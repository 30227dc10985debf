// The file reader's worker: runs the app's own wasm module (sent over by the
// page already compiled, in the first message) and parses one file, whose
// pieces the page reads and moves here one by one. Every message is
// `{kind, …}`; src/read/protocol.rs lists them all. See src/read/.
import init, { worker_warm, worker_receive } from './flightlens-app.js';

let ready;
let name = 'the file';
self.onmessage = async ({ data }) => {
  if (data.kind === 'module') {
    // Parse a little made-up data first, so that the engine's code is
    // optimised before a file comes (see worker_warm in src/read/worker_side.rs).
    ready = init({ module_or_path: data.module }).then(() => worker_warm());
    return;
  }
  try {
    // Messages are handled in order: each waits for the same `ready`.
    await ready;
    if (data.kind === 'begin') name = data.name;
    worker_receive(data);
  } catch (e) {
    self.postMessage({ kind: 'error', message: `${name}: the reader stopped (${e}).` });
  }
};
