// Line diffs for the dashboard (policy versions, held tool definitions), rendered as DOM nodes.

/** Lines of ``a`` and ``b`` as [op, line] with op " " (same), "-" (only in a), "+" (only in b). */
export function diffLines(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  // Longest common subsequence table; documents here are a few hundred lines at most.
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push([" ", x[i]]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push(["-", x[i++]]);
    else out.push(["+", y[j++]]);
  }
  while (i < x.length) out.push(["-", x[i++]]);
  while (j < y.length) out.push(["+", y[j++]]);
  return out;
}

/** A <pre> showing the diff, removed lines red, added lines green (text nodes only). */
export function diffView(before, after, { context = 3, same = "No difference." } = {}) {
  const lines = diffLines(before, after);
  const pre = document.createElement("pre");
  pre.className = "diff";
  const changed = lines.map(([op]) => op !== " ");
  const near = (k) => changed.slice(Math.max(0, k - context), k + context + 1).some(Boolean);
  let skipped = 0;
  const flush = () => {
    if (!skipped) return;
    const s = document.createElement("span");
    s.className = "skip";
    s.textContent = `  ... ${skipped} unchanged line${skipped === 1 ? "" : "s"}\n`;
    pre.append(s);
    skipped = 0;
  };
  lines.forEach(([op, line], k) => {
    if (op === " " && !near(k)) {
      skipped++;
      return;
    }
    flush();
    const s = document.createElement(op === "+" ? "ins" : op === "-" ? "del" : "span");
    s.textContent = `${op} ${line}\n`;
    pre.append(s);
  });
  flush();
  if (!changed.some(Boolean)) {
    pre.textContent = same;
  }
  return pre;
}
