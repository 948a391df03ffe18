import type { TodayStrings } from './today.js';

export const de = {
  todayDueNow: 'Jetzt fällig',
  todayLater: 'Später heute',
  todayThisWeek: 'Diese Woche',
  todayDone: 'Erledigt',
  todayMissed: 'Diesmal nicht erledigt',
  todayMissedNote:
    'Das ist in Ordnung. Wenn Sie möchten, können Sie in der nächsten Sitzung darüber sprechen.',
  todayEmpty: 'Gerade ist nichts fällig.',
  todayWhy: 'Warum das wichtig ist',
  todayMinutes: (minutes: string) => `Etwa ${minutes} Min.`,
  todayDueBy: (time: string) => `Fällig um ${time}`,
  todayAnyTime: 'Heute, wann es passt',
  todayDueOn: (date: string) => `Fällig ${date}`,
  todayDoneAt: (time: string) => `Erledigt um ${time}`,
  todayStart: (title: string) => `${title} beginnen`,
  todayDoneThanks: 'Erledigt. Danke, dass Sie sich die Zeit genommen haben.',
  todayBack: 'Zurück zur heutigen Liste',
  todayUnavailable:
    'Diese Aktivität ist noch nicht auf diesem Gerät. Sie erscheint nach der nächsten Synchronisierung.',
} satisfies TodayStrings;
