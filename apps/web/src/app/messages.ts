import type { Language, MessagesLoader } from '@/lib/i18n/i18n';

type MessagesModule = { default: Record<string, unknown> };

// Each feature keeps its strings beside its code (features/<name>/locales/<lang>.json, namespace
// <name>); a language's files load only when a screen asks for that namespace.
const files = import.meta.glob<MessagesModule>([
  './locales/*.json',
  '../ui/locales/*.json',
  '../features/*/locales/*.json',
]);

function fileOf(language: Language, namespace: string): string {
  if (namespace === 'app') return `./locales/${language}.json`;
  if (namespace === 'ui') return `../ui/locales/${language}.json`;
  return `../features/${namespace}/locales/${language}.json`;
}

export const loadMessages: MessagesLoader = async (language, namespace) => {
  const load = files[fileOf(language, namespace)];
  if (!load) throw new Error(`No messages for ${namespace} in ${language}`);
  return (await load()).default;
};
