import { dimmedRegions, expect, expectAccessible, test, waitForMapIdle } from './fixtures';
import { content, measuresMentioning, measuresOf } from './content';

const MAPPED = content.regions.filter((r) => r.kind !== 'global').map((r) => r.id);

test('journey 3: choosing "defence" dims every region without a defence measure; counts follow', async ({
  page,
}) => {
  await page.goto('/');
  await waitForMapIdle(page);
  expect(await dimmedRegions(page, MAPPED)).toEqual([]);
  const chip = page.locator('button[data-priority="defence"]');
  const defenceTotal = content.measures.filter((m) => m.priorities.includes('defence')).length;
  await expect(chip).toContainText(String(defenceTotal));
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]priority=defence(&|$)/);
  const withoutDefence = MAPPED.filter((id) => measuresOf(id, ['defence']).length === 0);
  expect(withoutDefence.length).toBeGreaterThan(0);
  await expect.poll(() => dimmedRegions(page, MAPPED)).toEqual(withoutDefence);
  // Counts in the region list follow the filter.
  for (const id of ['baltics', 'arctic', 'mykolaiv']) {
    const n = measuresOf(id, ['defence']).length;
    await expect(page.locator(`[data-region-button="${id}"] .count`)).toHaveText(`${n} tiltag`);
  }
  // The panel shows only matching measures and says how many are hidden.
  await page.locator('[data-region-button="baltics"]').click();
  const shown = measuresOf('baltics', ['defence']).length;
  const hidden = measuresOf('baltics').length - shown;
  await expect(page.locator('#panel li.measure')).toHaveCount(shown);
  if (hidden > 0) await expect(page.locator('#panel .hidden-count')).toContainText(String(hidden));
  await expectAccessible(page, 'filters');
});

for (const term of ['nato', 'sanktioner']) {
  test(`journey 5: searching "${term}" lists the matching measures and lights their regions`, async ({
    page,
  }) => {
    await page.goto('/');
    await waitForMapIdle(page);
    const expected = measuresMentioning(term);
    expect(expected.length).toBeGreaterThan(0);
    await page.keyboard.press('/');
    await expect(page.getByLabel('Søg i strategien')).toBeFocused();
    await page.keyboard.type(term.toUpperCase());
    await expect(page.locator('#panel-heading')).toHaveText(
      expected.length === 1 ? '1 tiltag fundet' : `${expected.length} tiltag fundet`,
    );
    const listed = await page
      .locator('#panel li.measure')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-measure')));
    expect(listed.sort()).toEqual(expected.map((m) => m.id).sort());
    await expect(page.locator('#panel mark').first()).toBeVisible();
    const lit = new Set(expected.flatMap((m) => m.regions));
    const dimmed = await dimmedRegions(page, MAPPED);
    for (const id of lit) if (MAPPED.includes(id)) expect(dimmed, `${id} is lit`).not.toContain(id);
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('Søg i strategien')).toHaveValue('');
    await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  });
}

test('the table cell for Mykolaiv x support for Ukraine opens the right panel', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Tabel' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(content.priorities.length + 2);
  await expect(table.getByRole('rowheader')).toHaveCount(content.regions.length);
  await expectAccessible(page, 'table');
  const n = measuresOf('mykolaiv', ['ukraine-support']).length;
  const cell = table.locator('tr[data-region="mykolaiv"] td[data-priority="ukraine-support"] a');
  await expect(cell).toHaveText(String(n));
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#panel-heading')).toHaveText('Mykolaiv');
  await expect(page.locator('button[data-priority="ukraine-support"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('#panel li.measure')).toHaveCount(n);
  await expect(page).toHaveURL(/\?region=mykolaiv&priority=ukraine-support/);
});
