/**
 * What the popup's buttons do, through the data layer's task-named functions: log a
 * contact, save a check-in or a reflection, list the profile open in the current tab.
 */
import { now } from './clock';
import { addEvent, addReflection } from './db';
import { addProfile } from './list-edits';
import type { ContactKind, Reflection } from './model';
import type { TabOffer } from './popup-offer';
import { getList, saveList } from './settings';

/** Logs "I broke no-contact"; the streak restarts from now, the old one stays in history. */
export async function logContact(kind: ContactKind, note?: string): Promise<void> {
  await addEvent({ type: 'contact-logged', at: now(), kind, ...(note ? { note } : {}) });
}

/** Stores the goal check-in's answers. */
export async function saveCheckIn(answers: Record<string, string>): Promise<void> {
  await addEvent({ type: 'check-in', at: now(), answers });
}

/** Saves a reflection written in the popup and returns it for the list. */
export function saveReflection(text: string, mood?: Reflection['mood']): Promise<Reflection> {
  return addReflection({ text, source: 'popup', ...(mood ? { mood } : {}) });
}

/**
 * Lists the offered profile under a new person labelled from its handle. Reads the list
 * fresh, so an edit made elsewhere since the popup opened is never overwritten.
 */
export async function addOfferedProfile(offer: TabOffer): Promise<void> {
  const result = addProfile(await getList(), offer.profile, offer.aliases, { at: now() });
  if (result.error) throw new Error(result.error.key);
  await saveList(result.list);
}
