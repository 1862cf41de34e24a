// Runs every supabase/tests/database/*.test.sql on PGlite and turns each pgTAP assertion into
// its own vitest case, so a failure shows its description and pgTAP's diagnostics. A file
// whose plan does not match what it ran, or that stops on an SQL error, fails too.
import { describe, expect, test } from 'vitest';
import { assertionPassed, listPgTapFiles, runPgTapFiles } from '../pgtap';

const files = listPgTapFiles();
const results = await runPgTapFiles(files);

test('there are pgTAP files to run', () => {
  expect(files.length).toBeGreaterThan(0);
});

for (const result of results) {
  describe(result.name, () => {
    test('runs to the end without an SQL error', () => {
      expect(result.error, result.error ?? '').toBeNull();
    });

    test(`ran as many assertions as planned (${result.planned ?? 'no plan'})`, () => {
      expect(result.planned, 'the file never called plan(n)').not.toBeNull();
      expect(result.assertions.length, result.diagnostics.join('\n')).toBe(result.planned);
      expect(result.assertions.map((a) => a.number)).toEqual(
        result.assertions.map((_, i) => i + 1),
      );
    });

    for (const a of result.assertions) {
      test(`${a.number} - ${a.description || '(no description)'}`, () => {
        expect(
          assertionPassed(a),
          [`not ok ${a.number} - ${a.description}`, ...a.diagnostics].join('\n'),
        ).toBe(true);
      });
    }
  });
}
