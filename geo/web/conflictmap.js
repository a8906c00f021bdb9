/* The event map's browser code (served as a static file; Python passes only data).

   conflictmap.init(map, config) sets up a Leaflet map: the offline base layers, every event on one
   canvas, popups, the legend and the area tool. conflictmap.show(map, group, selection) shows a
   selection of the rows (a filter) and is called again on every filter change.

   Article text is untrusted: it only ever becomes text nodes (never innerHTML), and links are kept
   only for http(s) URLs.
*/
(function () {
  'use strict';
  var STANCE = {claim: 0, accusation: 1, denial: 2, counter: 3};
  var STANCE_NAMES = ['claim', 'accusation', 'denial', 'counter'];
  var REVIEW = {machine: 0, needs_review: 1, confirmed: 2, corrected: 3};
  var SHAPES = {triangle: [[0, -1.2], [1.1, 0.8], [-1.1, 0.8]], down: [[0, 1.2], [1.1, -0.8], [-1.1, -0.8]],
    diamond: [[0, -1.25], [1.1, 0], [0, 1.25], [-1.1, 0]], square: [[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]],
    cross: [[-0.35, -1], [0.35, -1], [0.35, -0.35], [1, -0.35], [1, 0.35], [0.35, 0.35], [0.35, 1],
            [-0.35, 1], [-0.35, 0.35], [-1, 0.35], [-1, -0.35], [-0.35, -0.35]]};
  var SHAPE_NAMES = ['circle', 'triangle', 'diamond', 'down', 'square', 'cross'];
  // Marker radius in pixels: 7, smaller where tens of thousands of markers are drawn at once (less
  // clutter, and a quicker draw); set by each draw.
  var R = 7, PAD = 0.3, STACK = 255;
  function radiusFor(n) { return n > 20000 ? 5 : (n > 8000 ? 6 : 7); }

  // Text-only DOM helpers: article text only ever becomes text nodes.
  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    return e;
  }
  // Text of unknown direction (names, outlets, places) isolated, so that a line mixing Arabic and
  // Latin text keeps its order.
  function iso(text, attrs) { var a = attrs || {}; a.dir = a.dir || 'auto'; return el('bdi', text, a); }
  function line(box, parts, cls) {
    var d = document.createElement('div');
    if (cls) { d.className = cls; }
    parts.forEach(function (p) { d.appendChild(typeof p === 'string' ? document.createTextNode(p) : p); });
    box.appendChild(d);
    return d;
  }
  function fetched(url) {
    return fetch(url).then(function (r) { if (!r.ok) { throw new Error(url + ': HTTP ' + r.status); } return r; });
  }
  function getJSON(url) { return fetched(url).then(function (r) { return r.json(); }); }
  // A file the app may still be writing (the details of a new map are written after its points):
  // asked again a few times, a little later each time.
  function getJSONSoon(url, tries, wait) {
    return getJSON(url).catch(function (err) {
      if (tries <= 1) { throw err; }
      return new Promise(function (r) { setTimeout(r, wait); }).then(function () {
        return getJSONSoon(url, tries - 1, Math.min(wait * 2, 2000));
      });
    });
  }
  function getText(url) { return fetched(url).then(function (r) { return r.text(); }); }
  function decode(bits, n) {
    if (!bits) { return null; }
    var s = atob(bits), mask = new Uint8Array(n);
    for (var i = 0; i < n; i++) { mask[i] = (s.charCodeAt(i >> 3) >> (i & 7)) & 1; }
    return mask;
  }
  function word(map, key) { return (map && map[key]) || String(key === null || key === undefined ? '' : key).replace(/_/g, ' '); }
  function isHttp(u) { return /^https?:\/\//i.test(u || ''); }
  function link(text, url) {
    var a = el('a', text, {target: '_blank', rel: 'noopener noreferrer'});
    a.href = url;
    return a;
  }

  // The popup of row i (P: its point columns; D, j: its details chunk and row in it).
  function popupNode(ctl, P, D, i, j) {
    var W = ctl.words, box = el('div', null, {'class': 'conflictmap-popup', dir: ctl.dir, lang: ctl.lang});
    var date = D.date[j] ? iso(D.date[j], {dir: 'ltr'}) : el('i', W.undated);
    line(box, [el('b', null, {}).appendChild(date).parentNode, ' (' + word(W.date_precisions, D.dp[j]) + ')']);
    var stance = STANCE_NAMES[P.k[i] || 0];
    line(box, [W.claimed_by + ' ', el('b', null).appendChild(iso(P.names[P.c[i]])).parentNode,
               el('span', ' \u00b7 ' + word(W.stances, stance), {'class': 'conflictmap-stance conflictmap-stance-' + stance})]);
    line(box, [W.attacker + ': ', iso(D.attacker_name[j] || W.unknown), ' \u00b7 ' + word(W.types, D.type[j])]);
    line(box, [iso(D.place_ar[j], {dir: 'rtl', lang: 'ar'}), ' \u00b7 ', iso(D.place_en[j], {dir: 'ltr', lang: 'en'}),
               ' (' + word(W.precisions, D.precision[j]) + ')']);
    var cas = [];
    if (D.killed[j] !== null) { cas.push(W.killed + ' ' + D.killed[j]); }
    if (D.injured[j] !== null) { cas.push(W.injured + ' ' + D.injured[j]); }
    if (cas.length) { line(box, [cas.join(W.comma)]); }
    var ev = String(D.ev[j] || ''), h = D.hl[j];
    var evd = line(box, h ? [ev.slice(0, h[0]), el('mark', ev.slice(h[0], h[1])), ev.slice(h[1])] : [ev], 'conflictmap-evidence');
    evd.setAttribute('dir', 'rtl'); evd.setAttribute('lang', 'ar');
    // Every source of the event (merged reports too): date, outlet, link to the article.
    var srcs = (D.srcs && D.srcs[j]) || [];
    var sbox = line(box, [el('b', W.sources + ' (' + Math.max(srcs.length, D.ns[j]) + ')')], 'conflictmap-sources');
    var list = el('ul');
    srcs.forEach(function (s) {
      var li = el('li');
      li.appendChild(iso(s[0] || W.undated, {dir: 'ltr'}));
      li.appendChild(document.createTextNode(' \u00b7 '));
      li.appendChild(iso(s[1] || '?'));
      if (isHttp(s[2])) { li.appendChild(document.createTextNode(' \u00b7 ')); li.appendChild(link(s[3] || W.article, s[2])); }
      list.appendChild(li);
    });
    sbox.appendChild(list);
    // Review: confidence, status, the trail of changes.
    var rv = line(box, [W.confidence + ': ' + Math.round(100 * (D.conf[j] || 0)) + '% \u00b7 ' + W.status + ': ',
                        el('b', word(W.statuses, D.status[j]), {'class': 'conflictmap-status'})], 'conflictmap-review');
    var trail = D.audit && D.audit[j];
    if (trail && trail.length) {
      var tl = el('ul', null, {'class': 'conflictmap-audit'});
      trail.forEach(function (a) {  // [when, who, status before, status after, what changed, note]
        var li = el('li');
        li.appendChild(iso(a[0], {dir: 'ltr'}));
        li.appendChild(document.createTextNode(' \u00b7 '));
        li.appendChild(iso(a[1] || W.anonymous));
        li.appendChild(document.createTextNode(': ' + word(W.statuses, a[2]) + ' \u2192 ' + word(W.statuses, a[3])));
        if (a[4]) { li.appendChild(document.createTextNode(' \u00b7 ')); li.appendChild(iso(a[4])); }
        if (a[5]) { li.appendChild(document.createTextNode(' \u00b7 \u201c')); li.appendChild(iso(a[5])); li.appendChild(document.createTextNode('\u201d')); }
        tl.appendChild(li);
      });
      rv.appendChild(tl);
    }
    var acts = line(box, [], 'conflictmap-actions');
    var review = el('a', W.review, {href: '#', role: 'button', 'class': 'conflictmap-review-button'});
    L.DomEvent.on(review, 'click', function (e) { L.DomEvent.stop(e); ctl.report('review', i, D.id[j]); });
    acts.appendChild(review);
    // The opposing claims of a contested event, and one click to see them together.
    var opp = (D.opp && D.opp[j]) || [];
    if (P.x[i]) {
      var ob = line(box, [el('b', W.contested)], 'conflictmap-opposing');
      var ol = el('ul');
      opp.forEach(function (o) {  // [row, claimant name, stance, source, url]
        var li = el('li');
        li.appendChild(iso(o[1]));
        li.appendChild(document.createTextNode(' (' + word(W.stances, o[2]) + ') \u00b7 '));
        li.appendChild(isHttp(o[4]) ? link(o[3] || W.article, o[4]) : iso(o[3] || ''));
        ol.appendChild(li);
      });
      ob.appendChild(ol);
      if (opp.length) {
        var both = el('a', W.show_together, {href: '#', role: 'button', 'class': 'conflictmap-together'});
        L.DomEvent.on(both, 'click', function (e) {
          L.DomEvent.stop(e);
          ctl.together([i].concat(opp.map(function (o) { return o[0]; })));
        });
        acts.appendChild(document.createTextNode(' \u00b7 '));
        acts.appendChild(both);
      }
    }
    return box;
  }

  // Every event on one canvas: points projected once, a redraw is a loop over numbers.
  var EventCanvas = L.Layer.extend({
    initialize: function(P, ctl) {
      this.ctl = ctl;
      P.k = P.k || []; P.q = P.q || [];
      // Nothing is drawn until the first selection arrives (drawing everything first would cost a
      // second full draw at first render).
      this.P = P; this.sel = null; this.selected = false; this.order = []; this.nmarks = 0; this.draws = 0;
      this.sx = null; this.sy = null; this.sr = null;
      var n = P.n; this.px = new Float64Array(n); this.py = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        if (P.lat[i] === null) { continue; }
        // Spherical Mercator at zoom 0 (what L.CRS.EPSG3857 computes), without an object per point.
        var lat = Math.max(Math.min(P.lat[i], 85.0511287798), -85.0511287798) * Math.PI / 180;
        this.px[i] = 256 * (0.5 + P.lon[i] / 360);
        this.py[i] = 256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI));
      }
    },
    onAdd: function(map) {
      this._map = map;
      var c = this._canvas = L.DomUtil.create('canvas', 'conflictmap-events leaflet-zoom-animated');
      c.style.pointerEvents = 'none';
      map.getPane('overlayPane').appendChild(c);
      map.on('moveend zoomend resize viewreset', this._reset, this);
      map.on('zoomanim', this._animate, this);
      map.on('click', this._click, this);
      map.on('mousemove', this._hover, this);
      map.on('mouseout', this._hideTip, this);
      this._reset();
    },
    onRemove: function(map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize viewreset', this._reset, this);
      map.off('zoomanim', this._animate, this);
      map.off('click', this._click, this); map.off('mousemove', this._hover, this); map.off('mouseout', this._hideTip, this);
    },
    // Stance and review state of row i as one small number (stance * 4 + review), part of its sprite.
    look: function(i) { return (this.P.k[i] || 0) * 4 + (this.P.q[i] || 0); },
    select: function(mask) { this.sel = mask; this.selected = true; this._drawn = null; this._reset(); return this.count(); },
    count: function() {
      var P = this.P, n = 0;
      for (var i = 0; i < P.n; i++) { if (P.lat[i] !== null && (!this.sel || this.sel[i])) { n++; } }
      return n;
    },
    _animate: function(e) {
      this._drawn = null;  // the canvas is scaled or hidden now: the next reset draws, whatever the view
      if (!this._map._latLngBoundsToNewLayerBounds) { this._canvas.style.visibility = 'hidden'; return; }
      var scale = this._map.getZoomScale(e.zoom);
      var offset = this._map._latLngBoundsToNewLayerBounds(this._bounds, e.zoom, e.center).min;
      L.DomUtil.setTransform(this._canvas, offset, scale);
    },
    _reset: function() {
      if (!this.selected || this._hold) { return; }
      var map = this._map, size = map.getSize(), pad = size.multiplyBy(PAD).round();
      var topLeft = map.containerPointToLayerPoint(pad.multiplyBy(-1));
      var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y, ratio = window.devicePixelRatio || 1, c = this._canvas;
      // The same selection over the same view is not drawn twice (a moveend after a pan of no
      // pixels, or a resize to the same size, would cost a whole redraw).
      var origin = map.getPixelOrigin(), key = [map.getZoom(), origin.x, origin.y, topLeft.x, topLeft.y, w, h, ratio].join();
      if (key === this._drawn) { return; }
      this._drawn = key;
      this._bounds = L.latLngBounds(map.layerPointToLatLng(topLeft), map.layerPointToLatLng(topLeft.add([w, h])));
      L.DomUtil.setPosition(c, topLeft);  // also undoes a zoom animation's scale
      c.style.visibility = '';
      c.width = Math.round(w * ratio); c.height = Math.round(h * ratio);
      c.style.width = w + 'px'; c.style.height = h + 'px';
      var ctx = c.getContext('2d');
      this._draw(ctx, w, h, map.getPixelOrigin().add(topLeft), Math.pow(2, map.getZoom()), pad);
    },
    // A small canvas with one marker (or uncertainty circle) drawn once and stamped many times:
    // stamping is ten times cheaper than filling a path in a browser without a GPU.
    _sprite: function(ci, si, cont, rpx, ratio, stack, look) {
      // Circles of a radius (district/region events) have no type shape: one sprite for all types.
      // A pile of circles is one circle: the same area told k times is no more certain, and k
      // translucent discs composed would add up to an opaque blob.
      if (rpx) { stack = 1; }
      var key = ci + '|' + (rpx ? 'c' + rpx : si + '|R' + R) + '|' + cont + '|' + look + (stack > 1 ? '*' + stack : ''), sp = this._sprites[key];
      if (sp) { return sp; }
      if (stack > 1) {
        // k identical stamps on one spot, composed once: the same pixels as stamping k times
        // (source-over of one colour k times is that colour at alpha 1 - (1 - a)^k).
        var one = this._sprite(ci, si, cont, rpx, ratio, 1, look);
        sp = document.createElement('canvas'); sp.width = one.width; sp.height = one.height; sp.half = one.half;
        var sctx = sp.getContext('2d');
        for (var k = 0; k < stack; k++) { sctx.drawImage(one, 0, 0); }
        this._sprites[key] = sp;
        return sp;
      }
      // Big enough for the shape (1.25 R at most), its stroke (3 px when contested) and antialiasing.
      var P = this.P, col = P.palette[ci], half = Math.ceil((rpx || R * 1.25) + 2.5), size = Math.ceil(2 * half * ratio);
      sp = document.createElement('canvas'); sp.width = size; sp.height = size;
      var ctx = sp.getContext('2d');
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      this._shape(ctx, half, half, si, rpx);
      this._paint(ctx, col, cont, rpx, look);
      if (!rpx && (look & 3) === REVIEW.corrected) { this._badge(ctx, half, half, '#111111'); }
      if (!rpx && (look & 3) === REVIEW.needs_review) { this._badge(ctx, half, half, '#ffcc00'); }
      sp.half = half;
      this._sprites[key] = sp;
      return sp;
    },
    _shape: function(ctx, cx, cy, si, rpx) {
      this._cx = cx; this._cy = cy;
      ctx.beginPath();
      var pts = rpx ? null : SHAPES[SHAPE_NAMES[si]];
      if (pts) {
        ctx.moveTo(cx + pts[0][0] * R, cy + pts[0][1] * R);
        for (var j = 1; j < pts.length; j++) { ctx.lineTo(cx + pts[j][0] * R, cy + pts[j][1] * R); }
        ctx.closePath();
      } else { ctx.arc(cx, cy, rpx || R, 0, 2 * Math.PI); }
    },
    // How a stance looks (look >> 2): a claim (the claimant's own action) solid; an accusation
    // solid with a white edge; a counter-claim solid with a white inner ring; a denial hollow, its
    // outline dashed. Claims, accusations and counter-claims keep the claimant's colour at their centre.
    _paint: function(ctx, col, cont, rpx, look) {
      var stance = look >> 2, denial = !rpx && stance === STANCE.denial;
      ctx.setLineDash(rpx ? [6, 4] : (denial ? [3, 2] : []));
      ctx.globalAlpha = rpx ? 0.08 : (denial ? 0.06 : 0.85); ctx.fillStyle = col; ctx.fill();
      ctx.globalAlpha = 0.9; ctx.lineWidth = cont ? 3 : (rpx ? 1.5 : (denial ? 2 : 1));
      ctx.strokeStyle = cont ? '#000000' : col;
      ctx.stroke();
      if (!rpx && stance === STANCE.accusation && !cont) {
        ctx.globalAlpha = 1; ctx.lineWidth = 1.5; ctx.strokeStyle = '#ffffff'; ctx.stroke();
      }
      if (denial && cont) {  // the ring of a contested denial, inside its dashed outline
        ctx.setLineDash([]); ctx.lineWidth = 1; ctx.strokeStyle = col; ctx.stroke();
      }
      ctx.globalAlpha = 1; ctx.setLineDash([]);
      if (!rpx && stance === STANCE.counter) {
        ctx.beginPath(); ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 1.5;
        ctx.arc(this._cx, this._cy, Math.max(2, R * 0.5), 0, 2 * Math.PI); ctx.stroke();
      }
    },
    // A small square at the top right of a marker: corrected (dark) or waiting for review (yellow).
    _badge: function(ctx, cx, cy, col) {
      var s = Math.max(3, Math.round(R * 0.6));
      ctx.globalAlpha = 1; ctx.fillStyle = col; ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 1;
      ctx.fillRect(cx + R * 0.55, cy - R * 1.15, s, s); ctx.strokeRect(cx + R * 0.55, cy - R * 1.15, s, s);
    },
    _draw: function(ctx, w, h, origin, scale, pad) {
      var P = this.P, n = P.n, sel = this.sel, i, k, ratio = window.devicePixelRatio || 1;
      this.draws++;  // whole redraws, for tests: a first render draws once
      var sx = this.sx = new Float32Array(n), sy = this.sy = new Float32Array(n), sr = this.sr = new Float32Array(n);
      var circles = [], marks = [];
      var mpp = 40075016.686 / (256 * scale);  // metres per pixel at the equator
      for (i = 0; i < n; i++) {
        if (P.lat[i] === null || (sel && !sel[i])) { continue; }
        var x = this.px[i] * scale - origin.x, y = this.py[i] * scale - origin.y;
        var r = P.r[i] ? Math.max(2, Math.round(P.r[i] / (mpp * Math.cos(P.lat[i] * Math.PI / 180)))) : R;
        if (x < -r - 4 || y < -r - 4 || x > w + r + 4 || y > h + r + 4) { continue; }
        sx[i] = x - pad.x; sy[i] = y - pad.y; sr[i] = r;
        (P.r[i] ? circles : marks).push(i);
      }
      R = radiusFor(marks.length);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      if (Object.keys(this._sprites || {}).length > 5000) { this._sprites = {}; }
      this._sprites = this._sprites || {};
      var visible = this._visible(this._stacks(marks, ratio, pad, false), w, h, pad);
      var all = this._stacks(circles, ratio, pad, true).concat(visible);
      var stacks = this._stack;
      for (k = 0; k < all.length; k++) {
        i = all[k];
        var rpx = P.r[i] ? sr[i] : 0, cx = sx[i] + pad.x, cy = sy[i] + pad.y;
        if (rpx > 160) {  // a big circle (zoomed in): a path, cheaper than a huge stamp
          ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
          this._shape(ctx, cx, cy, 0, rpx);
          this._paint(ctx, P.palette[P.c[i]], P.x[i], rpx, this.look(i));
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          continue;
        }
        var sp = this._sprite(P.c[i], P.s[i], P.x[i], rpx, ratio, stacks[i], this.look(i));
        ctx.drawImage(sp, Math.round((cx - sp.half) * ratio), Math.round((cy - sp.half) * ratio));
      }
      this.order = all;
      this.nmarks = visible.length;
    },
    // Markers (or circles) of one sprite on the same device pixel (events of one place, claimant
    // and type; district events at their district's centre) are stamped once, with a sprite of
    // their pile composed beforehand (piles of up to STACK; beyond that even a 5%-alpha edge pixel
    // is opaque to 1 in 400,000). Keeps the topmost of each pile; this._stack[i] is its height.
    // Circles too big for a sprite (drawn as paths) are not piled.
    _stacks: function(items, ratio, pad, circles) {
      var P = this.P, stack = this._stack = this._stack || new Uint8Array(P.n), seen = new Map(), keep = [];
      var half = Math.ceil(R * 1.25 + 2.5), k, i, key, top, rpx;
      for (k = items.length - 1; k >= 0; k--) {
        i = items[k];
        rpx = circles ? this.sr[i] : 0;
        if (rpx > 160) { stack[i] = 1; keep.push(i); continue; }
        if (circles) { half = Math.ceil(rpx + 2.5); }
        key = (((Math.round((this.sy[i] + pad.y - half) * ratio) + 64) * 16384 + Math.round((this.sx[i] + pad.x - half) * ratio) + 64) * 256
               + Math.min(rpx, 255)) * 131072 + P.c[i] * 256 + (circles ? 0 : P.s[i] * 32 + this.look(i) * 2) + (P.x[i] ? 1 : 0);
        top = seen.get(key);
        if (top === undefined) { seen.set(key, i); stack[i] = 1; keep.push(i); }
        else if (stack[top] < STACK) { stack[top]++; }
      }
      return keep.reverse();
    },
    // Where markers pile up, most are hidden under later ones: walk from the top down over a grid of
    // cells of half a marker and skip a marker whose core lies on cells already covered by the
    // opaque cores of markers above it (what it would add is a sliver under 15% opacity).
    _visible: function(marks, w, h, pad) {
      if (marks.length < 2000) { return marks; }
      var G = Math.max(2, Math.floor(R / 2)), gw = Math.ceil(w / G) + 1, gh = Math.ceil(h / G) + 1;
      var cover = new Uint8Array(gw * gh), keep = [], core = R * 0.55, k, i, a, b, c, d, x, y, hidden;
      for (k = marks.length - 1; k >= 0; k--) {
        i = marks[k];
        var cx = this.sx[i] + pad.x, cy = this.sy[i] + pad.y;
        a = Math.max(0, Math.floor((cx - core) / G)); b = Math.min(gw - 1, Math.floor((cx + core) / G));
        c = Math.max(0, Math.floor((cy - core) / G)); d = Math.min(gh - 1, Math.floor((cy + core) / G));
        hidden = true;
        for (y = c; y <= d && hidden; y++) { for (x = a; x <= b; x++) { if (!cover[y * gw + x]) { hidden = false; break; } } }
        if (hidden) { continue; }
        keep.push(i);
        // Cells wholly inside this marker's core are covered from now on.
        for (y = Math.ceil((cy - core) / G); (y + 1) * G <= cy + core; y++) {
          for (x = Math.ceil((cx - core) / G); (x + 1) * G <= cx + core; x++) {
            if (x >= 0 && y >= 0 && x < gw && y < gh) { cover[y * gw + x] = 1; }
          }
        }
      }
      return keep.reverse();
    },
    // The event under a container point: the topmost marker within reach, else the smallest circle around it.
    hit: function(cp) {
      var o = this.order, best = -1, bestD = Infinity, k, i, dx, dy, d;
      for (k = o.length - 1; k >= o.length - this.nmarks; k--) {
        i = o[k]; dx = this.sx[i] - cp.x; dy = this.sy[i] - cp.y; d = dx * dx + dy * dy;
        if (d <= (R + 3) * (R + 3) && d < bestD) { best = i; bestD = d; }
      }
      if (best >= 0) { return best; }
      for (k = 0; k < o.length - this.nmarks; k++) {
        i = o[k]; dx = this.sx[i] - cp.x; dy = this.sy[i] - cp.y;
        if (dx * dx + dy * dy <= this.sr[i] * this.sr[i] && this.sr[i] < bestD) { best = i; bestD = this.sr[i]; }
      }
      return best;
    },
    // Every drawn event under the marker (or circle) of event i, i first, then from the top down:
    // markers whose centres lie within half a marker of its centre, or circles of the same centre
    // and radius. A pile of events at one place is one stamp; its popup pages through them all.
    here: function(i) {
      var P = this.P, sx = this.sx, sy = this.sy, sr = this.sr, out = [i], j, dx, dy, lim = (R / 2) * (R / 2);
      if (!sr || !sr[i]) { return out; }
      for (j = P.n - 1; j >= 0; j--) {
        if (j === i || !sr[j] || (this.sel && !this.sel[j]) || !P.r[j] !== !P.r[i]) { continue; }
        dx = sx[j] - sx[i]; dy = sy[j] - sy[i];
        if (P.r[i] ? (Math.round(dx) === 0 && Math.round(dy) === 0 && sr[j] === sr[i]) : dx * dx + dy * dy <= lim) { out.push(j); }
      }
      return out;
    },
    _click: function (e) {
      if (this.ctl.justDrew) { this.ctl.justDrew = false; return; }  // the end of an area drag is not a click
      var i = this.hit(e.containerPoint);
      if (i >= 0) { this._hideTip(); this.openPopup(i, this.here(i)); }
    },
    // The popup of event i; with a list of the events at its spot, '< 1 / n >' pages through them.
    openPopup: function (i, list) {
      var self = this, ctl = this.ctl, P = this.P, map = this._map, popup = L.popup({maxWidth: 380, minWidth: 300}).setLatLng([P.lat[i], P.lon[i]]);
      list = list && list.length ? list : [i];
      function show(k) {
        var row = list[k];
        return ctl.detailsOf(row).then(function (d) {
          var box = popupNode(ctl, P, d.D, row, d.j);
          if (list.length > 1) {
            var nav = el('div', null, {'class': 'conflictmap-pile', dir: 'ltr'});
            [['\u2039', ctl.words.previous, -1], ['\u203a', ctl.words.next, 1]].forEach(function (b, n) {
              var a = el('a', b[0], {href: '#', role: 'button', title: b[1], 'class': 'conflictmap-pile-' + (b[2] < 0 ? 'prev' : 'next')});
              L.DomEvent.on(a, 'click', function (ev) { L.DomEvent.stop(ev); show((k + b[2] + list.length) % list.length); });
              if (n === 1) {  // '2 / 3' kept left to right whatever the language around it
                nav.appendChild(el('span', (k + 1) + ' / ' + list.length, {dir: 'ltr'}));
                nav.appendChild(el('span', ' ' + ctl.words.here + ' ', {dir: ctl.dir}));
              }
              nav.appendChild(a);
            });
            // At the foot of the popup, its anchored edge, with a fixed width: paging through
            // evidence of other lengths never moves the arrows from under the pointer.
            box.appendChild(nav);
          }
          popup.setContent(box);
          if (!popup.isOpen()) { popup.openOn(map); }
          return d.D.id[d.j];
        });
      }
      self._popup = popup;
      return show(0);
    },
    _hover: function (e) {
      var self = this;
      if (self._pending) { return; }
      self._pending = true;
      L.Util.requestAnimFrame(function () {
        self._pending = false;
        var i = self.hit(e.containerPoint), P = self.P;
        self._map.getContainer().style.cursor = i >= 0 ? 'pointer' : '';
        self._hovered = i;
        if (i < 0 || (self._popup && self._popup.isOpen())) { self._hideTip(); return; }  // no tooltip over a popup
        self.ctl.detailsOf(i).then(function (d) {
          if (self._hovered !== i) { return; }
          self._tip = self._tip || L.tooltip({direction: 'top', offset: [0, -8]});
          var tip = el('span', null, {dir: self.ctl.dir});
          tip.appendChild(iso(P.names[P.c[i]]));
          tip.appendChild(document.createTextNode(': '));
          tip.appendChild(iso(self.ctl.lang === 'ar' ? d.D.place_ar[d.j] : d.D.place_en[d.j]));
          self._tip.setLatLng([P.lat[i], P.lon[i]]).setContent(tip);
          self._map.openTooltip(self._tip);
        });
      });
    },
    _hideTip: function () { if (this._tip) { this._map.closeTooltip(this._tip); } },
    // For tests and scripts: what is drawn now, with colours and positions in the map's container.
    shown: function () {
      var P = this.P, out = [];
      for (var i = 0; i < P.n; i++) {
        if (P.lat[i] === null || (this.sel && !this.sel[i])) { continue; }
        var cp = this._map.latLngToContainerPoint([P.lat[i], P.lon[i]]);
        out.push({row: i, color: P.palette[P.c[i]], shape: SHAPE_NAMES[P.s[i]], radius: P.r[i], contested: !!P.x[i],
                  stance: STANCE_NAMES[P.k[i] || 0], review: P.q[i] || 0, lat: P.lat[i], lon: P.lon[i], x: cp.x, y: cp.y});
      }
      return out;
    },
    // The bounds of the selected rows (null when none is drawn).
    selectedBounds: function () {
      var P = this.P, s = 90, w = 180, n = -90, e = -180, any = false;
      for (var i = 0; i < P.n; i++) {
        if (P.lat[i] === null || (this.sel && !this.sel[i])) { continue; }
        any = true;
        if (P.lat[i] < s) { s = P.lat[i]; } if (P.lat[i] > n) { n = P.lat[i]; }
        if (P.lon[i] < w) { w = P.lon[i]; } if (P.lon[i] > e) { e = P.lon[i]; }
      }
      return any ? [[s, w], [n, e]] : null;
    }
  });

  // ---------------------------------------------------------------------------------- the legend
  // Built from counts the server sends (names, colours, numbers): text nodes only. It can be folded
  // to its title bar; folded or not is remembered for the next page.
  var FOLD_KEY = 'conflictmap-legend-folded';
  function folded() { try { return window.localStorage.getItem(FOLD_KEY) === '1'; } catch (e) { return false; } }
  function setFolded(v) { try { window.localStorage.setItem(FOLD_KEY, v ? '1' : '0'); } catch (e) { /* no storage */ } }
  function renderLegend(ctl, div, lg) {
    var W = ctl.words;
    while (div.firstChild) { div.removeChild(div.firstChild); }
    div.setAttribute('dir', ctl.dir);
    if (!lg) { return; }
    var head = el('div', null, {'class': 'conflictmap-legend-head'});
    head.appendChild(el('b', W.legend));
    var btn = el('a', '', {href: '#', role: 'button', 'class': 'conflictmap-legend-fold'});
    head.appendChild(btn);
    div.appendChild(head);
    var body = el('div', null, {'class': 'conflictmap-legend-body'});
    function sw(color, shape, cls) {
      var s = el('span', shape || '', {'class': 'conflictmap-swatch ' + (cls || '')});
      if (color) { s.style.background = shape ? 'transparent' : color; s.style.color = color; }
      return s;
    }
    (lg.parties || []).forEach(function (p) {  // [name, colour, count]
      var d = line(body, [sw(p[1]), iso(p[0]), ': ' + p[2]], 'conflictmap-legend-party');
      d.setAttribute('data-color', p[1]);
    });
    if ((lg.stances || []).length) {
      line(body, [el('b', W.stance)], 'conflictmap-legend-section');
      lg.stances.forEach(function (s) {  // [stance, count]
        line(body, [sw(null, '', 'conflictmap-stance-swatch conflictmap-stance-' + s[0]), word(W.stances, s[0]) + ': ' + s[1]]);
      });
    }
    if ((lg.types || []).length) {
      line(body, [el('b', W.type)], 'conflictmap-legend-section');
      lg.types.forEach(function (t) {  // [type, symbol, count]
        line(body, [el('span', t[1], {'class': 'conflictmap-swatch'}), word(W.types, t[0]) + ': ' + t[2]]);
      });
    }
    line(body, [W.note], 'conflictmap-legend-note');
    div.appendChild(body);
    function apply(v) {
      div.classList.toggle('conflictmap-folded', v);
      btn.textContent = v ? '\u25b8' : '\u25be';
      btn.title = v ? W.unfold : W.fold;
    }
    apply(folded());
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    L.DomEvent.on(btn, 'click', function (e) { L.DomEvent.stop(e); var v = !div.classList.contains('conflictmap-folded'); setFolded(v); apply(v); });
    L.DomEvent.on(head.firstChild, 'click', function (e) { L.DomEvent.stop(e); btn.click(); });
  }

  // ---------------------------------------------------------------------------------- base layers
  // Offline base layers under everything (online tiles, when they load, cover them): country
  // borders, then the theatre's districts as thin dashed lines, then place labels.
  function addBasemap(map, url, firstDrawn) {
    map.createPane('basemap'); map.getPane('basemap').style.zIndex = 150;
    map.getContainer().classList.add('conflictmap-offline');  // water: what the land does not cover
    var BASE = [{file: 'countries.geojson', style: {color: '#9a9a9a', weight: 1, fillColor: '#f2efe9', fillOpacity: 1}},
                {file: 'districts.geojson', style: {color: '#a39e93', weight: 0.7, dashArray: '3 3', fill: false}}];
    // Fetched at once but read and drawn once the events' first draw is on screen (or after 2 s):
    // the events are what the page is for, and the world's borders cost the main thread about as much.
    var afterFirstDraw = Promise.race([
      firstDrawn.then(function () { return new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); }); }),
      new Promise(function (r) { setTimeout(r, 2000); })]);
    Promise.all(BASE.map(function (b) { return getText(url + '/' + b.file); }).concat([afterFirstDraw]))
    .then(function (texts) {
      // Added a slice of features per task, so that no frame waits for the whole world's borders.
      var renderer = L.canvas({pane: 'basemap'}), todo = [];
      BASE.forEach(function (b, i) {
        var group = L.geoJSON(null, {pane: 'basemap', interactive: false, renderer: renderer, style: b.style}).addTo(map);
        var features = JSON.parse(texts[i]).features;
        for (var k = 0; k < features.length; k += 40) { todo.push([group, features.slice(k, k + 40)]); }
      });
      return new Promise(function (resolve, reject) {
        (function next() {
          try {
            var job = todo.shift();
            if (!job) { resolve(); return; }
            job[0].addData({type: 'FeatureCollection', features: job[1]});
            setTimeout(next, 0);
          } catch (err) { reject(err); }
        })();
      });
    }).then(function () { map.getContainer().setAttribute('data-basemap', 'loaded'); })
    .catch(function (err) { map.getContainer().setAttribute('data-basemap', 'failed: ' + err); });
  }

  // Place labels of the offline map (towns and villages from the gazetteer): more of them as one
  // zooms in, in the interface's language, none drawn over another. Drawn on their own canvas
  // above the base layers and below the events; fetched once the events are on screen.
  function addLabels(map, url, firstDrawn, lang) {
    map.createPane('labels'); map.getPane('labels').style.zIndex = 350; map.getPane('labels').style.pointerEvents = 'none';
    var c = L.DomUtil.create('canvas', 'conflictmap-labels leaflet-zoom-hide'), Lb = null, tries = 0;
    map.getPane('labels').appendChild(c);
    function draw() {
      if (!Lb) { return; }
      var size = map.getSize(), ratio = window.devicePixelRatio || 1, tl = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(c, tl);
      c.width = size.x * ratio; c.height = size.y * ratio; c.style.width = size.x + 'px'; c.style.height = size.y + 'px';
      var ctx = c.getContext('2d'), z = map.getZoom(), b = map.getBounds(), taken = [], n = 0, shownNames = [];
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = '12px sans-serif'; ctx.textBaseline = 'middle'; ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.9)'; ctx.fillStyle = '#444';
      var names = lang === 'ar' ? Lb.ar : Lb.en;
      for (var i = 0; i < Lb.lat.length && n < 400; i++) {
        if (Lb.z[i] > z || !b.contains([Lb.lat[i], Lb.lon[i]])) { continue; }
        var p = map.latLngToContainerPoint([Lb.lat[i], Lb.lon[i]]), w = ctx.measureText(names[i]).width;
        var box = [p.x - w / 2 - 2, p.y - 9, p.x + w / 2 + 2, p.y + 9], hit = false;
        for (var k = 0; k < taken.length && !hit; k++) {
          var o = taken[k];
          hit = !(box[2] < o[0] || box[0] > o[2] || box[3] < o[1] || box[1] > o[3]);
        }
        if (hit) { continue; }
        taken.push(box); n++; shownNames.push(names[i]);
        ctx.textAlign = 'center';
        ctx.strokeText(names[i], p.x, p.y); ctx.fillText(names[i], p.x, p.y);
      }
      map.getContainer().setAttribute('data-labels', String(n));
      map.conflictmapLabels = shownNames;  // for tests and scripts
    }
    function load() {
      getJSON(url + '/labels.json').then(function (data) { Lb = data; draw(); })
      .catch(function () { if (++tries < 6) { setTimeout(load, 3000); } });  // written by the app at start-up
    }
    firstDrawn.then(function () { setTimeout(load, 0); });
    map.on('moveend zoomend resize viewreset', draw);
  }

  // Online tiles only when one loads (then with their credit); an offline map shows no credit for
  // tiles it does not have.
  function addTilesWhenReachable(map, t) {
    var probe = new Image(), done = false;
    probe.onload = function () {
      if (done) { return; }
      done = true;
      L.tileLayer(t.url, {attribution: t.attribution, maxZoom: t.maxZoom || 18}).addTo(map);
      map.getContainer().setAttribute('data-tiles', 'online');
    };
    probe.onerror = function () { done = true; map.getContainer().setAttribute('data-tiles', 'offline'); };
    probe.src = t.url.replace('{z}', '0').replace('{x}', '0').replace('{y}', '0').replace('{s}', 'a');
  }

  // ---------------------------------------------------------------------------------- the area tool
  // The area button arms a rectangle drawn by dragging; streamlit-folium reports it as a drawing
  // (window.drawnItems + the 'draw:created' event), and the app filters by its box.
  function addAreaTool(map, ctl, title) {
    // streamlit-folium's page script declares drawnItems (an empty array) after ours has run: the
    // feature group is made when the first area is drawn.
    function drawn() {
      if (!(window.drawnItems instanceof L.FeatureGroup)) { window.drawnItems = L.featureGroup().addTo(map); }
      return window.drawnItems;
    }
    var armed = false, start = null, rect = null;
    var AreaControl = L.Control.extend({options: {position: 'topleft'}, onAdd: function () {
      var bar = L.DomUtil.create('div', 'leaflet-bar');
      var a = L.DomUtil.create('a', 'conflictmap-area', bar);
      a.href = '#'; a.title = title; a.textContent = '\u25AD'; a.setAttribute('role', 'button');
      L.DomEvent.on(a, 'click', function (ev) {
        L.DomEvent.stop(ev); armed = true; map.dragging.disable(); map.getContainer().style.cursor = 'crosshair';
      });
      return bar; }});
    new AreaControl().addTo(map);
    map.on('mousedown', function (e) {
      if (!armed) { return; }
      start = e.latlng;
      rect = L.rectangle([start, start], {color: '#333333', weight: 1.5, dashArray: '5 4', fill: false}).addTo(map);
    });
    map.on('mousemove', function (e) { if (rect && start) { rect.setBounds(L.latLngBounds(start, e.latlng)); } });
    map.on('mouseup', function () {
      if (!armed || !rect) { return; }
      armed = false; map.dragging.enable(); map.getContainer().style.cursor = '';
      ctl.justDrew = true;  // Leaflet fires a click after this mouseup: it must not open a popup
      setTimeout(function () { ctl.justDrew = false; }, 400);
      map.removeLayer(rect); drawn().clearLayers(); drawn().addLayer(rect);
      map.fire('draw:created', {layer: rect, layerType: 'rectangle'}); rect = null; start = null;
    });
  }

  // ---------------------------------------------------------------------------------- the timeline
  // Events of the selection per day, week or month (whichever fits the range in about 90 bars),
  // stacked by claimant. Dragging across it asks the app to filter by those dates; the play button
  // steps the map through the days, one a second.
  var DAY_MS = 86400000;
  function isoDay(d) { return new Date(d * DAY_MS).toISOString().slice(0, 10); }
  function binOf(day, unit) {
    if (unit === 'day') { return day; }
    if (unit === 'week') { return day - ((day + 3) % 7); }  // Mondays (1970-01-01 was a Thursday)
    var t = new Date(day * DAY_MS);
    return Math.round(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) / DAY_MS);
  }
  function nextBin(b, unit) {
    if (unit === 'day') { return b + 1; }
    if (unit === 'week') { return b + 7; }
    var t = new Date(b * DAY_MS);
    return Math.round(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1) / DAY_MS);
  }
  function renderTimeline(ctl, div) {
    var l = ctl.layer, P = l.P, W = ctl.words, lo = Infinity, hi = -Infinity, i;
    while (div.firstChild) { div.removeChild(div.firstChild); }
    if (!P.d) { return; }
    for (i = 0; i < P.n; i++) {
      if ((l.base && !l.base[i]) || P.d[i] < 0) { continue; }
      if (P.d[i] < lo) { lo = P.d[i]; } if (P.d[i] > hi) { hi = P.d[i]; }
    }
    if (lo === Infinity) { div.style.display = 'none'; return; }
    div.style.display = '';
    var span = hi - lo + 1, unit = span <= 90 ? 'day' : (span <= 630 ? 'week' : 'month');
    var bins = [], index = {}, b;
    for (b = binOf(lo, unit); b <= hi; b = nextBin(b, unit)) { index[b] = bins.length; bins.push({start: b, n: 0, by: {}}); }
    for (i = 0; i < P.n; i++) {
      if ((l.base && !l.base[i]) || P.d[i] < 0) { continue; }
      var bin = bins[index[binOf(P.d[i], unit)]];
      bin.n++; bin.by[P.c[i]] = (bin.by[P.c[i]] || 0) + 1;
    }
    var top = Math.max.apply(null, bins.map(function (x) { return x.n; })), NS = 'http://www.w3.org/2000/svg';
    var w = 300, h = 56, bw = w / bins.length;
    var head = el('div', null, {'class': 'conflictmap-timeline-head', dir: ctl.dir});
    var play = el('a', '\u25b6', {href: '#', role: 'button', title: W.play, 'class': 'conflictmap-play'});
    head.appendChild(play);
    head.appendChild(el('span', ' ' + W['timeline_' + unit] + ' ', {'class': 'conflictmap-timeline-unit'}));
    var label = el('bdi', isoDay(lo) + ' \u2013 ' + isoDay(hi), {dir: 'ltr', 'class': 'conflictmap-timeline-range'});
    head.appendChild(label);
    div.appendChild(head);
    var svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h); svg.setAttribute('width', w); svg.setAttribute('height', h);
    svg.setAttribute('class', 'conflictmap-timeline-bars');
    bins.forEach(function (x, k) {
      var y = h;
      P.palette.forEach(function (col, c) {
        var n = x.by[c];
        if (!n) { return; }
        var r = document.createElementNS(NS, 'rect'), bh = n / top * (h - 4);
        y -= bh;
        r.setAttribute('x', (k * bw).toFixed(2)); r.setAttribute('y', y.toFixed(2));
        r.setAttribute('width', Math.max(1, bw * 0.85).toFixed(2)); r.setAttribute('height', bh.toFixed(2));
        r.setAttribute('fill', col);
        var tt = document.createElementNS(NS, 'title');
        tt.textContent = isoDay(x.start) + ' \u00b7 ' + P.names[c] + ': ' + n;
        r.appendChild(tt);
        svg.appendChild(r);
      });
    });
    var brush = document.createElementNS(NS, 'rect');
    brush.setAttribute('class', 'conflictmap-brush'); brush.setAttribute('y', 0); brush.setAttribute('height', h);
    brush.setAttribute('width', 0);
    svg.appendChild(brush);
    svg.appendChild(document.createElementNS(NS, 'title')).textContent = W.brush;
    div.appendChild(svg);
    L.DomEvent.disableClickPropagation(div);
    // The brush: press, drag, release over the bars.
    var from = null;
    function binAt(ev) {
      var r = svg.getBoundingClientRect(), k = Math.floor((ev.clientX - r.left) / r.width * bins.length);
      return Math.max(0, Math.min(bins.length - 1, k));
    }
    function drawBrush(a, z) {
      var s0 = Math.min(a, z), s1 = Math.max(a, z);
      brush.setAttribute('x', s0 * bw); brush.setAttribute('width', (s1 - s0 + 1) * bw);
      label.textContent = isoDay(bins[s0].start) + ' \u2013 ' + isoDay(Math.min(hi, nextBin(bins[s1].start, unit) - 1));
      return [s0, s1];
    }
    L.DomEvent.on(svg, 'mousedown', function (ev) { L.DomEvent.stop(ev); from = binAt(ev); drawBrush(from, from); });
    L.DomEvent.on(svg, 'mousemove', function (ev) { if (from !== null) { drawBrush(from, binAt(ev)); } });
    L.DomEvent.on(svg, 'mouseup', function (ev) {
      if (from === null) { return; }
      var s = drawBrush(from, binAt(ev)); from = null;
      var d0 = Math.max(lo, bins[s[0]].start), d1 = Math.min(hi, nextBin(bins[s[1]].start, unit) - 1);
      ctl.reportDates(isoDay(d0), isoDay(d1));
    });
    // Play: the selection's days one after another on the map, then the whole selection again.
    L.DomEvent.on(play, 'click', function (ev) {
      L.DomEvent.stop(ev);
      if (ctl.playing) { ctl.stopPlay(); return; }
      var day = lo;
      play.textContent = '\u25a0'; play.title = W.stop;
      ctl.playing = setInterval(function () {
        if (day > hi) { ctl.stopPlay(); return; }
        var mask = new Uint8Array(P.n), n = 0;
        for (var j = 0; j < P.n; j++) { if ((!l.base || l.base[j]) && P.d[j] === day) { mask[j] = 1; n++; } }
        l.select(mask);
        label.textContent = isoDay(day);
        ctl.map.getContainer().setAttribute('data-playing', isoDay(day));
        day++;
      }, ctl.playStep || 1000);
      ctl.stopPlay = function () {
        clearInterval(ctl.playing); ctl.playing = null; play.textContent = '\u25b6'; play.title = W.play;
        l.select(l.base); label.textContent = isoDay(lo) + ' \u2013 ' + isoDay(hi);
        ctl.map.getContainer().removeAttribute('data-playing');
      };
    });
  }

  // ---------------------------------------------------------------------------------- set-up
  function init(map, cfg) {
    var firstDrawn = new Promise(function (r) { map.conflictmapFirstDrawn = r; });
    var mark = function (name) { if (window.performance && performance.mark) { performance.mark('conflictmap:' + name); } };
    if (cfg.bounds) {
      // The first view, set at once: an animated pan would end after the events are drawn, and its
      // moveend would draw them all again.
      map.fitBounds(cfg.bounds, {padding: [30, 30], animate: false});
    }
    if (cfg.basemapUrl) { addBasemap(map, cfg.basemapUrl, firstDrawn); addLabels(map, cfg.basemapUrl, firstDrawn, cfg.lang); }
    if (cfg.tiles) { addTilesWhenReachable(map, cfg.tiles); }
    // Details (dates, names, evidence) come in chunks of CHUNK rows, each fetched the first time one
    // of its rows is hovered or clicked: the first render needs none of them.
    var chunks = {}, CHUNK = cfg.chunk;
    var ctl = {
      words: cfg.words, lang: cfg.lang, dir: cfg.lang === 'ar' ? 'rtl' : 'ltr', justDrew: false, map: map,
      detailsOf: function (i) {
        var k = Math.floor(i / CHUNK);
        if (!chunks[k]) {
          chunks[k] = cfg.details ? Promise.resolve(cfg.details)
            : getJSONSoon(cfg.detailsUrl.replace('{k}', k), 12, 250).catch(function (err) { delete chunks[k]; throw err; });
        }
        return chunks[k].then(function (D) { return {D: D, j: i - k * CHUNK}; });
      },
      // Tell the app (streamlit-folium reports a drawing): a marker whose properties say what to do.
      report: function (action, row, id) {
        var P = ctl.layer.P, m = L.marker([P.lat[row], P.lon[row]]);
        m.feature = {type: 'Feature', properties: {conflictmap: action, event_id: id, row: row}};
        map.fire('draw:created', {layer: m, layerType: 'marker'});
        map.getContainer().setAttribute('data-reported', action + ':' + id);
      },
      // Show only these rows (an event and its opposing claims) and frame them; the app's filter
      // comes back with the next selection.
      together: function (rows) {
        var l = ctl.layer, mask = new Uint8Array(l.P.n);
        rows.forEach(function (r) { mask[r] = 1; });
        map.closePopup();
        var n = l.select(mask), b = l.selectedBounds();
        map.getContainer().setAttribute('data-event-count', String(n));
        map.getContainer().setAttribute('data-together', rows.join(','));
        if (b) { map.fitBounds(b, {padding: [60, 60], maxZoom: 11, animate: false}); }
      }
    };
    map.conflictmap = ctl;
    // The view in the page's link (view=lat,lon,zoom), so that a shared link opens where it was left.
    ctl.keepView = function () {
      try {
        var c = map.getCenter(), w = window.parent, u = new URL(w.location.href);
        u.searchParams.set('view', c.lat.toFixed(4) + ',' + c.lng.toFixed(4) + ',' + map.getZoom());
        if (u.toString() !== w.location.href) { w.history.replaceState(w.history.state, '', u.toString()); }
      } catch (e) { /* a page of its own, or another origin: no link to keep */ }
    };
    map.on('moveend', function () { if (ctl.layer && ctl.layer.selected) { ctl.keepView(); } });
    // While the map pans (a popup making room for itself, say) it says so, for whoever drives the page.
    map.on('movestart', function () { map.getContainer().setAttribute('data-moving', '1'); });
    map.on('moveend', function () { map.getContainer().removeAttribute('data-moving'); });
    ctl.legend = L.control({position: 'bottomleft'});
    ctl.legend.onAdd = function () { this._div = L.DomUtil.create('div', 'conflictmap-legend'); return this._div; };
    ctl.legend.addTo(map);
    ctl.timeline = L.control({position: 'bottomright'});
    ctl.timeline.onAdd = function () { this._div = L.DomUtil.create('div', 'conflictmap-timeline'); return this._div; };
    ctl.timeline.addTo(map);
    // The dates brushed on the timeline, reported to the app as a drawing (streamlit-folium's channel).
    ctl.reportDates = function (from, to) {
      var m = L.marker(map.getCenter());
      m.feature = {type: 'Feature', properties: {conflictmap: 'dates', from: from, to: to}};
      map.fire('draw:created', {layer: m, layerType: 'marker'});
      map.getContainer().setAttribute('data-reported', 'dates:' + from + ':' + to);
    };
    var pointsReady = cfg.points ? Promise.resolve(cfg.points) : getJSON(cfg.pointsUrl);
    ctl.ready = pointsReady.then(function (P) {
      mark('points');
      ctl.layer = new EventCanvas(P, ctl).addTo(map);
      window.conflictmapEvents = ctl.layer;
      return ctl.layer;
    });
    ctl.mark = mark;
    addAreaTool(map, ctl, cfg.areaTitle);
    return ctl;
  }

  // Show a selection of the rows (a filter): called by the selection layer, again on every filter change.
  function show(map, group, sel) {
    var ctl = map.conflictmap;
    renderLegend(ctl, ctl.legend._div, sel.legend);
    if (sel.bbox) {
      var b = sel.bbox;
      L.rectangle([[b[0], b[1]], [b[2], b[3]]],
                  {color: '#333333', weight: 1.5, dashArray: '5 4', fill: false, interactive: false}).addTo(group);
    }
    return ctl.ready.then(function (l) {
      ctl.mark('select');
      var mask = decode(sel.bits, l.P.n);
      // Framed again only when the selection changed (not when the app reruns for something else).
      var key = JSON.stringify([sel.bits, sel.frame]), changed = key !== ctl.lastSelection;
      ctl.lastSelection = key;
      if (sel.view && !ctl.viewFromLink) {  // a shared link's view, once
        ctl.viewFromLink = true;
        l._hold = true;
        try { map.setView([sel.view[0], sel.view[1]], sel.view[2], {animate: false}); } finally { l._hold = false; }
      } else if (sel.frame && changed) {  // zoom to the filtered events (or the theatre's box when none is drawn), then draw once
        var keep = l.sel;
        l.sel = mask;
        var fb = l.selectedBounds() || (sel.frame.length === 2 ? sel.frame : null);
        l.sel = keep;
        if (fb) {
          l._hold = true;
          try { map.fitBounds(fb, {padding: [30, 30], maxZoom: 11, animate: false}); } finally { l._hold = false; }
        }
      }
      if (ctl.playing) { ctl.stopPlay(); }
      l.base = mask;  // the app's selection (what the timeline counts and play steps through)
      var n = l.select(mask);
      renderTimeline(ctl, ctl.timeline._div);
      ctl.mark('drawn');
      map.conflictmapCount = n;
      map.getContainer().setAttribute('data-event-count', String(n));
      map.getContainer().removeAttribute('data-together');
      map.conflictmapFirstDrawn();
      setTimeout(ctl.keepView, 300);  // after the app has written its filters into the link
      if (sel.focus !== null && sel.focus !== undefined && l.P.lat[sel.focus] !== null) { l.openPopup(sel.focus, l.here(sel.focus)); }
      return n;
    }).catch(function (err) { map.getContainer().setAttribute('data-map-error', String(err)); });
  }

  var lastMap = null;
  window.conflictmap = {init: function (map, cfg) { lastMap = map; return init(map, cfg); }, show: show, STANCES: STANCE_NAMES};
  // What the selection layer calls (its feature group, the selection); one map per page.
  window.conflictmapShow = function (group, sel) { return show(lastMap, group, sel); };
})();
