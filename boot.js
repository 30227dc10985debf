// Starts the Flightlens app. Loaded as a file, not inline, so that the page's
// Content Security Policy can forbid inline scripts.
import init from './flightlens-app.js';

// Big files are read in a worker (worker.js, next to this file).
globalThis.flightlensWorker = new URL('./worker.js', import.meta.url).href;
await init({ module_or_path: new URL('./flightlens-app_bg.wasm', import.meta.url) });
