// Which database calls the worker has begun, and when: memory shared by database.ts (which
// reads it) and db-worker.ts (which writes it), so that beginning a call costs no message.
//
// Call `id` has slot `id % slots`: the worker stores there the time it began the call (ms since
// the epoch, as performance.timeOrigin + performance.now(), comparable across threads), then the
// call's round, `floor(id / slots) + 1`. Ids grow, so a later round in the slot means a later call
// that shares it has begun since: this one is then counted as started too, at an unknown time
// (the safe side: a started call is never sent again; calls begin in the order they were sent,
// so it has).

/** Slots of a new StartedCalls memory (a power of two). */
const DEFAULT_SLOTS = 1 << 12;
/** Bytes per slot: a Float64 time and an Int32 round. */
const SLOT_BYTES = 12;

/** Now, in ms since the epoch, comparable across threads. */
export const now = (): number => performance.timeOrigin + performance.now();

export class StartedCalls {
  readonly buffer: SharedArrayBuffer;
  private readonly slots: number;
  private readonly at: Float64Array;
  private readonly rounds: Int32Array;

  /** New memory (the parent), or the parent's (the worker, from its workerData). */
  constructor(buffer = new SharedArrayBuffer(DEFAULT_SLOTS * SLOT_BYTES)) {
    this.buffer = buffer;
    this.slots = buffer.byteLength / SLOT_BYTES;
    this.at = new Float64Array(buffer, 0, this.slots);
    this.rounds = new Int32Array(buffer, this.slots * 8, this.slots);
  }

  /** The worker: marks call `id` begun, now. */
  mark(id: number): void {
    const slot = id % this.slots;
    this.at[slot] = now();
    Atomics.store(this.rounds, slot, Math.floor(id / this.slots) + 1);
  }

  /** When call `id` began (ms since the epoch), undefined if it has not, NaN if unknown. */
  since(id: number): number | undefined {
    const slot = id % this.slots;
    const round = Math.floor(id / this.slots) + 1;
    const seen = Atomics.load(this.rounds, slot);
    if (seen < round) return undefined;
    return seen === round ? (this.at[slot] ?? Number.NaN) : Number.NaN;
  }
}
