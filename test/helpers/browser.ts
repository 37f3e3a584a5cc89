// Real Chromium for end-to-end suites: skipped with one line when no binary is installed (a
// failure under CI=true). playwright-core is loaded only when a suite actually runs.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { requirement } from './requirements.js';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumRequirement = requirement({
  what: 'end-to-end browser suites (test/e2e)',
  available: () => existsSync(chromiumPath()),
  howToEnable: 'install Chromium (`apt-get install chromium`) or set CHROMIUM_PATH=/path/to/chromium',
});

// Quiet and offline: no sandbox (containers, root), no GPU, nothing phoning home.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}
