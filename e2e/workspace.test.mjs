// The analysis workspace, end to end: selection shared by the map, the
// timeline, the tables and the profile; filters and timeline brushing;
// sorting; pan and zoom; and every export, parsed after download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, guardedPage, servedApp } from './harness.mjs';

const app = servedApp();

async function demo() {
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  await g.page.goto(app.server.origin + '/');
  await g.page.getByRole('button', { name: 'Load demo' }).click();
  await g.page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  return g;
}

const legIds = (page) =>
  page.getByRole('table', { name: 'Legs' }).locator('tbody th[scope="row"]').allTextContents();

/** Clicks a button and returns the download's name and bytes. */
async function download(page, name) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

test('selecting a leg anywhere selects it everywhere, with its profile', async () => {
  const { page, context, problems } = await demo();
  const map = page.getByRole('img', { name: 'Route map' });
  const timeline = page.getByRole('img', { name: 'Timeline' });
  const legs = page.getByRole('table', { name: 'Legs' });
  const selectedBars = () => timeline.locator('rect.bar.selected').evaluateAll((bs) => bs.map((b) => b.dataset.id));

  // From the table.
  assert.match(await page.locator('.timeline-panel').innerText(), /Select a leg/);
  await legs.getByRole('button', { name: 'Select leg:3 on the map and timeline' }).click();
  await map.locator('path.selected-leg[d^="M"]').waitFor();
  assert.deepEqual(await selectedBars(), ['leg:3']);
  const profile = page.getByRole('img', { name: 'Altitude and speed profile' });
  await profile.waitFor();
  assert.ok((await profile.locator('path.profile-alt').getAttribute('d')).length > 20);
  assert.match(await page.locator('#profile-summary').innerText(), /^leg:3: RFF7071 SGAS → MUHA.*Highest altitude \d+ ft; fastest ground speed \d+ kt\.$/);

  // From the timeline: a click on a bar.
  await timeline.locator('rect.bar[data-id="leg:1"]').click();
  await legs.getByRole('button', { name: 'Select leg:1 on the map and timeline', pressed: true }).waitFor();
  assert.equal(await legs.locator('tbody tr.selected').count(), 1);
  assert.match(await page.locator('#profile-summary').innerText(), /^leg:1:/);

  // From the map: point at a vertex of the second aircraft's track, read
  // the tip, and click it.
  await map.scrollIntoViewIfNeeded();
  const target = await map.evaluate((svg) => {
    const path = svg.querySelectorAll('path.track-line')[1];
    const m = path.getAttribute('d').match(/L([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)/);
    const p = svg.createSVGPoint();
    p.x = Number(m[3]);
    p.y = Number(m[4]);
    const s = p.matrixTransform(path.getScreenCTM());
    return { x: s.x, y: s.y };
  });
  await page.mouse.move(target.x, target.y);
  const tip = map.locator('g.tip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /TCDMO.*UTC.*(ft|altitude unknown).*(kt|speed unknown)/);
  await page.mouse.click(target.x, target.y);
  await legs.locator('button[aria-pressed="true"]').waitFor();
  const picked = await legs.locator('button[aria-pressed="true"]').textContent();
  assert.ok(['leg:4', 'leg:5'].includes(picked), picked);
  assert.deepEqual(await selectedBars(), [picked]);

  // A stopover selected in its table marks its airport on the map.
  await page.getByRole('table', { name: 'Stopovers' }).getByRole('button', { name: 'Select stop:1 on the map and timeline' }).click();
  await map.locator('g.airport.selected').waitFor();
  assert.match(await map.locator('g.airport.selected title').textContent(), /GOBD/);
  assert.deepEqual(await selectedBars(), ['stop:1']);

  // Escape on the map clears the selection.
  await map.focus();
  await page.keyboard.press('Escape');
  await page.locator('.timeline-panel .empty-note:not(.hidden)').waitFor();
  assert.deepEqual(await selectedBars(), []);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('filters and timeline brushing narrow the map, tables and exports', async () => {
  const { page, context, problems } = await demo();
  const map = page.getByRole('img', { name: 'Route map' });
  const status = page.locator('.filter-status');
  assert.equal(await status.innerText(), 'Showing all 5 legs and 3 stopovers.');

  await page.getByRole('combobox', { name: 'Aircraft' }).selectOption({ label: 'TCDMO' });
  await status.getByText('Showing 2 of 5 legs and 1 of 3 stopovers.').waitFor();
  assert.deepEqual(await legIds(page), ['leg:4', 'leg:5']);
  assert.equal(await map.locator('path.track-line').count(), 1);
  const csv = (await download(page, 'Legs (CSV)')).bytes.toString('utf8').trim().split('\n');
  assert.equal(csv.length, 3, 'header and the two legs shown');
  assert.match(csv[1], /^leg:4,a2,TCDMO,LTFM,/);
  // The analysis JSON stays whole.
  const json = JSON.parse((await download(page, 'Export analysis (JSON)')).bytes);
  assert.equal(json.legs.length, 5);

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await status.getByText('Showing all 5 legs and 3 stopovers.').waitFor();
  assert.equal(await map.locator('path.track-line').count(), 2);

  // Brush the first days of the timeline: the December legs only.
  const timeline = page.getByRole('img', { name: 'Timeline' });
  await timeline.scrollIntoViewIfNeeded();
  const box = await timeline.boundingBox();
  const x = (f) => box.x + (box.width * (120 + f * 870)) / 1000;
  await page.mouse.move(x(0.0), box.y + box.height - 4);
  await page.mouse.down();
  await page.mouse.move(x(0.06), box.y + box.height - 4, { steps: 5 });
  await page.mouse.move(x(0.12), box.y + box.height - 4, { steps: 5 });
  await page.mouse.up();
  await status.getByText('Showing 3 of 5 legs and 2 of 3 stopovers.').waitFor();
  assert.deepEqual(await legIds(page), ['leg:1', 'leg:2', 'leg:3']);
  assert.match(await page.getByLabel('From (UTC)').inputValue(), /^2018-12-10T/);
  assert.equal(await timeline.locator('rect.brush').count(), 1);

  // Typed times do the same.
  // A range with nothing in it says so, and how to get back.
  await page.getByLabel('From (UTC)').fill('2018-12-20T00:00');
  await page.getByLabel('To (UTC)').fill('2018-12-21T00:00');
  await status.getByText('Showing 0 of 5 legs and 0 of 3 stopovers.').waitFor();
  await page.getByText('No track in what the filters show').waitFor();
  await page.getByLabel('From (UTC)').fill('2019-01-23T00:00');
  await page.getByLabel('To (UTC)').fill('2019-01-23T23:59');
  await status.getByText('Showing 1 of 5 legs and 1 of 3 stopovers.').waitFor();
  assert.deepEqual(await legIds(page), ['leg:4']);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('table headers sort, and say how', async () => {
  const { page, context, problems } = await demo();
  const legs = page.getByRole('table', { name: 'Legs' });
  const head = legs.locator('th', { has: page.getByRole('button', { name: 'Distance (km)' }) });
  await legs.getByRole('button', { name: 'Distance (km)' }).click();
  assert.equal(await head.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await legIds(page), ['leg:4', 'leg:3', 'leg:2', 'leg:1', 'leg:5']);
  await legs.getByRole('button', { name: 'Distance (km)' }).click();
  assert.equal(await head.getAttribute('aria-sort'), 'descending');
  assert.equal((await legIds(page))[0], 'leg:5');
  await legs.getByRole('button', { name: 'Distance (km)' }).click();
  assert.equal(await head.getAttribute('aria-sort'), 'none');
  assert.deepEqual(await legIds(page), ['leg:1', 'leg:2', 'leg:3', 'leg:4', 'leg:5']);
  const stops = page.getByRole('table', { name: 'Stopovers' });
  await stops.getByRole('button', { name: 'Ground time' }).click();
  assert.deepEqual(await stops.locator('tbody th[scope="row"]').allInnerTexts(), ['stop:3', 'stop:2', 'stop:1']);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the map pans and zooms with buttons, keys and the wheel, and fits the data again', async () => {
  const { page, context, problems } = await demo();
  const map = page.getByRole('img', { name: 'Route map' });
  const state = () =>
    map.evaluate((svg) => ({
      transform: svg.style.transform,
      track: svg.querySelector('path.track-line').getAttribute('d'),
      land: svg.querySelector('path.land').getAttribute('d'),
      borders: svg.querySelector('path.borders').getAttribute('d').length,
    }));
  const settled = async () => {
    await page.waitForFunction(() => document.querySelector('svg.map').style.transform === 'none');
    return state();
  };
  const fitted = await settled();
  assert.ok(fitted.borders > 100, 'country borders are drawn');
  // Every style the map takes, kept as it changes: the transform drawn at
  // once may be redrawn away before a read on a busy machine.
  await map.evaluate((svg) => {
    window.__styles = [];
    new MutationObserver((records) => {
      for (const r of records) window.__styles.push(r.oldValue || '');
      window.__styles.push(svg.getAttribute('style') || '');
    }).observe(svg, { attributes: true, attributeFilter: ['style'], attributeOldValue: true });
  });
  // Waits for a recorded style to match; fails with `what` when none does.
  const sawStyle = async (re, what) => {
    const seen = await page
      .waitForFunction((src) => window.__styles.some((s) => new RegExp(src).test(s)), re.source, { timeout: 10000 })
      .then(() => true, () => false);
    await page.evaluate(() => { window.__styles = []; });
    assert.ok(seen, what);
  };

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await sawStyle(/transform:[^;]*scale\(2\)/, 'drawn as a transform at once');
  const zoomed = await settled();
  assert.notEqual(zoomed.track, fitted.track, 'then redrawn at the new scale');

  await map.focus();
  await page.keyboard.press('ArrowLeft');
  await sawStyle(/transform: translate\([\d.]+px, 0px\)/, 'panned as a transform at once');
  const panned = await settled();
  assert.notEqual(panned.track, zoomed.track);

  await map.scrollIntoViewIfNeeded();
  const box = await map.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  const deep = await settled();
  assert.ok(deep.land.length > panned.land.length, 'the finer coastline is drawn when zoomed in');

  // Drag pans.
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 4 });
  await page.mouse.up();
  const dragged = await settled();
  assert.notEqual(dragged.land, deep.land);

  await page.getByRole('button', { name: 'Fit to data' }).click();
  assert.equal((await settled()).track, fitted.track);
  await page.keyboard.press('+');
  await settled();
  await page.keyboard.press('0');
  assert.equal((await settled()).track, fitted.track);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('every export downloads a file that parses', async () => {
  const { page, context, problems } = await demo();
  const legs = await download(page, 'Legs (CSV)');
  assert.equal(legs.name, 'flightlens-legs.csv');
  const lines = legs.bytes.toString('utf8').trim().split('\n');
  assert.match(lines[0], /^id,aircraft,aircraft_label,from_icao,from_name,from_inferred,to_icao,to_name,to_inferred,takeoff_utc,landing_utc,takeoff_local,landing_local,/);
  assert.equal(lines.length, 6);
  assert.match(lines[1], /^leg:1,a1,RFF7071,UUMU,Chkalovskiy Airport,false,GOBD,.*,2018-12-10T02:38:\d\dZ,/);

  const stops = await download(page, 'Stopovers (CSV)');
  assert.equal(stops.bytes.toString('utf8').trim().split('\n').length, 4);

  const geo = JSON.parse((await download(page, 'Routes (GeoJSON)')).bytes);
  assert.equal(geo.type, 'FeatureCollection');
  const kinds = geo.features.map((f) => f.properties.kind);
  assert.equal(kinds.filter((k) => k === 'leg').length, 5);
  assert.equal(kinds.filter((k) => k === 'stopover').length, 3);
  assert.ok(kinds.includes('gap'));
  assert.equal(geo.features[0].geometry.type, 'MultiLineString');

  const kml = (await download(page, 'Routes (KML)')).bytes.toString('utf8');
  const kmlCounts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { errors: doc.getElementsByTagName('parsererror').length, placemarks: doc.getElementsByTagName('Placemark').length };
  }, kml);
  assert.equal(kmlCounts.errors, 0);
  assert.ok(kmlCounts.placemarks >= 8, JSON.stringify(kmlCounts));

  const svg = await download(page, 'Map (SVG)');
  assert.equal(svg.name, 'flightlens-map.svg');
  const svgCounts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const tracks = [...doc.querySelectorAll('path.track-line, path[d]')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.localName,
      styled: tracks.filter((p) => p.hasAttribute('stroke') && p.hasAttribute('stroke-width')).length,
    };
  }, svg.bytes.toString('utf8'));
  assert.deepEqual([svgCounts.errors, svgCounts.root], [0, 'svg']);
  assert.ok(svgCounts.styled > 4, 'styles are inlined');

  const png = await download(page, 'Map (PNG)');
  assert.equal(png.name, 'flightlens-map.png');
  assert.equal(png.bytes.subarray(1, 4).toString('latin1'), 'PNG');
  assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [2000, 1000]);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('hostile names stay data in every export', async () => {
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  const { page, context, problems } = g;
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    d.dismiss();
  });
  await page.goto(app.server.origin + '/');
  const hostile = await readFile(join(ROOT, 'e2e/fixtures/hostile.fr24.csv'), 'utf8');
  // The same flight once more under a callsign a spreadsheet would run.
  const formula = hostile.replaceAll('<img src=x onerror=alert(1)>', '=1+2');
  await page.getByLabel('Flight data').setInputFiles([
    { name: 'hostile.fr24.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) },
    { name: 'formula.fr24.csv', mimeType: 'text/csv', buffer: Buffer.from(formula) },
  ]);
  await page.getByRole('table', { name: 'Legs' }).locator('tbody th[scope="row"]').first().waitFor();
  const csv = (await download(page, 'Legs (CSV)')).bytes.toString('utf8');
  for (const line of csv.split('\n').slice(1).filter(Boolean)) {
    // No cell starts with a formula character.
    assert.ok(!/(^|,)"?[=+\-@]/.test(line.replace(/,-?\d/g, ',0')), line);
  }
  const kml = (await download(page, 'Routes (KML)')).bytes.toString('utf8');
  assert.ok(!kml.includes('<img'), 'KML escapes markup');
  const geo = (await download(page, 'Routes (GeoJSON)')).bytes.toString('utf8');
  JSON.parse(geo);
  const svg = (await download(page, 'Map (SVG)')).bytes.toString('utf8');
  const made = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelectorAll('img, script, foreignObject, [onerror], [onload]').length;
  }, svg);
  assert.equal(made, 0, 'the SVG holds no elements from the data');
  assert.equal(await page.locator('img, main script').count(), 0);
  assert.equal(dialogs, 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Export for web downloads the published folder as one ZIP, the same files as flightlens publish', async () => {
  const { page, context, problems } = await demo();
  const zip = await download(page, 'Export for web');
  assert.equal(zip.name, 'flightlens-web.zip');
  const dir = await mkdtemp(join(tmpdir(), 'flightlens-web-'));
  const path = join(dir, zip.name);
  await writeFile(path, zip.bytes);
  // Read by another implementation: Python's zipfile, which checks each CRC.
  const listing = JSON.parse(
    execFileSync('python3', [
      '-c',
      'import json, sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))',
      path,
    ]),
  );
  const names = Object.keys(listing).sort();
  assert.deepEqual(names, ['analysis.json', 'flightlens-view.css', 'flightlens-view.js', 'index.html', 'map.svg', 'snippet.html', 'timeline.svg'].map((n) => `flightlens-web/${n}`));
  assert.match(listing['flightlens-web/snippet.html'], /<caption>Legs<\/caption>/);
  assert.match(listing['flightlens-web/snippet.html'], /<caption>Claims<\/caption>/, 'the article was read');
  // The same bytes as the command line writes for the same files and article.
  for (const f of ['map.svg', 'timeline.svg', 'analysis.json', 'index.html']) {
    assert.equal(listing[`flightlens-web/${f}`], await readFile(join(ROOT, 'dist', 'published', 'demo', f), 'utf8'), f);
  }
  assert.deepEqual(problems(), []);
  await context.close();
});
