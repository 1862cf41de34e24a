// Reading and checking one file: what the import's Web Worker runs (and jsdom, without workers).
import { readFile, UnreadableFileError } from './read-file';
import { checkSheets, type ImportCheck } from './validate';

export type CheckAnswer =
  { ok: true; check: ImportCheck } | { ok: false; reason: 'type' | 'corrupt' };

export interface CheckRequest {
  name: string;
  buffer: ArrayBuffer;
  growthAreas: string[];
}

export async function checkRequest(request: CheckRequest): Promise<CheckAnswer> {
  try {
    const sheets = await readFile(request.name, request.buffer);
    return { ok: true, check: checkSheets(sheets, request.growthAreas) };
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, reason: error.reason };
    return { ok: false, reason: 'corrupt' };
  }
}
