// Demo persistence only: a vendor would use @interlude/store. Stored data is untrusted
// on read (another tab, an older version, a curious user), so every entry is checked.
export interface SavedCheckIn {
  distress: number;
  savedAt: string;
}

const KEY = 'interlude-demo:check-ins';

function isSavedCheckIn(value: unknown): value is SavedCheckIn {
  if (typeof value !== 'object' || value === null) return false;
  const { distress, savedAt } = value as Record<string, unknown>;
  return (
    typeof distress === 'number' &&
    Number.isInteger(distress) &&
    distress >= 0 &&
    distress <= 10 &&
    typeof savedAt === 'string' &&
    !Number.isNaN(Date.parse(savedAt))
  );
}

/** Saved check-ins, newest first; entries that fail validation are skipped. */
export function loadCheckIns(): SavedCheckIn[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSavedCheckIn).reverse() : [];
  } catch {
    return [];
  }
}

export function saveCheckIn(checkIn: SavedCheckIn): void {
  const all = loadCheckIns().reverse();
  all.push(checkIn);
  localStorage.setItem(KEY, JSON.stringify(all.slice(-200)));
}
