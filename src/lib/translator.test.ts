import { describe, expect, it, vi } from 'vitest';
import { Translator, type TOptions } from './translator';

/** `t` for keys outside the app's own files (this test's texts). */
type LooseT = (key: string, options?: TOptions) => string;

// A translator of its own per test, with texts shaped like the app's locale files: the rules
// every `t` in the app relies on (fallback, plurals, placeholders, namespaces, prefixes).
function make() {
  const tr = new Translator();
  tr.addResourceBundle('fi', 'translation', {
    greeting: 'Hei {{name}}',
    onlyFinnish: 'Vain suomeksi',
    tasks_one: '{{count}} tehtävä',
    tasks_other: '{{count}} tehtävää',
    dashboard: {
      title: 'Kojelauta',
      late_one: '{{count}} myöhässä',
      late_other: '{{count}} myöhässä',
    },
    empty: '',
  });
  tr.addResourceBundle('sv', 'translation', {
    greeting: 'Hej {{name}}',
    tasks_one: '{{count}} uppgift',
    tasks_other: '{{count}} uppgifter',
    dashboard: { title: 'Översikt' },
  });
  tr.addResourceBundle('en', 'translation', {
    greeting: 'Hello {{name}}',
    tasks_zero: 'No tasks',
    tasks_one: '{{count}} task',
    tasks_other: '{{count}} tasks',
  });
  tr.addResourceBundle('fi', 'reports', { title: 'Raportti', nested: { deep: 'Syvä {{what}}' } });
  tr.addResourceBundle('sv', 'reports', { title: 'Rapport' });
  return Object.assign(tr, { t: tr.t as LooseT });
}

describe('Translator', () => {
  it('shows the UI language, and Finnish where a text has no translation', async () => {
    const tr = make();
    expect(tr.t('greeting', { name: 'Aino' })).toBe('Hei Aino');
    await tr.changeLanguage('sv');
    expect(tr.t('greeting', { name: 'Aino' })).toBe('Hej Aino');
    expect(tr.t('onlyFinnish')).toBe('Vain suomeksi');
    expect(tr.t('dashboard.title')).toBe('Översikt');
  });

  it('answers with the key when no language has the text', () => {
    expect(make().t('nowhere.to.be')).toBe('nowhere.to.be');
  });

  it('picks the plural form by each language’s rules, `_zero` for a count of 0 where it exists', async () => {
    const tr = make();
    expect(tr.t('tasks', { count: 1 })).toBe('1 tehtävä');
    expect(tr.t('tasks', { count: 0 })).toBe('0 tehtävää');
    expect(tr.t('tasks', { count: 5 })).toBe('5 tehtävää');
    await tr.changeLanguage('en');
    expect(tr.t('tasks', { count: 0 })).toBe('No tasks');
    expect(tr.t('tasks', { count: 1 })).toBe('1 task');
    expect(tr.t('tasks', { count: 2 })).toBe('2 tasks');
    await tr.changeLanguage('sv');
    expect(tr.t('tasks', { count: 0 })).toBe('0 uppgifter');
    expect(tr.t('tasks', { count: 1 })).toBe('1 uppgift');
    // Swedish has no dashboard.late: the Finnish plural stands in.
    expect(tr.t('dashboard.late', { count: 3 })).toBe('3 myöhässä');
  });

  it('fills placeholders, leaves one without a value as it is, and keeps an empty text', () => {
    const tr = make();
    expect(tr.t('greeting', { name: 0 })).toBe('Hei 0');
    expect(tr.t('greeting')).toBe('Hei {{name}}');
    expect(tr.t('greeting', { other: 'x' })).toBe('Hei {{name}}');
    expect(tr.t('empty')).toBe('');
  });

  it('reads another namespace by `ns:key` and by the `ns` option, and binds a key prefix', async () => {
    const tr = make();
    const t = tr.t;
    expect(t('reports:title')).toBe('Raportti');
    expect(t('nested.deep', { ns: 'reports', what: 'teksti' })).toBe('Syvä teksti');
    const dashboard = tr.getFixedT(null, 'translation', 'dashboard') as LooseT;
    expect(dashboard('title')).toBe('Kojelauta');
    await tr.changeLanguage('sv');
    expect(dashboard('title')).toBe('Översikt');
    expect(t('reports:title')).toBe('Rapport');
  });

  it('answers in the language a call or a fixed `t` names, whatever the UI shows', () => {
    const tr = make();
    expect(tr.t('greeting', { name: 'A', lng: 'en' })).toBe('Hello A');
    const sv = tr.getFixedT('sv') as LooseT;
    expect(sv('greeting', { name: 'A' })).toBe('Hej A');
    expect(sv('greeting', { name: 'A', lng: 'en' })).toBe('Hello A');
    // An unknown language is Finnish.
    expect(tr.t('greeting', { name: 'A', lng: 'de' })).toBe('Hei A');
  });

  it('gives the same fixed `t` for the same language and namespace', () => {
    const tr = make();
    expect(tr.getFixedT('sv', 'reports')).toBe(tr.getFixedT('sv', 'reports'));
    expect(tr.getFixedT('sv', 'reports')).not.toBe(tr.getFixedT('en', 'reports'));
  });

  it('tells its listeners about a language change once, and not after they unsubscribe', async () => {
    const tr = make();
    const listener = vi.fn();
    const stop = tr.onLanguageChanged(listener);
    await tr.changeLanguage('sv');
    await tr.changeLanguage('sv');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('sv');
    expect(tr.language).toBe('sv');
    expect(tr.language).toBe('sv');
    stop();
    await tr.changeLanguage('en');
    expect(listener).toHaveBeenCalledTimes(1);
    // An unsupported language falls back to Finnish.
    await tr.changeLanguage('de');
    expect(tr.language).toBe('fi');
  });

  it('merges added texts over a namespace and reports what it holds', () => {
    const tr = make();
    expect(tr.hasResourceBundle('en', 'reports')).toBe(false);
    tr.addResourceBundle('fi', 'reports', { extra: 'Lisä' });
    expect(tr.getResource('fi', 'reports', 'title')).toBe('Raportti');
    expect(tr.getResource('fi', 'reports', 'extra')).toBe('Lisä');
    expect(tr.getResource('fi', 'reports', 'nested.deep')).toBe('Syvä {{what}}');
    expect(tr.getResourceBundle('sv', 'reports')).toEqual({ title: 'Rapport' });
  });
});
