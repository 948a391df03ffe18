/**
 * Arabic wording of core's flag sentences and session prep (see README.md).
 *
 * @module
 */
import type { ChangeKind, FlagMessages, FlagSeverity, SessionPrepMessages } from '@interlude/core';

const joinAnd = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('، ')} و${items[items.length - 1]}`;
const list = (dates: readonly string[]): string => dates.join('؛ ');
const moved = (direction: 'rose' | 'fell'): string => (direction === 'rose' ? 'ارتفع' : 'انخفض');

const CHANGE: Record<ChangeKind, string> = {
  'reliable-improvement': 'تحسّن موثوق',
  'reliable-deterioration': 'تدهور موثوق',
  'no-reliable-change': 'لا تغيّر موثوق',
  'meaningful-improvement': 'تحسّن ذو دلالة سريرية',
  'meaningful-deterioration': 'تدهور ذو دلالة سريرية',
  'no-meaningful-change': 'لا تغيّر ذا دلالة سريرية',
};
const SEVERITY: Record<FlagSeverity, string> = { urgent: 'عاجل', attention: 'انتباه', info: 'معلومة' };

export const flagMessages: FlagMessages = {
  shift: ({ label, values, days, worse, severe, usual }) =>
    `${label} ${values.join('، ')} في ${days}` +
    (severe ? '، في الطرف الشديد من المقياس' : worse ? '' : '، أفضل من المعتاد') +
    (usual === null
      ? '؛ لا تكفي التسجيلات بعد لتحديد نطاق معتاد.'
      : `؛ النطاق المعتاد ${usual.low}–${usual.high}.`),
  deterioration: ({ title, scores, dates, rose, reference, threshold, meaningful }) =>
    `${title} ${joinAnd(scores)} (${dates.join('؛ ')})، ${rose ? 'ارتفاع' : 'انخفاض'} عن ` +
    (reference.kind === 'baseline'
      ? `خط أساس قدره ${reference.value} (${reference.count === 1 ? 'الدرجة الأولى' : `متوسط أول ${reference.count} درجات`})`
      : `${reference.value} في ${reference.date} بعد تحسّن`) +
    `؛ التغيّر بمقدار ${threshold} أو أكثر ${meaningful ? 'ذو دلالة سريرية' : 'موثوق'}.`,
  riskEndorsed: ({ title, itemNumber, itemId, value, date }) =>
    `${title} السؤال ${itemNumber ?? itemId} أُجيب بـ ${value ?? '?'} في ${date}: تابِع وفق بروتوكول المخاطر لديك.`,
  riskUnanswered: ({ title, itemNumber, itemId, date }) =>
    `${title} السؤال ${itemNumber ?? itemId} تُرك بلا إجابة في ${date}: الخطر غير معروف، وليس «لا خطر».`,
  noRecentCompletion: ({ days, last }) =>
    `لم يُنجز شيء منذ ${days} ${days === 1 ? 'يوم' : 'أيام'}` +
    (last === null ? '.' : `؛ آخر ما أُنجز: ${last.title} في ${last.date}.`),
  missedInARow: ({ count, latestDate }) =>
    `فاتت ${count} مهام مستحقة متتالية` + (latestDate === null ? '.' : `، آخرها في ${latestDate}.`),
  completed: ({ title, count, date }) =>
    count === 1 ? `أُنجز ${title} في ${date}.` : `أُنجز ${title} ${count} مرات، آخرها في ${date}.`,
  overload: ({ count, limit }) => `${count} تمارين جديدة خلال 7 أيام؛ الحد المقترح ${limit}.`,
};

export const sessionPrepMessages: SessionPrepMessages = {
  heading: ({ sinceDate, nowDate }) => `التحضير للجلسة: من ${sinceDate} إلى ${nowDate}`,
  completedHeading: 'ما أُنجز',
  missedHeading: 'ما فات',
  scoreChangesHeading: 'الدرجات',
  eventsHeading: 'أحداث لافتة',
  notesHeading: 'ملاحظات العميل',
  openingsHeading: 'مداخل ممكنة للحديث',
  flagsHeading: 'التنبيهات',
  flag: ({ severity, text }) => `${SEVERITY[severity]}: ${text}`,
  none: 'لا شيء',
  completed: ({ title, count, late, dates }) =>
    `${title}: ${count}× (${list(dates)})${late > 0 ? `، ${late} متأخرة` : ''}`,
  missed: ({ title, count, dates }) => `${title}: ${count}× (${list(dates)})`,
  scoreChange: ({ title, before, after, band, change, meaningfulChange, date }) => {
    const now = after === null ? 'غير قابل للتقييم' : `${after}${band === null ? '' : ` (${band})`}`;
    const from = before === null ? '' : `${before} ← `;
    const alsoMeaningful =
      meaningfulChange === 'meaningful-improvement' || meaningfulChange === 'meaningful-deterioration'
        ? '، ذو دلالة سريرية'
        : '';
    return `${title}: ${from}${now} في ${date}${change === null ? '' : ` — ${CHANGE[change]}${alsoMeaningful}`}`;
  },
  checkInChange: ({ label, direction, from, to, date }) =>
    `${moved(direction)} ${label} من ${from} إلى ${to} في ${date}`,
  riskAnswer: ({ title, itemId, itemNumber, itemText, endorsed, value, date }) => {
    const item = `سؤال الخطر ${itemNumber ?? itemId}`;
    const wording = itemText === undefined ? '' : ` («${itemText}»)`;
    return endorsed
      ? `${title}: ${item}${wording} أُجيب بـ ${value ?? ''} في ${date}`
      : `${title}: ${item}${wording} تُرك بلا إجابة في ${date}`;
  },
  note: ({ title, prompt, text, date }) => `${date}، ${title} — ${prompt} «${text}»`,
  openingExerciseThenChange: ({ exercise, exerciseDay, label, direction, changeDay }) =>
    `أنجزتَ «${exercise}» يوم ${exerciseDay}، ثم ${moved(direction)} ${label} يوم ${changeDay} — ماذا حدث؟`,
  openingChange: ({ label, direction, worse, day }) =>
    `${moved(direction)} ${label} يوم ${day} — ${worse ? 'ماذا كان يجري حينها؟' : 'ما الذي كان مختلفًا ذلك اليوم؟'}`,
  openingScoreChange: ({ title, from, to }) =>
    `تغيّرت درجتك في ${title} من ${from} إلى ${to} — كيف يتوافق ذلك مع ما مررتَ به؟`,
  openingExercise: ({ title, day }) => `أنجزتَ «${title}» يوم ${day} — ماذا لاحظت؟`,
  openingMissed: ({ title, count }) =>
    `لم يتم «${title}» ${count === 1 ? 'مرة واحدة' : `${count} مرات`} — ما الذي حال دون ذلك؟`,
  openingGeneral: 'لم يُسجَّل شيء منذ المرة الماضية — كيف كانت الأمور؟',
};
