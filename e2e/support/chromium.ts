import { existsSync } from 'node:fs';

/**
 * Path of the system Chromium the tests drive. Playwright cannot download its
 * own browsers here, so we use Debian's: CHROMIUM_PATH overrides the default.
 */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}.\n` +
        `Install it with:  sudo apt-get install chromium\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary, e.g. CHROMIUM_PATH=/usr/bin/google-chrome npm test`,
    );
  }
  return path;
}
