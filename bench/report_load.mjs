// Load time of an HTML report in headless Debian Chromium (bench/report.sh):
// median of 5 fresh loads, navigation start to load event end, and the time
// to the first contentful paint. Exits 1 above 1 s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { chromium } = await import(
  pathToFileURL(path.join(root, 'tests/browser/node_modules/playwright-core/index.mjs')).href);
const file = path.resolve(process.argv[2]);
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clausetrack-bench-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1366, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const loads = [];
const paints = [];
try {
  for (let i = 0; i < 6; i++) {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { load: nav.loadEventEnd - nav.startTime, fcp: fcp ? fcp.startTime : NaN };
    });
    await page.close();
    if (i === 0) continue;  // the first load warms the browser's caches
    loads.push(t.load);
    paints.push(t.fcp);
  }
} finally {
  await context.close();
  fs.rmSync(userData, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = median(loads);
console.log(`report: load in headless Chromium ${Math.round(load)} ms (median of ${loads.length}; target < 1000 ms), first contentful paint ${Math.round(median(paints))} ms`);
process.exit(load < 1000 ? 0 : 1);
