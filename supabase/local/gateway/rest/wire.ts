// A request's statements and their results as raw protocol bytes, without PGlite's message
// parser. PGlite's execProtocol() turns every backend message into an object (ParseComplete,
// BindComplete, each DataRow and its fields, …) although a REST request needs only the rows of
// its main statement: that parsing was 5–10 % of the database worker's time. Here the backend's
// output is collected as bytes (execProtocolRawStream) and only the main statement's rows are
// decoded, with the same type parsers PGlite uses (so the rows are what execProtocol +
// parse.parseResults gave). An error is parsed by PGlite's own parser, so the caller gets the
// same DatabaseError, with the same fields, as from execProtocol(); a NOTIFY delivered in the
// output goes to `onNotification` (PGlite would have called its listeners).
import { protocol, types, type PGlite } from '@electric-sql/pglite';
import type { StatementResult } from './batch.ts';

// execProtocolRawStream leaves its data callback installed in the PGlite instance, so the next
// execProtocol() (any db.query()) would hand its output to that callback and see no results;
// execProtocol() clears it when it returns. A Terminate message ('X') is answered by PGlite
// without running anything, so this call only does that clearing.
const CLEAR = Uint8Array.of(0x58, 0, 0, 0, 4);

/** Runs a buffer of protocol messages; returns the backend's output, as bytes. */
export async function execRaw(db: PGlite, message: Uint8Array): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    await db.execProtocolRawStream(message, {
      syncToFs: false,
      // A view into the WebAssembly memory, reused for the next chunk: copied.
      onRawData: (chunk) => chunks.push(Buffer.from(chunk)),
    });
  } finally {
    await db.execProtocol(CLEAR, { syncToFs: false, throwOnError: false });
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
}

const parsers = types.parsers as Record<number, (value: string, typeId: number) => unknown>;

function cstring(bytes: Buffer, at: number): [string, number] {
  const end = bytes.indexOf(0, at);
  return [bytes.toString('utf8', at, end), end + 1];
}

/** The first ErrorResponse at `at`, as PGlite's parser builds it (protocol.DatabaseError). */
function databaseError(bytes: Buffer, at: number, length: number): Error {
  let error: Error | undefined;
  new protocol.Parser().parse(bytes.subarray(at, at + 1 + length), (message) => {
    error ??= message as unknown as Error;
  });
  return error ?? new Error('the database sent an error that could not be read');
}

/**
 * The rows and affected-row count of the `index`-th statement (counting CommandComplete
 * messages) in a backend's output, as parse.parseResults gives them; its RowDescription must be
 * in the output (Describe portal). The first error in the output is thrown, as execProtocol()
 * throws it.
 */
export function resultOf(
  bytes: Buffer,
  index: number,
  onNotification?: (channel: string, payload: string) => void,
): StatementResult {
  let seen = 0;
  let names: string[] = [];
  let typeIds: number[] = [];
  let rows: Record<string, unknown>[] = [];
  let result: StatementResult | undefined;
  for (let at = 0; at + 5 <= bytes.length;) {
    const type = bytes[at] as number;
    const length = bytes.readInt32BE(at + 1);
    const body = at + 5;
    const next = at + 1 + length;
    switch (type) {
      case 0x45: // E: ErrorResponse
        throw databaseError(bytes, at, length);
      case 0x41: {
        // A: NotificationResponse (process id, channel, payload)
        const [channel, after] = cstring(bytes, body + 4);
        onNotification?.(channel, cstring(bytes, after)[0]);
        break;
      }
      case 0x54: {
        // T: RowDescription
        if (seen !== index) break;
        const count = bytes.readInt16BE(body);
        names = [];
        typeIds = [];
        let p = body + 2;
        for (let i = 0; i < count; i++) {
          const [name, after] = cstring(bytes, p);
          names.push(name);
          typeIds.push(bytes.readInt32BE(after + 6));
          p = after + 18;
        }
        break;
      }
      case 0x44: {
        // D: DataRow
        if (seen !== index) break;
        const count = bytes.readInt16BE(body);
        const row: Record<string, unknown> = {};
        let p = body + 2;
        for (let i = 0; i < count; i++) {
          const n = bytes.readInt32BE(p);
          p += 4;
          const name = names[i];
          if (name === undefined) throw new Error('a data row came without its description');
          if (n < 0) {
            row[name] = null;
            continue;
          }
          const text = bytes.toString('utf8', p, p + n);
          p += n;
          const typeId = typeIds[i] as number;
          const parse = parsers[typeId];
          row[name] = parse ? parse(text, typeId) : text;
        }
        rows.push(row);
        break;
      }
      case 0x43: {
        // C: CommandComplete
        if (seen === index) {
          const words = cstring(bytes, body)[0].split(' ');
          const n = parseInt(words[words.length - 1] ?? '', 10);
          const counted = ['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(words[0] ?? '');
          result = { rows, affectedRows: counted && !Number.isNaN(n) ? n : 0 };
        }
        seen++;
        rows = [];
        break;
      }
      default:
        break;
    }
    at = next;
  }
  if (!result) throw new Error(`the batch returned no result for statement ${index}`);
  return result;
}
