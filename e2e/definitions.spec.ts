import { expect, test } from './fixtures';
import { memberNamesOf, regionDefinition, regionName } from './content';

/** Regions whose definitions a reader is most likely to question: a short list, a chosen one, a long one. */
const REGIONS = ['eastern-europe', 'north-africa', 'eu'] as const;
const HEADING = { da: 'Sådan er regionen afgrænset her', en: 'What the region covers here' } as const;

for (const lang of ['da', 'en'] as const) {
  for (const id of REGIONS) {
    test(`a deep link to ${id} (${lang}) shows its definition, reason and countries in the panel`, async ({
      page,
    }) => {
      await page.goto(`/?region=${id}&lang=${lang}`);
      await expect(page.locator('#panel-heading')).toHaveText(regionName(id, lang));
      const section = page.getByRole('region', { name: HEADING[lang] });
      const def = regionDefinition(id);
      await expect(section).toContainText(def.definition[lang]);
      if (def.reason) await expect(section).toContainText(def.reason[lang]);

      const names = memberNamesOf(id, lang);
      const details = section.locator('details.region-members');
      await expect(details.locator('summary')).toContainText(String(names.length));
      // Long lists start folded; the reader opens them.
      if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
        await details.locator('summary').click();
      await expect(details.getByRole('listitem')).toHaveText(names);
    });
  }
}

test('the shown definition follows a language switch', async ({ page }) => {
  await page.goto('/?region=north-africa');
  const section = page.getByRole('region', { name: HEADING.da });
  await expect(section).toContainText(regionDefinition('north-africa').definition.da);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('region', { name: HEADING.en })).toContainText(
    regionDefinition('north-africa').definition.en,
  );
});
