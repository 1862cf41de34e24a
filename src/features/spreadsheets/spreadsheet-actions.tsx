import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { todayIso } from '@/lib/dates';
import { isDirector, useAccess } from '@/lib/session';
import { filterExport, isFiltered, type ExportFilter } from './export-filter';
import { buildFile } from './files';
import { spreadsheetQueries } from './queries';
import { vocabulary } from './vocabulary';
import { saveFile } from '@/lib/download';

/**
 * The portfolio's and the dashboard's spreadsheet buttons for signed-in users: "Download Excel"
 * (the workbook of everything the user may read, written in a worker) and, for directors, the
 * way to the import. The pages load this lazily and only for a signed-in user; its words come
 * from the spreadsheet locale files in the page's language (`lng`), so this chunk needs no
 * translator of its own.
 */
export default function SpreadsheetActions({
  lng,
  importLink = false,
  filter,
}: {
  lng: string;
  importLink?: boolean;
  /** The page's current filters (dashboard or portfolio): the workbook holds what they match. */
  filter?: ExportFilter;
}) {
  const filtered = isFiltered(filter);
  const words = vocabulary(lng).actions;
  const access = useAccess();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const data = filterExport(
        await queryClient.fetchQuery(spreadsheetQueries.exportData()),
        filter,
      );
      saveFile(
        await buildFile({ kind: 'export', lng, data }),
        `salkku-${todayIso()}${filtered ? '-rajattu' : ''}.xlsx`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setFailure(words.exportFailed.replace('{{message}}', message));
    } finally {
      setBusy(false);
    }
  };
  if (!access) return null;
  return (
    <>
      {importLink && isDirector(access) ? (
        <Link className="button button--secondary" to="/import">
          {words.importLink}
        </Link>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        aria-label={busy ? undefined : filtered ? words.exportFilteredLabel : words.exportLabel}
        disabled={busy}
        onClick={() => void download()}
      >
        {busy ? words.exporting : words.exportButton}
      </button>
      {failure ? (
        <p className="notice notice--error" role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
