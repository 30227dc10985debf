// Flightlens for newsroom pages: `mount(element, options)` and the
// <flight-lens> element (the full embed: the engine itself, in the page).
// Each analysis is drawn inside the element's shadow root, so the host
// page's CSS cannot break it and its CSS cannot leak out; it resizes with
// its container; unmount() frees it. The data stays in the page: inline
// <script type="text/csv"> blocks, or a file of the page's own origin
// (anything else is refused).
//
// The engine is fetched only when it is needed. A <flight-lens> that holds
// a published figure (the snippet `flightlens publish` or Export for web
// writes) shows that figure, with its light viewer, until a reader
// interacts with it (presses, taps, types or tabs into it), or at once with
// the `eager` attribute; only then are the glue, the module, its data files
// and its stylesheet fetched, in parallel, and the figure swapped for the
// analysis. Loading this file fetches nothing else. A <flight-lens> without
// a published figure loads at once (it has nothing else to show). With the
// `prefetch` attribute, the engine's files (and the article reader's, for a
// widget with an article) are fetched and compiled ahead,
// once the page has loaded and the figure is within a screen of the view,
// in idle time: a reader who then reaches for it waits only for the
// analysis to be drawn (on a slow connection the 2 MB would otherwise take
// seconds after the press); the figure stays until then.
//
// Contract with the Rust side (docs/js-boundary.md):
//   sets     globalThis.flightlensEmbed = true before the module starts, so
//            that src/main.rs does not mount the full app onto <body>;
//   sets     globalThis.flightlensAssets, a promise of the engine's data files
//            ({name: Uint8Array} for each of flightlens_core::data::FILES),
//            fetched beside the module; src/assets.rs hands them in;
//   sets     globalThis.flightlensReader, {worker, module}: the URL of
//            reader-worker.js (a worker script from another origin goes
//            through a blob: URL) and a function giving a promise of the
//            article reader's module, compiled, which src/reader.rs starts
//            when there is an article to read;
//   calls    the handle's settled(), a promise that the article is read;
//   sets     globalThis.flightlensDemo, a function that fetches the demo's
//            files (flightlens_core::data::DEMO) beside the module when Load
//            demo is pressed: a promise of {name: Uint8Array};
//   calls    the glue's mountFlightlens(container, files, article, published,
//            view, readonly) (src/embed.rs), a promise of a handle with
//            analysis(), unmount() and free();
//   reads    a published figure: a [data-flightlens] child (crates/core/src/publish.rs);
//   exports  mount(element, options), and defines <flight-lens>.

const BASE = new URL('.', import.meta.url);
// The engine's data files (flightlens_core::data::FILES), fetched from
// this origin beside the module, in parallel with it.
const DATA_FILES = [
  'airports.tsv.gz',
  'land-110m.txt',
  'borders-110m.txt',
  'land-50m.txt.gz',
  'borders-50m.txt.gz',
  'aircraft-types.tsv',
  'timezones.tzif.gz',
  'lexicons.txt.gz',
];
// The demo's files (flightlens_core::data::DEMO), fetched only when asked for.
const DEMO_FILES = ['cargo-rff7071.fr24.csv', 'bizjet-4bc8d0.opensky.csv'];
let engine;
let reader;

/**
 * The article reader's module, fetched and compiled here (once) and handed
 * to its worker compiled. The app asks for it once the engine's own files
 * are in and the analysis is drawn (fetched beside them, it took their
 * bandwidth: the analysis came a second later on a slow connection), or
 * ahead, with the engine's, for a widget with `prefetch` and an article.
 */
function readerModule() {
  reader ??= fetch(new URL('flightlens-reader_bg.wasm', BASE), { credentials: 'same-origin' })
    .then((r) => {
      if (!r.ok) throw new Error(`flightlens-reader_bg.wasm: ${r.status}`);
      return r.arrayBuffer();
    })
    .then((bytes) => WebAssembly.compile(bytes));
  return reader;
}

