import { translator } from '@/lib/translator';
import { addNamespace, loadNamespace } from './namespaces';

const bundles = {
  fi: { greeting: 'Hei' },
  sv: { greeting: 'Hej' },
  en: { greeting: 'Hello' },
};

describe('loadNamespace', () => {
  it('adds every language once and hands out the same promise', async () => {
    let downloads = 0;
    const importers = {
      fi: async () => {
        downloads += 1;
        return { default: bundles.fi };
      },
      sv: async () => ({ default: bundles.sv }),
      en: async () => ({ default: bundles.en }),
    };
    const first = loadNamespace('test-once', importers);
    expect(loadNamespace('test-once', importers)).toBe(first);
    await first;
    expect(loadNamespace('test-once', importers)).toBe(first);
    expect(downloads).toBe(1);
    expect(translator.getResource('sv', 'test-once', 'greeting')).toBe('Hej');
    expect(translator.getResource('en', 'test-once', 'greeting')).toBe('Hello');
  });

  it('tries a failed download again', async () => {
    let attempts = 0;
    const importers = {
      fi: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('offline');
        return { default: bundles.fi };
      },
      sv: async () => ({ default: bundles.sv }),
      en: async () => ({ default: bundles.en }),
    };
    await expect(loadNamespace('test-retry', importers)).rejects.toThrow('offline');
    await loadNamespace('test-retry', importers);
    expect(translator.getResource('fi', 'test-retry', 'greeting')).toBe('Hei');
  });
});

describe('addNamespace', () => {
  it('adds each language that is missing', () => {
    addNamespace('test-sync', bundles);
    expect(translator.getResource('fi', 'test-sync', 'greeting')).toBe('Hei');
  });
});
