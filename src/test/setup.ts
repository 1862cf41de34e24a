import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadContentTexts } from '@/lib/content-texts';
import { initI18n, loadAllLanguages } from '@/lib/i18n';

await initI18n('fi');
await loadAllLanguages();
await loadContentTexts();

afterEach(() => {
  cleanup();
});