/** Fetches the glue, the module, its data files and the stylesheet (once). */
function start() {
  engine ??= (async () => {
    // Tell the module not to mount the full app onto <body>.
    globalThis.flightlensEmbed = true;
    globalThis.flightlensAssets ??= Promise.all(
      DATA_FILES.map(async (name) => {
        const r = await fetch(new URL(name, BASE), { credentials: 'same-origin' });
        if (!r.ok) throw new Error(`${name}: ${r.status}`);
        return [name, new Uint8Array(await r.arrayBuffer())];
      }),
    ).then(Object.fromEntries);
    globalThis.flightlensAssets.catch(() => {});
    globalThis.flightlensDemo ??= () =>
      Promise.all(
        DEMO_FILES.map(async (name) => {
          const r = await fetch(new URL(name, BASE), { credentials: 'same-origin' });
          if (!r.ok) throw new Error(`${name}: ${r.status}`);
          return [name, new Uint8Array(await r.arrayBuffer())];
        }),
      ).then(Object.fromEntries);
    // The article reader: a module of its own, fetched by its worker when
    // there is an article to read. A page may only start a worker from its
    // own origin: from elsewhere, a module script of this page's that
    // imports the one beside this file.
    const readerWorker = new URL('reader-worker.js', BASE);
    globalThis.flightlensReader ??= {
      worker:
        readerWorker.origin === location.origin
          ? readerWorker.href
          : URL.createObjectURL(new Blob([`import ${JSON.stringify(readerWorker.href)};`], { type: 'text/javascript' })),
      module: readerModule,
    };
    const wasm = fetch(new URL('flightlens-app_bg.wasm', BASE), { credentials: 'same-origin' });
    // The widget's stylesheet, fetched now so that it applies at once when
    // the widget's own <link> asks for it (a preload is kept for the page).
    const css = document.createElement('link');
    css.rel = 'preload';
    css.as = 'style';
    css.href = new URL('main.css', BASE).href;
    document.head.append(css);
    const glue = await import('./flightlens-app.js');
    await glue.default({ module_or_path: wasm });
    return glue;
  })();
  return engine;
}

const encoder = new TextEncoder();

/**
 * Mounts one analysis into `element`.
 * options: { files: [{ name, text } | { name, bytes: Uint8Array }], article: string,
 *            published: 'YYYY-MM-DD', view: 'map' | 'timeline' | 'full', readonly: boolean }
 * Returns { analysis(), unmount() }: analysis() is the analysis document as
 * an object, the same as Export analysis (JSON) (null once unmounted).
 * Whatever the element shows meanwhile (a published figure) stays until the
 * analysis is drawn; the promise resolves once the article (if any) has
 * been read too, so that analysis() has its claims.
 */
export async function mount(element, options = {}) {
  const { mountFlightlens } = await start();
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('main.css', BASE).href;
  const styled = new Promise((done) => {
    style.onload = done;
    style.onerror = done;
  });
  const container = document.createElement('div');
  container.hidden = true;
  // The element's own content (its published figure) shows until then.
  root.replaceChildren(style, container, document.createElement('slot'));
  const files = (options.files ?? []).map((f) =>
    f.error
      ? { name: String(f.name ?? 'data'), error: String(f.error) }
      : { name: String(f.name ?? 'data'), bytes: f.bytes instanceof Uint8Array ? f.bytes : encoder.encode(String(f.text ?? '')) },
  );
  await styled;
  let handle = await mountFlightlens(
    container,
    files,
    String(options.article ?? ''),
    String(options.published ?? ''),
    String(options.view ?? 'full'),
    Boolean(options.readonly),
  );
  root.querySelector('slot')?.remove();
  container.hidden = false;
  // Drawn: the article's claims come a moment later, from the reader's
  // own module; the promise resolves once they are in.
  await handle.settled();
  return {
    analysis() {
      return handle ? handle.analysis() : null;
    },
    unmount() {
      if (!handle) return;
      handle.unmount();
      handle.free();
      handle = null;
      root.replaceChildren();
    },
  };
}

/** The data an element names: inline blocks, and a same-origin `src`. */
async function filesOf(el) {
  const files = [];
  for (const s of el.querySelectorAll('script[type="text/csv"], script[type="application/json"], script[type="application/vnd.google-earth.kml+xml"]')) {
    files.push({ name: s.dataset.name ?? `inline.${s.type.endsWith('csv') ? 'csv' : s.type.endsWith('json') ? 'json' : 'kml'}`, text: s.textContent.trim() });
  }
  const src = el.getAttribute('src');
  if (src) {
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) {
      throw new Error(`${src}: Flightlens reads only files from this site, so that no request leaves it`);
    }
    const r = await fetch(url, { credentials: 'same-origin' });
    if (!r.ok) throw new Error(`${src}: could not be read (${r.status})`);
    files.push({ name: url.pathname.split('/').pop() || 'data', bytes: new Uint8Array(await r.arrayBuffer()) });
  }
  return files;
}

