import type { Migration } from './migration';

/**
 * PLACEHOLDER for the `editdelete` branch's migration 010 (issue 17 numbering): a no-op so this
 * branch's 011 can run. At merge, replace this file with editdelete's 010 and drop it here.
 */
export const migration010: Migration = {
  version: 10,
  description: 'reserved for the edit/delete migration (no-op on this branch)',
  up() {
    // nothing: the number belongs to another branch
  },
};
