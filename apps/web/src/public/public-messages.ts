import type { MessagesLoader } from '@/lib/i18n/i18n';

type MessagesModule = { default: Record<string, unknown> };

// Only the customer pages' strings: the staff app's never reach a customer's phone.
const files = import.meta.glob<MessagesModule>(['./locales/*.json', '../ui/locales/*.json']);

export const loadPublicMessages: MessagesLoader = async (language, namespace) => {
  const path = namespace === 'ui' ? `../ui/locales/${language}.json` : `./locales/${language}.json`;
  const load = files[path];
  if (!load) throw new Error(`No messages for ${namespace} in ${language}`);
  return (await load()).default;
};
