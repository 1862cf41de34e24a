/*
 * The spreadsheet work the page hands to Web Workers: reading and checking a chosen file
 * (parse.worker.ts) and writing a workbook (workbook.worker.ts). exceljs lives only in the
 * workers, so no page bundle carries it, and a 5,000-row file does not freeze the page. The
 * component tests (jsdom has no workers) run the same code in place.
 */
import type { CheckAnswer, CheckRequest } from './check-core';
import type { BuildRequest } from './workbook-build';

function inWorker<T>(worker: Worker, message: unknown, transfer: Transferable[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<T>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'The worker failed'));
    worker.postMessage(message, transfer);
  }).finally(() => worker.terminate());
}

/** Reads a chosen file and checks its rows against the programme's growth areas. */
export async function checkFile(file: File, growthAreas: string[]): Promise<CheckAnswer> {
  const request: CheckRequest = { name: file.name, buffer: await file.arrayBuffer(), growthAreas };
  if (import.meta.env.MODE === 'test') {
    return (await import('./check-core')).checkRequest(request);
  }
  return inWorker<CheckAnswer>(
    new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' }),
    request,
    [request.buffer],
  );
}

type BuildAnswer = { ok: true; buffer: ArrayBuffer } | { ok: false; message: string };

/** The .xlsx file of a template or an export. */
export async function buildFile(request: BuildRequest): Promise<Blob> {
  const answer: BuildAnswer =
    import.meta.env.MODE === 'test'
      ? { ok: true, buffer: await (await import('./workbook-build')).buildWorkbook(request) }
      : await inWorker<BuildAnswer>(
          new Worker(new URL('./workbook.worker.ts', import.meta.url), { type: 'module' }),
          request,
        );
  if (!answer.ok) throw new Error(answer.message);
  return new Blob([answer.buffer], {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
