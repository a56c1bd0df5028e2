/**
 * Compiles the list into declarativeNetRequest redirect rules that send a listed profile's
 * full page load to the pause page before a byte of it is fetched. Each rule is one regex
 * holding many profiles of one platform form as a compact alternation, sized so Chrome's
 * RE2 accepts it (see re2-size.ts), and agreeing with the matcher on every full-load URL.
 */
import { GOOGLE_DOMAINS, PINTEREST_DOMAINS } from './hosts';
import type { PeopleList } from './model';
import { NAME_TAIL, nameAtoms, nameHead } from './name-rules';
import { RULE_FORMS } from './platforms/forms';
import { ADAPTERS } from './platforms/index';
import { RE2_MAX_INSTRUCTIONS, re2Size } from './re2-size';
import { alternation, literalAtoms, type Packable, packAlternations } from './regex-trie';

export interface RedirectRule {
  id: number;
  priority: number;
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
  condition: {
    regexFilter: string;
    resourceTypes: ['main_frame'];
    isUrlFilterCaseSensitive?: boolean;
    requestDomains?: string[];
  };
}

/** Chrome allows 1,000 regex rules across dynamic and session rules; allowances need a few. */
export const MAX_LIST_RULES = 980;
/** Instructions per regex: Chrome's measured limit less a margin for other versions. */
const BUDGET = RE2_MAX_INSTRUCTIONS - 2;
/** After a key: the end of its path segment, then the rest of the URL (so `\0` is the whole URL). */
const BOUNDARY = '(?:[/?#].*)?$';
const SCHEME = '^https?://';

interface Family {
  head: string;
  tail: string;
  domains?: readonly string[];
  hostInKey?: boolean;
  items: Map<string, Packable>;
}

/** `name.*` stands for every country domain; rules need them spelled out. */
function expandDomains(domains: readonly string[]): string[] {
  return domains.flatMap((d) => (d === 'pinterest.*' ? PINTEREST_DOMAINS : d.endsWith('.*') ? [] : [d]));
}

function family(families: Map<string, Family>, id: string, form: Omit<Family, 'items'>): Family {
  let found = families.get(id);
  if (!found) {
    found = { ...form, items: new Map() };
    families.set(id, found);
  }
  return found;
}

function addProfiles(list: PeopleList, families: Map<string, Family>): void {
  for (const person of list.people) {
    for (const profile of person.profiles) {
      if (profile.paused) continue;
      const adapter = profile.platform === 'site' ? undefined : ADAPTERS[profile.platform];
      RULE_FORMS[profile.platform].forEach((form, n) => {
        const domains = form.domains ?? expandDomains(adapter?.match.domains ?? []);
        const fam = family(families, `${profile.platform} ${n}`, {
          ...form,
          tail: form.tail ?? BOUNDARY,
          domains,
        });
        for (const key of [profile.key, ...(profile.aliases ?? [])]) {
          const handle = key === profile.key ? profile.handle.toLowerCase() : undefined;
          for (const text of form.spell(key.toLowerCase(), handle)) {
            const lower = text.toLowerCase();
            fam.items.set(lower, { text: lower, atoms: literalAtoms(lower) });
          }
        }
      });
    }
  }
}

function addNames(list: PeopleList, families: Map<string, Family>): void {
  const engines = [
    {
      param: 'q',
      domains: [...GOOGLE_DOMAINS, 'bing.com', 'duckduckgo.com', 'ecosia.org', 'search.brave.com'],
    },
    { param: 'p', domains: ['search.yahoo.com'] },
  ];
  for (const name of list.people.flatMap((person) => person.names ?? [])) {
    for (const { param, domains } of engines) {
      const head = nameHead(param);
      const room = BUDGET - re2Size(SCHEME + head + NAME_TAIL);
      const full = nameAtoms(name);
      // A long name that does not fit with every separator falls back to spaces only.
      const atoms = full && alternation([full]).cost > room ? nameAtoms(name, true) : full;
      if (!atoms) continue;
      const fam = family(families, `names ${param}`, { head, tail: NAME_TAIL, domains });
      fam.items.set(name, { text: atoms.map((a) => a.src).join(''), atoms });
    }
  }
}

function toRules(
  fam: Family,
  pageUrl: string,
  firstId: number,
): { rules: RedirectRule[]; sizes: number[]; unfit: number } {
  const fixed = re2Size(SCHEME + fam.head + fam.tail);
  const { chunks, unfit } = packAlternations([...fam.items.values()], BUDGET - fixed);
  const rules = chunks.map(({ piece, items }, i): RedirectRule => {
    const domains = fam.hostInKey
      ? [...new Set(items.map((item) => item.text.split('/')[0] as string))]
      : fam.domains;
    return {
      id: firstId + i,
      priority: 1,
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}#\\0` } },
      condition: {
        regexFilter: SCHEME + fam.head + piece.src + fam.tail,
        resourceTypes: ['main_frame'],
        isUrlFilterCaseSensitive: false,
        ...(domains?.length ? { requestDomains: [...domains] } : {}),
      },
    };
  });
  return { rules, sizes: chunks.map((c) => c.items.length), unfit: unfit.length };
}

/** The rules, and how many spellings (keys, aliases, names) they leave to the content script. */
export interface CompiledRules {
  rules: RedirectRule[];
  /** Spellings too long for one regex, or past MAX_LIST_RULES. The content script still pauses them. */
  uncovered: number;
}

/** Like compileRules, and says what the network layer could not hold. */
export function compileRuleSet(list: PeopleList, pageUrl: string): CompiledRules {
  const families = new Map<string, Family>();
  addNames(list, families);
  addProfiles(list, families);
  // Site rules and names first, then platforms; past the cap the content script still pauses.
  const ordered = [...families.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, fam]) => fam);
  const rules: RedirectRule[] = [];
  let uncovered = 0;
  for (const fam of ordered) {
    const room = MAX_LIST_RULES - rules.length;
    const compiled = toRules(fam, pageUrl, rules.length + 1);
    rules.push(...compiled.rules.slice(0, Math.max(0, room)));
    const dropped = compiled.sizes.slice(Math.max(0, room));
    uncovered += compiled.unfit + dropped.reduce((sum, n) => sum + n, 0);
  }
  return { rules, uncovered };
}

/** pageUrl: full URL of the pause page, e.g. `chrome-extension://<id>/pause.html`. */
export function compileRules(list: PeopleList, pageUrl: string): RedirectRule[] {
  return compileRuleSet(list, pageUrl).rules;
}

function rank(familyId: string): number {
  return familyId.startsWith('site') ? 0 : familyId.startsWith('names') ? 1 : 2;
}
