// Browser half of `cargo xtask bench embed`: what an embed costs a reader,
// in headless Chromium with the network throttled to DevTools' "Fast 3G"
// preset and the CPU slowed 4 times, side by side with the embed as it was.
//
//   node e2e/bench-embed.mjs NEW_DIST [BASELINE_DIST]
//
// Each dist is served over gzip (as a newsroom's server would), with
// ETag-less, no-store responses and a fresh browser context per run (a
// first visit: nothing cached). Pages:
//   light       NEW_DIST/published/demo/index.html (the demo published for the web)
//   full        a one-figure article page with <flight-lens view="full"> holding
//               the cargo aircraft's published picture and its CSV; a press on
//               the picture loads the engine
//   today       the same article page with today's <flight-lens> (BASELINE_DIST's
//               embed.js), which loads the engine at once
//   full, network not throttled
//               the new full embed again with only the CPU slowed: what the
//               engine's start costs once its bytes are there
//   full, prefetch
//               the new full embed with `prefetch`: the engine comes in idle
//               time after the page loads; the press comes once it is quiet
// Each page is loaded RUNS times (3 unless the variable says otherwise):
// these machines' speed drifts, and a long task comes and goes with it. The
// table gives medians, each run's count of long tasks and the longest of all.
// Prints one JSON line per run, then the table. A benchmark, not a test.
// LIGHT_ONLY=1 measures the light embed alone.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, launch } from './harness.mjs';

const [newDist = join(ROOT, 'dist'), baseDist] = process.argv.slice(2);

/** DevTools' "Fast 3G" preset (front_end/core/sdk/NetworkManager.ts):
 * 1.6 Mbps × 0.9 down, 750 kbps × 0.9 up, 150 ms × 3.75 latency per request. */
const FAST_3G = {
  offline: false,
  downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9,
  uploadThroughput: (750 * 1000) / 8 * 0.9,
  latency: 150 * 3.75,
};
const CPU_SLOWDOWN = 4;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.gz': 'application/gzip',
};

const cargoCsv = await readFile(join(ROOT, 'demo', 'cargo-rff7071.fr24.csv'), 'utf8');
const articleText = (await readFile(join(ROOT, 'demo', 'article.txt'), 'utf8')).trim();

/** The one-figure article page: `figure` is what goes inside <flight-lens>
 * before its data. */
