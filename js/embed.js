// Flightlens for newsroom pages: `mount(element, options)` and the
// <flight-lens> element. Each analysis is drawn inside the element's shadow
// root, so the host page's CSS cannot break it and its CSS cannot leak
// out; it resizes with its container; unmount() frees it. The data stays
// in the page: inline <script type="text/csv"> blocks, or a file of the
// page's own origin (anything else is refused).
//
// Contract with the Rust side (docs/js-boundary.md):
//   sets     globalThis.flightlensEmbed = true before the module starts, so
//            that src/main.rs does not mount the full app onto <body>;
//   calls    the glue's mountFlightlens(container, files, article, published,
//            view, readonly) (src/embed.rs), whose handle has analysis(),
//            unmount() and free();
//   exports  mount(element, options), and defines <flight-lens>.
import init, { mountFlightlens } from './flightlens-app.js';

const BASE = new URL('.', import.meta.url);
let ready;

// The engine's data files (flightlens_core::data::FILES), fetched from
// this origin beside the module, in parallel with it.
const DATA_FILES = ['airports.tsv.gz', 'land-50m.txt.gz', 'borders-50m.txt.gz'];

function start() {
  // Tell the module not to mount the full app onto <body>.
  globalThis.flightlensEmbed = true;
  if (!ready) {
    globalThis.flightlensAssets ??= Promise.all(
      DATA_FILES.map(async (name) => {
        const r = await fetch(new URL(name, BASE), { credentials: 'same-origin' });
        if (!r.ok) throw new Error(`${name}: ${r.status}`);
        return [name, new Uint8Array(await r.arrayBuffer())];
      }),
    ).then(Object.fromEntries);
    globalThis.flightlensAssets.catch(() => {});
    ready = init({ module_or_path: new URL('flightlens-app_bg.wasm', BASE) });
  }
  return ready;
}

const encoder = new TextEncoder();

/**
 * Mounts one analysis into `element`.
 * options: { files: [{ name, text } | { name, bytes: Uint8Array }], article: string,
 *            published: 'YYYY-MM-DD', view: 'map' | 'timeline' | 'full', readonly: boolean }
 * Returns { analysis(), unmount() }: analysis() is the analysis document as
 * an object, the same as Export analysis (JSON) (null once unmounted).
 */
export async function mount(element, options = {}) {
  await start();
  const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  root.replaceChildren();
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('main.css', BASE).href;
  const container = document.createElement('div');
  root.append(style, container);
  const files = (options.files ?? []).map((f) =>
    f.error
      ? { name: String(f.name ?? 'data'), error: String(f.error) }
      : { name: String(f.name ?? 'data'), bytes: f.bytes instanceof Uint8Array ? f.bytes : encoder.encode(String(f.text ?? '')) },
  );
  let handle = await mountFlightlens(
    container,
    files,
    String(options.article ?? ''),
    String(options.published ?? ''),
    String(options.view ?? 'full'),
    Boolean(options.readonly),
  );
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

class FlightLens extends HTMLElement {
  async connectedCallback() {
    const generation = (this._generation = (this._generation ?? 0) + 1);
    let files;
    try {
      files = await filesOf(this);
    } catch (e) {
      files = [{ name: this.getAttribute('src') ?? 'data', error: String(e.message ?? e) }];
    }
    const articleRef = this.getAttribute('article');
    const article = articleRef ? document.querySelector(articleRef)?.innerText ?? '' : '';
    if (generation !== this._generation || !this.isConnected) return;
    this._handle?.unmount();
    this._handle = await mount(this, {
      files,
      article,
      published: this.getAttribute('published') ?? '',
      view: this.getAttribute('view') ?? 'full',
      readonly: this.hasAttribute('readonly'),
    });
    this.dispatchEvent(new CustomEvent('flightlens-ready', { bubbles: true }));
  }

  disconnectedCallback() {
    this._generation = (this._generation ?? 0) + 1;
    this._handle?.unmount();
    this._handle = null;
  }
}

if (!customElements.get('flight-lens')) customElements.define('flight-lens', FlightLens);
