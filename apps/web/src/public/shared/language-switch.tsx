import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language, setLanguage } from '@/lib/i18n/i18n';

/**
 * The page's language: the workshop's unless the customer picks another, which the address keeps
 * (`?lang=pl`) so a reload or a shared link stays in it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('public');
  const id = useId();
  const change = (language: Language) => {
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language);
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}`);
    void setLanguage(language);
  };
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t('language')}
      </label>
      <select
        id={id}
        value={isLanguage(i18n.language) ? i18n.language : 'en'}
        onChange={(event) => {
          if (isLanguage(event.target.value)) change(event.target.value);
        }}
        className="h-11 rounded-lg border border-line bg-surface px-2 text-sm text-ink"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The language the address asks for (`?lang=`), if any. */
export function addressLanguage(search: string): Language | null {
  const value = new URLSearchParams(search).get('lang');
  return isLanguage(value) ? value : null;
}
