/**
 * Summaries the benchmark reports: the median of several runs with its spread, and ratios
 * against a baseline measured in the same run (interleaved, so machine noise hits both).
 */

/** Median, quartiles and range of a set of runs. */
export interface Summary {
  runs: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** The q-quantile (0..1) of sorted values, by linear interpolation. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

/** Summarises the runs; throws on an empty list, which would be a broken measurement. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('No runs to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] as number,
    max: sorted.at(-1) as number,
  };
}

/**
 * `subject ÷ baseline`: the ratio of the medians, with the spread of the run-by-run ratios
 * (run i of the subject over run i of the baseline, measured next to each other).
 */
export function ratio(subject: readonly number[], baseline: readonly number[]): Summary {
  const pairs = Math.min(subject.length, baseline.length);
  const perRun = Array.from({ length: pairs }, (_, i) => (subject[i] as number) / (baseline[i] as number));
  return { ...summarize(perRun), median: summarize(subject).median / summarize(baseline).median };
}

/** Runs `a` and `b` alternately, `runs` times each, starting with a different one each round. */
export async function interleave<T>(
  runs: number,
  a: () => Promise<T>,
  b: () => Promise<T>,
): Promise<{ a: T[]; b: T[] }> {
  const out = { a: [] as T[], b: [] as T[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      out.a.push(await a());
      out.b.push(await b());
    } else {
      out.b.push(await b());
      out.a.push(await a());
    }
  }
  return out;
}

/**
 * Runs every task once per round, `runs` rounds, each round starting one task later (so each
 * task sits in every position equally often); returns each task's results in task order.
 */
export async function rotate<T>(runs: number, tasks: readonly (() => Promise<T>)[]): Promise<T[][]> {
  const out = tasks.map(() => [] as T[]);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < tasks.length; j++) {
      const k = (i + j) % tasks.length;
      out[k]?.push(await (tasks[k] as () => Promise<T>)());
    }
  }
  return out;
}
