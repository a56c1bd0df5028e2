/**
 * Spells a listed name for network rules: the words as typed in a search box and sent by the
 * engine (`+`, `%20`, punctuation between them), case-insensitive, with each accented letter
 * also accepted as its plain letter. Other spellings (a query with accents the listed name
 * lacks, decomposed accents) are left to the content script, which compares words exactly.
 */

import { patternSize } from './re2-size';
import { type Atom, choiceAtom, literalAtoms } from './regex-trie';

/** Between words: punctuation or a space, as sent or percent-encoded. */
const SEP = "(?:[!'-/_]|%[0-7][0-9a-f])+";
/** Between words when a long name needs the room: spaces only. */
const SPACES = '(?:\\+|%20)+';

/** Up to the query parameter's value (any host and path), where a name may start at a word boundary. */
export function nameHead(param: string): string {
  return `[^?#]*\\?(?:[^#]*&)?${param}=(?:[^&#]*(?:[!'-/_]|%[0-7][0-9a-f]))?`;
}

/** After the name: a character that ends the word (not a letter, digit or UTF-8 byte), or the end. */
export const NAME_TAIL = '(?:(?:[^0-9a-z%]|%[0-7]).*)?$';

const utf8 = (c: string) => encodeURIComponent(c).toLowerCase();

/** Atoms for one letter: its plain folded form and, for non-ASCII letters, their encodings. */
function letterAtom(c: string): Atom {
  const plain = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const upper = c.toUpperCase();
  const forms = [plain, c.toLowerCase(), ...([...upper].length === 1 ? [upper] : [])];
  const spellings = new Set(forms.map((s) => (/^[a-z0-9]*$/.test(s) ? s : utf8(s))));
  spellings.delete('');
  return choiceAtom([...spellings].sort());
}

/** The atoms of a listed name, or null when it has no words. `spacesOnly` is the shorter spelling. */
export function nameAtoms(name: string, spacesOnly = false): Atom[] | null {
  const sep = spacesOnly ? SPACES : SEP;
  const between: Atom = { src: sep, cost: patternSize(sep) };
  const words = name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.normalize('NFD').replace(/\p{M}/gu, ''));
  if (!words.length) return null;
  return words.flatMap((word, i) => {
    const letters = [...word.normalize('NFC')]
      .filter((c) => !/\p{M}/u.test(c))
      .map((c) => (/[a-z0-9]/i.test(c) ? (literalAtoms(c.toLowerCase())[0] as Atom) : letterAtom(c)));
    return i === 0 ? letters : [between, ...letters];
  });
}