function articlePage(figure, attrs = '') {
  const paragraphs = articleText.split(/\n+/).map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: one embedded analysis</title><link rel="icon" href="data:,">
<script type="module" src="../embed.js"></script>
</head><body><main><article id="story">
<h1>Cargo flights to the Caribbean (synthetic)</h1>
${paragraphs[0] ?? ''}
<figure>
<flight-lens id="fig" view="full" article="#story" published="2019-01-28"${attrs}>
${figure}
<script type="text/csv" data-name="cargo-rff7071.fr24.csv">
${cargoCsv}
</script>
</flight-lens>
<figcaption>The cargo aircraft's legs.</figcaption>
</figure>
${paragraphs.slice(1).join('\n')}
</article></main></body></html>`;
}

/** Serves `dir` gzipped (text and wasm; .gz files as they are), plus `pages`. */
async function serve(dir, pages) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let body = pages[path];
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    try {
      body ??= await readFile(join(dir, path));
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (!path.endsWith('.gz') && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Installed before any of the page's own scripts: paints, shifts, long
 * tasks, and when the figure's map is first drawn. */
function observe() {
  const m = (window.__bench = { lcp: 0, cls: 0, longtasks: [], longtaskAt: [], frames: [], fcp: 0, map: 0, engine: 0, press: 0 });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) m.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) {
      m.longtasks.push(e.duration);
      m.longtaskAt.push(`${Math.round(e.startTime)}+${Math.round(e.duration)}`);
    }
  }).observe({ type: 'longtask', buffered: true });
  // Long animation frames, to say what a long task was: when its frame's
  // rendering began, when style and layout did, and the scripts in it.
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        const at = (t) => Math.round(t - e.startTime);
        const scripts = e.scripts.map((s) => `${s.invoker} ${Math.round(s.duration)} ms (forced layout ${Math.round(s.forcedStyleAndLayoutDuration)})`);
        m.frames.push(`${Math.round(e.startTime)}+${Math.round(e.duration)} blocking ${Math.round(e.blockingDuration)}: render +${at(e.renderStart)}, style/layout +${at(e.styleAndLayoutStart)}${scripts.length ? `; ${scripts.join(', ')}` : ''}`);
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // (a Chromium without long animation frames: the long tasks alone)
  }
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('pointerdown', () => (m.press ||= performance.now()), { capture: true });
  // The map drawn: a published picture's, or the engine's with its tracks.
  const look = () => {
    const lens = document.querySelector('flight-lens');
    const stat = document.querySelector('[data-flightlens]')?.shadowRoot?.querySelector('svg.fl-map .fl-track');
    const app = document.querySelector('flight-lens')?.shadowRoot?.querySelector('svg.map path.track-line');
    if (!m.map && (stat || app)) m.map = performance.now();
    if (!m.engine && app && document.querySelector('flight-lens').shadowRoot.querySelector('table.legs tbody tr')) m.engine = performance.now();
    if (!m.map || (lens && !m.engine)) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

/** Loads `url` throttled; `press` reaches for the full embed once it is quiet. */
async function run(browser, name, url, { press = false, network = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const bytes = new Map();
  const requests = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    // (Chromium's own data: URLs, such as a date input's icon, are not requests.)
    if (!e.request.url.startsWith('data:')) requests.push({ id: e.requestId, url: e.request.url });
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (requests.some((r) => r.id === e.requestId)) bytes.set(e.requestId, e.encodedDataLength);
  });
  // The article reader's worker script: the page asks for it, but the
  // rest of its request (response, bytes, end) goes to the worker's own
  // session, never this one. It is left out of the bytes (0.9 KB gzipped)
  // rather than waited for forever.
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('/reader-worker.js')) bytes.set(e.requestId, 0);
  });
  await page.addInitScript(observe);
  await page.goto(url, { waitUntil: 'load', timeout: 180_000 });
  // Quiet: no request in flight for a second.
  const quiet = async () => {
    for (let still = 0; still < 10; ) {
      await page.waitForTimeout(100);
      still = requests.every((r) => bytes.has(r.id)) ? still + 1 : 0;
    }
  };
  await quiet();
  const sum = () => [...bytes.values()].reduce((a, b) => a + b, 0);
  const before = await page.evaluate(() => ({ ...window.__bench }));
  const result = {
    page: name,
    bytes: sum(),
    requests: requests.length,
    lcp: before.lcp,
    fcp: before.fcp,
    map: before.map,
    cls: before.cls,
    longtasks: before.longtasks.length,
    longest: Math.max(0, ...before.longtasks),
    longtaskAt: before.longtaskAt,
    frames: before.frames,
    engine: before.engine,
  };
  if (press) {
    await page.locator('#fig').click({ position: { x: 40, y: 40 } });
    await page.waitForFunction(() => window.__bench.engine > 0, null, { timeout: 180_000, polling: 100 });
    // The article's claims checked: the reader's module comes after the
    // engine's files, and reads the article in its worker.
    await page.locator('#fig td.verdict').first().waitFor({ timeout: 180_000 });
    const claims = await page.evaluate(() => performance.now() - window.__bench.press);
    await quiet();
    const after = await page.evaluate(() => ({ ...window.__bench }));
    Object.assign(result, {
      engineAfterPress: after.engine - after.press,
      claimsAfterPress: claims,
      bytesAfterPress: sum(),
      clsAfterPress: after.cls,
      longtasksAfterPress: after.longtasks.length - before.longtasks.length,
      longestAfterPress: Math.max(0, ...after.longtasks.slice(before.longtasks.length)),
    });
  }
  result.files = requests.map((r) => `${new URL(r.url).pathname} ${bytes.get(r.id) ?? '?'}`);
  await context.close();
  console.log(JSON.stringify(result));
  return result;
}

const RUNS = Number(process.env.RUNS ?? 3);

/** `run` RUNS times: medians, each run's long tasks, the worst of each. */
async function runs(browser, name, url, options) {
  const all = [];
  for (let i = 0; i < RUNS; i++) all.push(await run(browser, name, url, options));
  const median = (k) => {
    const v = all.map((r) => r[k]).filter((x) => x !== undefined).sort((a, b) => a - b);
    return v.length ? v[Math.floor(v.length / 2)] : undefined;
  };
  const out = { page: name };
  for (const k of ['bytes', 'requests', 'lcp', 'fcp', 'map', 'engine', 'engineAfterPress', 'claimsAfterPress', 'bytesAfterPress']) out[k] = median(k);
  out.cls = Math.max(...all.map((r) => r.cls));
  out.longtasks = all.map((r) => r.longtasks).join('/');
  out.longest = Math.max(...all.map((r) => r.longest));
  if (all[0].engineAfterPress !== undefined) {
    out.clsAfterPress = Math.max(...all.map((r) => r.clsAfterPress));
    out.longtasksAfterPress = all.map((r) => r.longtasksAfterPress).join('/');
    out.longestAfterPress = Math.max(...all.map((r) => r.longestAfterPress));
  }
  return out;
}

const cargoSnippet = await readFile(join(newDist, 'published', 'cargo', 'snippet.html'), 'utf8');
const browser = await launch();
const fresh = await serve(newDist, {
  '/bench/full.html': articlePage(cargoSnippet),
  '/bench/prefetch.html': articlePage(cargoSnippet, ' prefetch'),
});
const results = [];
try {
  results.push(await runs(browser, 'light embed (published demo)', `${fresh.origin}/published/demo/index.html`));
  if (!process.env.LIGHT_ONLY) {
    results.push(await runs(browser, 'full embed, new', `${fresh.origin}/bench/full.html`, { press: true }));
    results.push(await runs(browser, 'full embed, new; network not throttled', `${fresh.origin}/bench/full.html`, { press: true, network: false }));
    // The reader presses once the page is quiet: with `prefetch`, after the
    // engine has come in idle time.
    results.push(await runs(browser, 'full embed, new, with prefetch (press once the page is quiet)', `${fresh.origin}/bench/prefetch.html`, { press: true }));
  }
  if (!process.env.LIGHT_ONLY && baseDist && existsSync(join(baseDist, 'embed.js'))) {
    const old = await serve(baseDist, { '/bench/full.html': articlePage('') });
    try {
      results.push(await runs(browser, "full embed, today's (main)", `${old.origin}/bench/full.html`));
    } finally {
      await old.close();
    }
  } else {
    console.error(`no baseline dist at ${baseDist ?? '(none given)'}: today's embed not measured`);
  }
} finally {
  await fresh.close();
  await browser.close();
}

const kb = (b) => (b === undefined ? '' : `${(b / 1000).toFixed(0)} KB`);
const ms = (t) => (t === undefined || !t ? '' : `${(t / 1000).toFixed(2)} s`);
console.log(`\n${RUNS} runs each: medians; CLS and the longest task are the worst run's, long tasks counted run by run.`);
console.log('\n| page | transferred (gzip) | LCP | map drawn | CLS | long tasks > 50 ms, by run (longest) | after a press: engine usable, claims checked, transferred, CLS, long tasks |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  const after = r.engineAfterPress !== undefined
    ? `${ms(r.engineAfterPress)} after the press, claims ${ms(r.claimsAfterPress)}; ${kb(r.bytesAfterPress)}; CLS ${r.clsAfterPress.toFixed(3)}; ${r.longtasksAfterPress} (${r.longestAfterPress.toFixed(0)} ms)`
    : r.engine ? `(loads at once: engine usable ${ms(r.engine)} after navigation)` : '';
  console.log(`| ${r.page} | ${kb(r.bytes)} (${r.requests} requests) | ${ms(r.lcp)} | ${ms(r.map)} | ${r.cls.toFixed(3)} | ${r.longtasks} (${r.longest.toFixed(0)} ms) | ${after} |`);
}
