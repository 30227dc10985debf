// A 1 GB Flightradar24 CSV (13.5 M rows) loaded into the built app in headless
// Chromium: does the tab cope, and how long does it take? A benchmark, not a
// test (it takes a minute and a gigabyte of disk). Run: node e2e/bench-gigabyte.mjs
import { createWriteStream, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch } from './harness.mjs';
const path = join(tmpdir(), 'flightlens-1g.csv');
const out = createWriteStream(path);
out.write('Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n');
const N = 13_500_000;
for (let i = 0; i < N; i += 10000) {
  let chunk = '';
  // One aircraft wandering slowly back and forth: no step it could not fly
  // (a jump would be dropped as a bad fix).
  for (let j = i; j < Math.min(N, i + 10000); j++) {
    const k = j % 2000000;
    const lat = 40 + (k < 1000000 ? k : 2000000 - k) * 1e-6;
    chunk += `${1704180000 + j},2024-01-02T07:22:55Z,BIG1,"${lat.toFixed(6)},${(141.6 + j * 1e-7).toFixed(6)}",35000,450,180\n`;
  }
  if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
const mb = statSync(path).size / 1e6;
const server = await serve(); const browser = await launch();
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await page.goto(server.origin + '/');
await page.getByRole('button', { name: 'Load demo' }).waitFor();
const t0 = Date.now();
await page.getByLabel('Flight data').setInputFiles(path);
await page.locator('.import[data-read-ms]').waitFor({ timeout: 600000 });
const readMs = await page.locator('.import[data-read-ms]').getAttribute('data-read-ms');
await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').first().waitFor({ timeout: 600000 });
const heap = await cdp.send('Runtime.getHeapUsage');
console.log(JSON.stringify({ mb: Math.round(mb), readMs: Number(readMs), allDrawnMs: Date.now() - t0, jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, report: await page.locator('.import').first().innerText() }));
await browser.close(); await server.close();
rmSync(path);
