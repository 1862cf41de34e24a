// Building a workbook (the import template or the Excel export): what workbook.worker.ts runs.
import { exportBuffer } from './export';
import type { ExportData } from './queries';
import { templateBuffer } from './template';

export type BuildRequest =
  | { kind: 'template'; lng: string; growthAreas: string[] }
  | { kind: 'export'; lng: string; data: ExportData };

export function buildWorkbook(request: BuildRequest): Promise<ArrayBuffer> {
  return request.kind === 'template'
    ? templateBuffer(request.lng, request.growthAreas)
    : exportBuffer(request.data, request.lng);
}
