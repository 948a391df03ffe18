/**
 * Default crisis resources, per region. Each number was checked on the date given against the
 * public page named in its `source`; regions not listed here get {@link FALLBACK_CRISIS_RESOURCES},
 * which names no number at all rather than guess one. Vendors should pass their own
 * (`crisisResources` on `<il-provider>`), at least for every region they serve that is not here.
 *
 * Shipped regions: `US`, `GB`, `DE`.
 *
 * @module
 */
import type { CrisisResourceSet } from '@interlude/core';

const CHECKED = '2026-11-30';

/** United States: the 988 Suicide & Crisis Lifeline and 911. */
const US: CrisisResourceSet = {
  region: 'US',
  resources: [
    {
      id: 'emergency-911',
      name: { en: 'Emergency services', de: 'Notruf', ar: 'خدمات الطوارئ' },
      description: {
        en: 'If you are in immediate danger.',
        de: 'Wenn Sie in unmittelbarer Gefahr sind.',
        ar: 'إذا كنت في خطر مباشر.',
      },
      phone: '911',
      emergency: true,
      source: {
        url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
        checkedOn: CHECKED,
      },
    },
    {
      id: '988-lifeline',
      name: { en: '988 Suicide & Crisis Lifeline' },
      description: {
        en: 'Free, confidential support from trained crisis counselors. Call or text.',
        de: 'Kostenlose, vertrauliche Unterstützung durch geschulte Krisenberater. Anrufen oder SMS.',
        ar: 'دعم مجاني وسري من مستشارين مدربين على الأزمات. اتصل أو أرسل رسالة نصية.',
      },
      hours: { en: '24 hours, every day', de: 'Rund um die Uhr', ar: 'على مدار الساعة، كل يوم' },
      phone: '988',
      sms: '988',
      url: 'https://988lifeline.org',
      source: {
        url: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline',
        checkedOn: CHECKED,
      },
    },
  ],
};

/** United Kingdom: Samaritans and 999. */
const GB: CrisisResourceSet = {
  region: 'GB',
  resources: [
    {
      id: 'emergency-999',
      name: { en: 'Emergency services', de: 'Notruf', ar: 'خدمات الطوارئ' },
      description: {
        en: 'If you are in immediate danger. Free from any phone.',
        de: 'Wenn Sie in unmittelbarer Gefahr sind. Von jedem Telefon kostenlos.',
        ar: 'إذا كنت في خطر مباشر. مجاني من أي هاتف.',
      },
      phone: '999',
      emergency: true,
      source: {
        url: 'https://citiesinsider.com/country/united-kingdom/CountryWide/emergency-numbers',
        checkedOn: CHECKED,
      },
    },
    {
      id: 'samaritans',
      name: { en: 'Samaritans' },
      description: {
        en: 'Someone to talk to, whatever you are going through. Free to call, also from mobiles without credit.',
        de: 'Jemand zum Reden, was auch immer Sie gerade erleben. Kostenlos, auch vom Handy ohne Guthaben.',
        ar: 'شخص تتحدث إليه أياً كان ما تمر به. الاتصال مجاني، حتى من الهاتف المحمول بدون رصيد.',
      },
      hours: { en: '24 hours, every day', de: 'Rund um die Uhr', ar: 'على مدار الساعة، كل يوم' },
      phone: '116 123',
      url: 'https://www.samaritans.org',
      source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checkedOn: CHECKED },
    },
  ],
};

/** Germany: TelefonSeelsorge and 112. */
const DE: CrisisResourceSet = {
  region: 'DE',
  resources: [
    {
      id: 'notruf-112',
      name: {
        en: 'Emergency services (ambulance)',
        de: 'Notruf (Rettungsdienst)',
        ar: 'خدمات الطوارئ (الإسعاف)',
      },
      description: {
        en: 'If you are in immediate danger. Free from any phone.',
        de: 'Wenn Sie in unmittelbarer Gefahr sind. Von jedem Telefon kostenlos.',
        ar: 'إذا كنت في خطر مباشر. مجاني من أي هاتف.',
      },
      phone: '112',
      emergency: true,
      source: { url: 'https://de.m.wikibooks.org/wiki/Erste_Hilfe/_Rufnummern', checkedOn: CHECKED },
    },
    {
      id: 'telefonseelsorge-1',
      name: { en: 'TelefonSeelsorge' },
      description: {
        en: 'Anonymous, free support by phone; chat and e-mail on the website.',
        de: 'Anonym und kostenfrei am Telefon; Chat und Mail über die Website.',
        ar: 'دعم مجاني ومجهول الهوية عبر الهاتف؛ دردشة وبريد إلكتروني عبر الموقع.',
      },
      hours: { en: '24 hours, every day', de: 'Rund um die Uhr', ar: 'على مدار الساعة، كل يوم' },
      phone: '0800 111 0 111',
      url: 'https://www.telefonseelsorge.de',
      source: { url: 'https://www.domradio.de/glossar/telefonseelsorge-0', checkedOn: CHECKED },
    },
    {
      id: 'telefonseelsorge-2',
      name: {
        en: 'TelefonSeelsorge (second number)',
        de: 'TelefonSeelsorge (zweite Nummer)',
        ar: 'TelefonSeelsorge (الرقم الثاني)',
      },
      hours: { en: '24 hours, every day', de: 'Rund um die Uhr', ar: 'على مدار الساعة، كل يوم' },
      phone: '0800 111 0 222',
      source: { url: 'https://www.domradio.de/glossar/telefonseelsorge-0', checkedOn: CHECKED },
    },
  ],
};

/**
 * For a region Interlude has no checked numbers for: no number (a wrong number in a crisis is
 * worse than none), only the advice to call the local emergency number.
 */
export const FALLBACK_CRISIS_RESOURCES: CrisisResourceSet = {
  region: 'ZZ',
  resources: [
    {
      id: 'local-emergency',
      name: {
        en: 'Your local emergency number',
        de: 'Ihre örtliche Notrufnummer',
        ar: 'رقم الطوارئ المحلي لديك',
      },
      description: {
        en: 'If you are in immediate danger, call your local emergency number now, or go to the nearest emergency department.',
        de: 'Wenn Sie in unmittelbarer Gefahr sind, rufen Sie jetzt Ihre örtliche Notrufnummer an oder gehen Sie in die nächste Notaufnahme.',
        ar: 'إذا كنت في خطر مباشر، اتصل برقم الطوارئ المحلي الآن أو توجه إلى أقرب قسم طوارئ.',
      },
      emergency: true,
    },
  ],
};

/** Regions with a shipped default set. */
export const CRISIS_REGIONS = ['US', 'GB', 'DE'] as const;

const SETS: Readonly<Record<string, CrisisResourceSet>> = { US, GB, DE, UK: GB };

/**
 * The shipped crisis resources for a region (`GB`, case-insensitive; `UK` is taken as `GB`), or
 * {@link FALLBACK_CRISIS_RESOURCES} when Interlude has none checked for it. Never throws.
 *
 * @example
 * ```ts
 * crisisResourcesFor('GB').resources.map((resource) => resource.phone); // ['999', '116 123']
 * crisisResourcesFor('FR').region; // 'ZZ': pass your own for France
 * ```
 */
export function crisisResourcesFor(region: string | undefined): CrisisResourceSet {
  return (region && SETS[region.toUpperCase()]) || FALLBACK_CRISIS_RESOURCES;
}
