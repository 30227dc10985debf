// Browser half of `cargo xtask bench article`: the built app (dist/) given
// the article in FILE and the date DATE as a person gives them (the date
// typed into Published, the text pasted into Article text), then ROUNDS
// edits at the end of the text (a letter typed, then taken back), each of
// which the page reads again. Prints one JSON line. A benchmark, not a test.
//
// The times are the page's own, said in the console at the debug level
// (src/reader.rs, docs/js-boundary.md): the reader's worker times its call
// into the engine with performance.now(), "article: read 31234 bytes in
// 31.2 ms (128 claims)", and the app the time from asking to the answer
// being back, "article: answered in 35.0 ms" (the first time, that holds
// starting the worker and fetching and compiling the reader's module).
// Drawing the marked article is not part of them.
// Usage: node e2e/bench-article.mjs FILE DATE [ROUNDS]
import { readFile } from 'node:fs/promises';
import { serve, launch } from './harness.mjs';

const [file, published, rounds = '15'] = process.argv.slice(2);
const text = await readFile(file, 'utf8');
const browser = await launch();
const readings = [];
const answers = [];
let waiting = null;
const result = {};
try {
  const app = await serve();
  // Pasted as a person pastes: through the clipboard, one input event.
  // (Playwright's fill() and keyboard.insertText() give Chromium's editor a
  // multi-line text that it reports as one input event per line or so.)
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const page = await context.newPage();
  // The reader's module: fetched only once there is an article to read.
  let readerFetched = false;
  page.on('request', (r) => {
    if (r.url().endsWith('/flightlens-reader_bg.wasm')) readerFetched = true;
  });
  page.on('console', (m) => {
    const a = /^article: answered in ([\d.]+) ms$/.exec(m.text());
    if (a) answers.push(Number(a[1]));
    const r = /^article: read (\d+) bytes in ([\d.]+) ms \((\d+) claims\)$/.exec(m.text());
    if (!r) return;
    readings.push({ bytes: Number(r[1]), ms: Number(r[2]), claims: Number(r[3]) });
    waiting?.();
  });
  // Resolves once `n` readings have been seen.
  const readingsReach = (n) =>
    new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no reading ${n} (${readings.length} seen)`)), 60_000);
      waiting = () => {
        if (readings.length >= n) {
          clearTimeout(timer);
          waiting = null;
          ok();
        }
      };
      waiting();
    });
  await page.goto(app.origin + '/', { waitUntil: 'networkidle' });
  // A person takes more than a second to paste an article. The empty box
  // is not read: the reader's module is not even fetched.
  await page.waitForTimeout(1500);
  await page.getByLabel('Published').fill(published);
  await page.waitForTimeout(200);
  result.at_load = readings.map((r) => r.ms);
  result.reader_fetched_before = readerFetched;
  const before = readings.length;
  const box = page.getByLabel('Article text');
  await box.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
  await readingsReach(before + 1);
  await page.keyboard.press('ControlOrMeta+End');
  for (let k = 0; k < Number(rounds); k++) {
    const n = readings.length;
    if (k % 2 === 0) await page.keyboard.type('x');
    else await page.keyboard.press('Backspace');
    await readingsReach(n + 1);
  }
  // Let anything late come in: each change must be read exactly once.
  await page.waitForTimeout(500);
  const article = readings.slice(before);
  result.bytes = article[0].bytes;
  result.claims = article[0].claims;
  result.first_ms = article[0].ms;
  result.later_ms = article.slice(1).map((r) => r.ms);
  result.later_claims = [...new Set(article.slice(1).map((r) => r.claims))];
  result.first_answer_ms = answers[0];
  result.later_answer_ms = answers.slice(1);
  await app.close();
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
