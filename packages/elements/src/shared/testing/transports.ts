/**
 * A transport for tests and stories that can go offline: every call then fails the way a dropped
 * network does. Not shipped.
 *
 * @module
 */
import { memoryTransport, TransportError, type MemoryServer, type Transport } from '@interlude/store';

/** A transport to `server` that can be switched offline (every call fails like a dropped network). */
export function switchableTransport(server: MemoryServer): Transport & { online: boolean } {
  const inner = memoryTransport({ server });
  const transport = {
    online: true,
    push: (...args: Parameters<Transport['push']>) =>
      transport.online ? inner.push(...args) : Promise.reject(new TransportError('network', 'offline')),
    pull: (...args: Parameters<Transport['pull']>) =>
      transport.online ? inner.pull(...args) : Promise.reject(new TransportError('network', 'offline')),
  };
  return transport;
}
