/**
 * The wording of core's clinical sentences (flag descriptions, session prep) in the host's
 * language: English from core at once, German and Arabic loaded on first use
 * (`../locales/clinical/`). One job: which message objects to pass to core.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  FLAG_MESSAGES_EN,
  SESSION_PREP_MESSAGES_EN,
  type FlagMessages,
  type SessionPrepMessages,
} from '@interlude/core';

/** The two message objects core's renderers take. */
export interface ClinicalMessages {
  readonly flag: FlagMessages;
  readonly sessionPrep: SessionPrepMessages;
}

const english: ClinicalMessages = { flag: FLAG_MESSAGES_EN, sessionPrep: SESSION_PREP_MESSAGES_EN };
const loaders: Record<string, () => Promise<ClinicalMessages>> = {
  de: () =>
    import('../locales/clinical/de.js').then((m) => ({
      flag: m.flagMessages,
      sessionPrep: m.sessionPrepMessages,
    })),
  ar: () =>
    import('../locales/clinical/ar.js').then((m) => ({
      flag: m.flagMessages,
      sessionPrep: m.sessionPrepMessages,
    })),
};
const loaded = new Map<string, ClinicalMessages>([['en', english]]);
const loading = new Map<string, Promise<void>>();

/** Follows `lang()` and re-renders the host once that language's wording has loaded. */
export class ClinicalMessagesController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #lang: () => string;

  constructor(host: ReactiveControllerHost, lang: () => string) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The wording for the current language; English until another has loaded (or if none exists). */
  get messages(): ClinicalMessages {
    const language = (this.#lang().toLowerCase().split('-')[0] ?? 'en') || 'en';
    const ready = loaded.get(language);
    if (ready) return ready;
    const load = loaders[language];
    if (load && !loading.has(language)) {
      loading.set(
        language,
        load().then(
          (messages) => void loaded.set(language, messages),
          () => void loaded.set(language, english),
        ),
      );
    }
    void loading.get(language)?.then(() => this.#host.requestUpdate());
    return english;
  }

  /** Resolves once the current language's wording is in (for tests and hosts). */
  async ready(): Promise<void> {
    void this.messages;
    const language = this.#lang().toLowerCase().split('-')[0] ?? 'en';
    await loading.get(language);
  }
}
