import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { tr } from './ar-strings';
import { signOnPad } from './declaration-flows';
import { ADMIN, expectHome, signIn } from './desk-flows';
import { FOOD_BASKET, completeFoodBasket, deskWithBeneficiary, pdfText, startIntake } from './intake-flows';

/** A 48×48 PNG (solid teal), made here: a logo with real pixels for pdfimages to find. */
function logoPng(): Buffer {
  const python = `import zlib,struct,sys
w=h=48
raw=b''.join(b'\\x00'+b'\\x0f\\x76\\x6e'*w for _ in range(h))
def chunk(t,d): return struct.pack('>I',len(d))+t+d+struct.pack('>I',zlib.crc32(t+d)&0xffffffff)
sys.stdout.buffer.write(b'\\x89PNG\\r\\n\\x1a\\n'+chunk(b'IHDR',struct.pack('>IIBBBBB',w,h,8,2,0,0,0))+chunk(b'IDAT',zlib.compress(raw))+chunk(b'IEND',b''))`;
  return execFileSync('python3', ['-c', python]);
}

test('print settings: a text file is refused as the logo; the bilingual declaration carries the logo and the English text', async ({ page }) => {
  test.setTimeout(240_000);
  const fileUrl = await deskWithBeneficiary(page);

  await page.getByRole('navigation').getByRole('link', { name: tr('nav.settings') }).click();
  const card = page.getByRole('form', { name: tr('settings.print.title') });
  const chooseLogo = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const chooser = page.waitForEvent('filechooser');
    await card.getByLabel(tr('settings.print.logo')).click();
    await (await chooser).setFiles(file);
  };
  // Bad input: a text file named like a PNG is refused in words, and nothing is stored.
  await card.getByRole('checkbox', { name: tr('settings.print.bilingual') }).check();
  await chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
  await card.getByRole('button', { name: tr('settings.print.submit') }).click();
  await expect(card.getByRole('alert')).toHaveText(tr('errors.image.not-an-image'));
  // A reload signs out: sign in again and find nothing was stored; then the real logo.
  await page.reload();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expectHome(page, ADMIN.name);
  await page.getByRole('navigation').getByRole('link', { name: tr('nav.settings') }).click();
  await expect(card.getByRole('checkbox', { name: tr('settings.print.bilingual') })).not.toBeChecked();
  await card.getByRole('checkbox', { name: tr('settings.print.bilingual') }).check();
  await chooseLogo({ name: 'شعار.png', mimeType: 'image/png', buffer: logoPng() });
  await card.getByRole('button', { name: tr('settings.print.submit') }).click();
  await expect(card.getByRole('status')).toHaveText(tr('settings.print.saved'));
  await expect(card.getByRole('img', { name: tr('settings.print.logoPreview') })).toBeVisible();

  await page.goto(fileUrl);
  await startIntake(page, FOOD_BASKET.name);
  await completeFoodBasket(page);
  await signOnPad(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: tr('declaration.save') }).click();
  const file = test.info().outputPath('bilingual.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file);
  for (const english of ['Data-accuracy declaration', 'Declaration no.']) expect(text).toContain(english);
  // pdfimages lists the logo (48×48) beside the signature drawn on the pad.
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  expect(images).toMatch(/^\s*1\s+\d+\s+image\s+48\s+48\s/m);
});
