// The served app, end to end: the release build in dist/, driven in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, assertStrictCsp, csp, guardedPage, holdReading, pretendCores, servedApp } from './harness.mjs';

const app = servedApp();

// `cores`: what navigator.hardwareConcurrency tells the page, if set.
async function open(cores, hold) {
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  if (cores) await pretendCores(g.page, cores);
  if (hold) await holdReading(g.page, hold);
  await g.page.goto(app.server.origin + '/');
  await g.page.getByRole('button', { name: 'Load demo' }).waitFor();
  return g;
}

test('the page names its inputs and has a strict CSP', async () => {
  const { page, context, problems } = await open();
  assertStrictCsp(assert, await csp(page));
  for (const name of ['Flight data', 'Article text', 'Published']) {
    assert.equal(await page.getByLabel(name, { exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('img', { name: 'Route map' }).count(), 1);
  assert.equal(await page.getByRole('img', { name: 'Timeline' }).count(), 1);
  for (const caption of ['Legs', 'Stopovers', 'Claims']) {
    assert.equal(await page.getByRole('table', { name: caption }).count(), 1, caption);
  }
  assert.equal(await page.getByRole('alert').count(), 1);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the article reader is a module of its own, fetched only once the article box is used', async () => {
  const { page, context, problems } = await open();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Published').fill('2019-01-28');
  await page.waitForTimeout(300);
  assert.ok(!fetched.includes('/flightlens-reader_bg.wasm'), 'not fetched before an article is there');
  // Focusing the box starts the reader (its module fetched while the text
  // is pasted), held back here until the page has been seen to wait for it.
  let release;
  let asked;
  const held = new Promise((ok) => (release = ok));
  const requested = new Promise((ok) => (asked = ok));
  await page.route('**/flightlens-reader_bg.wasm', async (route) => {
    asked();
    await held;
    await route.continue();
  });
  await page.getByLabel('Article text').focus();
  await requested;
  await page.getByLabel('Article text').fill('The jet TC-DMO landed in Dakar on 23 January.');
  // While it is read, the page says so, by the box and in the Claims table.
  const claims = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await page.getByRole('status').filter({ hasText: 'Reading the article…' }).waitFor();
  assert.match(await claims.first().innerText(), /^Reading the article…$/);
  release();
  await claims.locator('td.verdict', { hasText: 'no data' }).waitFor();
  assert.ok(fetched.includes('/flightlens-reader_bg.wasm'));
  assert.ok(fetched.includes('/reader-worker.js'));
  assert.match(await claims.first().innerText(), /Dakar \(GOBD\)[\s\S]*2019-01-23/);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Reading the article' }).count(), 0);
  // An edit is read again, and emptying the box empties the claims.
  await page.getByLabel('Article text').fill('The jet TC-DMO left Dakar on 24 January.');
  await claims.first().filter({ hasText: '2019-01-24' }).waitFor();
  await page.getByLabel('Article text').fill('');
  await claims.first().filter({ hasText: 'No article yet' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('sentences that tell a movement but gave no claim are listed to be checked by hand', async () => {
  const { page, context, problems } = await open();
  await page.getByLabel('Published').fill('2020-03-22');
  await page.getByLabel('Article text').fill(
    'A chartered Boeing 777 landed in Prague on Saturday with seven million face masks.\n' +
      'Two shipments of medical supplies arrived in Czechia overnight.\n' +
      'Moscow said more flights would follow.',
  );
  const claims = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await claims.locator('td.verdict', { hasText: 'no data' }).waitFor();
  assert.equal(await claims.count(), 1);
  // Under the Claims table, a note says where to look.
  await page
    .locator('p.unread-note', { hasText: '1 sentence of the article seems to tell a movement but gave no claim' })
    .waitFor();
  const summary = page.locator('summary', { hasText: 'Not read as claims (1)' });
  await summary.click();
  const list = page.getByRole('list', { name: 'Not read as claims (1)' });
  assert.deepEqual(await list.getByRole('listitem').allInnerTexts(), [
    'Two shipments of medical supplies arrived in Czechia overnight.',
  ]);
  // Focusing it marks the sentence in the article as read.
  await list.getByRole('listitem').first().focus();
  const marked = await page.locator('.article-text .evidence').allInnerTexts();
  assert.equal(marked.join(''), 'Two shipments of medical supplies arrived in Czechia overnight.');
  // The exported document lists it too, for whoever reads it by program.
  const doc = await exported(page);
  assert.deepEqual(
    doc.unread.map((u) => u.text),
    ['Two shipments of medical supplies arrived in Czechia overnight.'],
  );
  // An article whose every movement was read lists none.
  await page.getByLabel('Article text').fill('A chartered Boeing 777 landed in Prague on Saturday.');
  await claims.first().filter({ hasText: '2020-03-21' }).waitFor();
  await page.locator('summary', { hasText: 'Not read as claims' }).waitFor({ state: 'hidden' });
  await page.locator('p.unread-note').waitFor({ state: 'hidden' });
  assert.deepEqual(problems(), []);
  await context.close();
});

test('an article reader that cannot load says so, and loses nothing else', async () => {
  const { page, context } = await open();
  await page.route('**/flightlens-reader_bg.wasm', (route) => route.abort());
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  await page.getByRole('alert').filter({ hasText: 'The article could not be read' }).waitFor();
  // The tracks are all there; the claims say nothing rather than guess.
  assert.equal(await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 5);
  const claims = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  assert.equal(await claims.count(), 1);
  assert.match(await claims.first().innerText(), /^The article could not be read/);
  assert.match(await page.getByRole('alert').innerText(), /Reload the page to try again/);
  assert.equal(await page.getByRole('status').filter({ hasText: 'Reading the article' }).count(), 0);
  await context.close();
});

test('Load demo draws both synthetic aircraft and fills the article', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: 'Load demo' }).click();
  const map = page.getByRole('img', { name: 'Route map' });
  await map.locator('path.track-line').nth(1).waitFor();
  assert.equal(await map.locator('path.track-line').count(), 2);
  for (const d of await map.locator('path.track-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')))) {
    assert.match(d, /^M[\d.]+ [\d.]+L/, 'a drawn track starts with a move and a line');
  }
  const legs = page.getByRole('table', { name: 'Legs' }).locator('tbody tr');
  assert.equal(await legs.count(), 5);
  assert.match(await legs.nth(0).innerText(), /Chkalovskiy[\s\S]*Blaise Diagne/);
  const stops = page.getByRole('table', { name: 'Stopovers' }).locator('tbody tr');
  assert.equal(await stops.count(), 3);
  assert.match(await stops.nth(2).innerText(), /Vnukovo[\s\S]*local \(\+03:00\)/);
  assert.equal(await map.locator('.airport').count(), 7, 'seven airports marked');
  const rows = page.getByRole('table', { name: 'Aircraft' }).locator('tbody tr');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).innerText(), /RFF7071/);
  assert.match(await rows.nth(1).innerText(), /4bc8d0/);
  assert.ok((await page.getByRole('img', { name: 'Timeline' }).locator('rect.bar').count()) >= 2);
  assert.match(await page.getByLabel('Article text').inputValue(), /SYNTHETIC DEMO ARTICLE/);
  assert.equal(await page.getByLabel('Published').inputValue(), '2019-01-28');
  // The demo article's claims, checked on the demo tracks (read by the
  // reader's own module, in its worker: the answer comes a moment later).
  const claims = page.getByRole('table', { name: 'Claims' }).locator('tbody tr');
  await claims.nth(6).waitFor();
  assert.equal(await claims.count(), 7);
  assert.deepEqual(
    await claims.locator('td.verdict').allInnerTexts(),
    ['supported', 'supported', 'supported', 'supported', 'supported', 'supported', 'supported'],
  );
  assert.match(await claims.nth(4).innerText(), /Havana \(MUHA\)[\s\S]*2018-12-12/);
  // Showing a claim's evidence selects that leg on the map and the timeline.
  await claims.nth(4).getByRole('button', { name: /^Show leg:\d+ on the map and timeline$/ }).click();
  const evidence = (await claims.nth(4).locator('td').last().innerText()).match(/leg:\d+/)[0];
  await map.locator('path.selected-leg[d^="M"]').waitFor();
  const bars = page.getByRole('img', { name: 'Timeline' }).locator('rect.bar.selected');
  assert.deepEqual(await bars.evaluateAll((bs) => bs.map((b) => b.dataset.id)), [evidence]);
  assert.equal(await page.locator('.claims tr.selected').count(), 1);
  // The article as read marks what it recognised, with what it resolved to.
  const havana = page.locator('.article-text mark', { hasText: 'Havana' });
  assert.match(await havana.getAttribute('title'), /place: MUHA \(Jose Marti International Airport \(MUHA\)/);
  assert.match(await page.locator('.article-text mark', { hasText: 'TC-DMO' }).getAttribute('title'), /registration: TC-DMO \(TR\)/);
  // Focusing a claim read marks the words it was read from, and says them.
  await page.locator('.claims-read-box summary').click();
  // (The pointer leaves the list's neighbourhood: hovering a claim read
  // marks its words too, and a layout shift could put one under it.)
  await page.mouse.move(0, 0);
  const read = page.locator('.claims-read li');
  assert.equal(await read.count(), 7);
  assert.match(await read.nth(4).innerText(), /MUHA[\s\S]*read from .*“Havana” \(place\)/);
  await read.nth(4).focus();
  assert.deepEqual(await page.locator('.article-text .evidence').allInnerTexts(), ['Ilyushin Il-76', 'plane', 'Havana', '12 December']);
  await read.nth(4).blur();
  // (The marks go in the page's next update, not within blur() itself.)
  await page.locator('.article-text .evidence').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.article-text .evidence').count(), 0);
  // Editing the article re-checks it; pasted HTML is read as its text
  // and never becomes elements.
  await page.getByLabel('Article text').fill('<p>The jet TC-DMO landed in <b>Dakar</b> on 23 January.</p><script>alert(1)</script>');
  await claims.locator('td.verdict', { hasText: 'contradicted' }).waitFor();
  assert.equal(await claims.count(), 1);
  assert.equal(await page.locator('.article-text b, .article-text script').count(), 0);
  assert.equal((await page.locator('.article-text').innerText()).trim(), 'The jet TC-DMO landed in Dakar on 23 January.');
  assert.ok(await page.locator('.language-note').isHidden(), 'no language note on English');
  // An article in Spanish is read through English: the same claim, the
  // words marked as written, and the page says so.
  await page.getByLabel('Article text').fill('El avión TC-DMO de la compañía aterrizó el 23 de enero en el aeropuerto de Dakar.');
  await page.locator('.language-note', { hasText: 'Read as Spanish' }).waitFor();
  await claims.locator('td.verdict', { hasText: 'contradicted' }).waitFor();
  assert.equal(await claims.count(), 1);
  assert.equal(await page.locator('.article-text mark', { hasText: 'Dakar' }).count(), 1);
  assert.equal(await page.locator('.article-text mark', { hasText: '23 de enero' }).count(), 1);
  assert.match(await page.locator('.demo-banner').innerText(), /synthetic/i);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a file in no known format is reported and loses nothing else', async () => {
  const { page, context, problems } = await open();
  const fr24 =
    'Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n' +
    '1704180175,2024-01-02T07:22:55Z,JAL516,"42.787994,141.685074",0,0,73\n' +
    '1704180458,2024-01-02T07:27:38Z,JAL516,"42.770142,141.691422",550,144,172\n' +
    'garbage,row\n';
  await page.getByLabel('Flight data').setInputFiles([
    { name: 'JL516.csv', mimeType: 'text/csv', buffer: Buffer.from(fr24) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('<script>alert(1)</script> not flight data') },
  ]);
  const alert = page.getByRole('alert');
  await alert.getByText('notes.txt').waitFor();
  const text = await alert.innerText();
  assert.match(text, /tried: Flightradar24 CSV, .*OpenSky state vectors CSV, .*readsb trace JSON/);
  assert.equal(await page.getByRole('table', { name: 'Aircraft' }).locator('tbody tr').count(), 1);
  const report = await page.locator('.imports').innerText();
  assert.match(report, /JL516\.csv/);
  assert.match(report, /line 4:/);
  // The hostile file name and content are shown as text, never run as HTML.
  assert.equal(await page.locator('main script').count(), 0);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a file reader whose script cannot load says so, and the page goes on', async () => {
  // worker.js refused (a network error) from the start: the spare workers
  // the page starts at load are dead, and so is the one a file is given to.
  const g = await guardedPage(app.browser, (url) => url.startsWith(app.server.origin + '/'));
  await g.page.route('**/worker.js', (route) => route.abort());
  await g.page.goto(app.server.origin + '/');
  await g.page.getByLabel('Flight data').setInputFiles([join(ROOT, 'demo', 'cargo-rff7071.fr24.csv')]);
  const alert = g.page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /cargo-rff7071\.fr24\.csv: the page's file reader could not be loaded \(a network error, or a page policy the browser's console names\)\. Reload the page/);
  assert.equal(await g.page.getByRole('progressbar').count(), 0, 'no reading left hanging');
  // Nothing else is lost: the demo's files are read on the page itself.
  await g.page.getByRole('button', { name: 'Load demo' }).click();
  await g.page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  // The browser's own words on the refused script are all that went wrong.
  assert.deepEqual(g.problems().filter((p) => !/worker\.js|net::ERR_FAILED/.test(p)), []);
  await g.context.close();
});

