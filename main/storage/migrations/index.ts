/**
 * Forward-only schema migrations of the message database (DESIGN.md §5), one file per
 * migration, listed here in order; runner.ts applies them. The schema version is SQLite's
 * `PRAGMA user_version`; migration N moves it from N-1 to N inside one transaction (SQLite DDL
 * and user_version are transactional), so a crash mid-migration leaves the previous version
 * intact. Rules for adding one: append (a new NNN-name.ts file, added at the end of MIGRATIONS),
 * never edit a shipped migration, never renumber, and add its case to
 * main/storage/migrations.test.ts.
 *
 * Privacy rule for every table: message text and other secrets go only into sealed BLOBs
 * (../db-key.ts); plain columns hold ids, states and timestamps.
 */
import { migration001 } from './001-messages';
import { migration002 } from './002-outbox';
import { migration003 } from './003-seen';
import { migration004 } from './004-outbox-peer-index';
import { migration005 } from './005-sync-inbox';
import { migration006 } from './006-acks-owed';
import { migration007 } from './007-sync-outbox';
import { migration008 } from './008-unopened-entries';
import { migration009 } from './009-queue-gaps';
import { migration010 } from './010-message-mods';
import { migration011 } from './011-expiry';
import { migration012 } from './012-acks-owed-units';
import { migration013 } from './013-unread-partial-index';
import { migration014 } from './014-attachments';
import type { Migration } from './migration';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
];
