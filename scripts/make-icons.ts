/** Renders public/icon/icon.svg to the PNG sizes the manifest needs, with the same Chromium the tests use. */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './lib/chromium';

const svg = await readFile('public/icon/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await writeFile(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log('Wrote public/icon/{16,32,48,128}.png');
