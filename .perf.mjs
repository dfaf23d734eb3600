import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
await build({
  entryPoints: ['/tmp/rmshot/entry2.ts'],
  bundle: true,
  outfile: '/tmp/rmshot/page2.js',
  format: 'esm',
  conditions: ['source'],
  absWorkingDir: process.cwd(),
  nodePaths: [process.cwd() + '/node_modules'],
  logLevel: 'error',
});
writeFileSync(
  '/tmp/rmshot/perf.html',
  '<!doctype html><html><body><script type="module" src="page2.js"></script></body></html>',
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.text()));
for (const q of ['', '?quarter']) {
  await page.goto('file:///tmp/rmshot/perf.html' + q);
  await page.waitForFunction(() => window.run);
  const t = await page.evaluate(() => window.run());
  console.log(q || 'fit', t.map(Math.round).join(' '), await page.evaluate(() => [window.bars, window.w]));
}
await browser.close();
