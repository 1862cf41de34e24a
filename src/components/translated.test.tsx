import { render, screen } from '@testing-library/react';
import { translator } from '@/lib/translator';
import { localize, searchText } from '@/lib/translated';
import { Translated } from './translated';

const project = {
  name: 'Uudenmaan kiertotalouslaakso',
  name_sv: 'Nylands cirkulärekonomidal',
  name_en: null,
  summary: 'Esiselvitys on päättynyt.',
  summary_sv: null,
  summary_en: null,
};

describe('translated content', () => {
  it('shows the Swedish text as it is, with no language of its own and no marker', async () => {
    await translator.changeLanguage('sv');
    render(<Translated as="h1" value={localize(project, 'name', 'sv')} />);
    const heading = screen.getByRole('heading', { name: 'Nylands cirkulärekonomidal' });
    expect(heading).not.toHaveAttribute('lang');
    expect(screen.queryByText(/inte översatt/)).not.toBeInTheDocument();
  });

  it('falls back to Finnish marked lang="fi" with a visible "not translated" in the UI language', async () => {
    await translator.changeLanguage('en');
    render(
      <section aria-label="Description">
        <Translated as="p" value={localize(project, 'summary', 'en')} />
      </section>,
    );
    const region = screen.getByRole('region', { name: 'Description' });
    expect(screen.getByText('Esiselvitys on päättynyt.')).toHaveAttribute('lang', 'fi');
    expect(region).toHaveTextContent('Esiselvitys on päättynyt. (not translated)');
  });

  it('keeps a link’s name to the text itself, the marker outside it', async () => {
    await translator.changeLanguage('en');
    render(<Translated as="a" value={localize(project, 'name', 'en')} />);
    expect(screen.getByText('Uudenmaan kiertotalouslaakso')).toHaveAttribute('lang', 'fi');
    expect(screen.getByText('(not translated)').closest('[lang="fi"]')).toBeNull();
  });

  it('shows Finnish in Finnish without a marker, and nothing where there is no text', () => {
    expect(localize(project, 'name', 'fi')).toEqual({
      text: 'Uudenmaan kiertotalouslaakso',
      lang: 'fi',
      fallback: false,
    });
    expect(localize({ summary: null, summary_sv: null }, 'summary', 'sv')).toBeNull();
  });

  it('searches every language', () => {
    expect(searchText(project, 'name')).toContain('Nylands');
    expect(searchText(project, 'name')).toContain('Uudenmaan');
  });
});
