import { articleSchema } from './article-schema';
import { describeForm } from './describe-form';
import type { FormField } from './form-description';

/** The frontmatter form for the default news-article schema. */
export const articleForm: FormField[] = describeForm(articleSchema);
