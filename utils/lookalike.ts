/**
 * Catches hosts that only look like a known site: `instagrаm.com` with a Cyrillic `а` is a
 * different host (its punycode is `xn--…`), and must never be taken for Instagram.
 */

// Letters from other alphabets that render like Latin ones, by their Latin twin.
const TWINS: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  к: 'k',
  м: 'm',
  т: 't',
  в: 'b',
  н: 'h',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  ɡ: 'g',
  ı: 'i',
  ȷ: 'j',
  ℓ: 'l',
};

/** The host as it would read to the eye, in plain Latin letters. */
export function latinSkeleton(host: string): string {
  return [...host.normalize('NFKC').toLowerCase()]
    .map((c) => TWINS[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The host part of typed text (before any path), as typed, or '' if there is none. */
export function typedHost(text: string): string {
  const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '');
  const host = rest.split(/[/?#\\]/)[0] ?? '';
  return host.slice(host.lastIndexOf('@') + 1).replace(/:\d*$/, '');
}
