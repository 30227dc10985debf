// Writes docs/screenshot.png: the built app (dist/) on the demo, for the README.
// Run with `cargo xtask screenshot` after a release build.
import { join } from 'node:path';
import { serve, launch, ROOT } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  await page.goto(server.origin + '/');
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('img', { name: 'Route map' }).locator('path.track-line').nth(1).waitFor();
  // A leg selected, as a reporter would: highlighted on the map.
  await page.getByRole('button', { name: 'Select leg:2 on the map and timeline' }).click();
  await page.getByRole('img', { name: 'Altitude and speed profile' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  const out = join(ROOT, 'docs', 'screenshot.png');
  await page.screenshot({ path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
