// The file reader's worker: runs the app's own wasm module (sent over by the
// page already compiled, in the first message) and parses one file, whose
// pieces the page reads and moves here one by one. See src/read/.
//
// Contract with the Rust side (docs/js-boundary.md):
//   receives  {kind: 'module', module} first, then the messages listed in
//             src/read/protocol.rs (every one is {kind, …});
//   calls     the glue's worker_warm() once the module is ready, and
//             worker_receive(data) for every later message, in order;
//   posts     {kind: 'error', message} itself when a call throws.
// The import below stays one line starting `import init, {`: the offline
// file replaces that line by the glue (WORKER_IMPORT in
// crates/core/src/offline.rs; a test there checks it).
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
