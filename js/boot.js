// Starts the Flightlens app (served as ./boot.js, next to index.html). Loaded
// as a file, not inline, so that the page's Content Security Policy can forbid
// inline scripts.
//
// Contract with the Rust side (docs/js-boundary.md):
//   sets   globalThis.flightlensWorker, the URL of worker.js, before the app
//          starts; src/read/pool.rs starts the file reader's workers from it
//          (without it, files are read on the page).
//   calls  the glue's default export (wasm-bindgen's init) with the module;
//          src/main.rs then mounts the app onto <body>.
// The offline file does the same from js/offline-boot.js.
import init from './flightlens-app.js';

// Big files are read in a worker (worker.js, next to this file).
globalThis.flightlensWorker = new URL('./worker.js', import.meta.url).href;
await init({ module_or_path: new URL('./flightlens-app_bg.wasm', import.meta.url) });
