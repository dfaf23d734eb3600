import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
const page = await browser.newPage();
await page.goto('file:///tmp/rmshot/perf.html?quarter');
await page.waitForFunction(() => window.run);
console.log(
  await page.evaluate(async () => {
    const el = document.createElement('rl-roadmap');
    el.data = { id: 'x', name: 'x', tasks: [{ id: 'a', name: 'A', start: '2026-01-01', end: '2026-02-01' }] };
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    const v = el.shadowRoot.querySelector('.viewport');
    const cs = getComputedStyle(v);
    return [cs.scrollbarGutter, cs.overflowY, v.offsetWidth, v.clientWidth, el.getBoundingClientRect().width];
  }),
);
await browser.close();
