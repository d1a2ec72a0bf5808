/** Names of files in a library folder, in a module with no imports so read-only fast paths can load it alone. */
export const DATABASE_FILE = 'library.sqlite';
/** The restore the app scheduled for the next open (see pending-restore.ts). */
export const RESTORE_PENDING_FILE = 'restore-pending.json';
