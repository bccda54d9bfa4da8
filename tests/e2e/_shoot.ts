import { startHarness, openPage } from './harness.ts';
async function main() {
  const h = await startHarness();
  const urls = process.argv.slice(2);
  for (const [i, u] of urls.entries()) {
    const { page, errors } = await openPage(h);
    await page.setViewportSize({
      width: Number(process.env.W ?? 900),
      height: Number(process.env.H ?? 1000),
    });
    page.on('console', (m) => {
      if (m.type() === 'error') console.log('console:', m.text());
    });
    await page.goto(h.origin + '/' + u);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/s${i}.png`, fullPage: false });
    console.log(
      u,
      'errors:',
      errors,
      'h1:',
      await page
        .locator('h1')
        .first()
        .textContent()
        .catch(() => null),
    );
  }
  await h.close();
}
main();
