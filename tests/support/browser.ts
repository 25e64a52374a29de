/** Launches Debian's headless Chromium through playwright-core (no browser download). */
import { chromium, type Browser } from 'playwright-core';

/** Chromium flags that keep a headless run quiet and offline. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // Containers often mount a small /dev/shm; Chromium then stalls or crashes renderers. Use /tmp instead.
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts Chromium from CHROME_PATH or /usr/bin/chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}