test('Export analysis (JSON) downloads the contract document', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('img', { name: 'Route map' }).locator('path.track-line').nth(1).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export analysis (JSON)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'flightlens-analysis.json');
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.equal(doc.schema, 'flightlens.analysis/1');
  assert.equal(doc.aircraft.length, 2);
  assert.equal(doc.legs.length, 5);
  assert.deepEqual(doc.stopovers.map((s) => s.airport.icao), ['GOBD', 'SGAS', 'UUWW']);
  for (const key of ['legs', 'stopovers', 'claims', 'warnings']) assert.ok(Array.isArray(doc[key]), key);
  assert.deepEqual(problems(), []);
  await context.close();
});

/** The analysis document the page exports now. */
async function exported(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export analysis (JSON)' }).click(),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

test('files read in the worker give the same analysis as read on the page', async () => {
  const { page, context, problems } = await open();
  // Load demo parses its embedded files on the page itself…
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  const onPage = await exported(page);
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  // …the same files chosen by a person go through the worker, piece by
  // piece, and come back column by column (the OpenSky file has ground
  // flags and vertical rates, the Flightradar24 one has neither).
  await page.getByLabel('Flight data').setInputFiles([
    join(ROOT, 'demo', 'cargo-rff7071.fr24.csv'),
    join(ROOT, 'demo', 'bizjet-4bc8d0.opensky.csv'),
  ]);
  await page.locator('.import[data-read-ms]').nth(1).waitFor();
  const viaWorker = await exported(page);
  assert.equal(viaWorker.legs.length, 5);
  assert.deepEqual(viaWorker.aircraft, onPage.aircraft);
  assert.deepEqual(viaWorker.legs, onPage.legs);
  assert.deepEqual(viaWorker.stopovers, onPage.stopovers);
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a big file shows progress and can be cancelled without loading anything', async () => {
  // On two cores or more (told so, whatever the machine), a big CSV is
  // read by two workers.
  // (Past its first 32 MB, the reading is held back until the test lets
  // it go: it is still going when the test types and cancels, however fast
  // the machine. A file big enough to race it once failed a clean run.)
  const { page, context, problems } = await open(2, 32 * 1024 * 1024);
  // About 64 MB of Flightradar24 CSV, written to a temporary file in
  // pieces.
  const { mkdtempSync, openSync, writeSync, closeSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'flightlens-'));
  const path = join(dir, 'big.csv');
  const fd = openSync(path, 'w');
  writeSync(fd, 'Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction\n');
  for (let start = 0; start < 1_000_000; start += 100_000) {
    const rows = [];
    for (let i = start; i < start + 100_000; i++) {
      rows.push(`${1704180000 + i},x,BIG1,"${(40 + i * 1e-6).toFixed(6)},141.600000",35000,450,180\n`);
    }
    writeSync(fd, rows.join(''));
  }
  closeSync(fd);
  try {
    await page.getByLabel('Flight data').setInputFiles(path);
    const bar = page.getByRole('progressbar');
    await bar.waitFor();
    assert.match(await page.locator('.progress').innerText(), /Reading big\.csv \(1 of 1\)/);
    // The file is parsed in two workers, a half each, which report rows as
    // they go…
    await page.locator('.progress', { hasText: /MB, [1-9]\d* rows/ }).waitFor();
    // (The second starts once the page has found the file's middle line.)
    for (let i = 0; i < 100 && page.workers().length < 2; i++) await page.waitForTimeout(50);
    const workers = page.workers();
    assert.equal(workers.length, 2, 'two workers read the file');
    for (const w of workers) assert.match(w.url(), /\/worker\.js$/);
    const closed = Promise.all(workers.map((w) => new Promise((ok) => w.on('close', ok))));
    // …while the page itself still answers typing.
    await page.getByLabel('Article text').fill('typed while reading');
    assert.equal(await page.getByLabel('Article text').inputValue(), 'typed while reading');
    assert.equal(await bar.count(), 1, 'still reading');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('alert').getByText('cancelled').waitFor();
    await closed; // Cancel ends both workers.
    // (What was held comes now, and is thrown away.)
    await page.evaluate(() => window.__flightlensRelease());
    assert.equal(await bar.count(), 0, 'the progress bar is gone');
    assert.match(await page.getByRole('table', { name: 'Aircraft' }).innerText(), /No aircraft loaded/);
    // The page still works afterwards.
    await page.getByRole('button', { name: 'Load demo' }).click();
    await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a big CSV read by two workers at once keeps every row, aircraft and line number', async () => {
  const { page, context, problems } = await open(2);
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'flightlens-'));
  // OpenSky state vectors CSV of about 40 MB (on two cores or more, two
  // workers read a CSV of 16 MB or more, a half each): three aircraft, a
  // bad row early and one late. (A Flightradar24 CSV is one flight, so one
  // aircraft; a state-vector dump holds many.)
  const row = (i, cs, direction = '180') =>
    `${1704180000 + i * 5},x,${cs},"${(40 + i * 1e-5).toFixed(6)},141.600000",35000,450,${direction}`;
  const icao = { ONE1: '4b1901', TWO2: '4b1902', THREE3: '4b1903' };
  const state = (i, cs) => {
    const t = 1704180000 + i * 5;
    return `${t},${icao[cs]},${(40 + i * 1e-5).toFixed(6)},141.6,230,180,0,${cs},False,False,False,1000,10668,10668,${t},${t}`;
  };
  const lines = ['time,icao24,lat,lon,velocity,heading,vertrate,callsign,onground,alert,spi,squawk,baroaltitude,geoaltitude,lastposupdate,lastcontact'];
  const N = 400_000;
  for (let i = 0; i < N; i++) lines.push(state(i, ['ONE1', 'TWO2', 'THREE3'][i % 3]));
  lines.splice(1000, 0, 'garbage,row');
  lines.splice(lines.length - 5, 0, 'garbage,row');
  const late = lines.length - 5; // its line number (the header is line 1)
  const split = join(dir, 'split.csv');
  writeFileSync(split, lines.join('\n') + '\n');
  // The same layout with a quoted field of 2 MB running over many lines
  // across the middle: a split inside it is refused, and the first worker
  // reads on (line numbers count the lines inside the field too).
  const quoted = ['Timestamp,UTC,Callsign,Position,Altitude,Speed,Direction'];
  for (let i = 0; i < 180_000; i++) quoted.push(row(i, 'QUOTED1'));
  quoted.push(row(180_000, 'QUOTED1', `"${'a\n'.repeat(1_000_000)}"`));
  for (let i = 180_001; i < 360_000; i++) quoted.push(row(i, 'QUOTED1'));
  quoted.push('garbage,row');
  const quotedFile = join(dir, 'quoted.csv');
  writeFileSync(quotedFile, quoted.join('\n') + '\n');
  // Each read logs where its time went, the helper's part included.
  const helperMs = {};
  page.on('console', (m) => {
    const [, file, ms] = m.text().match(/^(\w+\.csv): .* (\d+) ms in the helper/) ?? [];
    if (file) helperMs[file] = Number(ms);
  });
  try {
    await page.getByLabel('Flight data').setInputFiles([split, quotedFile]);
    const items = page.locator('.import[data-read-ms]');
    await items.nth(1).waitFor({ timeout: 120_000 });
    const first = await items.nth(0).innerText();
    assert.match(first, new RegExp(`${N + 2} rows, ${N} positions kept, 2 skipped, 0 duplicates`));
    assert.match(first, /Aircraft: ONE1, TWO2, THREE3/);
    assert.match(first, /line 1001: /);
    assert.match(first, new RegExp(`line ${late}: `));
    const second = await items.nth(1).innerText();
    assert.match(second, /360001 rows, 360000 positions kept, 1 skipped, 0 duplicates/);
    assert.match(second, new RegExp(`line ${360_002 + 1_000_000}: `));
    // The first file's second half came from the helper; the second
    // file's helper part was refused, and the first worker read it all.
    assert.ok(helperMs['split.csv'] > 0, JSON.stringify(helperMs));
    assert.equal(helperMs['quoted.csv'], 0, JSON.stringify(helperMs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a CSV with unknown column names can be read after choosing its columns', async () => {
  const { page, context, problems } = await open();
  const csv = 'when;where_n;where_e;height;who\n2019-01-23 08:02:00;41.2753;28.7519;0;TCDMO\n2019-01-23 08:03:00;41.30;28.76;300;TCDMO\n';
  await page.getByLabel('Flight data').setInputFiles([{ name: 'odd.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
  const dialog = page.getByRole('group', { name: 'Which columns of odd.csv are which?' });
  await dialog.waitFor();
  assert.match(await page.getByRole('alert').innerText(), /odd\.csv: no column names Flightlens recognises/);
  const apply = dialog.getByRole('button', { name: 'Read with these columns' });
  assert.ok(await apply.isDisabled(), 'disabled until time and position are chosen');
  await dialog.getByLabel('Time').selectOption({ label: 'when (column 1)' });
  await dialog.getByLabel('Latitude').selectOption({ label: 'where_n (column 2)' });
  await dialog.getByLabel('Longitude').selectOption({ label: 'where_e (column 3)' });
  await dialog.getByLabel('Altitude', { exact: true }).selectOption({ label: 'height (column 4)' });
  await dialog.getByLabel(/altitude is in metres/).check();
  await dialog.getByLabel(/^Aircraft/).selectOption({ label: 'who (column 5)' });
  await apply.click();
  await page.getByRole('table', { name: 'Aircraft' }).getByText('TCDMO').waitFor();
  assert.equal(await dialog.count(), 0, 'the question is gone once answered');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('Save project then Open project restores the same analysis', async () => {
  const { page, context, problems } = await open();
  await page.getByRole('button', { name: 'Load demo' }).click();
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  await page.getByLabel('Published').fill('2019-01-30');
  const exportJson = async () => {
    const [d] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export analysis (JSON)' }).click(),
    ]);
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(await d.path(), 'utf8'));
  };
  const before = await exportJson();
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save project' }).click(),
  ]);
  assert.equal(saved.suggestedFilename(), 'analysis.flightlens');
  const projectPath = await saved.path();
  const { readFile } = await import('node:fs/promises');
  const project = JSON.parse(await readFile(projectPath, 'utf8'));
  assert.equal(project.format, 'flightlens.project/1');
  assert.equal(project.files.length, 2);

  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('table', { name: 'Legs' }).locator('tbody td.empty').waitFor();
  await page.getByLabel('Open project').setInputFiles(projectPath);
  await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').nth(4).waitFor();
  assert.equal(await page.getByLabel('Published').inputValue(), '2019-01-30');
  const after = await exportJson();
  for (const k of ['aircraft', 'legs', 'stopovers', 'claims']) {
    assert.deepEqual(after[k], before[k], k);
  }
  // A file that is not a project says so and loses nothing.
  await page.getByLabel('Open project').setInputFiles({ name: 'x.flightlens', mimeType: 'application/json', buffer: Buffer.from('{"nope": 1}') });
  await page.getByRole('alert').getByText('not a Flightlens project').waitFor();
  assert.equal(await page.getByRole('table', { name: 'Legs' }).locator('tbody tr').count(), 5);
  assert.deepEqual(problems(), []);
  await context.close();
});
