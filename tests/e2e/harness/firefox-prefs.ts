/**
 * The Firefox profile's user.js. Firefox's remote agent already applies its "recommended
 * preferences" (no updates, no telemetry upload, no safebrowsing lists, dummy remote settings);
 * these add what the harness relies on and silence the rest of Firefox's own traffic, so the
 * fixture server's log only shows what pages and the extension asked for.
 */
export function firefoxPrefs(options: { loopbackIp: string; extensionId: string; extensionUuid: string }) {
  return {
    // Every host name resolves to the fixture server, like Chromium's `MAP * <ip>`.
    'network.dns.forceResolve': options.loopbackIp,
    'network.trr.mode': 5,
    'network.dns.disableIPv6': true,
    'network.proxy.type': 0,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.places.speculativeConnect.enabled': false,
    'browser.urlbar.speculativeConnect.enabled': false,
    // Static key pins (google.com, x.com, facebook.com…) would refuse the self-signed certificate.
    'security.cert_pinning.enforcement_level': 0,
    'dom.security.https_only_mode': false,
    'dom.security.https_first': false,
    // The extension: unsigned temporary install, a fixed moz-extension:// UUID, never disabled.
    'xpinstall.signatures.required': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    'extensions.webextensions.uuids': JSON.stringify({ [options.extensionId]: options.extensionUuid }),
    'extensions.originControls.grantByDefault': true,
    'extensions.install_origins.enabled': false,
    'extensions.webextensions.restrictedDomains': '',
    // Quiet: no telemetry, studies, updates, captive portal, push, sync, pocket, new-tab feeds.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': 'data:,',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.update.disabledForTesting': true,
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.rollouts.enabled': false,
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.push.connection.enabled': false,
    'dom.push.serverURL': '',
    'identity.fxaccounts.enabled': false,
    'services.sync.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.search.update': false,
    'browser.search.geoip.url': '',
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'extensions.pocket.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.quarantinedDomains.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.contentblocking.report.monitor.enabled': false,
    'browser.contentanalysis.enabled': false,
    'browser.ml.enable': false,
    'browser.translations.enable': false,
    'browser.urlbar.suggest.searches': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'privacy.trackingprotection.enabled': false,
    'geo.provider.network.url': '',
    'media.gmp-manager.url': '',
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'browser.sessionstore.resume_from_crash': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.tabs.warnOnClose': false,
    'browser.tabs.unloadOnLowMemory': false,
    // Pages must not be throttled while headless tabs sit in the background.
    'dom.min_background_timeout_value': 4,
    'layout.throttled_frame_rate': 60,
    'dom.ipc.processPriorityManager.enabled': false,
    'ui.prefersReducedMotion': 0,
    // Content console calls go to stdout: the only place the background page's console.error shows.
    'devtools.console.stdout.content': true,
    // Overlay scrollbars, as in headless Chromium and on phones: a 360 px viewport is 360 px of layout.
    'ui.useOverlayScrollbars': 1,
    'widget.gtk.overlay-scrollbars.enabled': true,
  } satisfies Record<string, string | number | boolean>;
}

/** Renders prefs as user.js lines. */
export function toUserJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}
