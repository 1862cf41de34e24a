// The Excel export's download, loaded when the user asks for it (exceljs is not small).
import type { QueryClient } from '@tanstack/react-query';
import { todayIso } from '@/lib/dates';
import { exportBlob } from './export';
import { spreadsheetQueries } from './queries';
import { saveBlob } from './workbook';

export async function downloadExport(queryClient: QueryClient, lng: string): Promise<void> {
  const data = await queryClient.fetchQuery(spreadsheetQueries.exportData());
  saveBlob(await exportBlob(data, lng), `salkku-${todayIso()}.xlsx`);
}
