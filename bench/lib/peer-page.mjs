// The page a peer bench runs in: an entry bundled by esbuild as a vendor would ship it (Lit's
// production build, minified), served from a temporary directory, in headless Chromium; and the
// interleaved rounds every peer comparison takes (each library once per round, the order
// rotating, every sample on a fresh page).
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../../tools/chromium.js';
import { serveDirectory } from '../../tools/static-server.js';

const bench = new URL('..', import.meta.url).pathname;

/**
 * Bundles `entry` (relative to bench/) into a page, serves it and launches Chromium, then runs
 * `body({ browser, url, pageUrl })`; everything is closed and removed afterwards, also on failure.
 * `pages` names more entries, each bundled on its own into `<name>.html` (its own script and
 * style sheet only, for timing a cold page); `pageUrl(name)` is its address.
 */
export async function withPeerPage(entry, body, { pages = {} } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'interlude-peer-bench-'));
  let server;
  let browser;
  try {
    const pageBuild = {
      outdir: dir,
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      conditions: ['@interlude/source', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      tsconfig: join(bench, '..', 'tsconfig.base.json'),
      logLevel: 'warning',
    };
    await build({ ...pageBuild, entryPoints: [join(bench, entry)], entryNames: 'bench' });
    await writeFile(join(dir, 'index.html'), pageHtml('bench', true));
    for (const [name, file] of Object.entries(pages)) {
      await build({ ...pageBuild, entryPoints: [join(bench, file)], entryNames: name });
      await writeFile(join(dir, `${name}.html`), pageHtml(name, existsSync(join(dir, `${name}.css`))));
    }
    server = await serveDirectory(dir);
    browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const pageUrl = (name) => `${server.url}/${name}.html`;
    return await body({ browser, url: `${server.url}/index.html`, pageUrl });
  } finally {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function pageHtml(name, withStyles) {
  const styles = withStyles ? `<link rel="stylesheet" href="${name}.css">` : '';
  return `<!doctype html><meta charset="utf-8">${styles}<body style="margin:0;font:14px sans-serif"><script type="module" src="${name}.js"></script>`;
}

/**
 * `rounds` rounds in which each of `names` takes one sample, in an order that rotates by one
 * each round, each on a fresh page at `url` (of `viewport` size); `sample(name, page, context)`
 * returns the sample. A page error fails the bench. Returns the samples by name.
 */
export async function interleavedRounds(
  browser,
  url,
  names,
  rounds,
  sample,
  viewport = { width: 900, height: 700 },
) {
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const name of names.map((_, index) => names[(index + round) % names.length])) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(url);
      const result = await sample(name, page, context);
      await context.close();
      if (errors.length > 0) throw errors[0];
      samples[name].push(result);
    }
  }
  return samples;
}
