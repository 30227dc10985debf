// The baseline for `cargo xtask bench ingest`: Papa Parse reading the same
// CSV in the same browser, with typed numbers, as a JavaScript app would.
document.getElementById('f').addEventListener('change', async (ev) => {
  const file = ev.target.files[0];
  const t0 = performance.now();
  const text = await file.text();
  const parsed = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
  const ms = performance.now() - t0;
  window.papaResult = { ms, rows: parsed.data.length, errors: parsed.errors.length };
});
