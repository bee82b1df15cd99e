/** File numbers are handed out by the desk (renderer/src/db/file-numbers.ts), for the counter and imports alike. */
export { nextFileNumber } from '@renderer/db/file-numbers';
