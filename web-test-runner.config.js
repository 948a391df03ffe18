// Browser tests: every package's *.test.ts, in headless Chromium, against the TypeScript
// sources (export condition `@interlude/source`), so no build is needed first.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, requireChromium } from './tools/chromium.js';
import { countReporter } from './tools/wtr-count-reporter.js';

export default {
  files: ['packages/*/src/**/*.test.ts', '!packages/*/src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['@interlude/source', 'development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' })],
  browsers: [
    chromeLauncher({
      // --expose-gc: the charts' mount/unmount memory test collects garbage on purpose.
      launchOptions: {
        executablePath: requireChromium(),
        headless: true,
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000, ui: 'bdd' } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter(process.env.WTR_COUNT_FILE)],
};
