/*
 * Reads and checks a chosen file off the main thread: exceljs unzips and parses the workbook in a
 * Web Worker (parse.worker.ts), so a 5,000-row file does not freeze the page. Where there are no
 * workers (the component tests' jsdom) the same code runs in place.
 */
import type { CheckAnswer, CheckRequest } from './check-core';

export async function checkFile(file: File, growthAreas: string[]): Promise<CheckAnswer> {
  const request: CheckRequest = { name: file.name, buffer: await file.arrayBuffer(), growthAreas };
  if (typeof Worker === 'undefined') {
    const { checkRequest } = await import('./check-core');
    return checkRequest(request);
  }
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<CheckAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<CheckAnswer>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'The file could not be read'));
      worker.postMessage(request, [request.buffer]);
    });
  } finally {
    worker.terminate();
  }
}
