/**
 * Writes a set of strings as one compact RE2 alternation and counts its instructions on the
 * way. A trie shares common prefixes (`alex|alexa|alfie` → `al(?:ex(?:a)?|fie)`), and sibling
 * characters with the same continuation become one class (`user0[0-9]`), which is what lets
 * many profiles share one regex under Chrome's size limit.
 */
import { classCost } from './re2-size';

/** One matchable unit: a literal character (`byte` set, so siblings can merge) or a small pattern. */
export interface Atom {
  src: string;
  cost: number;
  byte?: number;
}

/** A regex fragment with its instruction count. */
export interface Piece {
  src: string;
  cost: number;
}

interface Node {
  next: Map<string, { atom: Atom; node: Node }>;
  end: boolean;
}

const META = /[\\^$.|?*+()[\]{}]/;

/** Atoms for literal ASCII text, escaped for RE2. */
export function literalAtoms(text: string): Atom[] {
  return [...text].map((c) => ({ src: META.test(c) ? `\\${c}` : c, cost: 1, byte: c.charCodeAt(0) }));
}

/** An atom for a small alternation of literal spellings, e.g. `(?:e|%c3%a9)`, prefixes shared. */
export function choiceAtom(options: string[]): Atom {
  const only = options.length === 1 ? literalAtoms(options[0] as string) : [];
  if (only.length === 1) return only[0] as Atom;
  return alternation(options.map(literalAtoms));
}

function classPiece(bytes: number[]): Piece {
  const sorted = [...bytes].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const b of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === b - 1) last[1] = b;
    else ranges.push([b, b]);
  }
  const char = (b: number) => (/[\\\]^-]/.test(String.fromCharCode(b)) ? '\\' : '') + String.fromCharCode(b);
  const body = ranges.map(([lo, hi]) =>
    lo === hi ? char(lo) : hi === lo + 1 ? char(lo) + char(hi) : `${char(lo)}-${char(hi)}`,
  );
  return { src: `[${body.join('')}]`, cost: classCost(ranges) };
}

function emit(node: Node): Piece {
  const groups = new Map<string, { bytes: number[]; others: Atom[]; tail: Piece }>();
  for (const [, { atom, node: child }] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const tail = emit(child);
    const group = groups.get(tail.src) ?? { bytes: [], others: [], tail };
    groups.set(tail.src, group);
    if (atom.byte === undefined) group.others.push(atom);
    else group.bytes.push(atom.byte);
  }
  const branches: Piece[] = [];
  for (const { bytes, others, tail } of groups.values()) {
    const heads = others.map((a): Piece => ({ src: a.src, cost: a.cost }));
    if (bytes.length)
      heads.unshift(
        bytes.length === 1
          ? (literalAtoms(String.fromCharCode(bytes[0] as number))[0] as Piece)
          : classPiece(bytes),
      );
    for (const head of heads) branches.push({ src: head.src + tail.src, cost: head.cost + tail.cost });
  }
  if (!branches.length) return { src: '', cost: 0 };
  const cost = branches.reduce((sum, b) => sum + b.cost, branches.length - 1);
  const src =
    branches.length === 1 ? (branches[0] as Piece).src : `(?:${branches.map((b) => b.src).join('|')})`;
  return node.end ? { src: `(?:${src})?`, cost: cost + 1 } : { src, cost };
}

/** One alternation matching exactly the given atom sequences (none empty). */
export function alternation(items: Atom[][]): Piece {
  const root: Node = { next: new Map(), end: false };
  for (const atoms of items) {
    let node = root;
    for (const atom of atoms) {
      let step = node.next.get(atom.src);
      if (!step) {
        step = { atom, node: { next: new Map(), end: false } };
        node.next.set(atom.src, step);
      }
      node = step.node;
    }
    node.end = true;
  }
  const piece = emit(root);
  return { src: `(?:${piece.src})`, cost: piece.cost };
}

/** Something to pack: its atoms, plus whatever the caller needs back. */
export interface Packable {
  atoms: Atom[];
  text: string;
}

/**
 * Splits items into runs whose alternation costs at most `budget` instructions, taking each
 * run as long as it fits (items sorted, so neighbours share prefixes). Items that do not fit
 * even alone are returned apart.
 */
export function packAlternations<T extends Packable>(
  items: T[],
  budget: number,
): { chunks: { piece: Piece; items: T[] }[]; unfit: T[] } {
  const sorted = [...items].sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const chunks: { piece: Piece; items: T[] }[] = [];
  const unfit: T[] = [];
  const cost = (from: number, k: number) =>
    alternation(sorted.slice(from, from + k).map((t) => t.atoms)).cost;
  let i = 0;
  while (i < sorted.length) {
    const left = sorted.length - i;
    if (cost(i, 1) > budget) {
      unfit.push(sorted[i++] as T);
      continue;
    }
    // Grow by doubling, then bisect: adding items never makes the alternation cheaper.
    let good = 1;
    let bad = 2;
    while (bad <= left && cost(i, bad) <= budget) {
      good = bad;
      bad = Math.min(bad * 2, left + 1);
    }
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (cost(i, mid) <= budget) good = mid;
      else bad = mid;
    }
    const run = sorted.slice(i, i + good);
    chunks.push({ piece: alternation(run.map((t) => t.atoms)), items: run });
    i += good;
  }
  return { chunks, unfit };
}
