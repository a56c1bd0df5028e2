/**
 * What the popup's buttons do, through the data layer's task-named functions: log a
 * contact, save a check-in or a reflection, list the profile open in the current tab.
 */
import { now } from './clock';
import { addEvent, addReflection } from './db';
import { sendMessage } from './messages';
import type { ContactKind, Reflection } from './model';
import type { PopupOffer } from './popup-data';

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
 * Lists the offered profile under a new person labelled from its handle. The background
 * adds it to the list as stored then, and only if the tab still shows it; rejects otherwise.
 */
export async function addOfferedProfile(offer: PopupOffer): Promise<void> {
  const { platform, key } = offer.profile;
  const result = await sendMessage('addProfileFromTab', { tabId: offer.tabId, expected: { platform, key } });
  if (!result?.ok) throw new Error('The profile could not be added');
}
