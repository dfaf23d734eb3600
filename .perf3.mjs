import { chromium } from 'playwright-core';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--allow-file-access-from-files'],
});
const page = await browser.newPage();
await page.goto('file:///tmp/rmshot/perf.html?quarter');
console.log(
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:absolute;top:-999px;width:100px;height:50px;overflow:scroll';
    document.body.append(probe);
    const a = [probe.offsetWidth, probe.clientWidth];
    probe.style.cssText = 'width:100px;height:50px;overflow:scroll';
    a.push(probe.offsetWidth, probe.clientWidth);
    probe.style.cssText = 'width:100px;height:50px;overflow:auto;scrollbar-gutter:stable';
    a.push(probe.offsetWidth, probe.clientWidth);
    return a;
  }),
);
await browser.close();
