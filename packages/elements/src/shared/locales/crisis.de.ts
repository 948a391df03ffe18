import type { CrisisStrings } from './crisis.js';

export const de = {
  crisisHeading: 'Sie müssen das nicht allein durchstehen',
  crisisMessage:
    'Danke, dass Sie es uns sagen. Wenn Sie daran denken, sich etwas anzutun, wenden Sie sich bitte jetzt an eine der Stellen unten – dort hilft man Ihnen, Tag und Nacht.',
  crisisClinicianNote:
    'Ihre Therapeutin bzw. Ihr Therapeut sieht diese Antwort, sobald sie gesendet und synchronisiert ist – aber nicht sofort. Wenn Sie jetzt Hilfe brauchen, wenden Sie sich bitte an eine der Stellen oben.',
  crisisResourcesHeading: 'Wenn Sie jetzt Hilfe brauchen',
  crisisCall: 'Anrufen:',
  crisisText: 'SMS an',
  crisisWebsite: (name: string) => `Website von ${name}`,
} satisfies CrisisStrings;
