// The import direction of src/ (ARCHITECTURE.md, convention 1), as import-x/no-restricted-paths
// zones — the shape bulletproof-react uses:
//
//   app → features → components → lib → types
//
// Each layer imports only the layers to its right. A feature reaches another feature only
// through that feature's `public.ts`: the one file where a feature declares what it lends to
// others (there is no barrel index.ts; a feature without public.ts lends nothing). Anything two
// features both need and that belongs to neither (wording, slugs, dates) moves down to lib/.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The feature folders under `<root>/src/features`, read at lint time so new features count.
 * @param {string} root
 * @returns {string[]}
 */
function features(root) {
  return readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * no-restricted-paths options for the tree at `root` (the folder holding src/).
 * @param {string} root
 */
export function importDirection(root) {
  /** @param {string} p */
  const src = (p) => `./src/${p}`;
  const names = features(root);
  return {
    basePath: root,
    zones: [
      {
        target: src('features'),
        from: src('app'),
        message: 'Features do not import the app: app → features → components → lib → types.',
      },
      {
        target: src('components'),
        from: [src('app'), src('features')],
        message:
          'Shared components do not import features or the app; move what they need to lib/.',
      },
      {
        target: src('lib'),
        from: [src('app'), src('features'), src('components')],
        message: 'lib/ imports only lib/ and types/: app → features → components → lib → types.',
      },
      {
        target: src('types'),
        from: [src('app'), src('features'), src('components'), src('lib')],
        message: 'types/ is the bottom layer and imports nothing of the app.',
      },
      ...names.map((name) => ({
        target: src(`features/${name}`),
        from: src('features'),
        except: [
          `./${name}`,
          ...names.filter((other) => other !== name).map((other) => `./${other}/public.ts`),
        ],
        message:
          'A feature reaches another feature only through its public.ts; move shared code to lib/.',
      })),
    ],
  };
}
