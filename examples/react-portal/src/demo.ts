// Demo-only: who is signed in, and a stand-in for the vendor's backend. A real portal creates
// one client for the person its own sign-in knows, with `transport` pointing at its backend
// (httpTransport, or fhirTransport from @interlude/fhir). Here the client (Sam) and the clinician
// (Dr. Rivera) sync through @interlude/store's in-memory server, so both pages work in one tab
// with no server; a reload starts the demo over. The people, assignments and earlier answers are
// the demo portal's (examples/portal/src/demo-data.ts), so both examples tell the same story.
import {
  createInterlude,
  memoryServer,
  memoryStore,
  memoryTransport,
  type Interlude,
} from '@interlude/store';
import { clientUser, clinicianUser, seedDemo } from '../../portal/src/demo-data.js';

export {
  clientUser,
  dailyMood,
  definitionFor,
  definitions,
  phq9,
  timeZone,
} from '../../portal/src/demo-data.js';

const server = memoryServer();
const transport = memoryTransport({ server });

function signIn(user: typeof clientUser): Interlude {
  return createInterlude({ user, store: memoryStore(), transport, sync: { intervalMs: 2000 } });
}

/** Sam, the client. */
export const client = signIn(clientUser);
/** Dr. Rivera, Sam's clinician. */
export const clinician = signIn(clinicianUser);

/** Resolves once the clinician has assigned Sam's week and Sam's earlier answers are in. */
export const seeded: Promise<void> = Promise.all([client.ready, clinician.ready]).then(() =>
  seedDemo(transport, clinician, client),
);
