/**
 * The partition marker: a few bytes in localStorage, outside IndexedDB, that say a partition
 * exists and what it last held. When the browser deletes the database (after finding it
 * corrupt, or evicting the origin under storage pressure), the marker is still there, so
 * the next open knows the partition is missing instead of taking it for a new device.
 *
 * Holds no content: the partition's random instance id, when it was made, and the ids of the
 * newest submissions saved here (opaque device-made UUIDs) to tell a partition that opens
 * emptier than it was.
 *
 * @module
 */
import * as z from 'zod/mini';

/** How many of the newest submission ids the marker keeps. */
export const NEWEST_KEPT = 3;

const MarkerSchema = z.object({
  v: z.literal(1),
  instance: z.string().check(z.minLength(1)),
  createdAt: z.string(),
  newest: z.array(z.string()),
});

/** What the marker records about one partition. */
export type PartitionMarker = z.output<typeof MarkerSchema>;

function key(partition: string): string {
  return `interlude-partition:${partition}`;
}

/** The partition's marker, or `undefined` (none, unreadable, or localStorage unavailable). */
export function readMarker(partition: string): PartitionMarker | undefined {
  try {
    const text = localStorage.getItem(key(partition));
    if (text === null) return undefined;
    const result = z.safeParse(MarkerSchema, JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the marker. Best effort: without localStorage the journal still detects a loss. */
export function writeMarker(partition: string, marker: PartitionMarker): void {
  try {
    localStorage.setItem(key(partition), JSON.stringify(marker));
  } catch {
    // no localStorage (privacy mode, quota): detection falls back to the journal alone
  }
}

/**
 * Updates the marker, but only while it is still this instance's: once a sign-out (in this or
 * another tab) removed it, a tab still open must not bring it back, or the next sign-in would
 * take the wiped partition for a lost one.
 */
export function updateMarker(partition: string, marker: PartitionMarker): void {
  if (readMarker(partition)?.instance === marker.instance) writeMarker(partition, marker);
}

/** Removes the marker (sign-out). */
export function clearMarker(partition: string): void {
  try {
    localStorage.removeItem(key(partition));
  } catch {
    // nothing stored
  }
}
