// Small SVG charts for the dashboard: line charts over time, a stage timeline, usage meters.
//
// Drawn with DOM calls only (no markup strings, no inline styles: the page's CSP allows neither),
// so values from the API can never become code. Colours come from CSS classes (s0..s7).

const SVG_NS = "http://www.w3.org/2000/svg";
export const PALETTE_SIZE = 8;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function html(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** A round number >= v for an axis top (1, 2, 5 x 10^n); for counts one whose half is whole too. */
function niceMax(v, integer = false) {
  if (!(v > 0)) return integer ? 2 : 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const steps = integer && p === 1 ? [2, 4, 10] : [1, 2, 5, 10];
  for (const m of steps) if (m * p >= v) return m * p;
  return 10 * p;
}

function timeLabel(epochSeconds, spanSeconds) {
  const d = new Date(epochSeconds * 1000);
  const iso = d.toISOString();
  return spanSeconds > 2 * 86400 ? iso.slice(5, 10) + " " + iso.slice(11, 16) : iso.slice(11, 16);
}

/**
 * A line chart of one metric for several series over time buckets.
 *
 * @param {object} o
 * @param {string} o.title       heading shown above the chart
 * @param {number[]} o.buckets   bucket start times (epoch seconds)
 * @param {number} o.bucketS     bucket width in seconds
 * @param {{key: string, values: (number|null)[]}[]} o.series
 * @param {(v: number) => string} o.format  value formatter (axis, tooltips)
 * @param {(key: string, index: number) => string} [o.href]  link of a point (to its traces)
 * @returns {HTMLElement} a <figure> with the chart and its legend
 */
export function lineChart({ title, buckets, bucketS, series, format, href, integer = false, narrow = false }) {
  // A narrower drawing on a phone keeps the axis text readable once scaled to the screen.
  const W = narrow ? 360 : 560;
  const H = narrow ? 180 : 200;
  const n = Math.max(1, buckets.length);
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v) => v !== null))), integer);
  // Room on the left for the longest y-axis label (costs have many decimals).
  const longest = Math.max(...[0, max / 2, max].map((v) => format(v).length));
  const pad = { l: 14 + 7 * longest, r: 12, t: 10, b: 26 };
  const iw = W - pad.l - pad.r;
  const ih = H - pad.t - pad.b;
  const x = (i) => pad.l + (n === 1 ? iw / 2 : (i * iw) / (n - 1));
  const y = (v) => pad.t + ih - (v / max) * ih;
  const chart = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "chart",
    role: "img",
    "aria-label": `${title}: ${series.length} series over ${buckets.length} time buckets`,
  });
  // Grid and y axis: 0, half, max.
  for (const v of [0, max / 2, max]) {
    chart.append(svg("line", { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: "grid" }));
    chart.append(svg("text", { x: pad.l - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, format(v)));
  }
  // x axis: first, middle and last bucket.
  const span = (buckets[buckets.length - 1] ?? 0) - (buckets[0] ?? 0) + bucketS;
  for (const i of [...new Set([0, Math.floor((n - 1) / 2), n - 1])]) {
    if (buckets[i] === undefined) continue;
    const anchor = i === 0 ? "start" : i === n - 1 ? "end" : "middle";
    chart.append(svg("text", { x: x(i), y: H - 6, "text-anchor": anchor, class: "axis" }, timeLabel(buckets[i], span)));
  }
  series.forEach((s, si) => {
    const cls = `s${si % PALETTE_SIZE}`;
    let d = "";
    s.values.forEach((v, i) => {
      if (v === null) return;
      d += `${d && s.values[i - 1] !== null ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    if (d) chart.append(svg("path", { d, class: `line ${cls}` }));
    s.values.forEach((v, i) => {
      if (v === null || v === 0) return;
      const label = `${s.key} at ${timeLabel(buckets[i], span)}: ${format(v)}`;
      const dot = svg("circle", { cx: x(i), cy: y(v), r: 4, class: `dot ${cls}` }, svg("title", {}, label));
      if (href) {
        // A real link: keyboard reachable, and it opens the traces behind the point.
        const a = svg("a", { href: href(s.key, i), "aria-label": `${label}: show traces`, class: "point" }, dot);
        chart.append(a);
      } else {
        chart.append(dot);
      }
    });
  });
  const legend = html("ul", "legend");
  series.forEach((s, si) => {
    legend.append(html("li", `s${si % PALETTE_SIZE}`, html("span", "swatch"), s.key));
  });
  const fig = html("figure", "chart-box", html("figcaption", "", title), chart);
  if (series.length > 1 || (series.length === 1 && series[0].key !== "all")) fig.append(legend);
  if (!series.length) fig.append(html("p", "muted", "No calls in this window."));
  return fig;
}

/**
 * A trace's stages as bars on one time axis: each stage starts where the previous ended.
 *
 * @param {{stage: string, outcome: string, ms: number}[]} stages
 * @returns {SVGElement}
 */
export function stageTimeline(stages) {
  const rowH = 22;
  const W = 520;
  const labelW = 110;
  const msW = 70;
  const total = stages.reduce((a, s) => a + Math.max(0, Number(s.ms) || 0), 0) || 1;
  const scale = (W - labelW - msW) / total;
  const chart = svg("svg", {
    viewBox: `0 0 ${W} ${stages.length * rowH + 4}`,
    class: "timeline",
    role: "img",
    "aria-label": `Stage timeline, ${stages.length} stages, ${total.toFixed(2)} ms`,
  });
  let at = 0;
  stages.forEach((s, i) => {
    const ms = Math.max(0, Number(s.ms) || 0);
    const yTop = i * rowH + 2;
    const outcome = String(s.outcome || "").replace(/[^a-z_]/gi, "");
    chart.append(svg("text", { x: 0, y: yTop + 15, class: "axis tl" }, s.stage));
    chart.append(
      svg(
        "rect",
        { x: labelW + at * scale, y: yTop + 3, width: Math.max(2, ms * scale), height: rowH - 8, class: `bar o-${outcome}` },
        svg("title", {}, `${s.stage}: ${s.outcome}, ${ms.toFixed(3)} ms`),
      ),
    );
    chart.append(svg("text", { x: W, y: yTop + 15, "text-anchor": "end", class: "axis tl" }, `${ms.toFixed(2)} ms`));
    at += ms;
  });
  return chart;
}

/** A horizontal meter (budget usage): ``used`` of ``cap``; red from 90 %. */
export function meter(used, cap, label) {
  const W = 160;
  const frac = cap > 0 ? Math.min(1, Math.max(0, used / cap)) : 0;
  return svg(
    "svg",
    { viewBox: `0 0 ${W} 12`, class: "meter", role: "img", "aria-label": label },
    svg("rect", { x: 0, y: 0, width: W, height: 12, class: "meter-bg" }),
    svg("rect", { x: 0, y: 0, width: Math.max(frac > 0 ? 2 : 0, frac * W), height: 12, class: frac >= 0.9 ? "meter-hot" : "meter-fill" }),
  );
}
