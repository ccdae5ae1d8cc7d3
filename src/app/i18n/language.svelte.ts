/**
 * The language on screen, as reactive state: every `t()` of a template reads it, so choosing a
 * language re-renders the page in place, without a reload (a class that switches mid-lesson keeps
 * its run, its step and its cursor). A page opens in the language of its address (`lang=`), else
 * the reader's remembered choice, else the browser's preferred language, else English (Paraglide's
 * strategy: custom-remembered, preferredLanguage, baseLocale). The choice is remembered in
 * localStorage where the browser allows it; where it refuses the page its storage, the choice
 * lasts the page. Importing this module plugs the state into t.ts and Paraglide's getLocale;
 * src/main.ts imports it first.
 */
import { defineCustomClientStrategy, getLocale, overwriteGetLocale, setLocale, toLocale } from './paraglide/runtime.js';
import { readAddressLanguage, withAddressLanguage } from './addressLanguage.ts';
import { type Language } from './languages.ts';
import { readLanguageFrom } from './t.ts';

/** Where the reader's choice of language is kept. */
const REMEMBERED_KEY = 'retention-lab.language';

defineCustomClientStrategy('custom-remembered', {
  getLocale: () => {
    try {
      return toLocale(window.localStorage.getItem(REMEMBERED_KEY));
    } catch {
      return undefined;
    }
  },
  setLocale: (chosen: string) => {
    try {
      window.localStorage.setItem(REMEMBERED_KEY, chosen);
    } catch {
      // The browser refuses the page its storage: the choice lasts as long as the page.
    }
  },
});

class LanguageState {
  /** The language on screen. */
  current = $state<Language>(getLocale());

  constructor() {
    const asked = readAddressLanguage(window.location.search).language;
    if (asked) this.current = asked;
    this.mark();
  }

  /**
   * The reader chose a language: the page switches in place, the choice is remembered, and the
   * address says it (replaced, not pushed: a language is not a step back).
   */
  choose(language: Language): void {
    setLocale(language, { reload: false });
    this.show(language);
    const search = withAddressLanguage(window.location.search, language);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }

  /** The address changed (back, forward, a link): its `lang=` is shown; an address without one keeps the language on screen. */
  follow(search: string): void {
    const asked = readAddressLanguage(search).language;
    if (asked) this.show(asked);
  }

  private show(language: Language): void {
    if (this.current === language) return;
    this.current = language;
    this.mark();
  }

  /** `<html lang>`, for screen readers, hyphenation and fonts. */
  private mark(): void {
    document.documentElement.lang = this.current;
  }
}

export const language = new LanguageState();

readLanguageFrom(() => language.current);
overwriteGetLocale(() => language.current);
