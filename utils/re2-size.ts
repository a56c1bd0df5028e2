/**
 * Predicts how many instructions RE2 compiles a regexFilter into, for the subset of syntax the
 * rule compiler writes. Chrome compiles each regexFilter with RE2 under a 2 KB memory budget
 * (kRegexMaxMemKb) and silently skips a rule that does not fit, so the compiler must know
 * before it hands a rule over. Source length is no guide: `[0-9a-f]{56}` does not fit while
 * 90 plain letters do. Measured with isRegexSupported in Chromium 156: `a{112}` is the
 * largest `a{n}` accepted, i.e. 116 instructions with the fixed Fail, Match and `.*?` loop.
 */

/** The most instructions Chrome accepts in one regexFilter. */
export const RE2_MAX_INSTRUCTIONS = 116;

/** Bytes a character class matches, closed over ASCII case (rules are case-insensitive). */
function foldedBytes(ranges: [number, number][]): Uint8Array {
  const set = new Uint8Array(256);
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi && c < 256; c++) {
      set[c] = 1;
      if (c >= 65 && c <= 90) set[c + 32] = 1;
      if (c >= 97 && c <= 122) set[c - 32] = 1;
    }
  }
  return set;
}

/**
 * Instructions for a class: one ByteRange per maximal run plus an Alt between runs. An
 * upper-case run and its exact lower-case twin share one case-folding ByteRange.
 */
export function classCost(ranges: [number, number][], negated = false): number {
  const set = foldedBytes(ranges);
  if (negated) for (let c = 0; c < 256; c++) set[c] = set[c] ? 0 : 1;
  const runs: [number, number][] = [];
  for (let c = 0; c < 256; c++) {
    if (!set[c]) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  const twins = runs.filter(
    ([lo, hi]) => lo >= 65 && hi <= 90 && runs.some(([l, h]) => l === lo + 32 && h === hi + 32),
  );
  return Math.max(1, 2 * (runs.length - twins.length) - 1);
}

interface Cursor {
  src: string;
  i: number;
}

/** Reads `[...]` at the cursor; returns its ranges and whether it is negated. */
function readClass(cur: Cursor): { ranges: [number, number][]; negated: boolean } {
  const ranges: [number, number][] = [];
  cur.i++;
  const negated = cur.src[cur.i] === '^';
  if (negated) cur.i++;
  const char = (): number => {
    const c = cur.src[cur.i++] as string;
    return (c === '\\' ? (cur.src[cur.i++] as string) : c).charCodeAt(0);
  };
  while (cur.i < cur.src.length && cur.src[cur.i] !== ']') {
    const lo = char();
    if (cur.src[cur.i] === '-' && cur.src[cur.i + 1] !== ']') {
      cur.i++;
      ranges.push([lo, char()]);
    } else ranges.push([lo, lo]);
  }
  cur.i++;
  return { ranges, negated };
}

type Atom = { cost: number; single?: [number, number][] };

function atom(cur: Cursor): Atom {
  const c = cur.src[cur.i] as string;
  if (c === '(') {
    cur.i += cur.src.startsWith('(?:', cur.i) ? 3 : 1;
    const inner = alternation(cur);
    cur.i++;
    return inner;
  }
  if (c === '[') {
    const { ranges, negated } = readClass(cur);
    return { cost: classCost(ranges, negated), single: negated ? undefined : ranges };
  }
  cur.i++;
  if (c === '^' || c === '$') return { cost: 1 };
  if (c === '.') return { cost: classCost([[10, 10]], true) };
  const code = (c === '\\' ? (cur.src[cur.i++] as string) : c).charCodeAt(0);
  return { cost: 1, single: [[code, code]] };
}

function sequence(cur: Cursor): Atom {
  let cost = 0;
  let count = 0;
  let last: Atom = { cost: 0 };
  while (cur.i < cur.src.length && cur.src[cur.i] !== '|' && cur.src[cur.i] !== ')') {
    last = atom(cur);
    const q = cur.src[cur.i];
    if (q === '?' || q === '*' || q === '+') {
      cur.i++;
      last = { cost: last.cost + 1 };
    }
    cost += last.cost;
    count++;
  }
  return count === 1 ? last : { cost };
}

function alternation(cur: Cursor): Atom {
  const parts = [sequence(cur)];
  while (cur.src[cur.i] === '|') {
    cur.i++;
    parts.push(sequence(cur));
  }
  if (parts.length === 1) return parts[0] as Atom;
  // RE2 folds an alternation of single characters (or classes) into one class.
  if (parts.every((p) => p.single)) {
    const ranges = parts.flatMap((p) => p.single ?? []);
    return { cost: classCost(ranges), single: ranges };
  }
  return { cost: parts.reduce((sum, p) => sum + p.cost, 0) + parts.length - 1 };
}

/** Instructions for a piece of pattern (no fixed program overhead). */
export function patternSize(src: string): number {
  return alternation({ src, i: 0 }).cost;
}

/**
 * Instructions RE2 compiles a regex into: Fail and Match, the `.*?` loop of an unanchored
 * program, and the pattern. For `^https?://…` RE2 lifts the literal `http` (and the `^` with
 * it) out of the program, which is why that program is unanchored too.
 */
export function re2Size(regex: string): number {
  // (the fixed 4 also holds for a leading `^` without literals: EmptyWidth + anchored, near enough)
  const lifted = regex.startsWith('^http');
  return 4 + alternation({ src: lifted ? regex.slice(5) : regex, i: 0 }).cost;
}
