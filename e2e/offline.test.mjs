// The offline single file (dist/flightlens.html) and a shareable one with
// the demo already loaded (dist/flightlens-shared-demo.html), both opened
// from file:// as a reader would: nothing may be requested but the file.
// `cargo xtask test` writes both with `cargo xtask bundle` before this runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { launch, serve, guardedPage, csp, assertStrictCsp, DIST, ROOT } from './harness.mjs';

const OFFLINE = join(DIST, 'flightlens.html');
const SHARED = join(DIST, 'flightlens-shared-demo.html');
const HOSTILE = join(DIST, 'flightlens-shared-hostile.html');
let browser;

before(async () => {
  for (const f of [OFFLINE, SHARED, HOSTILE]) {
    assert.ok(existsSync(f), `${f} exists (run cargo xtask bundle)`);
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function openFile(path) {
  const url = pathToFileURL(path).href;
  const g = await guardedPage(browser, (u) => u === url);
  // A dialog would mean a payload ran.
  g.page.on('dialog', (d) => {
    g.problems().push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  // Offline: any request to any host fails the page.
  await g.context.setOffline(true);
  await g.page.goto(url);
  await g.page.getByRole('button', { name: 'Load demo' }).waitFor();
  return g;
}

test('the offline file works from file:// with the network off, under a strict CSP', async () => {
  const { page, context, problems } = await openFile(OFFLINE);
  const policy = await csp(page);
  assertStrictCsp(assert, policy);
  assert.match(policy, /connect-src 'none'/);
  assert.doesNotMatch(policy, /'unsafe-inline'/);
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  // A file chosen by the reader is read in a worker started from a blob:
  // URL (a page from file:// cannot start one from a file).
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.waitForFunction(() => true);
  assert.ok(page.workers().some((w) => w.url().startsWith('blob:')), page.workers().map((w) => w.url()).join());
  await page.getByLabel('Flight data').setInputFiles(join(ROOT, 'demo', 'cargo-rff7071.fr24.csv'));
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(2).waitFor();
  assert.match(await page.getByRole('table', { name: 'Legs' }).textContent(), /UUMU/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a shareable file opens with its analysis already loaded', async () => {
  const { page, context, problems } = await openFile(SHARED);
  assertStrictCsp(assert, await csp(page));
  const legs = page.getByRole('table', { name: 'Legs' });
  await legs.locator('tbody tr').nth(4).waitFor();
  assert.equal(await legs.locator('tbody tr').count(), 5);
  assert.match(await page.getByLabel('Article text').inputValue(), /Caracas/);
  assert.equal(await page.getByLabel('Published').inputValue(), '2019-01-28');
  // The article is read by the reader's own module, inlined in the file
  // too and started in a worker from a blob: URL: its claims are checked.
  const claims = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await claims.nth(6).waitFor();
  assert.deepEqual(await claims.locator('td.verdict').allInnerTexts(), Array(7).fill('supported'));
  // Not the demo: the files are the reporter's, named as they were.
  assert.match(await page.locator('.imports').innerText(), /cargo-rff7071\.fr24\.csv/);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('HTML and script in a shared callsign and article stay text', async () => {
  const { page, context, problems } = await openFile(HOSTILE);
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  const aircraft = page.getByRole('table', { name: 'Aircraft' });
  await aircraft.getByText('<img src=x onerror=alert(1)>').first().waitFor();
  assert.match(await page.getByLabel('Article text').inputValue(), /<\/script><script>alert\(2\)<\/script>/);
  // Nothing the payloads name was made into an element.
  assert.equal(await page.locator('body img, body b, body script').count(), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Save as offline HTML writes a file that opens with what was on screen, and saves again', async () => {
  const server = await serve();
  const g = await guardedPage(browser, (url) => url.startsWith(server.origin + '/'));
  await g.page.goto(server.origin + '/');
  await g.page.getByRole('button', { name: 'Load demo' }).click();
  await g.page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  await g.page.getByLabel('Published').fill('2019-01-30');
  // A payload in the article must stay text in the saved file.
  const payload = '</script><script>alert(3)</script><img src=x onerror=alert(4)>';
  const article = g.page.getByLabel('Article text');
  await article.fill((await article.inputValue()) + '\n' + payload);
  const dir = await mkdtemp(join(tmpdir(), 'flightlens-'));
  const save = async (page, name) => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save as offline HTML' }).click(),
    ]);
    assert.equal(d.suggestedFilename(), 'flightlens-analysis.html');
    const path = join(dir, name);
    await copyFile(await d.path(), path);
    return path;
  };
  const first = await save(g.page, 'first.html');
  assert.deepEqual(g.problems(), []);
  await g.context.close();
  await server.close();

  // Opened from disk, offline: the same analysis, article and date.
  const opened = await openFile(first);
  assertStrictCsp(assert, await csp(opened.page));
  assert.match(await csp(opened.page), /connect-src 'none'/);
  const legs = opened.page.getByRole('table', { name: 'Legs' });
  await legs.locator('tbody tr').nth(4).waitFor();
  assert.equal(await legs.locator('tbody tr').count(), 5);
  assert.equal(await opened.page.getByLabel('Published').inputValue(), '2019-01-30');
  assert.match(await opened.page.getByLabel('Article text').inputValue(), /SYNTHETIC DEMO ARTICLE/);
  assert.ok((await opened.page.getByLabel('Article text').inputValue()).endsWith(payload));
  assert.equal(await opened.page.locator('body img, body script').count(), 0);
  // Saved again from the offline file (no server at all): still whole.
  await opened.page.getByLabel('Published').fill('2019-01-31');
  const second = await save(opened.page, 'second.html');
  assert.deepEqual(opened.problems(), []);
  await opened.context.close();
  const again = await openFile(second);
  await again.page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  assert.equal(await again.page.getByLabel('Published').inputValue(), '2019-01-31');
  assert.deepEqual(again.problems(), []);
  await again.context.close();
});
