// The offline file's module script: a template, filled in by
// flightlens_core::offline::boot_script (crates/core/src/offline.rs) for
// `cargo xtask bundle` and Save as offline HTML. These leading comment
// lines are not copied into the page. Each placeholder occurs once and is
// replaced in one pass (a test checks both):
//   GLUE    wasm-bindgen's glue (flightlens-app.js), as it is;
//   WORKER  js/worker.js as a JS string literal, its import of the glue
//           replaced by `const init = __wbg_init;`;
//   WASM    the module, gzipped, then base64, as a JS string literal;
//   READER_GLUE, READER_WORKER, READER_WASM
//           the article reader's module (crates/reader-web) the same way:
//           its glue (flightlens-reader.js) and js/reader-worker.js as JS
//           string literals (the worker's import of the glue replaced as
//           WORKER's is), its module gzipped and base64; src/reader.rs
//           starts it as a classic worker from a blob: URL the first time
//           there is an article to read;
//   DATA    the files the served app fetches beside its module
//           (flightlens_core::data::inlined(): the engine's data files and
//           the demo's), gzipped, base64, as an object literal by file
//           name; those whose name does not end in .gz are unpacked here.
// A page opened from file:// can neither fetch its own wasm nor start a
// worker from a file or a module worker from a blob: URL. So the module is
// unpacked from the text below with the browser's DecompressionStream (no
// request), and the file reader's worker is a classic one from a blob: URL
// holding the glue (exports and import.meta taken out) and then worker.js.
// Contract (docs/js-boundary.md): sets globalThis.flightlensWorker,
// globalThis.flightlensAssets and globalThis.flightlensReader before the
// app starts; the glue must end
// where the marker line below begins.

/*@GLUE@*/
// Flightlens offline file: the module is inlined below, gzipped.
{
  const own = document.querySelector('script[type="module"]').textContent;
  // A module worker cannot start from a blob: URL of a file:// page, a
  // classic one can: the glue loses its exports and import.meta.
  const classic = (glue) => glue.replace(/^export (class|function) /gm, '$1 ').replace(/^export \{[^}]*\};?$/gm, '').replaceAll('import.meta.url', 'self.location.href');
  const glue = classic(own.slice(0, own.indexOf("\n// Flightlens offline file: the module is inlined below, gzipped.\n")));
  globalThis.flightlensWorker = URL.createObjectURL(new Blob([glue, '\n', /*@WORKER@*/], { type: 'text/javascript' }));
  const bytes64 = (b64) => {
    const text = atob(b64);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  };
  const gunzip = async (b) => new Uint8Array(await new Response(new Blob([b]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  // The engine's data files and the demo's: in the file, never fetched.
  const data = /*@DATA@*/;
  globalThis.flightlensAssets = Promise.all(Object.entries(data).map(async ([name, b64]) => [name, name.endsWith('.gz') ? bytes64(b64) : await gunzip(bytes64(b64))])).then(Object.fromEntries);
  globalThis.flightlensDemo = () => globalThis.flightlensAssets;
  // The article reader: its own module, in its own worker, unpacked when
  // the first article is read.
  globalThis.flightlensReader = {
    worker: URL.createObjectURL(new Blob([classic(/*@READER_GLUE@*/), '\n', /*@READER_WORKER@*/], { type: 'text/javascript' })),
    classic: true,
    module: () => gunzip(bytes64(/*@READER_WASM@*/)),
  };
  await __wbg_init({ module_or_path: await gunzip(bytes64(/*@WASM@*/)) });
}
