import { describe, expect, it } from 'vitest';

/**
 * Every messages file of the app (features, shell, customer pages) in every language, by folder:
 * a key missing in Polish or Danish shows the English text or the raw key to a customer.
 */
const files = import.meta.glob<{ default: object }>('../../**/locales/{en,pl,da}.json', { eager: true });

/** Every key path of a messages file, plural suffixes folded (Polish has more forms than English). */
function keys(messages: object, prefix = ''): string[] {
  const all = Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
  return [...new Set(all)].sort();
}

const folders = [...new Set(Object.keys(files).map((file) => file.replace(/\/(en|pl|da)\.json$/, '')))].sort();

describe('messages in every language', () => {
  it('finds the messages of the app, its features and the customer pages', () => {
    expect(folders.length).toBeGreaterThan(10);
    expect(folders).toEqual(expect.arrayContaining(['../../app/locales', '../../public/locales']));
  });

  it.each(folders.flatMap((folder) => (['pl', 'da'] as const).map((language) => [folder, language] as const)))(
    '%s: %s has every English key and no other',
    (folder, language) => {
      const english = files[`${folder}/en.json`];
      const other = files[`${folder}/${language}.json`];
      expect(other).toBeDefined();
      expect(keys(other!.default)).toEqual(keys(english!.default));
    },
  );
});
