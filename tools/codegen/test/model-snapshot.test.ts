/**
 * The whole model of the seed, pinned: any change to what the parser reads shows up as a reviewable diff.
 */
import { expect, it } from 'vitest';
import { loadSeed } from './helpers.js';

it('reads the seed into the committed model snapshot', async () => {
  const { model } = await loadSeed();
  await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot('__snapshots__/seed-model.json');
});

it('is plain JSON: serializing and parsing it gives an equal value', async () => {
  const { model } = await loadSeed();
  expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
});
