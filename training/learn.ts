// Multinomial logistic regression on sparse rows, fitted by L-BFGS. Pure and
// deterministic: the same rows in the same order give the same weights, so
// `npm run train` reproduces the committed model.

export interface Rows {
  /** Row i's entries are index[ptr[i]..ptr[i+1]) and value[…]. */
  ptr: Int32Array;
  index: Int32Array;
  value: Float32Array;
  dim: number;
}

export interface Fit {
  classes: number;
  dim: number;
  /** One block per class: weights[c * dim + j]. */
  weights: Float64Array;
  bias: Float64Array;
  iterations: number;
  loss: number;
}

export interface FitOptions {
  classes: number;
  /** L2 strength on the weights (not the biases). */
  l2: number;
  maxIterations?: number;
  /** Per-row weights, e.g. to balance the classes. */
  rowWeights?: Float64Array;
  /** Relative improvement of the loss below which fitting stops (1e-6 by default). */
  tolerance?: number;
}

export function toRows(vectors: readonly { index: Int32Array; value: Float32Array }[], dim: number): Rows {
  const ptr = new Int32Array(vectors.length + 1);
  let total = 0;
  vectors.forEach((v, i) => {
    total += v.index.length;
    ptr[i + 1] = total;
  });
  const index = new Int32Array(total);
  const value = new Float32Array(total);
  vectors.forEach((v, i) => {
    index.set(v.index, ptr[i]!);
    value.set(v.value, ptr[i]!);
  });
  return { ptr, index, value, dim };
}

/** Weights that give every class the same total, whatever its size. */
export function balanced(labels: readonly number[], classes: number): Float64Array {
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y]!++;
  const present = counts.filter((c) => c > 0).length;
  return Float64Array.from(labels, (y) => labels.length / (present * counts[y]!));
}

function softmaxInPlace(z: Float64Array): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
}

// The two loops over a row's entries, where fitting spends its time. The genre head (5 classes) and the
// call-to-action head (2) keep the classes in local variables; every class adds the same products in the
// same order as the general loop, so the weights are bit for bit the same, only sooner.

/** z[c] += θ[j·k + c] · v for every entry (j, v) of the row. */
function accumulate(
  z: Float64Array,
  theta: Float64Array,
  index: Int32Array,
  value: Float32Array,
  from: number,
  to: number,
  k: number,
): void {
  if (k === 5) {
    let z0 = z[0]!,
      z1 = z[1]!,
      z2 = z[2]!,
      z3 = z[3]!,
      z4 = z[4]!;
    for (let p = from; p < to; p++) {
      const b = index[p]! * 5;
      const v = value[p]!;
      z0 += theta[b]! * v;
      z1 += theta[b + 1]! * v;
      z2 += theta[b + 2]! * v;
      z3 += theta[b + 3]! * v;
      z4 += theta[b + 4]! * v;
    }
    z[0] = z0;
    z[1] = z1;
    z[2] = z2;
    z[3] = z3;
    z[4] = z4;
  } else if (k === 2) {
    let z0 = z[0]!,
      z1 = z[1]!;
    for (let p = from; p < to; p++) {
      const b = index[p]! * 2;
      const v = value[p]!;
      z0 += theta[b]! * v;
      z1 += theta[b + 1]! * v;
    }
    z[0] = z0;
    z[1] = z1;
  } else {
    for (let p = from; p < to; p++) {
      const base = index[p]! * k;
      const v = value[p]!;
      for (let c = 0; c < k; c++) z[c]! += theta[base + c]! * v;
    }
  }
}

/** grad[j·k + c] += d[c] · v for every entry (j, v) of the row. */
function spread(
  grad: Float64Array,
  d: Float64Array,
  index: Int32Array,
  value: Float32Array,
  from: number,
  to: number,
  k: number,
): void {
  if (k === 5) {
    const d0 = d[0]!,
      d1 = d[1]!,
      d2 = d[2]!,
      d3 = d[3]!,
      d4 = d[4]!;
    for (let p = from; p < to; p++) {
      const b = index[p]! * 5;
      const v = value[p]!;
      grad[b]! += d0 * v;
      grad[b + 1]! += d1 * v;
      grad[b + 2]! += d2 * v;
      grad[b + 3]! += d3 * v;
      grad[b + 4]! += d4 * v;
    }
  } else if (k === 2) {
    const d0 = d[0]!,
      d1 = d[1]!;
    for (let p = from; p < to; p++) {
      const b = index[p]! * 2;
      const v = value[p]!;
      grad[b]! += d0 * v;
      grad[b + 1]! += d1 * v;
    }
  } else {
    for (let p = from; p < to; p++) {
      const base = index[p]! * k;
      const v = value[p]!;
      for (let c = 0; c < k; c++) grad[base + c]! += d[c]! * v;
    }
  }
}

/**
 * Loss and gradient at θ. Weights are laid out column by column (θ[j·k + c]
 * for feature j and class c), so that one pass over a row's entries scores
 * every class; the k biases follow.
 */
