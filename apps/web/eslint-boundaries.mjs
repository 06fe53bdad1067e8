// The web app's one-way rule, as the server keeps its own: app -> features -> lib/ui.
// A feature never imports another feature, and ui and lib import no feature and no app code.
import { readdirSync } from 'node:fs';

const src = new URL('./src/', import.meta.url);
const features = readdirSync(new URL('features/', src), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const restrict = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});

export const webBoundaries = [
  ...features.map((feature) =>
    restrict(
      [`apps/web/src/features/${feature}/**`],
      ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/**`, '@/app/*', '@/app/**'],
      'A feature imports only itself, lib and ui; shared pieces move to lib or ui.',
    ),
  ),
  restrict(
    ['apps/web/src/ui/**'],
    ['@/features/**', '@/app/**', '@/lib/**'],
    'ui holds primitives only: no feature, app or lib code.',
  ),
  restrict(
    ['apps/web/src/lib/**'],
    ['@/features/**', '@/app/**'],
    'lib is imported by features and app, never the other way.',
  ),
];
