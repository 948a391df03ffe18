/**
 * `@interlude/core/strict-csp`: import this module first, before anything else that uses zod, on a
 * page whose Content-Security-Policy has no `'unsafe-eval'`. It turns on zod's jitless mode, so
 * zod neither compiles its fast object parser with `new Function` nor probes whether it may:
 * under a strict policy the probe alone fires a `securitypolicyviolation` (and a CSP report) on
 * every page, although parsing still works. Validation results are identical; parsing large
 * objects is somewhat slower. It is the one module of `@interlude/core` with an import-time
 * effect, and the effect is global to the zod copy it resolves (the one Interlude uses). The CDN
 * bundle applies it already.
 *
 * Order matters: zod decides when a schema is created, and Interlude's schemas are created when
 * its modules load. So make this the first import of your entry module (or load it in its own
 * `<script type="module">` before the others).
 *
 * @example
 * ```ts
 * import '@interlude/core/strict-csp'; // first
 * import '@interlude/elements';
 * ```
 *
 * @module
 */
import { config } from 'zod/mini';

config({ jitless: true });

/** True once this module ran: zod will not use `new Function`. */
export const STRICT_CSP = true;
