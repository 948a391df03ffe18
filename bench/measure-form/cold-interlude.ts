// The cold page for il-measure-form: nothing loaded before navigation. Times from the start of
// navigation (performance.now() counts from it) to interactive: this bundle's download, parse and
// evaluation (lit, the element, core, the store), creating the client and opening its partition,
// then the render. What a vendor's page pays for the first form it shows.
import { createInterlude, memoryStore } from '@interlude/store';
import { afterPaint, box } from './common.js';
import { renderInterlude } from './interlude.js';

const client = createInterlude({
  user: { id: 'c-1', role: 'client', timeZone: 'Europe/London' },
  store: memoryStore(),
  sync: { autoStart: false },
});
await client.ready;
await renderInterlude(box(), client);
await afterPaint();
window.coldSample = { firstMs: performance.now() };

declare global {
  interface Window {
    coldSample?: { firstMs: number };
  }
}
