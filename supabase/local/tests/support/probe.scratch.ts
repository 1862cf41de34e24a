import { startRestFixture } from './rest-fixture.ts';
const f = await startRestFixture({});
async function s(path: string, init: RequestInit & { token?: string } = {}) {
  const t0 = performance.now();
  const r = await f.rest(path, init);
  const b = await r.text();
  console.log(r.status, (performance.now() - t0).toFixed(0) + 'ms', path.slice(0, 60), b.slice(0, 200));
}
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
await s('/rpc/add', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"a":${deep(5000)}}` });
await s('/rpc/echo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: deep(5000) });
await s('/items', { method: 'POST', token: f.editorToken, headers: { 'Content-Type': 'application/json' }, body: '{}' });
await s('/items', { method: 'POST', token: f.editorToken, headers: { 'Content-Type': 'application/json' }, body: '[{}]' });
await s('/items', { method: 'POST', token: f.editorToken, headers: { 'Content-Type': 'application/json', Prefer: 'return=representation' }, body: '[{},{}]' });
await s('/authors', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
await s('/posts?select=id,meta' + '->a'.repeat(20) + '&limit=1');
await s('/items', { method: 'POST', token: f.editorToken, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'sku=x&name=y' });
try { await f.db.exec(`set statement_timeout = 200`); const t0=performance.now(); await f.db.query(`select pg_sleep(2)`); console.log('no timeout', performance.now()-t0); } catch (e) { console.log('timeout works:', (e as Error).message); }
try { await f.db.exec(`set statement_timeout = 200`); const t0=performance.now(); await f.db.query(`select count(*) from generate_series(1,30000000)`); console.log('no timeout cpu', performance.now()-t0); } catch (e) { console.log('cpu timeout works:', (e as Error).message); }
await f.close();
