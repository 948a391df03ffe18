// Size rows for bench/results/latest.json: the gzip bytes of every entry of `npm run size`
// through each bundler, element entries next to the peers a vendor would use instead
// (bench/size/entries.mjs, PEERS_OF_ELEMENT), bundled by the same bundler in the same run.
// Budgets are checked by `npm run size`, not here.
import { report } from './lib/results.mjs';
import { PEERS_OF_ELEMENT } from './size/entries.mjs';
import { measureSizes } from './size/measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const measured = await measureSizes(root);
const gzipOf = new Map(measured.map((row) => [`${row.name}|${row.bundler}`, row.gzip]));
const shortPeer = (name) =>
  name
    .replace(/^peer: /, '')
    .replace(/[,(].*$/, '')
    .trim();

const rows = [];
for (const row of measured) {
  const base = `size: ${row.name}, ${row.bundler}, gzip`;
  const peers = row.element === undefined ? [] : (PEERS_OF_ELEMENT[row.element] ?? []);
  if (peers.length === 0) rows.push({ name: base, unit: 'B', value: row.gzip });
  for (const peer of peers) {
    rows.push({
      name: peers.length === 1 ? base : `${base} (vs ${shortPeer(peer)})`,
      unit: 'B',
      value: row.gzip,
      peer: shortPeer(peer),
      peerValue: gzipOf.get(`${peer}|${row.bundler}`),
    });
  }
}
report(rows);
