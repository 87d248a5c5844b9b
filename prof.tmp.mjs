import { chromium } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ viewport: { width: 375, height: 667 } });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await p.goto('http://127.0.0.1:4173/', { waitUntil: 'load' });
await p.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const dt = {}; const { samples, timeDeltas, nodes } = profile;
const byId = new Map(nodes.map(n => [n.id, n]));
const self = new Map();
for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) || 0) + (timeDeltas[i + 1] || 0));
const maps = {};
function where(cf) {
  const m = cf.url.match(/_app\/immutable\/(.*\.js)$/);
  if (!m) return `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}`;
  const f = '.svelte-kit/output/client/_app/immutable/' + m[1] + '.map';
  if (!existsSync(f)) return cf.url;
  maps[f] ??= new SourceMapConsumer(JSON.parse(readFileSync(f, 'utf8')));
  const o = maps[f].originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
  return `${o.name || cf.functionName || '(anon)'} ${(o.source || '').replace(/.*node_modules\//, 'nm:').replace(/^(\.\.\/)+/, '')}:${o.line}`;
}
const agg = {}; const aggFile = {};
for (const [id, t] of self) { const n = byId.get(id); const w = where(n.callFrame); agg[w] = (agg[w] || 0) + t; const file = w.split(' ').slice(1).join(' ').replace(/:\d+$/, ''); aggFile[file] = (aggFile[file] || 0) + t; }
const top = Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 30);
for (const [k, v] of top) console.log((v / 1000).toFixed(1).padStart(7), 'ms', k);
console.log('--- by file');
for (const [k, v] of Object.entries(aggFile).sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((v / 1000).toFixed(1).padStart(7), 'ms', k);
await b.close();
