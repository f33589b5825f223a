import { expect, expectAccessible, test } from './fixtures';
import { measuresOf } from './content';

test('without WebGL the list and the panel work and a sentence says why the map is missing', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('note')).toContainText('WebGL');
  expect(await page.evaluate(() => window.__strategyMap === undefined)).toBe(true);
  await page.locator('[data-region-button="mykolaiv"]').click();
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
  await expect(page.locator('#panel li.measure')).toHaveCount(measuresOf('mykolaiv').length);
  await page.getByRole('button', { name: 'Tabel' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectAccessible(page, 'no WebGL');
});
