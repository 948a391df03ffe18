/**
 * Per-subtree localisation. An element speaks the language of the nearest `lang`
 * attribute (its own, an ancestor's, across shadow roots, or `<html lang>`), lays out
 * in the nearest `dir`, and re-renders when either changes. Strings come in groups
 * (`shared/locales/<group>.ts`, one per element or shared concern): an element names the
 * groups it uses, so its bundle carries only those. English is bundled; German and Arabic
 * load per group on first use with `import()`; vendors add or override locales with
 * {@link registerMessages}. Nothing here configures anything globally at import time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { commonStrings, type CommonStrings } from '../locales/common.js';
import {
  TRANSLATED_LOCALES,
  type Message,
  type MessageArguments,
  type StringGroup,
  type StringsOf,
  type TranslatedLocale,
} from '../locales/strings.js';
import type { Messages } from '../locales/all.js';

type AnyGroup = StringGroup<object>;
type Table = Readonly<Record<string, Message | undefined>>;

/** Vendors' own strings per language tag ({@link registerMessages}); they win over ours. */
const registered = new Map<string, Table>();
/** Our translations as they arrive, per group and language. */
const translations = new Map<AnyGroup, Map<TranslatedLocale, Table>>();
const loading = new Map<AnyGroup, Set<TranslatedLocale>>();
const hosts = new Set<LocalizeController<readonly AnyGroup[]>>();
let observer: MutationObserver | undefined;

const isTranslated = (tag: string): tag is TranslatedLocale =>
  (TRANSLATED_LOCALES as readonly string[]).includes(tag);

function rerenderAll(): void {
  for (const controller of hosts) controller.host.requestUpdate();
}

/**
 * Adds or replaces the strings for a language, e.g. a vendor's own translation (or its own
 * wording in English). Every connected element re-renders.
 *
 * @example
 * ```ts
 * import { registerMessages } from '@interlude/elements';
 * registerMessages('fr', { ...frenchStrings });
 * ```
 */
export function registerMessages(lang: string, messages: Messages): void {
  registered.set(lang.toLowerCase(), messages as Table);
  rerenderAll();
}

/** Languages this page can show without loading anything more, plus those it can load. */
export function availableLocales(): string[] {
  return [...new Set(['en', ...TRANSLATED_LOCALES, ...registered.keys()])].sort();
}

/** The nearest value of `attribute` from `element` upwards, crossing shadow-root boundaries. */
function closestAttribute(element: Element, attribute: 'lang' | 'dir'): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/** `ar-EG` → [`ar-eg`, `ar`]: the exact tag first, then the language alone. */
function candidates(lang: string): string[] {
  const lower = lang.toLowerCase();
  const language = lower.split('-')[0] ?? lower;
  return language === lower ? [lower] : [lower, language];
}

function observeDocument(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(rerenderAll);
  observer.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'dir'],
  });
}

/** Starts loading one group's translation; every element re-renders when it arrives. */
function load(group: AnyGroup, locale: TranslatedLocale): void {
  const started = loading.get(group) ?? new Set<TranslatedLocale>();
  if (started.has(locale)) return;
  loading.set(group, started.add(locale));
  group[locale]().then(
    (table) => {
      const tables = translations.get(group) ?? new Map<TranslatedLocale, Table>();
      tables.set(locale, table as Table);
      translations.set(group, tables);
      rerenderAll();
    },
    () => started.delete(locale), // a failed chunk load may be retried on the next render
  );
}

/**
 * What shared render helpers ask for: a controller whose groups include `Strings` (the common
 * group is always there), e.g. `Localizer<RunStrings>`.
 */
export interface Localizer<Strings = unknown> {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  readonly isRtl: boolean;
  term<K extends keyof (CommonStrings & Strings) & string>(
    key: K,
    ...args: MessageArguments<(CommonStrings & Strings)[K]>
  ): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * Gives an element its strings, language and direction. Name the string groups the element
 * uses (the common group, with the configuration notices, is always there); `term` only
 * accepts their keys.
 *
 * @example
 * ```ts
 * import { sliderStrings } from '../shared/locales/slider.js';
 * class Example extends LitElement {
 *   #localize = new LocalizeController(this, sliderStrings);
 *   render() { return html`<p dir=${this.#localize.dir}>${this.#localize.term('sliderNotAnswered')}</p>`; }
 * }
 * ```
 */
export class LocalizeController<Groups extends readonly StringGroup<object>[] = []>
  implements ReactiveController, Localizer<StringsOf<Groups>>
{
  readonly host: ReactiveControllerHost & HTMLElement;
  readonly #groups: readonly AnyGroup[];

  constructor(host: ReactiveControllerHost & HTMLElement, ...groups: Groups) {
    this.host = host;
    this.#groups = [commonStrings, ...groups];
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observeDocument();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** The language the element renders in, e.g. `'de'` (the nearest `lang`, default `'en'`). */
  get lang(): string {
    return closestAttribute(this.host, 'lang') ?? 'en';
  }

  /** `'rtl'` or `'ltr'`, from the nearest `dir` attribute. */
  get dir(): 'ltr' | 'rtl' {
    return closestAttribute(this.host, 'dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }

  /** Whether the element lays out right-to-left; arrow keys flip when it does. */
  get isRtl(): boolean {
    return this.dir === 'rtl';
  }

  /**
   * The string for `key` in the element's language; falls back to English while a
   * translation loads (the element re-renders when it arrives) or when a key is missing.
   */
  term<K extends keyof (CommonStrings & StringsOf<Groups>) & string>(
    key: K,
    ...args: MessageArguments<(CommonStrings & StringsOf<Groups>)[K]>
  ): string {
    const message = this.#message(key);
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
  }

  /** Formats a number in the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  #message(key: string): Message {
    const group = this.#groups.find((candidate) => Object.hasOwn(candidate.en, key));
    if (!group) throw new Error(`No string group of this element has the key "${key}"`);
    const english = (group.en as Table)[key] as Message;
    for (const tag of candidates(this.lang)) {
      const own = registered.get(tag)?.[key];
      if (own !== undefined) return own;
      if (!isTranslated(tag)) continue;
      const table = translations.get(group)?.get(tag);
      if (table) return table[key] ?? english;
      load(group, tag);
      break;
    }
    return english;
  }
}
