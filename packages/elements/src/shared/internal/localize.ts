/**
 * Per-subtree localisation. An element speaks the language of the nearest `lang`
 * attribute (its own, an ancestor's, across shadow roots, or `<html lang>`), lays out
 * in the nearest `dir`, and re-renders when either changes. English is bundled; other
 * locales load on first use with `import()`; vendors add or override locales with
 * {@link registerMessages}. Nothing here configures anything globally at import time.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from '../locales/en.js';

type Loader = () => Promise<Messages>;

const registered = new Map<string, Messages>([['en', en]]);
const loaders = new Map<string, Loader>([
  ['de', () => import('../locales/de.js').then((module) => module.de)],
  ['ar', () => import('../locales/ar.js').then((module) => module.ar)],
]);
const loading = new Map<string, Promise<void>>();
const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Adds or replaces the strings for a language, e.g. a vendor's own translation.
 * Every connected element re-renders.
 *
 * @example
 * ```ts
 * import { registerMessages } from '@interlude/elements';
 * registerMessages('fr', { ...frenchStrings });
 * ```
 */
export function registerMessages(lang: string, messages: Messages): void {
  registered.set(lang.toLowerCase(), messages);
  for (const controller of hosts) controller.host.requestUpdate();
}

/** Languages this page can show without loading anything more, plus those it can load. */
export function availableLocales(): string[] {
  return [...new Set([...registered.keys(), ...loaders.keys()])].sort();
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
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.host.requestUpdate();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    subtree: true,
    attributeFilter: ['lang', 'dir'],
  });
}

/**
 * Gives an element its strings, language and direction.
 *
 * @example
 * ```ts
 * class Example extends LitElement {
 *   #localize = new LocalizeController(this);
 *   render() { return html`<p dir=${this.#localize.dir}>${this.#localize.term('required')}</p>`; }
 * }
 * ```
 */
export class LocalizeController implements ReactiveController {
  readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
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
   * The string for `key` in the element's language; falls back to English while another
   * locale loads (the element re-renders when it arrives) or when a key is missing.
   */
  term<K extends keyof Messages>(
    key: K,
    ...args: Messages[K] extends (...a: infer A) => string ? A : []
  ): string {
    const message = this.#messages()[key] ?? en[key];
    return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : message;
  }

  /** Formats a number in the element's language. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang, options).format(value);
  }

  #messages(): Messages {
    for (const tag of candidates(this.lang)) {
      const messages = registered.get(tag);
      if (messages) return messages;
      const loader = loaders.get(tag);
      if (loader) {
        this.#load(tag, loader);
        break;
      }
    }
    return en;
  }

  #load(tag: string, loader: Loader): void {
    if (loading.has(tag)) return;
    const done = loader().then(
      (messages) => registerMessages(tag, messages),
      () => {
        loading.delete(tag); // a failed chunk load may be retried on the next render
      },
    );
    loading.set(tag, done);
  }
}
