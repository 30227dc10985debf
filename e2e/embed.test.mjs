// Embedding: examples/embed.html, a mock newsroom article with two
// <flight-lens> analyses, and the mount() API. The host page's CSS is
// hostile on purpose (it hides every svg and table and paints text red);
// none of it may reach inside the widgets, and theirs may not leak out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertStrictCsp, csp, guardedPage, servedApp } from './harness.mjs';

const app = servedApp();

async function article() {
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  await g.page.goto(app.server.origin + '/examples/embed.html');
  await g.page.locator('#cargo').getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(2).waitFor();
  await g.page.locator('#bizjet').getByRole('img', { name: 'Route map' }).locator('path.track-line').waitFor();
  return g;
}

test('two analyses embedded in an article page, each in its own view', async () => {
  const { page, context, problems } = await article();
  assertStrictCsp(assert, await csp(page));
  const cargo = page.locator('#cargo');
  assert.equal(await cargo.getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 3);
  assert.equal(await cargo.getByRole('img', { name: 'Timeline' }).count(), 1);
  // The article is read from the page itself (article="#story"): the cargo
  // flights' claims are supported; the business jet is not in this
  // widget's data, so its claims honestly have no data.
  const verdicts = await cargo.getByRole('table', { name: 'Claims' }).locator('td.verdict').allTextContents();
  assert.deepEqual(verdicts, ['supported', 'supported', 'supported', 'supported', 'supported', 'no data', 'no data']);
  // Selecting inside one widget selects there, and nowhere else.
  await cargo.getByRole('button', { name: 'Select leg:2 on the map and timeline' }).click();
  await cargo.locator('rect.bar.selected[data-id="leg:2"]').waitFor();
  await cargo.getByRole('img', { name: 'Altitude and speed profile' }).waitFor();

  const bizjet = page.locator('#bizjet');
  assert.equal(await bizjet.getByRole('img', { name: 'Route map' }).count(), 1);
  assert.equal(await bizjet.getByRole('table').count(), 0, 'view="map" shows the map only');
  assert.equal(await bizjet.getByRole('group', { name: 'Filters' }).count(), 0, 'readonly has no filters');
  assert.equal(await page.locator('rect.bar.selected').count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the host page and the widgets cannot restyle each other; the widget follows its container', async () => {
  const { page, context, problems } = await article();
  const styles = await page.evaluate(() => {
    const root = document.querySelector('#cargo').shadowRoot;
    const cs = (el) => getComputedStyle(el);
    return {
      svg: cs(root.querySelector('svg.map')).display,
      table: cs(root.querySelector('table')).display,
      cell: cs(root.querySelector('td')).color,
      credit: cs(root.querySelector('.embed-credit')).color,
      hostButton: cs(document.querySelector('.host-button')).backgroundColor,
      hostText: cs(document.querySelector('.standfirst')).color,
    };
  });
  assert.notEqual(styles.svg, 'none');
  assert.equal(styles.table, 'table');
  assert.notEqual(styles.cell, 'rgb(255, 0, 0)');
  assert.notEqual(styles.credit, 'rgb(255, 0, 0)');
  assert.equal(styles.hostButton, 'rgb(255, 105, 180)', "the page's own buttons keep the page's style");
  assert.equal(styles.hostText, 'rgb(255, 0, 0)');

  const map = page.locator('#bizjet').getByRole('img', { name: 'Route map' });
  const wide = (await map.boundingBox()).width;
  await page.locator('#bizjet').evaluate((el) => { el.parentElement.style.width = '360px'; });
  await page.waitForFunction(() => document.querySelector('#bizjet').shadowRoot.querySelector('svg.map').getBoundingClientRect().width < 360);
  assert.ok((await map.boundingBox()).width < wide);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('mount() and unmount(), and a file from another site is refused without a request', async () => {
  const { page, context, problems } = await article();
  const result = await page.evaluate(async () => {
    const { mount } = await import('../embed.js');
    const host = document.createElement('div');
    document.body.append(host);
    const text = document.querySelector('#cargo script[type="text/csv"]').textContent.trim();
    const handle = await mount(host, { files: [{ name: 'cargo.csv', text }], view: 'timeline', readonly: true });
    const bars = host.shadowRoot.querySelectorAll('rect.bar').length;
    const maps = host.shadowRoot.querySelectorAll('svg.map').length;
    handle.unmount();
    handle.unmount();
    return { bars, maps, after: host.shadowRoot.childElementCount };
  });
  assert.ok(result.bars >= 5, JSON.stringify(result));
  assert.equal(result.maps, 0, 'view: timeline has no map');
  assert.equal(result.after, 0, 'unmount empties the widget');

  // Removing an element unmounts it.
  await page.evaluate(() => document.querySelector('#cargo').remove());
  assert.equal(await page.locator('#cargo').count(), 0);

  await page.evaluate(() => {
    const el = document.createElement('flight-lens');
    el.id = 'foreign';
    el.setAttribute('src', 'https://tracker.example/leak.csv');
    document.body.append(el);
  });
  const alert = page.locator('#foreign').getByRole('alert');
  await alert.getByText('reads only files from this site').waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('analysis() gives the analysis document as a plain object, the same as Export analysis (JSON)', async () => {
  const { page, context, problems } = await article();
  const read = (path) => readFileSync(join(ROOT, path), 'utf8');
  const demo = {
    files: ['cargo-rff7071.fr24.csv', 'bizjet-4bc8d0.opensky.csv'].map((name) => ({ name, text: read(`demo/${name}`) })),
    article: read('demo/article.txt'),
    published: '2019-01-28',
  };
  const result = await page.evaluate(async (options) => {
    const { mount } = await import('../embed.js');
    const host = document.createElement('div');
    document.body.append(host);
    const handle = await mount(host, { ...options, view: 'map', readonly: true });
    const doc = handle.analysis();
    const plain = Object.getPrototypeOf(doc) === Object.prototype && Array.isArray(doc.legs);
    // JSON.stringify drops undefined and writes a Map as {}: either would show below.
    const json = JSON.stringify(doc);
    handle.unmount();
    return { plain, json, after: handle.analysis() };
  }, demo);
  assert.ok(result.plain, 'a plain object with arrays');
  assert.equal(result.after, null, 'nothing after unmount');
  const doc = JSON.parse(result.json);

  // The full page's Export analysis (JSON) of the same demo…
  const app = await context.newPage();
  await app.goto(new URL('/', page.url()).href);
  await app.getByRole('button', { name: 'Load demo' }).click();
  await app.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Export analysis (JSON)' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(doc, exported);
  // …and the command line's, pinned for the demo.
  assert.deepEqual(doc, JSON.parse(read('crates/cli/tests/pinned/analysis.json')));
  assert.deepEqual(problems(), []);
  await context.close();
});
