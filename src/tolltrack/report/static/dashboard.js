/* tolltrack dashboard: plain JavaScript, no library, nothing fetched but this server's /api.
   Every text that comes from reports is put in the page with textContent, never as markup. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const PAGE = 50;
  const state = { offset: 0, colors: {}, selected: null };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, text) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  const fmt = (v) => (v === null || v === undefined ? "–" : Number(v).toLocaleString("en"));
  const color = (side) => state.colors[side] || "#bbbbbb";

  function filters() {
    const out = new URLSearchParams();
    for (const name of ["since", "until", "side", "actor", "admin1", "status", "source"]) {
      const v = $("f-" + name).value.trim();
      if (v) out.set(name, v);
    }
    return out;
  }

  async function api(path, params) {
    const url = "/api/" + path + (params && String(params) ? "?" + params : "");
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.json();
    if (!res.ok) throw new Error(body.detail || res.statusText);
    return body;
  }

  // --- map: equirectangular frame fitted to the points (as svg.py does), graticule, no outlines ---
  function niceStep(span, target) {
    if (span <= 0) return 1;
    const raw = span / target, p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * p) return m * p;
    return 10 * p;
  }

  function drawMap(points) {
    const W = 640, H = 420, pad = 20, box = $("map");
    box.replaceChildren();
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of events" });
    svg.appendChild(el("svg:rect", { width: W, height: H, fill: "#f4f7fa", stroke: "#ccd" }));
    if (!points.length) {
      svg.appendChild(el("svg:text", { x: W / 2, y: H / 2, "text-anchor": "middle", fill: "#777" },
        "No events with coordinates in this selection"));
      box.appendChild(svg);
      return;
    }
    const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
    let lat0 = Math.min(...lats), lat1 = Math.max(...lats), lon0 = Math.min(...lons), lon1 = Math.max(...lons);
    const mid = (lat0 + lat1) / 2, k = Math.max(0.2, Math.cos(mid * Math.PI / 180));
    let sLat = Math.max(lat1 - lat0, 2) * 1.24, sLon = Math.max(lon1 - lon0, 2) * 1.24;
    const iw = W - 2 * pad, ih = H - 2 * pad;
    if (sLon * k / sLat < iw / ih) sLon = sLat * iw / ih / k; else sLat = sLon * k * ih / iw;
    const cLon = (lon0 + lon1) / 2, scale = iw / sLon;
    lon0 = cLon - sLon / 2; lon1 = cLon + sLon / 2; lat0 = mid - sLat / 2; lat1 = mid + sLat / 2;
    const px = (lon) => pad + (lon - lon0) * scale, py = (lat) => pad + (mid + sLat / 2 - lat) * scale / k;
    const step = niceStep(Math.max(lon1 - lon0, lat1 - lat0), 6);
    for (let lon = Math.ceil(lon0 / step) * step; lon <= lon1; lon += step) {
      svg.appendChild(el("svg:line", { x1: px(lon), x2: px(lon), y1: 0, y2: H, stroke: "#dde3ea" }));
      svg.appendChild(el("svg:text", { x: px(lon) + 2, y: H - 4, fill: "#8a94a0", "font-size": 10 },
        `${+lon.toFixed(1)}°${lon >= 0 ? "E" : "W"}`));
    }
    for (let lat = Math.ceil(lat0 / step) * step; lat <= lat1; lat += step) {
      svg.appendChild(el("svg:line", { x1: 0, x2: W, y1: py(lat), y2: py(lat), stroke: "#dde3ea" }));
      svg.appendChild(el("svg:text", { x: 3, y: py(lat) - 2, fill: "#8a94a0", "font-size": 10 },
        `${+Math.abs(lat).toFixed(1)}°${lat >= 0 ? "N" : "S"}`));
    }
    const biggest = Math.max(1, ...points.map((p) => p.best));
    const radius = (p) => 3 + 22 * Math.sqrt(p.best / biggest);
    // Up to 5,000 circles, largest first (the API's order), so small circles stay on top. One listener for
    // them all, and each circle's tooltip made when the pointer first reaches it: a title and a listener per
    // circle took about a third of a redraw.
    const byId = new Map();
    for (const p of points) {
      byId.set(String(p.id), p);
      svg.appendChild(el("svg:circle", { cx: px(p.lon), cy: py(p.lat), r: radius(p), fill: color(p.side),
        class: "pt", "data-id": p.id }));  // opacity and stroke: dashboard.css
    }
    svg.addEventListener("click", (evt) => {
      const c = evt.target.closest("circle.pt");
      if (c) openEvent(Number(c.dataset.id));
    });
    svg.addEventListener("mouseover", (evt) => {
      const c = evt.target.closest("circle.pt");
      const p = c && !c.firstChild ? byId.get(c.dataset.id) : null;
      if (p) c.appendChild(el("svg:title", {}, `${p.location || ""} ${p.date || ""}: ${fmt(p.best)} killed (${p.side})`));
    });
    for (const p of points.slice(0, 20)) {
      if (!p.location) continue;
      svg.appendChild(el("svg:text", { x: px(p.lon) + radius(p) + 3, y: py(p.lat) + 4, "font-size": 11,
        fill: "#223", stroke: "#f4f7fa", "stroke-width": 3, "paint-order": "stroke" }, p.location));
    }
    box.appendChild(svg);
    const legend = $("legend");
    legend.replaceChildren();
    for (const side of [...new Set(points.map((p) => p.side))]) {
      const item = el("span", {});
      const sw = el("span", { class: "sw" });
      sw.style.background = color(side);
      item.append(sw, side);
      legend.appendChild(item);
    }
  }

  // --- timeline: stacked bars per month and side, drag to choose a date range ---
  function monthRange(first, last) {
    const out = [];
    let [y, m] = first.split("-").map(Number);
    while (out.length < 600) {
      const key = `${y}-${String(m).padStart(2, "0")}`;
      out.push(key);
      if (key >= last) break;
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function drawTimeline(items) {
    const W = 640, H = 220, left = 48, bottom = 28, top = 10, box = $("timeline");
    box.replaceChildren();
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" });
    if (!items.length) {
      svg.appendChild(el("svg:text", { x: W / 2, y: H / 2, "text-anchor": "middle", fill: "#777" }, "No dated events"));
      box.appendChild(svg);
      return;
    }
    const months = monthRange(items[0].month, items[items.length - 1].month);
    const totals = {}, bySide = {};
    for (const it of items) {
      totals[it.month] = (totals[it.month] || 0) + it.best;
      (bySide[it.month] = bySide[it.month] || []).push(it);
    }
    const max = Math.max(1, ...Object.values(totals));
    const pw = W - left - 8, ph = H - top - bottom, band = pw / months.length;
    svg.appendChild(el("svg:text", { x: left - 6, y: top + 8, "text-anchor": "end", "font-size": 10, fill: "#555" },
      fmt(max)));
    months.forEach((m, i) => {
      let y = top + ph;
      for (const it of bySide[m] || []) {
        const h = ph * it.best / max;
        y -= h;
        const r = el("svg:rect", { x: left + i * band + band * 0.15, y, width: Math.max(1, band * 0.7), height: h,
          fill: color(it.side) });
        r.appendChild(el("svg:title", {}, `${m} ${it.side}: ${fmt(it.best)} killed in ${it.events} events`));
        svg.appendChild(r);
      }
      if (i % Math.max(1, Math.ceil(months.length / 10)) === 0) {
        svg.appendChild(el("svg:text", { x: left + i * band + band / 2, y: H - 10, "text-anchor": "middle",
          "font-size": 10, fill: "#555" }, m));
      }
    });
    svg.appendChild(el("svg:line", { x1: left, x2: W - 8, y1: top + ph, y2: top + ph, stroke: "#888" }));
    // the brush
    const since = $("f-since").value, until = $("f-until").value;
    const brush = el("svg:rect", { y: top, height: ph, fill: "#0b5cad", "fill-opacity": 0.12, stroke: "#0b5cad",
      width: 0, x: left });
    const idx = (month) => months.indexOf(month);
    if (since || until) {
      const a = since ? Math.max(0, idx(since.slice(0, 7))) : 0;
      const b = until ? idx(until.slice(0, 7)) : months.length - 1;
      if (a >= 0 && b >= a) { brush.setAttribute("x", left + a * band); brush.setAttribute("width", (b - a + 1) * band); }
    }
    svg.appendChild(brush);
    const toIndex = (evt) => {
      const pt = svg.createSVGPoint();
      pt.x = evt.clientX; pt.y = evt.clientY;
      const x = pt.matrixTransform(svg.getScreenCTM().inverse()).x;
      return Math.min(months.length - 1, Math.max(0, Math.floor((x - left) / band)));
    };
    let start = null;
    svg.addEventListener("mousedown", (evt) => { start = toIndex(evt); evt.preventDefault(); });
    svg.addEventListener("mousemove", (evt) => {
      if (start === null) return;
      const i = toIndex(evt), a = Math.min(start, i), b = Math.max(start, i);
      brush.setAttribute("x", left + a * band); brush.setAttribute("width", (b - a + 1) * band);
    });
    if (state.onUp) window.removeEventListener("mouseup", state.onUp);
    state.onUp = (evt) => {
      if (start === null) return;
      const i = toIndex(evt), a = months[Math.min(start, i)], b = months[Math.max(start, i)];
      start = null;
      const [y, m] = b.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      $("f-since").value = a + "-01";
      $("f-until").value = `${b}-${String(last).padStart(2, "0")}`;
      refresh();
    };
    window.addEventListener("mouseup", state.onUp);
    box.appendChild(svg);
  }

  // --- headline, table, event panel ---
  function drawSummary(t) {
    const box = $("summary");
    box.replaceChildren();
    for (const row of t.rows) {
      const card = el("div", { class: "card" });
      card.style.borderTopColor = color(row.key);
      card.append(el("b", {}, fmt(row.best)), el("span", {}, `${row.key} victims killed · low ${fmt(row.low)} · high ${fmt(row.high)}`));
      box.appendChild(card);
    }
    const total = el("div", { class: "card" });
    total.append(el("b", {}, fmt(t.total)), el("span", {}, `total killed · low ${fmt(t.low)} · high ${fmt(t.high)}`));
    box.appendChild(total);
  }

  function drawTable(page) {
    const body = document.querySelector("#events tbody");
    body.replaceChildren();
    for (const e of page.items) {
      const tr = el("tr", { "data-id": e.id });
      const perp = e.perpetrator ? `${e.perpetrator.name} (${e.perpetrator.side})` : "unknown";
      const sw = el("span", { class: "sw" });
      sw.style.background = e.color;
      const tdPerp = el("td");
      tdPerp.append(sw, perp);
      tr.append(el("td", {}, e.date_start || ""), el("td", {}, e.location || ""), el("td", {}, e.admin1 || ""),
        el("td", {}, e.event_type), tdPerp, el("td", { class: "n" }, fmt(e.fatalities_best)),
        el("td", { class: "n" }, `${fmt(e.fatalities_low)}–${fmt(e.fatalities_high)}`),
        el("td", { class: "n" }, e.source_count));
      if (state.selected === e.id) tr.classList.add("sel");
      tr.addEventListener("click", () => openEvent(e.id));
      body.appendChild(tr);
    }
    $("count").textContent = `${fmt(page.total)} events`;
    $("page").textContent = page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${fmt(page.total)}` : "";
    $("prev").disabled = page.offset === 0;
    $("next").disabled = page.offset + page.items.length >= page.total;
  }

  function sentence(claim) {
    const q = el("blockquote");
    for (const part of claim.highlight) {
      if (part.mark === "number") q.appendChild(el("mark", { class: "num" }, part.text));
      else if (part.mark === "evidence") q.appendChild(el("span", { class: "ev" }, part.text));
      else q.appendChild(document.createTextNode(part.text));
    }
    return q;
  }

  async function openEvent(id) {
    state.selected = id;
    document.querySelectorAll("#events tbody tr").forEach((tr) => tr.classList.toggle("sel", Number(tr.dataset.id) === id));
    let e;
    try { e = await api("events/" + encodeURIComponent(id)); } catch (err) { $("message").textContent = err.message; return; }
    const box = $("event");
    box.replaceChildren();
    box.appendChild(el("h3", {}, `${e.date_start || "undated"} · ${e.location || e.admin1 || "place unknown"}`));
    box.appendChild(el("p", { class: "meta" }, `${e.event_type}${e.sub_event_type ? " / " + e.sub_event_type : ""} · ` +
      `perpetrator: ${e.perpetrator ? e.perpetrator.name : "unknown"} · ${e.source_count} source(s): ${e.sources.join(", ")}`));
    const table = el("table", { class: "fat" });
    const head = el("tr");
    for (const h of ["status", "victims", "low", "best", "high", "sources"]) head.appendChild(el("th", {}, h));
    table.appendChild(head);
    for (const f of e.fatalities) {
      const tr = el("tr");
      tr.append(el("td", {}, f.status), el("td", {}, f.side), el("td", { class: "n" }, fmt(f.low)),
        el("td", { class: "n" }, fmt(f.best)), el("td", { class: "n" }, fmt(f.high)), el("td", { class: "n" }, f.sources));
      table.appendChild(tr);
    }
    box.appendChild(table);
    for (const c of e.claims) {
      const who = el("p", { class: "meta" },
        `${c.outlet || c.reported_by || c.document} — ${c.document}${c.published ? ", " + c.published : ""}` +
        `${c.title ? ": “" + c.title + "”" : ""} · ${c.status} ${c.victim.side}: ${fmt(c.best)}` +
        `${c.role === "part" ? " (a part, not added)" : ""}`);
      box.append(who, sentence(c));
    }
    $("event-panel").hidden = false;
  }

  async function refresh() {
    const params = filters();
    const undated = new URLSearchParams(params);
    undated.delete("since"); undated.delete("until");
    const tallyParams = new URLSearchParams(params);
    tallyParams.delete("status");
    tallyParams.set("detail", "rows");  // the headline needs the figures only, not every contribution
    const pageParams = new URLSearchParams(params);
    pageParams.set("limit", PAGE); pageParams.set("offset", state.offset);
    $("message").textContent = "";
    try {
      const [points, timeline, page, tally] = await Promise.all([
        api("map", params), api("timeline", undated), api("events", pageParams), api("tally", tallyParams)]);
      drawMap(points.items);
      drawTimeline(timeline.items);
      drawTable(page);
      drawSummary(tally);
      for (const w of tally.warnings) $("message").textContent = w;
    } catch (err) {
      $("message").textContent = err.message;
    }
  }

  function option(select, value) { select.appendChild(el("option", { value }, value)); }

  async function init() {
    const f = await api("facets");
    state.colors = f.colors;
    f.sides.forEach((v) => option($("f-side"), v));
    f.admin1.forEach((v) => option($("f-admin1"), v));
    f.statuses.forEach((v) => option($("f-status"), v));
    f.sources.forEach((v) => option($("f-source"), v));
    $("filters").addEventListener("change", () => { state.offset = 0; refresh(); });
    $("filters").addEventListener("submit", (evt) => { evt.preventDefault(); state.offset = 0; refresh(); });
    $("filters").addEventListener("reset", () => setTimeout(() => { state.offset = 0; refresh(); }, 0));
    $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
    $("next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
    $("close").addEventListener("click", () => { $("event-panel").hidden = true; });
    await refresh();
    const linked = /^#event-(\d+)$/.exec(location.hash);  // a link such as /#event-3 opens that event
    if (linked) await openEvent(Number(linked[1]));
  }

  document.addEventListener("DOMContentLoaded", () => init().catch((err) => { $("message").textContent = err.message; }));
  window.tolltrack = { openEvent, refresh };
})();
