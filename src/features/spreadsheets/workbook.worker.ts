/// <reference lib="webworker" />
// Writes an .xlsx off the page's main thread (see files.ts).
import { buildWorkbook, type BuildRequest } from './workbook-build';

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  try {
    const buffer = await buildWorkbook(event.data);
    self.postMessage({ ok: true, buffer }, [buffer]);
  } catch (error) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
