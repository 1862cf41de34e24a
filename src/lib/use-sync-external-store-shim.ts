/**
 * What `use-sync-external-store/shim` gives on React 18 and later: React's own hook (vite.config.ts
 * points the shim here). recharts' selector hook imports the shim for React 16/17, whose fallback code
 * would otherwise ride along in the charts' chunks although React 19 never runs it.
 */
export { useSyncExternalStore } from 'react';
