import { useTranslation } from '@/lib/use-translation';
import { addNamespace } from '@/lib/namespaces';
import { spreadsheetBundles } from './vocabulary';

/**
 * The `spreadsheet` namespace (src/locales/spreadsheet/): the import page's texts, the export's
 * button and a spreadsheet's words, all three languages at once. Added to the translator the first time
 * a spreadsheet component renders, so none of it is in the first download of any page.
 */
export function useSpreadsheetT() {
  const { i18n } = useTranslation();
  addNamespace('spreadsheet', spreadsheetBundles, i18n);
  return useTranslation('spreadsheet');
}
