/**
 * Wires the browser's events to pausing: the list's redirect rules (layer 1), the backstop
 * on committed navigations (layer 3), the allowance and popup messages; and to the rest of
 * the product: onboarding on install, scheduled (cooling-off) changes applied on time, and
 * the optional sync. Every listener is registered synchronously, so an event that wakes the
 * service worker is not missed.
 */

import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import {
  type AnswerContext,
  answerGrant,
  answerIsAllowed,
  type SenderInfo,
} from '@/utils/allowance-requests';
import {
  clearAllowances,
  dropTabAllowances,
  EXPIRY_ALARM,
  readAllowances,
  sweepAllowances,
} from '@/utils/allowance-store';
import {
  alreadyPausing,
  backstopTarget,
  type CommittedNavigation,
  isListedNavigation,
} from '@/utils/backstop';
import { currentTime, watchClockOffset } from '@/utils/clock';
import { applyDueAndReschedule, COMMITMENT_ALARM, scheduleCommitmentAlarm } from '@/utils/commitment-alarm';
import { buildMatchIndex, type MatchIndex } from '@/utils/match';
import type { Envelope } from '@/utils/messages';
import { coalesce, isListRuleId, type RuleSetApi, syncRuleSet } from '@/utils/network-rules';
import { answerResolvePause } from '@/utils/pause-resolve';
import { compileRules } from '@/utils/rules';
import { getList, getSettings, watchList, watchPendingChanges } from '@/utils/settings';
import { startSync } from '@/utils/sync';
import { answerForgetSyncedCopy } from '@/utils/sync-forget';
import { answerAddProfileFromTab, answerRecogniseTab, tabProfileContext } from '@/utils/tab-profile';
import { welcomeOnInstall } from '@/utils/welcome';

export default defineBackground(() => {
  const pageUrl = browser.runtime.getURL('/pause.html');
  const dynamicRules: RuleSetApi = {
    get: () => browser.declarativeNetRequest.getDynamicRules(),
    update: (diff) => browser.declarativeNetRequest.updateDynamicRules(diff as never),
  };

  let index: Promise<MatchIndex> | null = null;
  const currentIndex = () => {
    index ??= getList().then(buildMatchIndex);
    return index;
  };

  // Reads the newest list itself, so a burst of list changes costs at most two updates.
  const syncRules = coalesce(async () => {
    await syncRuleSet(dynamicRules, compileRules(await getList(), pageUrl), isListRuleId);
  });
  const report = (error: unknown) => console.error('Breathing Room: could not update pausing rules', error);
  const reportChanges = (error: unknown) =>
    console.error('Breathing Room: could not apply scheduled changes', error);
  const applyScheduled = () => void applyDueAndReschedule().catch(reportChanges);

  browser.runtime.onInstalled.addListener((details) => {
    void syncRules().catch(report);
    applyScheduled();
    void welcomeOnInstall(details).catch((error: unknown) =>
      console.error('Breathing Room: could not open the welcome page', error),
    );
  });
  browser.runtime.onStartup.addListener(() => {
    void clearAllowances().catch(report);
    void syncRules().catch(report);
    applyScheduled();
  });
  // Scheduled changes: the alarm follows the earliest one; a test moving the clock checks at once.
  watchPendingChanges((pending) => void scheduleCommitmentAlarm(pending).catch(reportChanges));
  watchClockOffset(applyScheduled);
  watchList(() => {
    index = null;
    void syncRules().catch(report);
  });
  // Not on every wake: compiling a long list takes tens of ms, and the worker wakes for
  // navigations. A list change made while it slept wakes it through storage.onChanged.

  const backstop = async (nav: CommittedNavigation) => {
    const index = await currentIndex();
    // Every web navigation arrives here: an unrelated one ends now, without a storage read.
    if (!isListedNavigation(nav, index)) return;
    const target = backstopTarget(nav, {
      index,
      allowances: await readAllowances(),
      now: await currentTime(),
      pageUrl,
    });
    if (target === null) return;
    const tab = await browser.tabs.get(nav.tabId).catch(() => null);
    if (tab && !alreadyPausing(tab as { url?: string; pendingUrl?: string }, pageUrl)) {
      await browser.tabs.update(nav.tabId, { url: target });
    }
  };
  const onNavigation = (nav: CommittedNavigation) => void backstop(nav).catch(report);
  const webPages = { url: [{ schemes: ['http', 'https'] }] };
  browser.webNavigation.onCommitted.addListener(onNavigation, webPages);
  browser.webNavigation.onHistoryStateUpdated.addListener(onNavigation, webPages);
  browser.webNavigation.onReferenceFragmentUpdated.addListener(onNavigation, webPages);
  // Allowances end on the alarm, and (in case it is late) before a tab opens a listed
  // profile, the only place an allowance applies.
  const sweepBefore = async (nav: CommittedNavigation) => {
    if (isListedNavigation(nav, await currentIndex())) await sweepAllowances(await currentTime());
  };
  browser.webNavigation.onBeforeNavigate.addListener((nav) => void sweepBefore(nav).catch(report), webPages);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPIRY_ALARM) void currentTime().then(sweepAllowances).catch(report);
    if (alarm.name === COMMITMENT_ALARM) applyScheduled();
  });
  browser.tabs.onRemoved.addListener((tabId) => void dropTabAllowances(tabId).catch(report));

  const answers: AnswerContext = {
    extensionId: browser.runtime.id,
    pageUrl,
    now: currentTime,
    index: currentIndex,
    settings: getSettings,
  };
  const tabProfile = tabProfileContext();
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo) => {
    const { name, data } = (message ?? {}) as Partial<Envelope>;
    if (name === 'isAllowed') return answerIsAllowed(data, sender, answers);
    if (name === 'grantAllowance') return answerGrant(data, sender, answers);
    if (name === 'resolvePause') return answerResolvePause(data, sender, answers);
    if (name === 'recogniseTab') return answerRecogniseTab(data, sender, tabProfile);
    if (name === 'addProfileFromTab') return answerAddProfileFromTab(data, sender, tabProfile);
    if (name === 'forgetSyncedCopy') return answerForgetSyncedCopy(sender, tabProfile);
    return undefined;
  });

  // Does nothing while the sync setting is off; starts by itself when it is turned on.
  startSync((error) => console.error('Breathing Room: could not sync', error));
});
