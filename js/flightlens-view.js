// Flightlens light viewer: brings a published figure (flightlens publish,
// or the app's Export for web) to life. The figure reads as it is without
// this script; with it, a reader can point at a leg, an airport or a bar
// for its details, pick a leg or stopover (on the map, the timeline, or a
// table) and see it marked in all three, and zoom and pan the map (buttons,
// keys, drag, pinch or Ctrl + wheel; a plain wheel still scrolls the page).
//
// It never loads the engine, the airport table or the basemap, and asks
// nothing of the network: everything it shows is in the figure's markup.
// It runs under `script-src 'self'` (no eval, no wasm, no inline script),
// and it writes text only through textContent, never as HTML.
//
// Contract with the published markup (crates/core/src/publish.rs and
// crates/core/src/map/picture.rs; docs/js-boundary.md):
//   finds    every [data-flightlens] element (the snippet's host) and its open
//            shadow root (declarative: <template shadowrootmode="open">; made
//            from the template when the snippet was inserted by script);
//   reads    .fl (the figure), .fl-map svg (view box 0 0 1000 500), g.fl-leg
//            [data-id] > path.fl-track, g.fl-airport[data-stops] > circle,
//            rect.fl-bar[data-id], table rows tr[data-id] (first cell
//            span.fl-id) and tr[data-evidence], and <title>s for tips;
//   adds     role="button" (and tabindex, aria-pressed) to each row's
//            span.fl-id, .fl-tools (zoom buttons), .fl-tip, path.fl-hit (when a
//            pointer first comes in); classes fl-selected, fl-hover, fl-zoomed,
//            fl-some-selected, fl-dragging (styled by flightlens-view.css);
//   sets     element.flightlensView = { select(ids), selected() } on the host.

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How far in a reader may zoom the map, times its published view. */
const MAX_ZOOM = 12;

/** The figure's shadow root; made from its template when a script inserted
 * the snippet (the parser makes declarative shadow roots, innerHTML does not). */
function rootOf(host) {
  if (host.shadowRoot) return host.shadowRoot;
  const template = host.querySelector(':scope > template[shadowrootmode]');
  if (!template) return null;
  const root = host.attachShadow({ mode: 'open' });
  root.append(template.content.cloneNode(true));
  template.remove();
  return root;
}

/** Lines of text for a tip, each a paragraph made with textContent. */
function fillTip(tip, lines) {
  tip.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
}

