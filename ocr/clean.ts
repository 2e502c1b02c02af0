// Image cleaning before recognition (issue 12, item 2): pure functions on 8-bit grey pixel buffers, the same in
// the CLI and in the extension. Every function is linear in the number of pixels (a constant number of passes;
// the deskew search tries a fixed set of angles on a fixed-size sample). 0 is black ink, 255 white paper.

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major, one byte a pixel. */
  data: Uint8Array;
}

export function grayImage(width: number, height: number, fill = 255): GrayImage {
  const data = new Uint8Array(width * height);
  if (fill) data.fill(fill);
  return { width, height, data };
}

/** Grey (ITU-R BT.601 luma, integer weights) from RGBA, as canvas getImageData() gives it. */
export function grayFromRgba(rgba: ArrayLike<number>, width: number, height: number): GrayImage {
  const out = grayImage(width, height, 0);
  const d = out.data;
  for (let i = 0, j = 0; j < d.length; i += 4, j++) d[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  return out;
}

/** Bilinear resize by `scale` (> 0): how a 100 dpi fax is brought to about 300 dpi. */
export function resize(img: GrayImage, scale: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const out = grayImage(w, h, 0);
  const src = img.data;
  const sw = img.width;
  const sx = img.width / w;
  const sy = img.height / h;
  // per output column: the two source columns and the weight, computed once
  const x0s = new Int32Array(w);
  const x1s = new Int32Array(w);
  const fxs = new Float32Array(w);
  for (let x = 0; x < w; x++) {
    const fx = Math.min(img.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
    x0s[x] = Math.floor(fx);
    x1s[x] = Math.min(img.width - 1, x0s[x]! + 1);
    fxs[x] = fx - x0s[x]!;
  }
  for (let y = 0; y < h; y++) {
    const fy = Math.min(img.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(img.height - 1, y0 + 1);
    const wy = fy - y0;
    const r0 = y0 * sw;
    const r1 = y1 * sw;
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const a = x0s[x]!;
      const b = x1s[x]!;
      const wx = fxs[x]!;
      const top = src[r0 + a]! + (src[r0 + b]! - src[r0 + a]!) * wx;
      const bottom = src[r1 + a]! + (src[r1 + b]! - src[r1 + a]!) * wx;
      out.data[row + x] = Math.round(top + (bottom - top) * wy);
    }
  }
  return out;
}

/**
 * Summed-area tables of the pixels and of their squares, (width+1) × (height+1), so the mean and the standard
 * deviation of any window cost four reads (Float64: exact far beyond a 16 MP page of 255s squared).
 */
export function integralImages(img: GrayImage): { sum: Float64Array; squares: Float64Array } {
  const { width: w, height: h, data } = img;
  const W = w + 1;
  const sum = new Float64Array(W * (h + 1));
  const squares = new Float64Array(W * (h + 1));
  for (let y = 0; y < h; y++) {
    let rowSum = 0;
    let rowSq = 0;
    for (let x = 0; x < w; x++) {
      const v = data[y * w + x]!;
      rowSum += v;
      rowSq += v * v;
      const i = (y + 1) * W + x + 1;
      sum[i] = sum[i - W]! + rowSum;
      squares[i] = squares[i - W]! + rowSq;
    }
  }
  return { sum, squares };
}

export interface SauvolaOptions {
  /** Window side in pixels (odd); about twice a letter's height. */
  window?: number;
  /** Sensitivity: larger keeps less ink. */
  k?: number;
  /** Dynamic range of the standard deviation. */
  r?: number;
}

/**
 * Sauvola's adaptive threshold: a pixel is ink when darker than m·(1 + k·(s/R − 1)), m and s the mean and
 * standard deviation of the window around it. Uneven paper, grey backgrounds and stamps keep their text.
 * Output is bilevel (0 or 255). The window sums come from running column sums (added and dropped a row at a
 * time) and a prefix sum along each row: linear time, and memory for a few rows instead of two page-size
 * summed-area tables.
 */
export function sauvola(img: GrayImage, options: SauvolaOptions = {}): GrayImage {
  const { width: w, height: h, data } = img;
  const half = Math.max(1, Math.floor((options.window ?? 31) / 2));
  const k = options.k ?? 0.2;
  const r = options.r ?? 128;
  const out = grayImage(w, h, 0);
  const colSum = new Float64Array(w);
  const colSq = new Float64Array(w);
  const preSum = new Float64Array(w + 1);
  const preSq = new Float64Array(w + 1);
  const addRow = (y: number, sign: number) => {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const v = data[row + x]!;
      colSum[x]! += sign * v;
      colSq[x]! += sign * v * v;
    }
  };
  let top = 0; // window rows [top, bottom)
  let bottom = 0;
  for (let y = 0; y < h; y++) {
    const y0 = Math.max(0, y - half);
    const y1 = Math.min(h, y + half + 1);
    while (bottom < y1) addRow(bottom++, 1);
    while (top < y0) addRow(top++, -1);
    for (let x = 0; x < w; x++) {
      preSum[x + 1] = preSum[x]! + colSum[x]!;
      preSq[x + 1] = preSq[x]! + colSq[x]!;
    }
    const rows = y1 - y0;
    for (let x = 0; x < w; x++) {
      const x0 = Math.max(0, x - half);
      const x1 = Math.min(w, x + half + 1);
      const n = (x1 - x0) * rows;
      const mean = (preSum[x1]! - preSum[x0]!) / n;
      const variance = Math.max(0, (preSq[x1]! - preSq[x0]!) / n - mean * mean);
      const threshold = mean * (1 + k * (Math.sqrt(variance) / r - 1));
      out.data[y * w + x] = data[y * w + x]! < threshold ? 0 : 255;
    }
  }
  return out;
}

/** A fixed threshold (bilevel out): for pages that are bilevel already, after resize() smoothed their edges. */
export function threshold(img: GrayImage, level = 128): GrayImage {
  const out = grayImage(img.width, img.height, 0);
  for (let i = 0; i < img.data.length; i++) out.data[i] = img.data[i]! < level ? 0 : 255;
  return out;
}

/**
 * Despeckle a bilevel page: a black pixel with no black 8-neighbour turns white (a fax's specks), a white pixel
 * whose 4 neighbours are all black turns black (dropouts inside strokes). Borders are left as they are.
 */
export function despeckle(img: GrayImage): GrayImage {
  const { width: w, height: h, data } = img;
  const out = { width: w, height: h, data: data.slice() };
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const i = y * w + x;
      const up = data[i - w]!;
      const down = data[i + w]!;
      const left = data[i - 1]!;
      const right = data[i + 1]!;
      if (data[i] === 0) {
        if (up && down && left && right && data[i - w - 1] && data[i - w + 1] && data[i + w - 1] && data[i + w + 1]) out.data[i] = 255;
      } else if (!up && !down && !left && !right) {
        out.data[i] = 0;
      }
    }
  }
  return out;
}

