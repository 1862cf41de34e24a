import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { salkkuLocalStack } from './supabase/local/vite-plugin.ts';

/**
 * Salkku uses two of supabase-js's clients, the database (PostgREST) and Auth. `createClient`
 * also constructs Realtime and Storage (and offers Functions), which the app never calls: a
 * quarter of supabase-js, about 25 KB gzipped, on every first visit. In the app this plugin
 * puts small stand-ins in their place: they accept what `createClient` and the auth listener
 * do with them (construct, `setAuth`) and throw a plain error if the app ever calls them, so
 * whoever starts using Realtime or Storage removes the line here. Tests and scripts (vitest,
 * Node) use the real packages.
 */
function withoutUnusedSupabaseClients(): Plugin {
  const unused = `const unused = (name) => () => {
  throw new Error('Supabase ' + name + ' is left out of this build (vite.config.ts)');
};`;
  const stubs: Record<string, string> = {
    '@supabase/realtime-js': `${unused}
export class RealtimeClient {
  setAuth() { return Promise.resolve(); }
  getChannels() { return []; }
}
for (const m of ['channel', 'removeChannel', 'removeAllChannels', 'connect', 'disconnect']) {
  RealtimeClient.prototype[m] = unused('Realtime');
}`,
    '@supabase/storage-js': `${unused}
export class StorageClient {}
StorageClient.prototype.from = unused('Storage');
StorageClient.prototype.listBuckets = unused('Storage');
export class StorageApiError extends Error {}`,
    '@supabase/functions-js': `${unused}
export class FunctionsClient {}
FunctionsClient.prototype.invoke = unused('Functions');
export const FunctionRegion = {};
export class FunctionsError extends Error {}
export class FunctionsFetchError extends FunctionsError {}
export class FunctionsHttpError extends FunctionsError {}
export class FunctionsRelayError extends FunctionsError {}`,
  };
  const prefix = '\0salkku-unused:';
  return {
    name: 'salkku-without-unused-supabase-clients',
    enforce: 'pre',
    resolveId(id) {
      return id in stubs ? prefix + id : null;
    },
    load(id) {
      return id.startsWith(prefix) ? stubs[id.slice(prefix.length)] : null;
    },
  };
}

export default defineConfig({
  plugins: [react(), salkkuLocalStack(), withoutUnusedSupabaseClients()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
