import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';

/**
 * "Download Excel": the portfolio and the dashboard offer the workbook of everything the user may
 * read. The button is all a page carries; the workbook code loads on the click.
 */
export function ExportButton() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const { downloadExport } = await import('./export-download');
      await downloadExport(queryClient, i18n.language);
    } catch (error) {
      setFailure(t('import.exportFailed', { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-label={t('import.exportLabel')}
        disabled={busy}
        onClick={() => void download()}
      >
        {busy ? t('import.exporting') : t('import.exportButton')}
      </button>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
