import fs from 'node:fs';
import { chromiumPath, launchChromium } from './chromium';
import { firefoxPath, launchFirefox } from './firefox';
import type { BrowserName, ExtBrowser } from './types';

/** The engine this vitest run targets (the runner sets BR_E2E_TARGET per pass). */
export const BROWSER: BrowserName = process.env.BR_E2E_TARGET === 'firefox' ? 'firefox' : 'chromium';

/** The executable the harness launches for an engine. */
export function executableFor(name: BrowserName): string {
  return name === 'chromium' ? chromiumPath() : firefoxPath();
}

/** Launches one engine with the built extension; host names resolve to `loopbackIp`. */
export async function launchBrowser(name: BrowserName, options: { loopbackIp: string }): Promise<ExtBrowser> {
  const executable = executableFor(name);
  if (!fs.existsSync(executable)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    throw new Error(`${executable} is missing. Install it: apt-get install ${pkg}`);
  }
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
