// Where Chromium is and how every browser tool here starts it (test runner, story check,
// benchmarks). Order: $CHROME_PATH, then `chromium` / `chromium-browser` / `google-chrome` on PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function fromPath() {
  for (const name of CANDIDATES) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  return '';
}

/** Absolute path of the Chromium binary, or '' when none was found. */
export const CHROMIUM = process.env.CHROME_PATH || fromPath();

/** Flags for a sandboxed CI machine with no network beyond the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Returns the Chromium path or exits with a message that says where we looked and what to do. */
export function requireChromium() {
  if (CHROMIUM && existsSync(CHROMIUM)) return CHROMIUM;
  const looked = process.env.CHROME_PATH
    ? `CHROME_PATH=${process.env.CHROME_PATH} (no such file)`
    : `CHROME_PATH (unset) and PATH for ${CANDIDATES.join(', ')}`;
  console.error(
    [
      `Chromium not found. Looked at ${looked}.`,
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`; `.ci/run` does this for you)',
      'or point CHROME_PATH at a Chromium or Chrome binary, e.g. CHROME_PATH=/usr/bin/chromium npm test.',
    ].join('\n'),
  );
  process.exit(2);
}
