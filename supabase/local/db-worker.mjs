// Entry of the database worker thread (database.ts starts it): loads db-worker.ts through
// tsx, so the worker runs the same TypeScript as the rest of the stack whether the parent is
// tsx, Vite's config loader or Vitest.
import { tsImport } from 'tsx/esm/api';

await tsImport('./db-worker.ts', import.meta.url);
