import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function measure(label, css, js = true) {
  const res = [];
  for (let i = 0; i < 3; i++) {
  const ctx = await b.newContext({ viewport: { width: 375, height: 667 }, javaScriptEnabled: js });
  const p = await ctx.newPage();
  if (css) await p.route('http://127.0.0.1:4173/', async (r) => { const resp = await r.fetch(); let body = await resp.text(); body = body.replace('</head>', `<style>${css}</style></head>`); r.fulfill({ response: resp, body }); });
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await b.startTracing(p, { categories: ['devtools.timeline'] });
  await p.goto('http://127.0.0.1:4173/', { waitUntil: 'load' });
  await p.waitForTimeout(1500);
  const { traceEvents } = JSON.parse((await b.stopTracing()).toString());
  const lay = traceEvents.filter(e => e.ph === 'X' && (e.name === 'Layout')).reduce((s, e) => s + e.dur / 1000, 0);
  const style = traceEvents.filter(e => e.ph === 'X' && (e.name === 'UpdateLayoutTree')).reduce((s, e) => s + e.dur / 1000, 0);
  const long = traceEvents.filter(e => e.ph === 'X' && e.name === 'RunTask' && e.dur > 50000).reduce((s, e) => s + e.dur / 1000 - 50, 0);
  const fcp = await p.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
  res.push([lay, style, long, fcp]);
  await ctx.close();
  }
  res.sort((a, b) => a[0] - b[0]); const m = res[1];
  console.log(label.padEnd(30), 'layout', m[0].toFixed(0), 'style', m[1].toFixed(0), 'TBT-ish', m[2].toFixed(0), 'fcp', m[3].toFixed(0));
}
const exps = {
  cvSources: '#sources{content-visibility:auto;contain-intrinsic-size:auto 3000px}',
  cvSections: 'main > section{content-visibility:auto;contain-intrinsic-size:auto 4000px}',
  base: '',
  noIslands: '.chart-island{display:none!important}',
  noTables: '.chart-island table{display:none!important}',
  noAssaultTroops: '#assault .chart-island, #troops .chart-island{display:none!important}',
  noSources: '#sources{display:none!important}',
  noSvgText: '.chart-island svg text{display:none!important}',
  noHtmlLayers: '.chart-island .layercake-layout-html{display:none!important}',
  noSvg: '.chart-island svg{display:none!important}',
  noContainer: '.plot{container-type:normal!important}',
};
const only = process.argv.slice(2);
for (const [k, v] of Object.entries(exps)) if (!only.length || only.includes(k)) await measure(k, v);
await measure('base nojs', '', false);
await b.close();