function evaluate(
  rows: Rows,
  labels: readonly number[],
  rw: Float64Array,
  k: number,
  l2: number,
  theta: Float64Array,
  grad: Float64Array,
): number {
  const { dim, ptr, index, value } = rows;
  const n = labels.length;
  const wEnd = k * dim;
  grad.fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) total += rw[i]!;
  const z = new Float64Array(k);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) z[c] = theta[wEnd + c]!;
    const from = ptr[i]!;
    const to = ptr[i + 1]!;
    accumulate(z, theta, index, value, from, to, k);
    softmaxInPlace(z);
    const y = labels[i]!;
    const weight = rw[i]! / total;
    loss -= weight * Math.log(Math.max(z[y]!, 1e-300));
    for (let c = 0; c < k; c++) {
      z[c] = weight * (z[c]! - (c === y ? 1 : 0));
      grad[wEnd + c]! += z[c]!;
    }
    spread(grad, z, index, value, from, to, k);
  }
  let reg = 0;
  for (let j = 0; j < wEnd; j++) {
    const v = theta[j]!;
    if (v === 0) continue;
    reg += v * v;
    grad[j]! += l2 * v;
  }
  return loss + 0.5 * l2 * reg;
}

const dot = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Fits the model by L-BFGS (memory 8) with a backtracking line search. */
export function fit(rows: Rows, labels: readonly number[], options: FitOptions): Fit {
  const k = options.classes;
  const size = k * rows.dim + k;
  const rw = options.rowWeights ?? new Float64Array(labels.length).fill(1);
  const maxIter = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-6;
  const memory = 8;
  const theta = new Float64Array(size);
  const grad = new Float64Array(size);
  let loss = evaluate(rows, labels, rw, k, options.l2, theta, grad);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const nextTheta = new Float64Array(size);
  const nextGrad = new Float64Array(size);
  const direction = new Float64Array(size);
  let spare: [Float64Array, Float64Array] | undefined;
  let iterations = 0;
  for (; iterations < maxIter; iterations++) {
    // Two-loop recursion: direction = −H·grad.
    direction.set(grad);
    const alpha: number[] = [];
    for (let m = s.length - 1; m >= 0; m--) {
      const a = rho[m]! * dot(s[m]!, direction);
      alpha[m] = a;
      const ym = y[m]!;
      for (let j = 0; j < size; j++) direction[j]! -= a * ym[j]!;
    }
    if (s.length > 0) {
      const last = s.length - 1;
      const gamma = dot(s[last]!, y[last]!) / dot(y[last]!, y[last]!);
      for (let j = 0; j < size; j++) direction[j]! *= gamma;
    }
    for (let m = 0; m < s.length; m++) {
      const beta = rho[m]! * dot(y[m]!, direction);
      const sm = s[m]!;
      for (let j = 0; j < size; j++) direction[j]! += sm[j]! * (alpha[m]! - beta);
    }
    for (let j = 0; j < size; j++) direction[j] = -direction[j]!;
    let slope = dot(grad, direction);
    if (slope >= 0) {
      // Not a descent direction: restart from the gradient.
      for (let j = 0; j < size; j++) direction[j] = -grad[j]!;
      slope = dot(grad, direction);
      s.length = 0;
      y.length = 0;
      rho.length = 0;
    }
    let step = iterations === 0 ? 1 / Math.max(1, Math.sqrt(dot(grad, grad))) : 1;
    let nextLoss = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < size; j++) nextTheta[j] = theta[j]! + step * direction[j]!;
      nextLoss = evaluate(rows, labels, rw, k, options.l2, nextTheta, nextGrad);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextLoss < loss)) break;
    // The pair that left the memory is written over rather than a new one allocated.
    const sNew = spare?.[0] ?? new Float64Array(size);
    const yNew = spare?.[1] ?? new Float64Array(size);
    spare = undefined;
    for (let j = 0; j < size; j++) {
      sNew[j] = nextTheta[j]! - theta[j]!;
      yNew[j] = nextGrad[j]! - grad[j]!;
    }
    const sy = dot(sNew, yNew);
    if (sy > 1e-12) {
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
      if (s.length > memory) {
        spare = [s.shift()!, y.shift()!];
        rho.shift();
      }
    } else {
      spare = [sNew, yNew];
    }
    const improvement = loss - nextLoss;
    theta.set(nextTheta);
    grad.set(nextGrad);
    loss = nextLoss;
    if (improvement < tolerance * Math.max(1, Math.abs(loss))) break;
  }
  // Back to one block of weights per class.
  const weights = new Float64Array(k * rows.dim);
  for (let j = 0; j < rows.dim; j++) for (let c = 0; c < k; c++) weights[c * rows.dim + j] = theta[j * k + c]!;
  return { classes: k, dim: rows.dim, weights, bias: theta.slice(k * rows.dim), iterations, loss };
}
