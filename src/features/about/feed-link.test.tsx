import { act, render } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { FeedLink, feedUrl } from './feed-link';

describe('the feed link', () => {
  afterEach(async () => {
    await act(() => setLanguage('fi'));
  });

  it('puts the Atom feed of the page in <head>, in the UI language', async () => {
    const { unmount } = render(<FeedLink programme="elinvoimaohjelma-2025-2029" />);
    const link = document.head.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(link).toHaveAttribute('href', '/feeds/elinvoimaohjelma-2025-2029.atom?lang=fi');
    expect(link).toHaveAttribute('title', 'Julkiset muutokset (Atom-syöte)');
    unmount();
    await act(() => setLanguage('sv'));
    render(<FeedLink programme="elinvoimaohjelma-2025-2029" area="ruoka" />);
    expect(document.head.querySelector('link[type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/feeds/elinvoimaohjelma-2025-2029/ruoka.atom?lang=sv',
    );
  });

  it('builds growth-area feed URLs', () => {
    expect(feedUrl('p', 'a', 'en')).toBe('/feeds/p/a.atom?lang=en');
  });
});
