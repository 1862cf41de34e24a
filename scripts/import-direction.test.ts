import { ESLint } from 'eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { importDirection } from '../eslint.import-direction.js';

/*
 * `npm run lint` fails on an import against the direction app → features → components → lib →
 * types (eslint.import-direction.js): synthetic imports linted with the project's own config.
 */

const root = fileURLToPath(new URL('..', import.meta.url));
const rule = 'import-x/no-restricted-paths';

/** The import-direction messages for `code` as if it were `file` of the tree at `cwd`. */
async function restricted(eslint: ESLint, cwd: string, file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(cwd, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('the import direction (eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: root });

  it.each([
    ['src/components/x.tsx', '@/features/projects/queries', 'components → features'],
    ['src/components/x.tsx', '@/app/route-error', 'components → app'],
    ['src/lib/x.ts', '@/components/loading', 'lib → components'],
    ['src/lib/x.ts', '@/features/projects/queries', 'lib → features'],
    ['src/types/x.ts', '@/lib/dates', 'types → lib'],
    ['src/features/projects/x.ts', '@/app/route-error', 'features → app'],
    ['src/features/growth-areas/x.ts', '@/features/projects/queries', 'another feature’s file'],
  ])('%s may not import %s (%s)', async (file, from, _why) => {
    const messages = await restricted(
      eslint,
      root,
      file,
      `import * as m from '${from}';\nvoid m;\n`,
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(from);
  });

  it.each([
    ['src/app/x.tsx', '@/features/projects/queries'],
    ['src/features/projects/x.ts', '@/features/projects/queries'],
    ['src/features/projects/x.ts', '@/components/loading'],
    ['src/features/projects/x.ts', '@/lib/slug'],
    ['src/components/x.tsx', '@/lib/dates'],
    ['src/lib/x.ts', '@/types/database'],
  ])('%s may import %s', async (file, from) => {
    expect(
      await restricted(eslint, root, file, `import * as m from '${from}';\nvoid m;\n`),
    ).toEqual([]);
  });
});

describe('a feature’s public.ts', () => {
  // A throwaway tree, so the rule is proven on a public.ts without the app having to grow one.
  const dir = mkdtempSync(path.join(tmpdir(), 'salkku-import-direction-'));
  for (const file of ['src/features/a/public.ts', 'src/features/a/internal.ts']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'export const value = 1;\n');
  }
  mkdirSync(path.join(dir, 'src/features/b'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { 'import-x': importX },
        settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts'] })] },
        rules: { [rule]: ['error', importDirection(dir)] },
      },
    ],
  });

  it('is the one way into another feature', async () => {
    const use = (from: string) => `import { value } from '${from}';\nvoid value;\n`;
    expect(await restricted(eslint, dir, 'src/features/b/x.ts', use('../a/public'))).toEqual([]);
    expect(await restricted(eslint, dir, 'src/features/b/x.ts', use('../a/internal'))).toHaveLength(
      1,
    );
    expect(await restricted(eslint, dir, 'src/features/a/x.ts', use('./internal'))).toEqual([]);
  });
});
