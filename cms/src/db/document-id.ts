// Strapi 5's documentId shape (a cuid2), for rows written below the document service (seeds, audit).
import { createId } from '@paralleldrive/cuid2';

export const documentId = (): string => createId();
