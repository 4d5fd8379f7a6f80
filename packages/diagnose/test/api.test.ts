import { expect, it } from 'vitest';
import * as diagnose from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(diagnose).sort()).toEqual([
    'defaultDeletionThreshold',
    'diagnoseJob',
    'diagnoseNode',
    'diagnosePool',
    'diagnoseTask',
    'docsSections',
    'formatDiagnosis',
    'poolNodeDocsSections',
  ]);
});
