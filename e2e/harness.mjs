// Shared end-to-end harness: a static server for dist/ on loopback, Debian's
// Chromium through playwright-core, and guards that fail a test on any
// request to another host or any console error.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1 at a free port, with `headers` on every file
 * (e.g. CORS, for a page of another origin that loads the embed from here).
 */
export async function serve(dir = DIST, headers = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Starts headless Chromium with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens a page that records every request and console error. `allowed(url)`
 * says which requests are fine; `problems()` lists everything else.
 */
export async function guardedPage(browser, allowed) {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!(url.startsWith('data:') || url.startsWith('blob:') || allowed(url))) {
      problems.push(`request to a foreign host: ${url}`);
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return { page, context, problems: () => problems };
}

/**
 * Makes the page see `n` cores (navigator.hardwareConcurrency), before it
 * loads: the app reads a big CSV in two workers only on two or more.
 */
export async function pretendCores(page, n) {
  await page.addInitScript((n) => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
  }, n);
}

/**
 * Holds the page's file reading back after `budget` bytes, until the test
 * calls `window.__flightlensRelease()`: the page reads a file in slices
 * (`Blob.slice(…).arrayBuffer()`), and past the budget each slice waits.
 * A test of something that happens while a file is read can then not race
 * the machine.
 */
export async function holdReading(page, budget) {
  await page.addInitScript((budget) => {
    const read = Blob.prototype.arrayBuffer;
    let passed = 0;
    let release;
    const held = new Promise((ok) => (release = ok));
    window.__flightlensRelease = () => release();
    Blob.prototype.arrayBuffer = function () {
      if (passed < budget) {
        passed += this.size;
        return read.call(this);
      }
      return held.then(() => read.call(this));
    };
  }, budget);
}

/** The Content Security Policy of the loaded page, from its meta tag. */
export async function csp(page) {
  return page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
  );
}

/** Fails unless the policy forbids outbound connections and inline script. */
export function assertStrictCsp(assert, policy) {
  const directives = Object.fromEntries(
    policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...values] = d.split(/\s+/);
      return [name, values];
    }),
  );
  assert.deepEqual(directives['default-src'], ["'none'"], `default-src in ${policy}`);
  const connect = directives['connect-src'] ?? directives['default-src'];
  assert.ok(connect.every((v) => v === "'self'" || v === "'none'"), `connect-src allows only self: ${policy}`);
  const script = directives['script-src'] ?? [];
  assert.ok(!script.includes("'unsafe-inline'") && !script.includes("'unsafe-eval'"), `script-src is strict: ${policy}`);
  assert.ok(script.every((v) => !/^https?:|^\*$/.test(v)), `script-src names no host: ${policy}`);
}

/**
 * Registers before/after hooks that serve dist/ and start Chromium for a
 * test file; the returned object holds `server` and `browser` once started.
 */
export function servedApp() {
  const ctx = {};
  before(async () => {
    ctx.server = await serve();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
