import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { translator } from './translator';
import { useTranslation } from './use-translation';

// The app's translator as the test setup leaves it (every language loaded, Finnish shown).
function Title({ onT }: { onT: (t: unknown) => void }) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    onT(t);
  }, [t, onT]);
  return (
    <h1 lang={i18n.language}>
      {t('nav.timeline')} · {t('nav.portfolio')}
    </h1>
  );
}

describe('useTranslation', () => {
  it('re-renders in the new language, with a new `t` only when the language changes', async () => {
    const seen: unknown[] = [];
    const { rerender } = render(<Title onT={(t) => seen.push(t)} />);
    const finnish = screen.getByRole('heading').textContent;
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'fi');
    rerender(<Title onT={(t) => seen.push(t)} />);
    expect(new Set(seen).size).toBe(1);

    await act(() => translator.changeLanguage('sv'));
    expect(screen.getByRole('heading')).toHaveAttribute('lang', 'sv');
    expect(screen.getByRole('heading').textContent).not.toBe(finnish);
    expect(screen.getByRole('heading').textContent).toBe(
      `${translator.t('nav.timeline', { lng: 'sv' })} · ${translator.t('nav.portfolio', { lng: 'sv' })}`,
    );
    expect(new Set(seen).size).toBe(2);

    await act(() => translator.changeLanguage('fi'));
    expect(screen.getByRole('heading').textContent).toBe(finnish);
  });

  it('binds a namespace', async () => {
    function Namespaced() {
      const { t } = useTranslation('content');
      return <p>{t('in.sv')}</p>;
    }
    const { loadContentTexts } = await import('./content-texts');
    await loadContentTexts();
    render(<Namespaced />);
    expect(screen.getByText(translator.t('content:in.sv'))).toBeInTheDocument();
    expect(translator.t('content:in.sv')).not.toBe('in.sv');
  });
});
