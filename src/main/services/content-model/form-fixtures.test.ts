import { describe, expect, it } from 'vitest';
import fixtures from '../../../shared/schema/__fixtures__/collection-forms.json';
import { tempSite } from './test-support/fixture-site';
import { loadContentModel } from './load-content-model';

/*
 * shared/schema's form tests read the fixture sites' collection schemas from
 * a JSON file (they run without Node); this keeps that file equal to what the
 * content model really builds for those sites. When it fails after a change
 * to the model, copy the collections' schema, roles and fields into the file.
 */
describe('the form tests’ collection schemas', () => {
  for (const [name, expected] of Object.entries(fixtures)) {
    it(`${name} is what loadContentModel builds`, async () => {
      const [site, collectionName] = name.split('/') as [string, string];
      const made = await tempSite(site);
      try {
        const model = await loadContentModel(made.root, { trusted: true, dataDir: made.dataDir });
        const collection = model.collections.find((candidate) => candidate.name === collectionName);
        expect(collection && { schema: { source: collection.schema.source, json: collection.schema.json }, roles: collection.roles, fields: collection.fields }).toEqual(expected);
      } finally {
        await made.dispose();
      }
    });
  }
});