/** What counts as a reader reaching for the analysis. */
const INTERACTIONS = ['pointerdown', 'keydown', 'focusin'];

/** A note over the published figure while the engine loads: it takes no
 * room (nothing moves) and no style from the host page. */
function note(el, text) {
  let n = el.querySelector(':scope > [data-flightlens-note]');
  if (!n) {
    n = document.createElement('div');
    n.dataset.flightlensNote = '';
    n.setAttribute('role', 'status');
    const s = n.style;
    s.all = 'initial';
    s.position = 'absolute';
    s.left = '0.5rem';
    s.bottom = '0.5rem';
    s.maxWidth = 'calc(100% - 1rem)';
    s.boxSizing = 'border-box';
    s.padding = '0.25rem 0.6rem';
    s.borderRadius = '4px';
    s.background = 'rgba(27, 29, 31, 0.85)';
    s.color = '#fff';
    s.font = '13px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
    s.zIndex = '2';
    s.pointerEvents = 'none';
    el.style.position = 'relative';
    el.append(n);
  }
  n.textContent = text;
}

class FlightLens extends HTMLElement {
  connectedCallback() {
    const generation = (this._generation = (this._generation ?? 0) + 1);
    const figure = this.querySelector(':scope > [data-flightlens]');
    if (!figure || this.hasAttribute('eager')) {
      this.#load(generation);
      return;
    }
    // Until a reader reaches for it, the published figure is all there is:
    // nothing is fetched.
    const go = () => {
      this.#stopWaiting();
      this.#load(generation);
    };
    this._waiting = go;
    for (const type of INTERACTIONS) this.addEventListener(type, go, { capture: true });
    if (this.hasAttribute('prefetch')) this.#prefetchWhenNear();
  }

  /** Fetches and compiles the engine ahead (see `prefetch` above), without
   * drawing anything: the published figure stays until a reader reaches
   * for it. A failed prefetch is forgotten, so that the press tries again. */
  #prefetchWhenNear() {
    const ahead = () => {
      const idle = globalThis.requestIdleCallback ?? ((f) => setTimeout(f, 200));
      idle(() => {
        if (!this._waiting || !this.isConnected) return;
        start()
          .then(() => {
            if (this.getAttribute('article')) return readerModule();
          })
          .catch(() => {
            engine = undefined;
            reader = undefined;
          });
      });
    };
    this._near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this._near.disconnect();
        if (document.readyState === 'complete') ahead();
        else addEventListener('load', ahead, { once: true });
      },
      { rootMargin: '100% 0px' },
    );
    this._near.observe(this);
  }

  #stopWaiting() {
    if (!this._waiting) return;
    for (const type of INTERACTIONS) this.removeEventListener(type, this._waiting, { capture: true });
    this._waiting = null;
  }

  async #load(generation) {
    const lazy = Boolean(this.querySelector(':scope > [data-flightlens]'));
    if (lazy) note(this, 'Loading the full analysis…');
    let files;
    try {
      files = await filesOf(this);
    } catch (e) {
      files = [{ name: this.getAttribute('src') ?? 'data', error: String(e.message ?? e) }];
    }
    const articleRef = this.getAttribute('article');
    const article = articleRef ? document.querySelector(articleRef)?.innerText ?? '' : '';
    if (generation !== this._generation || !this.isConnected) return;
    const focused = this.contains(document.activeElement);
    this._handle?.unmount();
    try {
      this._handle = await mount(this, {
        files,
        article,
        published: this.getAttribute('published') ?? '',
        view: this.getAttribute('view') ?? 'full',
        readonly: this.hasAttribute('readonly'),
      });
    } catch (e) {
      if (lazy) note(this, `The full analysis could not be loaded (${e.message ?? e}); the published figure stays.`);
      throw e;
    }
    if (generation !== this._generation || !this.isConnected) {
      this._handle.unmount();
      this._handle = null;
      return;
    }
    this.querySelector(':scope > [data-flightlens-note]')?.remove();
    // A reader who tabbed in keeps the keyboard in the analysis.
    if (focused) this.shadowRoot.querySelector('svg.map, button, [tabindex="0"]')?.focus();
    this.dispatchEvent(new CustomEvent('flightlens-ready', { bubbles: true }));
  }

  disconnectedCallback() {
    this._generation = (this._generation ?? 0) + 1;
    this._near?.disconnect();
    this.#stopWaiting();
    this._handle?.unmount();
    this._handle = null;
  }
}

if (!customElements.get('flight-lens')) customElements.define('flight-lens', FlightLens);