function enhance(host) {
  if (host.flightlensView) return;
  const root = rootOf(host);
  const fig = root?.querySelector('.fl');
  if (!fig) return;
  const mapSvg = fig.querySelector('.fl-map svg');
  const all = (sel) => [...fig.querySelectorAll(sel)];

  // Titles become tips: kept as data, taken out so that the browser's own
  // tooltip does not show beside ours. Done when a pointer first comes in,
  // with the wide twins of the legs' lines below: the page's first layout
  // is not made to wait for what only a pointer needs.
  const titles = new WeakMap();
  let armed = false;
  function arm() {
    if (armed) return;
    armed = true;
    for (const t of all('title')) {
      titles.set(t.parentElement, t.textContent);
      t.remove();
    }
    // A wide, invisible twin of each leg's line, so that a thin line is
    // easy to point at and tap.
    for (const g of all('.fl-leg')) {
      const track = g.querySelector('.fl-track');
      if (!track) continue;
      const hit = document.createElementNS(SVG_NS, 'path');
      hit.setAttribute('class', 'fl-hit');
      hit.setAttribute('d', track.getAttribute('d') ?? '');
      g.append(hit);
    }
  }
  fig.addEventListener('pointerenter', arm);
  fig.addEventListener('touchstart', arm, { passive: true });

  // What a row says, as "Header: cell" lines (the table is the source of truth).
  const rowLines = (row) => {
    const heads = [...row.closest('table').querySelectorAll('thead th')].map((th) => th.textContent);
    const cells = [...row.cells].map((c) => c.textContent.trim());
    return [`${cells[1] ?? ''} · ${cells[0] ?? ''}`, ...cells.slice(2).map((c, i) => `${heads[i + 2]}: ${c}`)];
  };
  const rowOf = (id) => fig.querySelector(`tr[data-id="${CSS.escape(id)}"]`);

  // ---- selection: one leg or stopover (or a claim's evidence), marked on
  // the map, the timeline and in the tables.
  let selected = [];
  const legs = fig.querySelector('.fl-legs');
  function select(ids) {
    selected = [...new Set(ids)];
    const on = new Set(selected);
    for (const el of all('[data-id]')) el.classList.toggle('fl-selected', on.has(el.dataset.id));
    for (const el of all('.fl-airport')) {
      el.classList.toggle('fl-selected', (el.dataset.stops ?? '').split(' ').some((id) => on.has(id)));
    }
    for (const b of all('.fl-id[role="button"]')) b.setAttribute('aria-pressed', String(on.has(b.dataset.id)));
    for (const tr of all('tr[data-evidence]')) {
      const ev = tr.dataset.evidence.split(' ').filter(Boolean);
      tr.classList.toggle('fl-selected', ev.length > 0 && ev.length === on.size && ev.every((id) => on.has(id)));
    }
    legs?.classList.toggle('fl-some-selected', selected.some((id) => id.startsWith('leg:')));
  }
  const toggle = (ids) => select(ids.length && ids.every((id) => selected.includes(id)) && ids.length === selected.length ? [] : ids);

  // Rows: the id in the first cell becomes a button, by its role (the same
  // element, so the table is not laid out again); a claim's row picks its
  // evidence.
  for (const span of all('tr[data-id] span.fl-id')) {
    const id = span.closest('tr').dataset.id;
    span.dataset.id = id;
    span.setAttribute('role', 'button');
    span.tabIndex = 0;
    span.setAttribute('aria-pressed', 'false');
    span.setAttribute('aria-label', `Select ${id} on the map and timeline`);
    span.addEventListener('click', () => toggle([id]));
    span.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        toggle([id]);
      }
    });
  }
  for (const tr of all('tr[data-evidence]')) {
    const ids = tr.dataset.evidence.split(' ').filter(Boolean);
    if (ids.length) tr.addEventListener('click', () => toggle(ids));
  }

  // ---- tips: beside the pointer, inside the figure.
  const tip = document.createElement('div');
  tip.className = 'fl-tip';
  tip.hidden = true;
  tip.setAttribute('aria-hidden', 'true');
  fig.append(tip);
  let hovered = null;
  function showTip(el, lines, ev) {
    hovered?.classList.remove('fl-hover');
    hovered = el;
    el.classList.add('fl-hover');
    fillTip(tip, lines);
    tip.hidden = false;
    const box = fig.getBoundingClientRect();
    const x = ev.clientX - box.left;
    const y = ev.clientY - box.top;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    // Right of the pointer unless that leaves the figure, then left of it.
    const left = x + 14 + w <= box.width ? x + 14 : Math.max(0, x - 14 - w);
    tip.style.left = `${Math.min(left, Math.max(0, box.width - w))}px`;
    tip.style.top = `${Math.max(0, Math.min(y - h / 2, box.height - h))}px`;
  }
  function hideTip() {
    hovered?.classList.remove('fl-hover');
    hovered = null;
    tip.hidden = true;
  }
  const linesFor = (el) => {
    const id = el.dataset.id;
    const row = id ? rowOf(id) : null;
    if (row) return rowLines(row);
    const title = titles.get(el) ?? el.textContent;
    return [title];
  };

  const pickable = (target) => target.closest?.('.fl-leg, .fl-airport, .fl-bar');
  fig.addEventListener('pointerover', (ev) => {
    const el = pickable(ev.target);
    if (el && el !== hovered) showTip(el, linesFor(el), ev);
  });
  fig.addEventListener('pointermove', (ev) => {
    const el = pickable(ev.target);
    if (!el) hideTip();
    else if (!dragging) showTip(el, linesFor(el), ev);
  });
  fig.addEventListener('pointerleave', hideTip);
  fig.addEventListener('click', (ev) => {
    if (moved) return;
    const el = pickable(ev.target);
    if (!el) return;
    if (el.classList.contains('fl-airport')) toggle((el.dataset.stops ?? '').split(' ').filter(Boolean));
    else toggle([el.dataset.id]);
  });

  // ---- the map: zoom and pan by changing its view box (the picture is
  // vector, so it stays sharp; the page's layout does not move).
  const [, , W, H] = (mapSvg?.getAttribute('viewBox') ?? '0 0 1000 500').split(/\s+/).map(Number);
  let vb = { x: 0, y: 0, w: W, h: H };
  const airports = all('.fl-airport');
  function setView(next) {
    const w = Math.min(W, Math.max(W / MAX_ZOOM, next.w));
    const h = (w * H) / W;
    const x = Math.min(W - w, Math.max(0, next.x));
    const y = Math.min(H - h, Math.max(0, next.y));
    vb = { x, y, w, h };
    mapSvg.setAttribute('viewBox', `${x.toFixed(2)} ${y.toFixed(2)} ${w.toFixed(2)} ${h.toFixed(2)}`);
    const k = W / w;
    mapSvg.classList.toggle('fl-zoomed', k > 1.001);
    // Airports and the legend keep their size on screen.
    for (const g of airports) {
      const c = g.querySelector('circle');
      const cx = Number(c?.getAttribute('cx'));
      const cy = Number(c?.getAttribute('cy'));
      g.setAttribute('transform', k > 1.001 ? `translate(${cx} ${cy}) scale(${1 / k}) translate(${-cx} ${-cy})` : '');
    }
    const legend = mapSvg.querySelector('.fl-legend');
    legend?.setAttribute('transform', k > 1.001 ? `translate(${x} ${y}) scale(${1 / k})` : '');
  }
  /** SVG units of the current view per CSS pixel. */
  const unit = () => vb.w / (mapSvg.getBoundingClientRect().width || 1);
  function zoomBy(f, cx = vb.x + vb.w / 2, cy = vb.y + vb.h / 2) {
    const w = Math.min(W, Math.max(W / MAX_ZOOM, vb.w / f));
    const g = w / vb.w;
    setView({ x: cx - (cx - vb.x) * g, y: cy - (cy - vb.y) * g, w });
  }
  const panBy = (dx, dy) => setView({ ...vb, x: vb.x + dx, y: vb.y + dy });
  const fit = () => setView({ x: 0, y: 0, w: W });

  let dragging = null;
  let moved = false;
  if (mapSvg) {
    mapSvg.setAttribute('tabindex', '0');
    mapSvg.setAttribute('aria-describedby', 'fl-map-keys');
    const keys = document.createElement('span');
    keys.id = 'fl-map-keys';
    keys.hidden = true;
    keys.textContent = 'Arrow keys pan, + and − zoom, 0 fits the data, Escape clears the selection.';
    const tools = document.createElement('div');
    tools.className = 'fl-tools';
    tools.setAttribute('role', 'group');
    tools.setAttribute('aria-label', 'Map controls');
    for (const [label, text, act] of [
      ['Zoom in', '+', () => zoomBy(2)],
      ['Zoom out', '−', () => zoomBy(0.5)],
      ['Fit to data', 'Fit', fit],
    ]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = text;
      b.title = label;
      b.setAttribute('aria-label', label);
      b.addEventListener('click', act);
      tools.append(b);
    }
    mapSvg.parentElement.append(tools, keys);

    mapSvg.addEventListener('keydown', (ev) => {
      const step = vb.w / 8;
      const act = {
        ArrowLeft: () => panBy(-step, 0),
        ArrowRight: () => panBy(step, 0),
        ArrowUp: () => panBy(0, -step),
        ArrowDown: () => panBy(0, step),
        '+': () => zoomBy(2),
        '=': () => zoomBy(2),
        '-': () => zoomBy(0.5),
        '−': () => zoomBy(0.5),
        0: fit,
        Escape: () => select([]),
      }[ev.key];
      if (act) {
        ev.preventDefault();
        act();
      }
    });
    // Ctrl + wheel (and a touchpad's pinch) zooms about the pointer; a
    // plain wheel is the reader scrolling the article.
    mapSvg.addEventListener(
      'wheel',
      (ev) => {
        if (!ev.ctrlKey) return;
        ev.preventDefault();
        const r = mapSvg.getBoundingClientRect();
        const cx = vb.x + (ev.clientX - r.left) * unit();
        const cy = vb.y + (ev.clientY - r.top) * unit();
        zoomBy(Math.exp(-ev.deltaY / 200), cx, cy);
      },
      { passive: false },
    );
    mapSvg.addEventListener('pointerdown', (ev) => {
      if (ev.button !== 0 || ev.pointerType === 'touch') return;
      dragging = { x: ev.clientX, y: ev.clientY, id: ev.pointerId };
      moved = false;
    });
    mapSvg.addEventListener('pointermove', (ev) => {
      if (!dragging || ev.pointerId !== dragging.id) return;
      const dx = ev.clientX - dragging.x;
      const dy = ev.clientY - dragging.y;
      if (!moved && Math.hypot(dx, dy) < 4) return;
      if (!moved) {
        moved = true;
        mapSvg.setPointerCapture(ev.pointerId);
        mapSvg.classList.add('fl-dragging');
        hideTip();
      }
      panBy(-dx * unit(), -dy * unit());
      dragging.x = ev.clientX;
      dragging.y = ev.clientY;
    });
    const end = () => {
      dragging = null;
      mapSvg.classList.remove('fl-dragging');
      // The click that ends a drag selects nothing.
      setTimeout(() => {
        moved = false;
      });
    };
    mapSvg.addEventListener('pointerup', end);
    mapSvg.addEventListener('pointercancel', end);
  }

  host.flightlensView = { select, selected: () => [...selected] };
  host.dispatchEvent(new CustomEvent('flightlens-view-ready', { bubbles: true }));
}

/** Each figure is brought to life in a task of its own, after the page's
 * first layout, so that none of it lengthens the tasks that draw the page. */
function enhanceAll() {
  for (const host of document.querySelectorAll('[data-flightlens]')) {
    if (host.flightlensView || host.flightlensPending) continue;
    host.flightlensPending = true;
    setTimeout(() => {
      host.flightlensPending = false;
      enhance(host);
    });
  }
}

enhanceAll();
// Figures added later (a page that builds itself, or one still loading).
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhanceAll, { once: true });
new MutationObserver((records) => {
  const added = records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && (n.matches('[data-flightlens]') || n.querySelector('[data-flightlens]'))));
  if (added) enhanceAll();
}).observe(document.documentElement, { childList: true, subtree: true });
