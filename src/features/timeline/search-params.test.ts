import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPAND } from './rows';
import { toSearchParams, fromSearchParams } from './search-params';
import { EMPTY_FILTERS } from './model';

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    const params = toSearchParams({ filters: EMPTY_FILTERS, expand: DEFAULT_EXPAND, zoom: 'fit' });
    expect(params.toString()).toBe('');
  });

  it('round-trips filters, zoom and expand state', () => {
    const state = {
      filters: {
        growthAreaIds: ['ga-2', 'ga-1'],
        stages: ['planning', 'implementation'] as const,
        scheduleStatuses: ['late'] as const,
        leadIds: ['lead-1'],
        text: 'kierto talo',
      },
      expand: { all: false, keys: new Set(['p:p-1', 'a:ga-3']) },
      zoom: 'quarters' as const,
    };
    const params = toSearchParams({
      ...state,
      filters: { ...state.filters, stages: [...state.filters.stages], scheduleStatuses: ['late'] },
    });
    const url = `/timeline?${params.toString()}`;
    const back = fromSearchParams(new URL(url, 'http://x').searchParams);
    expect(back.zoom).toBe('quarters');
    expect([...back.filters.growthAreaIds]).toEqual(['ga-1', 'ga-2']);
    expect([...back.filters.stages]).toEqual(['implementation', 'planning']);
    expect([...back.filters.scheduleStatuses]).toEqual(['late']);
    expect(back.filters.leadIds).toEqual(['lead-1']);
    expect(back.filters.text).toBe('kierto talo');
    expect(back.expand.all).toBe(false);
    expect([...back.expand.keys].sort()).toEqual(['a:ga-3', 'p:p-1']);
    expect(toSearchParams(back).toString()).toBe(params.toString());
  });

  it('keeps unrelated params and ignores values it does not know', () => {
    const params = toSearchParams(
      { filters: EMPTY_FILTERS, expand: { all: true, keys: new Set() }, zoom: 'weeks' },
      new URLSearchParams('lang=sv'),
    );
    expect(params.get('lang')).toBe('sv');
    expect(params.get('expand')).toBe('all');
    const back = fromSearchParams(
      new URLSearchParams('zoom=decades&stage=planning,bogus&status=x&toggle=zz,p:1'),
    );
    expect(back.zoom).toBe('fit');
    expect(back.filters.stages).toEqual(['planning']);
    expect(back.filters.scheduleStatuses).toEqual([]);
    expect([...back.expand.keys]).toEqual(['p:1']);
  });
});
