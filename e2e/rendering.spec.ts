/** What the map draws: the selected region's outline, and the state it keeps across a lost WebGL context. */
import { content } from './content';
import { dimmedRegions, expect, test, waitForMapIdle } from './fixtures';

test('only a selected region with a shape is outlined: none once it is closed or for the Arctic zone', async ({
  page,
}) => {
  const outlined = () =>
    page.evaluate(() =>
      [
        ...new Set(
          window.__strategyMap
            ?.queryRenderedFeatures({ layers: ['selection-outline'] })
            .map((f) => String(f.properties.id)),
        ),
      ].sort(),
    );
  await page.goto('/?region=baltics');
  await waitForMapIdle(page);
  await expect.poll(outlined, { message: 'the Baltics outlined' }).toEqual(['baltics']);
  await page.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
  await expect(page.locator('#panel-heading')).toHaveText('Overblik');
  await expect.poll(outlined, { message: 'no outline once closed' }).toEqual([]);
  await page.goBack();
  await expect(page.locator('#panel-heading')).toHaveText('Baltikum');
  await expect.poll(outlined, { message: 'the Baltics outlined again after Back' }).toEqual(['baltics']);
  await page.goto('/?region=arctic');
  await waitForMapIdle(page);
  await expect(page.locator('#panel-heading')).toHaveText('Arktis');
  expect(await outlined(), 'no outline for the Arctic zone').toEqual([]);
});

test('after a lost WebGL context comes back, the selection and the dimming are drawn again', async ({
  page,
}) => {
  await page.goto('/?region=baltics&priority=defence');
  await waitForMapIdle(page);
  const ids = content.regions.map((r) => r.id);
  const selected = () =>
    page.evaluate(
      () =>
        (
          window.__strategyMap?.getFeatureState({ source: 'world', id: 'baltics' }) as {
            selected?: boolean;
          }
        )?.selected === true,
    );
  const dimmedBefore = await dimmedRegions(page, ids);
  expect(dimmedBefore.length).toBeGreaterThan(0);
  expect(await selected()).toBe(true);

  await page.evaluate(async () => {
    const canvas = window.__strategyMap?.getCanvas();
    const lose = canvas?.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    if (!canvas || !lose) throw new Error('no WEBGL_lose_context');
    const restored = new Promise((resolve) =>
      canvas.addEventListener('webglcontextrestored', resolve, { once: true }),
    );
    await new Promise((resolve) => {
      canvas.addEventListener('webglcontextlost', resolve, { once: true });
      lose.loseContext();
    });
    // Restoring is allowed once the lost event's dispatch is over: a task later, not a microtask.
    await new Promise((resolve) => setTimeout(resolve, 50));
    lose.restoreContext();
    await restored;
  });
  await waitForMapIdle(page);
  await expect.poll(selected).toBe(true);
  await expect.poll(() => dimmedRegions(page, ids)).toEqual(dimmedBefore);
});

test("a nested region keeps its parent's outline, lighter, in sight: Mykolaiv in Ukraine", async ({
  page,
}) => {
  const outlinedBy = (layer: string) =>
    page.evaluate(
      (id) => [
        ...new Set(
          window.__strategyMap?.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)),
        ),
      ],
      layer,
    );
  await page.goto('/?region=mykolaiv');
  await waitForMapIdle(page);
  await expect.poll(() => outlinedBy('selection-outline')).toEqual(['mykolaiv']);
  await expect.poll(() => outlinedBy('parent-outline')).toEqual(['ukraine']);
  await page.getByRole('button', { name: 'Luk regionen og vis overblikket' }).click();
  await expect.poll(() => outlinedBy('parent-outline')).toEqual([]);
});
