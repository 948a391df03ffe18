#!/usr/bin/env node
// Reference server for Interlude's JSON-over-HTTP sync protocol (`httpTransport` in
// @interlude/store). It is what the transport's tests talk to, and it doubles as the
// specification of what a vendor's backend must do. Memory only, no dependencies.
//
//   node packages/store/test-server/server.mjs
//   → prints one line `{"port":<n>}` once it listens on 127.0.0.1 (PORT=0: any free port)
//
// Environment:
//   PORT                  port to listen on (default 0: a free one)
//   INTERLUDE_TEST_TOKEN  when set, every request needs `Authorization: Bearer <token>` (else 401)
//   INTERLUDE_TEST_FAULT  a fault mode (below) applied to every request
//   PAGE_SIZE             changes per page of GET /changes (default 100)
//   SLOW_MS               how long `slow` waits (default 2000)
//
// Fault modes, per request by prefixing the path (`/fault/<mode>/push`, so a transport's
// baseUrl can be `http://127.0.0.1:<port>/fault/500`), or for all requests via the env:
//   <status>   answer with that HTTP status (401, 403, 404, 408, 422, 429 (with
//              Retry-After: 7), 500, 503, ...) and no useful body
//   slow       wait SLOW_MS before answering normally (for client timeouts)
//   malformed  answer 200 with a body that is not JSON
//   invalid    answer 200 with JSON of the wrong shape
//
// What makes it idempotent (the part every vendor backend must copy):
//   - records are stored by the id the device made (`entry.id`), a unique key per collection;
//   - a push of an id that is already stored answers `stored` and creates nothing, also when
//     the first push's answer never reached the device;
//   - append-only collections (submissions, scores, acknowledgements) keep the first record;
//     other collections take the new version unless `baseVersion` is stale (then `conflict`
//     with the server's record: the server wins);
//   - each entry is judged on its own: a bad entry is a `rejected` outcome, not a failed call;
//   - changes come from an append-only log; the cursor is a position in it, so pulling
//     again from an old cursor returns the same changes again (the device applies them
//     idempotently).
//
// Test-only extras: GET /debug/stats → { requests, creations } (never part of the protocol).
import { createServer } from 'node:http';

const COLLECTIONS = new Set([
  'definitions',
  'assignments',
  'submissions',
  'scores',
  'flags',
  'acknowledgements',
  'preferences',
]);
const APPEND_ONLY = new Set(['submissions', 'scores', 'acknowledgements']);
const token = process.env.INTERLUDE_TEST_TOKEN;
const defaultFault = process.env.INTERLUDE_TEST_FAULT;
const pageSize = Number(process.env.PAGE_SIZE ?? 100);
const slowMs = Number(process.env.SLOW_MS ?? 2000);

/** `${collection}/${id}` → { collection, record, version, json } */
const records = new Map();
/** The change log: { collection, id, version }; the cursor is a position in it. */
const log = [];
let versionCounter = 0;
/** How often each id was created: a correct server never goes above 1. */
const creations = {};
/** Requests per route, so tests can prove a client does not loop. */
const requests = {};

function store(collection, record, json) {
  versionCounter += 1;
  records.set(`${collection}/${record.id}`, { collection, record, version: versionCounter, json });
  log.push({ collection, id: record.id, version: versionCounter });
  return String(versionCounter);
}

function pushOne(entry) {
  const id = typeof entry?.id === 'string' ? entry.id : '';
  if (!id || !COLLECTIONS.has(entry.collection)) {
    return { id, status: 'rejected', reason: 'entry needs an id and a known collection' };
  }
  const record = entry.record;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || record.id !== id) {
    return { id, status: 'rejected', reason: 'record must be an object whose id is the entry id' };
  }
  const json = JSON.stringify(record);
  const existing = records.get(`${entry.collection}/${id}`);
  if (!existing) {
    creations[id] = (creations[id] ?? 0) + 1;
    return { id, status: 'stored', version: store(entry.collection, record, json) };
  }
  // Already here: a duplicate delivery (or an append-only record sent again) is simply stored.
  if (existing.json === json || APPEND_ONLY.has(entry.collection)) {
    return { id, status: 'stored', version: String(existing.version) };
  }
  if (entry.baseVersion !== undefined && entry.baseVersion !== String(existing.version)) {
    return { id, status: 'conflict', serverRecord: existing.record };
  }
  return { id, status: 'stored', version: store(entry.collection, record, json) };
}

function changes(cursor) {
  const from = cursor === null ? 0 : Number(cursor);
  const start = Number.isSafeInteger(from) && from >= 0 ? Math.min(from, log.length) : 0;
  const end = Math.min(log.length, start + pageSize);
  const page = [];
  for (const item of log.slice(start, end)) {
    const current = records.get(`${item.collection}/${item.id}`);
    // Superseded versions are skipped: a later log item carries the current record.
    if (current && current.version === item.version) {
      page.push({ collection: item.collection, record: current.record, version: String(current.version) });
    }
  }
  return { changes: page, cursor: String(end), hasMore: end < log.length };
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

async function readJson(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let path = url.pathname;
  let fault = defaultFault;
  const prefixed = /^\/fault\/([^/]+)(\/.*)$/.exec(path);
  if (prefixed) {
    fault = prefixed[1];
    path = prefixed[2];
  }
  requests[path] = (requests[path] ?? 0) + 1;

  if (path === '/debug/stats') return send(response, 200, { requests, creations });

  if (token !== undefined && request.headers.authorization !== `Bearer ${token}`) {
    return send(response, 401, { error: 'unauthorised' });
  }
  if (fault && /^\d{3}$/.test(fault)) {
    const status = Number(fault);
    return send(response, status, { error: `fault ${status}` }, status === 429 ? { 'Retry-After': '7' } : {});
  }
  if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, slowMs));
  if (fault === 'malformed') return send(response, 200, '{"outcomes": [');
  if (fault === 'invalid') {
    return send(response, 200, { outcomes: [{ id: 'x', status: 'maybe' }], changes: 'none', cursor: 7 });
  }

  try {
    if (request.method === 'POST' && path === '/push') {
      const body = await readJson(request);
      if (!Array.isArray(body?.entries))
        return send(response, 400, { error: 'body must be { entries: [...] }' });
      return send(response, 200, { outcomes: body.entries.map(pushOne) });
    }
    if (request.method === 'GET' && path === '/changes') {
      return send(response, 200, changes(url.searchParams.get('cursor')));
    }
    return send(response, 404, { error: 'not found' });
  } catch {
    // Unparseable JSON from the client: its fault, not ours, and nothing to retry.
    return send(response, 400, { error: 'body is not JSON' });
  }
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
  );
});

// The parent test kills us with SIGTERM; close cleanly so no socket is left behind.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