export interface RuleOptions {
  /** Runs of ink at least this long are rules (pixels). */
  minRun: number;
  /** Rules at most this thick are removed; thicker runs (a solid box) stay. */
  maxThickness?: number;
}

/**
 * Removes long thin horizontal and vertical lines (table rules, box edges, underscores) from a bilevel page:
 * a run of ink at least `minRun` long along a row (or a column) is cleared where the ink across it is at most
 * `maxThickness` thick. Letters a rule crossed keep their strokes above and below it. Two passes over the pixels
 * per direction. Returns the cleaned page and how many pixels were cleared.
 */
export function removeRules(img: GrayImage, options: RuleOptions): { image: GrayImage; removed: number } {
  const { width: w, height: h, data } = img;
  const maxThickness = options.maxThickness ?? Math.max(2, Math.round(options.minRun / 40));
  const mark = new Uint8Array(w * h); // 1: in a long horizontal run, 2: in a long vertical run (or both: 3)
  // horizontal runs
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const ink = x < w && data[y * w + x] === 0;
      if (ink && start < 0) start = x;
      else if (!ink && start >= 0) {
        if (x - start >= options.minRun) for (let i = start; i < x; i++) mark[y * w + i]! |= 1;
        start = -1;
      }
    }
  }
  // vertical runs
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      const ink = y < h && data[y * w + x] === 0;
      if (ink && start < 0) start = y;
      else if (!ink && start >= 0) {
        if (y - start >= options.minRun) for (let i = start; i < y; i++) mark[i * w + x]! |= 2;
        start = -1;
      }
    }
  }
  const out = { width: w, height: h, data: data.slice() };
  let removed = 0;
  // A horizontal rule is cleared where its vertical extent of marked pixels is thin; the same across a vertical one.
  for (let x = 0; x < w; x++) {
    let start = -1;
    for (let y = 0; y <= h; y++) {
      const m = y < h && (mark[y * w + x]! & 1) !== 0;
      if (m && start < 0) start = y;
      else if (!m && start >= 0) {
        if (y - start <= maxThickness) for (let i = start; i < y; i++) removed += clear(out.data, i * w + x);
        start = -1;
      }
    }
  }
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const m = x < w && (mark[y * w + x]! & 2) !== 0;
      if (m && start < 0) start = x;
      else if (!m && start >= 0) {
        if (x - start <= maxThickness) for (let i = start; i < x; i++) removed += clear(out.data, y * w + i);
        start = -1;
      }
    }
  }
  return { image: out, removed };
}

