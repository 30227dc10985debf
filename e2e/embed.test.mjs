// Embedding: examples/embed.html, a mock newsroom article with Flightlens
// embedded both ways — a light embed (#light: a published folder's snippet
// and its small viewer) and two full embeds (#cargo, #bizjet:
// <flight-lens>, which show their published picture until a reader
// reaches for them) — and the mount() API. The host page's CSS is hostile
// on purpose (it hides every svg and table and paints text red); none of it
// may reach inside the widgets, and theirs may not leak out.
// `cargo xtask dist` publishes the folders and fills in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, assertStrictCsp, csp, guardedPage, serve, servedApp } from './harness.mjs';

const app = servedApp();

/** The files of the engine: none may be fetched before a reader reaches for a full embed. */
// The article reader's module, fetched when a widget with an article starts.
const READER = '/flightlens-reader_bg.wasm';
const ENGINE = ['/flightlens-app_bg.wasm', '/flightlens-app.js', '/airports.tsv.gz', '/land-50m.txt.gz', '/borders-50m.txt.gz', '/main.css'];

/** The example page, with every request's path recorded. */
async function examplePage(viewport) {
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  if (viewport) await g.page.setViewportSize(viewport);
  const paths = [];
  g.page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  g.page.on('dialog', (d) => {
    g.problems().push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  await g.page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await g.page.goto(app.server.origin + '/examples/embed.html');
  await g.page.waitForFunction(() => document.querySelector('#light [data-flightlens]')?.flightlensView);
  return { ...g, paths };
}

/** Reaches for the two full embeds (a press on each) and waits for them. */
async function loadFull(page) {
  await page.locator('#cargo').click({ position: { x: 30, y: 30 } });
  // (The published picture has a Legs table too: wait for the analysis's map.)
  await page.locator('#cargo svg.map path.track-line').first().waitFor();
  await page.locator('#bizjet').click({ position: { x: 30, y: 30 } });
  await page.locator('#bizjet').getByRole('img', { name: 'Route map' }).locator('path.track-line').waitFor();
}

/** A point on a path, in the viewport's pixels (scrolled into view). */
async function pointOn(locator) {
  return locator.evaluate((path) => {
    path.closest('svg').scrollIntoView({ block: 'center' });
    const p = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM();
    return { x: p.x * m.a + p.y * m.c + m.e, y: p.x * m.b + p.y * m.d + m.f };
  });
}

test('the full embed fetches its engine only when a reader reaches for it', async () => {
  const { page, context, problems, paths } = await examplePage();
  const engine = () => ENGINE.filter((f) => paths.includes(f));
  // The published pictures are there at once, inside each <flight-lens>.
  await page.locator('#cargo').getByRole('img', { name: 'Route map' }).waitFor();
  await page.locator('#bizjet').getByRole('table', { name: 'Legs' }).waitFor();
  await page.waitForTimeout(1000);
  // Pointing at it, or using the light embed, is not reaching for it.
  await page.locator('#cargo').hover();
  await page.locator('#light').getByRole('button', { name: 'Select leg:1 on the map and timeline' }).click();
  await page.waitForTimeout(300);
  assert.deepEqual(engine(), [], 'nothing of the engine is fetched before a reader reaches for it');
  assert.ok(!paths.includes(READER), 'nor the article reader');
  assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'nothing moved while the page loaded');

  // A press inside it: the engine comes, and the analysis replaces the picture.
  await page.locator('#cargo').click({ position: { x: 30, y: 30 } });
  await page.locator('#cargo').getByRole('group', { name: 'Filters' }).waitFor();
  assert.deepEqual(engine().sort(), [...ENGINE].sort(), 'module, glue, data files and stylesheet');
  for (const f of ENGINE) assert.equal(paths.filter((p) => p === f).length, 1, `${f} fetched once`);
  assert.equal(await page.locator('#cargo').getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 3);
  assert.equal(await page.locator('#cargo [data-flightlens]').isVisible(), false, 'the published picture gave way');
  // A keyboard reader reaches for it too: a focus inside the other one.
  await page.locator('#bizjet').getByRole('button', { name: 'Select leg:1 on the map and timeline' }).focus();
  await page.locator('#bizjet').locator('svg.map path.track-line').first().waitFor();
  // The cargo widget reads the page's article: the reader's module was
  // fetched beside the engine's when it started, once.
  await page.locator('#cargo').getByRole('table', { name: 'Claims' }).locator('td.verdict').first().waitFor();
  assert.equal(paths.filter((p) => p === READER).length, 1, 'the reader fetched once');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a full embed with prefetch fetches its engine ahead, and draws only when a reader reaches for it', async () => {
  const { page, context, problems, paths } = await examplePage();
  await page.locator('#cargo').getByRole('img', { name: 'Route map' }).waitFor();
  // A copy of the cargo embed, with `prefetch`, at the top of the story.
  await page.evaluate(() => {
    const el = document.createElement('flight-lens');
    for (const a of ['view', 'article', 'published']) el.setAttribute(a, document.querySelector('#cargo').getAttribute(a));
    el.id = 'ahead';
    el.setAttribute('prefetch', '');
    el.innerHTML = document.querySelector('#cargo').innerHTML;
    document.querySelector('#story').prepend(el);
  });
  // The module comes without any interaction…
  await page.waitForResponse((r) => r.url().endsWith('/flightlens-app_bg.wasm'), { timeout: 60_000 });
  await page.waitForTimeout(500);
  // …but nothing is drawn until a reader reaches for it.
  assert.equal(await page.locator('#ahead > [data-flightlens]').count(), 1, 'the published picture stays');
  assert.equal(await page.evaluate(() => document.querySelector('#ahead').shadowRoot), null, 'no analysis drawn yet');
  // (The copy's picture takes no room on this page: a press is a pointerdown.)
  await page.locator('#ahead').dispatchEvent('pointerdown');
  await page.locator('#ahead').getByRole('group', { name: 'Filters' }).waitFor();
  assert.equal(paths.filter((p) => p === '/flightlens-app_bg.wasm').length, 1, 'the module is fetched once');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a newsroom page of another origin loads the embed from its asset host, article reader included', async () => {
  // Newsrooms often serve static files from a host of their own (a CDN, a
  // static. subdomain): the example page on one origin, dist/ on another
  // that allows it by CORS. A page may start a worker only from its own
  // origin, so embed.js starts the reader's through a blob: URL there.
  // The asset host allows the article's site by name, as a newsroom's
  // would (README: "naming the article's site (or *)").
  const dir = mkdtempSync(join(tmpdir(), 'flightlens-origin-'));
  mkdirSync(join(dir, 'examples'));
  const site = await serve(dir);
  const assets = await serve(DIST, { 'access-control-allow-origin': site.origin });
  // The page's policy names the asset host (README, "The full embed"):
  // scripts, styles and data from it, and workers from it and from blob:.
  // The first page forgets the workers.
  const page = (workers) =>
    readFileSync(join(DIST, 'examples/embed.html'), 'utf8')
      .replaceAll('"../embed.js"', `"${assets.origin}/embed.js"`)
      .replaceAll('"../published/', `"${assets.origin}/published/`)
      .replaceAll('"newsroom.css"', `"${assets.origin}/examples/newsroom.css"`)
      .replace(
        "script-src 'self' 'wasm-unsafe-eval'; style-src 'self';",
        `script-src 'self' ${assets.origin} 'wasm-unsafe-eval';${workers} style-src 'self' ${assets.origin};`,
      )
      .replace("connect-src 'self';", `connect-src 'self' ${assets.origin};`);
  const html = page(` worker-src blob: ${assets.origin};`);
  assert.ok(html.includes(`connect-src 'self' ${assets.origin};`), 'the policy was rewritten');
  writeFileSync(join(dir, 'examples/embed.html'), html);
  writeFileSync(join(dir, 'examples/no-workers.html'), page(''));
  // The business jet's file is the page's own (a widget reads only those).
  copyFileSync(join(DIST, 'bizjet-4bc8d0.opensky.csv'), join(dir, 'bizjet-4bc8d0.opensky.csv'));
  try {
    const ours = (url) => url.startsWith(site.origin + '/') || url.startsWith(assets.origin + '/');
    {
      // A policy without the worker: the analysis comes, and the claims
      // say they could not be read, rather than "Reading…" for ever.
      const { page, context, problems } = await guardedPage(app.browser, ours);
      await page.goto(site.origin + '/examples/no-workers.html');
      await page.locator('#cargo').click({ position: { x: 30, y: 30 } });
      const alert = page.locator('#cargo').getByRole('alert').filter({ hasText: 'The article could not be read' });
      await alert.waitFor();
      // It says why, and that reloading will not help: the page's
      // publisher must allow the worker (the browser reported the policy's
      // refusal before the worker's error).
      assert.match(await alert.innerText(), /worker's script could not be loaded \(this page's Content-Security-Policy does not allow it: its worker-src must name the host of the Flightlens files, and blob:/);
      assert.match(await alert.innerText(), /Reloading will not help/);
      assert.doesNotMatch(await alert.innerText(), /Reload the page to try again/);
      assert.equal(await page.locator('#cargo').getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 3);
      assert.match(await page.locator('#cargo').getByRole('table', { name: 'Claims' }).innerText(), /could not be read/);
      // The browser says why (the policy); nothing else went wrong.
      const others = problems().filter((p) => !/reader-worker\.js|Content Security Policy/.test(p));
      assert.deepEqual(others, []);
      await context.close();
    }
    const { page, context, problems } = await guardedPage(app.browser, ours);
    const urls = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(site.origin + '/examples/embed.html');
    await page.locator('#cargo').getByRole('img', { name: 'Route map' }).waitFor();
    await page.locator('#cargo').click({ position: { x: 30, y: 30 } });
    await page.locator('#cargo').getByRole('group', { name: 'Filters' }).waitFor();
    const claims = page.locator('#cargo').getByRole('table', { name: 'Claims' });
    await claims.locator('td.verdict').first().waitFor();
    assert.ok(await claims.locator('tbody tr').count() >= 2, "the article's claims, read in the worker");
    assert.equal((await page.locator('#cargo').getByRole('alert').innerText()).trim(), '', 'no message: the reader started');
    const fetched = (name) => urls.filter((u) => u === `${assets.origin}/${name}`).length;
    for (const name of ['flightlens-app_bg.wasm', 'flightlens-reader_bg.wasm', 'reader-worker.js', 'flightlens-reader.js']) {
      assert.equal(fetched(name), 1, `${name} fetched once from the asset host`);
    }
    assert.ok(urls.some((u) => u.startsWith('blob:')), 'the worker started from a blob: URL of the page');
    await page.locator('#bizjet').getByRole('button', { name: 'Select leg:1 on the map and timeline' }).focus();
    await page.locator('#bizjet').locator('svg.map path.track-line').first().waitFor();
    assert.deepEqual(problems(), []);
    await context.close();
  } finally {
    await site.close();
    await assets.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the light embed: details on hover, a leg picked anywhere is marked everywhere, the map zooms', async () => {
  const { page, context, problems, paths } = await examplePage();
  const light = page.locator('#light');
  const fig = light.locator('[data-flightlens]');
  // Pick from the table: marked on the map, the timeline and in the table.
  await light.getByRole('button', { name: 'Select leg:2 on the map and timeline' }).click();
  await fig.locator('g.fl-leg.fl-selected[data-id="leg:2"]').waitFor();
  assert.equal(await fig.locator('rect.fl-bar.fl-selected').getAttribute('data-id'), 'leg:2');
  assert.equal(await fig.locator('tr.fl-selected[data-id]').getAttribute('data-id'), 'leg:2');
  await light.getByRole('button', { name: 'Select leg:2 on the map and timeline', pressed: true }).waitFor();
  // Pick on the timeline: a stopover marks its airport.
  await fig.locator('rect.fl-bar[data-id="stop:1"]').click();
  await fig.locator('g.fl-airport.fl-selected[data-icao="GOBD"]').waitFor();
  assert.equal(await fig.locator('tr.fl-selected[data-id]').getAttribute('data-id'), 'stop:1');
  // Pick on the map.
  const leg3 = fig.locator('g.fl-leg[data-id="leg:3"] path.fl-track');
  const p = await pointOn(leg3);
  await page.mouse.move(p.x, p.y);
  const tip = fig.locator('.fl-tip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /From: Silvio Pettirossi International Airport \(SGAS\)/);
  assert.deepEqual(await tip.evaluate((t) => [...t.children].map((c) => c.tagName)), ['P', 'P', 'P', 'P', 'P', 'P', 'P']);
  await page.mouse.click(p.x, p.y);
  await fig.locator('tr.fl-selected[data-id="leg:3"]').waitFor();
  // A claim's row picks its evidence (the claims are folded at first).
  await fig.locator('details.fl-claims-box > summary').click();
  await fig.locator('table.fl-claims tr[data-evidence="leg:2"]').first().click();
  await fig.locator('g.fl-leg.fl-selected[data-id="leg:2"]').waitFor();

  // Zoom: the buttons, then the keys, change the view box, not the layout.
  const map = light.getByRole('img', { name: 'Route map' });
  // Where it is in the page (not the viewport, which scrolls).
  const place = () => map.evaluate((m) => {
    const r = m.getBoundingClientRect();
    return [r.left + scrollX, r.top + scrollY, r.width, r.height];
  });
  const box = await place();
  const viewBox = () => map.getAttribute('viewBox');
  await light.getByRole('button', { name: 'Zoom in' }).click();
  assert.match(await viewBox(), /^[\d.]+ [\d.]+ 500\.00 250\.00$/);
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('0');
  assert.equal(await viewBox(), '0.00 0.00 1000.00 500.00');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  assert.match(await viewBox(), / 250\.00 125\.00$/);
  await page.keyboard.press('Escape');
  assert.equal(await fig.locator('.fl-selected').count(), 0, 'Escape clears the selection');
  await light.getByRole('button', { name: 'Fit to data' }).click();
  assert.deepEqual(await place(), box, 'zooming moves nothing on the page');
  assert.deepEqual(ENGINE.filter((f) => paths.includes(f)), [], 'the light embed never asks for the engine');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the published folder asks nothing outside itself, runs under script-src self, and reads without script', async () => {
  const folder = await serve(join(DIST, 'published', 'demo'));
  try {
    // Its own origin is the folder: anything else is a leak.
    const g = await guardedPage(app.browser, (url) => url.startsWith(folder.origin + '/'));
    const paths = [];
    g.page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await g.page.goto(folder.origin + '/index.html');
    const policy = await csp(g.page);
    assertStrictCsp(assert, policy);
    assert.match(policy, /script-src 'self';/, 'scripts from the folder, nothing else (no wasm)');
    assert.doesNotMatch(policy, /wasm-unsafe-eval|unsafe-inline|unsafe-eval/);
    await g.page.waitForFunction(() => document.querySelector('[data-flightlens]')?.flightlensView);
    await g.page.getByRole('button', { name: 'Select leg:4 on the map and timeline' }).click();
    await g.page.getByRole('button', { name: 'Zoom in' }).click();
    assert.deepEqual([...new Set(paths)].sort(), ['/flightlens-view.css', '/flightlens-view.js', '/index.html']);
    assert.deepEqual(g.problems(), [], 'no request elsewhere, no policy violation, no error');
    await g.context.close();

    // With JavaScript off: the figure, its pictures, caption and tables.
    const off = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(folder.origin + '/index.html');
    const figure = page.getByRole('figure');
    assert.match(await figure.getAttribute('aria-labelledby'), /fl-caption/);
    await figure.getByRole('img', { name: 'Route map' }).waitFor();
    await figure.getByRole('img', { name: 'Timeline' }).waitFor();
    assert.equal(await figure.getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 5);
    assert.equal(await figure.getByRole('table', { name: 'Stopovers' }).locator('tbody tr').count(), 3);
    assert.match(await page.locator('#fl-caption').textContent(), /5 legs and 3 stopovers between 10 December 2018 and 24 January 2019/);
    await off.close();
  } finally {
    await folder.close();
  }
});

test('HTML and script in a published callsign and article stay text', async () => {
  const folder = await serve(join(DIST, 'published', 'hostile'));
  try {
    const g = await guardedPage(app.browser, (url) => url.startsWith(folder.origin + '/'));
    g.page.on('dialog', (d) => {
      g.problems().push(`dialog: ${d.message()}`);
      d.dismiss();
    });
    await g.page.goto(folder.origin + '/index.html');
    await g.page.waitForFunction(() => document.querySelector('[data-flightlens]')?.flightlensView);
    const fig = g.page.locator('[data-flightlens]');
    assert.equal(await fig.locator('img, script:not([type="module"])').count(), 0, 'no element came from the data');
    assert.match(await fig.getByRole('table', { name: 'Legs' }).textContent(), /<img src=x onerror=alert\(1\)>/);
    assert.match(await g.page.locator('#fl-caption').textContent(), /<img src=x onerror=alert\(1\)>/);
    // The viewer's tip writes the same text as text.
    const p = await pointOn(fig.locator('g.fl-leg path.fl-track').first());
    await g.page.mouse.move(p.x, p.y);
    await fig.locator('.fl-tip').waitFor();
    assert.match(await fig.locator('.fl-tip').textContent(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await fig.locator('.fl-tip img').count(), 0);
    await g.page.waitForTimeout(200);
    assert.deepEqual(g.problems(), []);
    await g.context.close();
  } finally {
    await folder.close();
  }
});

test('every embed fits its container at 320, 768 and 1200 px', async () => {
  for (const width of [320, 768, 1200]) {
    const { page, context, problems } = await examplePage({ width, height: 900 });
    await loadFull(page);
    // The timeline view too, mounted in the article's column.
    await page.evaluate(async () => {
      const { mount } = await import('../embed.js');
      const host = document.createElement('div');
      host.id = 'timeline-view';
      document.querySelector('#story').append(host);
      const text = document.querySelector('#cargo script[type="text/csv"]').textContent.trim();
      await mount(host, { files: [{ name: 'cargo.csv', text }], view: 'timeline', readonly: true });
    });
    await page.waitForTimeout(200);
    const wider = await page.evaluate(() => {
      const out = [];
      for (const id of ['light', 'cargo', 'bizjet', 'timeline-view']) {
        const host = document.getElementById(id);
        const box = host.getBoundingClientRect();
        // Every element drawn (inside shadow roots too), but the shapes
        // inside an <svg> (the svg itself is checked) and what scrolls
        // inside its own box (a wide table; the box itself is checked).
        const check = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) check(el.shadowRoot);
            if (el.parentElement?.closest('svg') || el.closest('[hidden]')) continue;
            const b = el.getBoundingClientRect();
            if (b.width === 0 && b.height === 0) continue;
            let scroller = false;
            for (let p = el.parentElement ?? el.getRootNode().host; p && p !== host; p = p.parentElement ?? p.getRootNode().host) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) scroller = true;
            }
            if (scroller) continue;
            if (b.width > box.width + 0.5 || b.left < box.left - 0.5 || b.right > box.right + 0.5) {
              out.push(`${id}: ${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} spans ${b.left.toFixed(0)}–${b.right.toFixed(0)}, the widget ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
            }
          }
        };
        check(host);
        if (host.shadowRoot) check(host.shadowRoot);
        if (host.scrollWidth > host.clientWidth + 1) out.push(`${id} scrolls sideways`);
      }
      return out;
    });
    assert.deepEqual(wider, [], `at ${width} px`);
    assert.deepEqual(problems(), []);
    await context.close();
  }
});

test('the embeds read the article from the page, each in its own view, and select inside themselves only', async () => {
  const { page, context, problems } = await examplePage();
  assertStrictCsp(assert, await csp(page));
  await loadFull(page);
  const cargo = page.locator('#cargo');
  assert.equal(await cargo.getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 3);
  assert.equal(await cargo.getByRole('img', { name: 'Timeline' }).count(), 1);
  // The article is read from the page itself (article="#story"): the cargo
  // flights' claims are supported; the business jet is not in this
  // widget's data, so its claims honestly have no data. (The claims come a
  // moment after the analysis is drawn, from the reader's own module.)
  await cargo.getByRole('table', { name: 'Claims' }).locator('td.verdict').nth(6).waitFor();
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
  assert.equal(await page.locator('#light .fl-selected').count(), 0, 'nor in the light embed');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the host page and the widgets cannot restyle each other; the widget follows its container', async () => {
  const { page, context, problems } = await examplePage();
  await loadFull(page);
  const styles = await page.evaluate(() => {
    const root = document.querySelector('#cargo').shadowRoot;
    const light = document.querySelector('#light [data-flightlens]').shadowRoot;
    const cs = (el) => getComputedStyle(el);
    return {
      svg: cs(root.querySelector('svg.map')).display,
      table: cs(root.querySelector('table')).display,
      cell: cs(root.querySelector('td')).color,
      credit: cs(root.querySelector('.embed-credit')).color,
      lightSvg: cs(light.querySelector('svg.fl-map')).display,
      lightTable: cs(light.querySelector('table')).display,
      lightCell: cs(light.querySelector('td')).color,
      hostButton: cs(document.querySelector('.host-button')).backgroundColor,
      hostText: cs(document.querySelector('.standfirst')).color,
    };
  });
  assert.notEqual(styles.svg, 'none');
  assert.equal(styles.table, 'table');
  assert.notEqual(styles.cell, 'rgb(255, 0, 0)');
  assert.notEqual(styles.credit, 'rgb(255, 0, 0)');
  assert.notEqual(styles.lightSvg, 'none');
  assert.equal(styles.lightTable, 'table');
  assert.notEqual(styles.lightCell, 'rgb(255, 0, 0)');
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
  const { page, context, problems } = await examplePage();
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
  const { page, context, problems } = await examplePage();
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
  const full = await context.newPage();
  await full.goto(new URL('/', page.url()).href);
  await full.getByRole('button', { name: 'Load demo' }).click();
  await full.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  const [download] = await Promise.all([
    full.waitForEvent('download'),
    full.getByRole('button', { name: 'Export analysis (JSON)' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual(doc, exported);
  // …and the command line's, pinned for the demo.
  assert.deepEqual(doc, JSON.parse(read('crates/cli/tests/pinned/analysis.json')));
  // …and the published folder's, with what it draws beside it.
  const published = JSON.parse(readFileSync(join(DIST, 'published', 'demo', 'analysis.json'), 'utf8'));
  assert.ok(published.drawn.map.legs.length === doc.legs.length);
  delete published.drawn;
  assert.deepEqual(published, doc);
  assert.deepEqual(problems(), []);
  await context.close();
});
