/** Constants of the course package and its rich text that the player needs too (zod-free, so it imports them). */
export const COURSE_PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_GLOBAL = '__COURSEWRIGHT_PACKAGE__';
/** Link schemes rich text may use; every renderer re-checks them. */
export const LINK_PROTOCOLS = ['https:', 'http:', 'mailto:'] as const;