function clear(data: Uint8Array, i: number): number {
  if (data[i] === 255) return 0;
  data[i] = 255;
  return 1;
}

export interface SkewOptions {
  /** Search ±this many degrees. */
  maxDegrees?: number;
  /** Final precision, degrees. */
  step?: number;
  /** Ink pixels sampled at most (a fixed budget keeps the search linear and fast). */
  sample?: number;
}

/**
 * The page's skew in degrees (positive: text lines fall to the right, i.e. rotate by −angle to straighten),
 * from projection profiles: lines of text sheared by the right angle give the sharpest row histogram (largest
 * sum of squared differences between neighbouring rows). Coarse 0.5° steps over ±maxDegrees, then `step`
 * around the best. 0 when the page has too little ink to say.
 */
export function estimateSkew(img: GrayImage, options: SkewOptions = {}): number {
  const maxDegrees = options.maxDegrees ?? 3;
  const step = options.step ?? 0.1;
  const budget = options.sample ?? 200_000;
  const { width: w, height: h, data } = img;
  let ink = 0;
  for (let i = 0; i < data.length; i++) if (data[i]! < 128) ink++;
  if (ink < 200) return 0;
  const stride = Math.max(1, Math.ceil(ink / budget));
  const xs = new Int32Array(Math.ceil(ink / stride));
  const ys = new Int32Array(xs.length);
  let n = 0;
  let seen = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (data[y * w + x]! < 128 && seen++ % stride === 0 && n < xs.length) {
        xs[n] = x;
        ys[n] = y;
        n++;
      }
    }
  }
  const pad = Math.ceil(w * Math.tan((maxDegrees * Math.PI) / 180)) + 1;
  const bins = new Float64Array(h + 2 * pad);
  const cx = w / 2;
  const score = (degrees: number) => {
    bins.fill(0);
    const t = Math.tan((degrees * Math.PI) / 180);
    for (let i = 0; i < n; i++) {
      const row = Math.round(ys[i]! - (xs[i]! - cx) * t) + pad;
      if (row >= 0 && row < bins.length) bins[row]! += 1;
    }
    let s = 0;
    for (let i = 1; i < bins.length; i++) {
      const d = bins[i]! - bins[i - 1]!;
      s += d * d;
    }
    return s;
  };
  let best = 0;
  let bestScore = score(0);
  for (let a = -maxDegrees; a <= maxDegrees + 1e-9; a += 0.5) {
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  const centre = best;
  for (let a = centre - 0.5; a <= centre + 0.5 + 1e-9; a += step) {
    if (Math.abs(a) > maxDegrees + 1e-9) continue;
    const s = score(a);
    if (s > bestScore) [best, bestScore] = [a, s];
  }
  return Math.round(best / step) * step;
}

/** The page rotated by `degrees` about its centre (bilinear, white outside), same size. */
export function rotate(img: GrayImage, degrees: number): GrayImage {
  const { width: w, height: h, data } = img;
  if (!degrees) return { width: w, height: h, data: data.slice() };
  const out = grayImage(w, h, 255);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = (w - 1) / 2;
  const cy = (h - 1) / 2;
  for (let y = 0; y < h; y++) {
    const dy = y - cy;
    for (let x = 0; x < w; x++) {
      const dx = x - cx;
      // inverse mapping: where this output pixel comes from
      const sx = cos * dx + sin * dy + cx;
      const sy = -sin * dx + cos * dy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * w + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + w]! + (data[i + w + 1]! - data[i + w]!) * fx;
      out.data[y * w + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return out;
}

/** A binary PGM (P5) of the page: what tesseract reads fastest (no PNG encode here, no decode in the worker). */
export function encodePgm(img: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${img.width} ${img.height}\n255\n`);
  const out = new Uint8Array(head.length + img.data.length);
  out.set(head);
  out.set(img.data, head.length);
  return out;
}
