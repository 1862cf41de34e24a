// Runs every supabase/tests/database/*.test.sql on PGlite and turns each pgTAP assertion into
// its own vitest case, so a failure shows its description and pgTAP's diagnostics. A file
// whose plan does not match what it ran, or that stops on an SQL error, fails too.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  assertionPassed,
  listPgTapFiles,
  parseTap,
  runPgTapFile,
  runPgTapFiles,
  tapProblems,
} from '../pgtap';

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

// The runner itself: a broken file must never look green.
describe('the pgTAP runner', () => {
  test('parses plans, results, directives and diagnostics', () => {
    const tap = parseTap([
      '1..3',
      'ok 1 - first',
      'not ok 2 - second',
      '# Failed test 2: "second"',
      '#         have: 1',
      'not ok 3 - third # TODO not yet',
      '# Looks like you failed 1 test of 3',
    ]);
    expect(tap.planned).toBe(3);
    expect(tap.assertions.map((a) => [a.number, a.ok, a.description])).toEqual([
      [1, true, 'first'],
      [2, false, 'second'],
      [3, false, 'third'],
    ]);
    expect(tap.assertions[1]?.diagnostics).toEqual(['Failed test 2: "second"', '        have: 1']);
    expect(tap.assertions[2]?.directive).toBe('TODO not yet');
    expect(tap.assertions.map(assertionPassed)).toEqual([true, false, true]);
    expect(tap.diagnostics).toEqual(['Looks like you failed 1 test of 3']);
    expect(tapProblems(tap, null)).toHaveLength(1);
  });

  test('reports a missing plan and a plan mismatch', () => {
    expect(tapProblems(parseTap(['ok 1 - a']), null)).toEqual([
      'no plan: the file never called plan(n)',
    ]);
    expect(tapProblems(parseTap(['1..2', 'ok 1 - a']), null)).toEqual([
      'planned 2 tests but ran 1',
    ]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'salkku-pgtap-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a failing assertion and a plan mismatch in a real file are reported', async () => {
    const file = join(dir, 'broken.test.sql');
    writeFileSync(
      file,
      "begin; select plan(3); select ok(true, 'fine'); select is(1, 2, 'wrong'); select * from finish(); rollback;",
    );
    const r = await runPgTapFile(file);
    expect(r.error).toBeNull();
    expect(r.problems).toContain('planned 3 tests but ran 2');
    expect(r.problems.some((p) => p.startsWith('not ok 2 - wrong'))).toBe(true);
  });

  test('an SQL error stops the file and is reported with its line', async () => {
    const file = join(dir, 'error.test.sql');
    writeFileSync(file, 'begin;\nselect plan(1);\nselect * from no_such_table;\nrollback;\n');
    const r = await runPgTapFile(file);
    expect(r.error).toMatch(/^\[42P01\] relation "no_such_table" does not exist at line 3/);
    expect(r.problems[0]).toMatch(/^error: /);
  });
});
