import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'pl', 'da'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', pl: 'Polski', da: 'Dansk' };

/** Loads one namespace of one language; the app decides where the files live. */
export type MessagesLoader = (language: Language, namespace: string) => Promise<Record<string, unknown>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

const PREFERENCE_KEY = 'pitlane.locale';

/** Before sign-in: what the person picked on an account page, else the browser's first match. */
export function preferredLanguage(): Language {
  try {
    const stored = localStorage.getItem(PREFERENCE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be off; the browser's languages still answer.
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(PREFERENCE_KEY, language);
  } catch {
    // Not remembering is fine: the choice still applies to this page.
  }
}

export async function setLanguage(language: Language): Promise<void> {
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export async function initI18n(load: MessagesLoader, namespaces: readonly string[], language: Language): Promise<void> {
  const backend: BackendModule = {
    type: 'backend',
    init: () => undefined,
    read(lng: string, ns: string, callback: ReadCallback) {
      const wanted = isLanguage(lng) ? lng : 'en';
      load(wanted, ns).then(
        (messages) => callback(null, messages),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
  document.documentElement.lang = language;
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      ns: [...namespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
}
