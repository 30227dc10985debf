// Starts the Flightlens app (served as ./boot.js, next to index.html). Loaded
// as a file, not inline, so that the page's Content Security Policy can forbid
// inline scripts.
//
// Contract with the Rust side (docs/js-boundary.md):
//   sets   globalThis.flightlensWorker, the URL of worker.js, before the app
//          starts; src/read/pool.rs starts the file reader's workers from it
//          (without it, files are read on the page).
//   sets   globalThis.flightlensReader, {worker, module}: the URLs of
//          reader-worker.js and of the article reader's module, which
//          src/reader.rs starts only when there is an article to read.
//   sets   globalThis.flightlensAssets, a promise of the engine's data files
//          ({name: Uint8Array} for each of flightlens_core::data::FILES),
//          fetched from this origin in parallel with the module; src/assets.rs
//          hands them to the engine.
//   sets   globalThis.flightlensDemo, a function that fetches the demo's
//          files (flightlens_core::data::DEMO) from this origin when Load
//          demo is pressed: a promise of {name: Uint8Array}.
//   calls  the glue's default export (wasm-bindgen's init) with the module;
//          src/main.rs then mounts the app onto <body>.
// The offline file does the same from js/offline-boot.js.
import init from './flightlens-app.js';

// Big files are read in a worker (worker.js, next to this file).
globalThis.flightlensWorker = new URL('./worker.js', import.meta.url).href;
// The article reader: a module of its own, fetched by its worker when the
// first article is pasted.
globalThis.flightlensReader = {
  worker: new URL('./reader-worker.js', import.meta.url).href,
  module: new URL('./flightlens-reader_bg.wasm', import.meta.url).href,
};
// The airport table, the basemap (both levels) and the aircraft types: not
// in the module, so that the page paints without waiting for them (low
// priority: the module first).
const DATA_FILES = [
  'airports.tsv.gz',
  'land-110m.txt',
  'borders-110m.txt',
  'land-50m.txt.gz',
  'borders-50m.txt.gz',
  'aircraft-types.tsv',
  'timezones.tzif.gz',
  'lexicons.txt.gz',
];
globalThis.flightlensAssets = Promise.all(
  DATA_FILES.map(async (name) => {
    const r = await fetch(new URL(`./${name}`, import.meta.url), { priority: 'low' });
    if (!r.ok) throw new Error(`${name}: ${r.status}`);
    return [name, new Uint8Array(await r.arrayBuffer())];
  }),
).then(Object.fromEntries);
globalThis.flightlensAssets.catch(() => {}); // reported by the app, which awaits it
// The demo's files: not in the module either, fetched only when asked for.
const DEMO_FILES = ['cargo-rff7071.fr24.csv', 'bizjet-4bc8d0.opensky.csv'];
globalThis.flightlensDemo = () =>
  Promise.all(
    DEMO_FILES.map(async (name) => {
      const r = await fetch(new URL(`./${name}`, import.meta.url));
      if (!r.ok) throw new Error(`${name}: ${r.status}`);
      return [name, new Uint8Array(await r.arrayBuffer())];
    }),
  ).then(Object.fromEntries);
await init({ module_or_path: new URL('./flightlens-app_bg.wasm', import.meta.url) });
