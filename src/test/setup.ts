import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { translator } from '@/lib/translator';
import { afterEach } from 'vitest';
import { loadContentTexts } from '@/lib/content-texts';
import { initI18n, loadAllLanguages } from '@/lib/i18n';

await initI18n('fi');
await loadAllLanguages();
await loadContentTexts();

// Unmount first, then put the language back: a language change while a tree is mounted would
// re-render it outside act(). Tests that switch the language leave the reset to this hook.
afterEach(async () => {
  cleanup();
  if (translator.language !== 'fi') await translator.changeLanguage('fi');
});
