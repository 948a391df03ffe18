// Serves this example the way the CI check does: from the repository root (the page loads the
// CDN file from packages/elements/dist/cdn/), with the strict Content-Security-Policy header.
// Run `npm run build` once first. Usage: node examples/cdn/serve.mjs [port]
import { serveDirectory, STRICT_CSP } from '../../tools/static-server.js';

const root = new URL('../..', import.meta.url).pathname;
const server = await serveDirectory(root, {
  port: Number(process.argv[2] ?? 8104),
  headers: { 'content-security-policy': STRICT_CSP },
});
process.stdout.write(
  `Northwind Care example: ${server.url}/examples/cdn/\nContent-Security-Policy: ${STRICT_CSP}\n`,
);
