import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS, retagLabels } from './role-labels';

describe('retagLabels', () => {
  it('a blog whose fields are called like the UI’s words reads the usual labels', () => {
    expect(retagLabels({ tags: ['tags'], category: ['category'] })).toEqual(DEFAULT_LABELS);
    expect(DEFAULT_LABELS).toMatchObject({
      tagsTitle: 'Tags',
      categoriesTitle: 'Categories',
      tagHeader: 'Tag',
      operations: { add: 'Add tags', rename: 'Rename a tag', category: 'Set category' },
      bulkActions: { rename: 'Rename tag' },
      clearCategory: 'Remove the category instead',
    });
  });

  it('another name is said as it is', () => {
    expect(retagLabels({ tags: ['keywords'], category: ['section'] })).toEqual({
      tagsTitle: 'Keywords',
      categoriesTitle: 'Section',
      tagHeader: 'Keywords',
      categoryHeader: 'Section',
      tagsNoun: 'keywords',
      categoryNoun: 'section',
      operations: { add: 'Add to keywords', remove: 'Remove from keywords', rename: 'Rename in keywords', merge: 'Merge in keywords', category: 'Set section' },
      bulkActions: { add: 'Add to keywords', remove: 'Remove from keywords', rename: 'Rename in keywords', merge: 'Merge in keywords', category: 'Set section' },
      tagsToAdd: 'Add to keywords',
      tagsToRemove: 'Remove from keywords',
      renameFrom: 'In keywords',
      mergeFrom: 'Merge these (keywords)',
      clearCategory: 'Remove section instead',
    });
  });

  it('collections that disagree are named together; one role can differ while the other does not', () => {
    const labels = retagLabels({ tags: ['tags', 'keywords'], category: ['category'] });
    expect(labels.tagsTitle).toBe('Tags / keywords');
    expect(labels.operations.add).toBe('Add to tags / keywords');
    expect(labels.categoriesTitle).toBe('Categories');
  });
});
