// The file reader's worker: runs the app's own wasm module (sent over by the
// page already compiled, in the first message) and parses one file, whose
// pieces the page reads and moves here one by one. See src/worker.rs.
import init, { worker_warm, worker_begin, worker_piece, worker_join, worker_end } from './flightlens-app.js';

let ready;
let name = 'the file';
self.onmessage = async ({ data }) => {
  if (data.module) {
    // Parse a little made-up data first, so that the engine's code is
    // optimised before a file comes (see worker_warm in src/worker.rs).
    ready = init({ module_or_path: data.module }).then(() => worker_warm());
    return;
  }
  try {
    // Messages are handled in order: each waits for the same `ready`.
    await ready;
    if (data.begin !== undefined) {
      name = data.begin;
      worker_begin(data.begin, data.columns, data.size ?? 0, data.head && new Uint8Array(data.head));
    } else if (data.piece) {
      worker_piece(new Uint8Array(data.piece));
    } else if (data.part) {
      worker_join(data.part);
    } else if (data.end) {
      worker_end();
    }
  } catch (e) {
    self.postMessage({ kind: 'error', message: `${name}: the reader stopped (${e}).` });
  }
};
