// Browser half of `cargo xtask bench ingest`: the built app (dist/) reading
// FILE through its file input, and with --papa Papa Parse reading the same
// FILE in the same browser. Prints one JSON line. A benchmark, not a test.
// Usage: node e2e/bench-ingest.mjs FILE [--papa] [--cores N]
import { join } from 'node:path';
import { serve, launch, pretendCores, ROOT } from './harness.mjs';

const file = process.argv[2];
const withPapa = process.argv.includes('--papa');
const browser = await launch();
const result = {};
try {
  const app = await serve();
  const page = await browser.newPage();
  // --cores N: as on a device with N cores (the app reads a big CSV in two
  // workers on two or more).
  const cores = process.argv.indexOf('--cores');
  if (cores > 0) await pretendCores(page, Number(process.argv[cores + 1]));
  // The app logs where the time went: "NAME: 1064 ms in the engine, 12 ms
  // starting, …, 30 ms merging".
  page.on('console', (m) => {
    const text = m.text();
    if (!/ ms in the engine/.test(text)) return;
    result.parts = {};
    for (const [, ms, what] of text.matchAll(/(\d+) ms ([a-z ]+?)(?=,|$)/g)) {
      result.parts[what] = Number(ms);
    }
  });
  await page.goto(app.origin + '/');
  // A person takes more than a second to choose a file; the page uses that
  // time to start its spare workers and warm them up (see worker_warm).
  await page.waitForTimeout(1000);
  await page.getByLabel('Flight data').setInputFiles(file);
  const item = page.locator('.import[data-read-ms]');
  await item.waitFor({ timeout: 600_000 });
  result.app_ms = Number(await item.getAttribute('data-read-ms'));
  result.app_rows = Number(await item.getAttribute('data-rows'));
  await app.close();

  if (withPapa) {
    const e2e = await serve(join(ROOT, 'e2e'));
    const papa = await browser.newPage();
    await papa.goto(e2e.origin + '/bench/papa.html');
    await papa.locator('#f').setInputFiles(file);
    await papa.waitForFunction(() => window.papaResult, null, { timeout: 600_000 });
    const r = await papa.evaluate(() => window.papaResult);
    result.papa_ms = r.ms;
    result.papa_rows = r.rows;
    await e2e.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
