/**
 * What `use-sync-external-store/shim` gives on React 18 and later: React's own hook (vite.config.ts
 * points the shim here). react-i18next imports the shim for React 16/17, whose fallback code would
 * otherwise ride along on every first visit although React 19 never runs it.
 */
export { useSyncExternalStore } from 'react';
