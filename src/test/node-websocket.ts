// *.db.test.ts import the app's data modules, and with them lib/supabase's client: realtime-js
// wants a WebSocket when the client is made, even unused, and Node 20 has none of its own.
import WebSocket from 'ws';

globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
