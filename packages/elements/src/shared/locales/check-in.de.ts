import type { CheckInStrings } from './check-in.js';

export const de = {
  checkInSubmit: 'Check-in speichern',
  checkInOptional: 'freiwillig',
  checkInItemMissing: 'Bitte beantworten Sie diese Frage.',
  checkInMissing: (prompt: string) => `Bitte beantworten Sie „${prompt}“.`,
  checkInCharactersLeft: (count: number) => `noch ${count} Zeichen`,
  checkInSaved: 'Check-in gespeichert',
  checkInAgain: 'Noch einmal einchecken',
} satisfies CheckInStrings;
