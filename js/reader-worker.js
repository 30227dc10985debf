// The article reader's worker: runs the reader's own wasm module
// (crates/reader-web, built beside the app's as flightlens-reader_bg.wasm),
// which the page loads only when there is an article to read. See
// src/reader.rs.
//
// Contract with the Rust side (docs/js-boundary.md):
//   receives  {kind: 'start', module, files} first: `module` is what the
//             glue's init takes (the module's URL, or its bytes in the
//             offline file), `files` the data files the reader needs
//             ({name: ArrayBuffer});
//             then {kind: 'read', id, text, published} for each reading;
//   posts     {kind: 'reading', id, json, ms} for each, where json is
//             ArticleReading::handover's and ms the reading's own time;
//             {kind: 'error', id, message} when it could not read.
// The import below stays one line starting `import init, {`: the offline
// file replaces that line by the glue (WORKER_IMPORT in
// crates/core/src/offline.rs; a test there checks it).
import init, { reader_install, reader_read } from './flightlens-reader.js';

let ready;
self.onmessage = async ({ data }) => {
  if (data.kind === 'start') {
    ready = init({ module_or_path: data.module }).then(() => {
      for (const [name, bytes] of Object.entries(data.files)) reader_install(name, new Uint8Array(bytes));
    });
    return;
  }
  try {
    // Messages are handled in order: each waits for the same `ready`.
    await ready;
    const started = performance.now();
    const json = reader_read(data.text, data.published);
    self.postMessage({ kind: 'reading', id: data.id, json, ms: performance.now() - started });
  } catch (e) {
    self.postMessage({ kind: 'error', id: data.id, message: `the article reader stopped (${e})` });
  }
};
