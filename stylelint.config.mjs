/**
 * Renderer CSS is written once for Arabic (RTL) and English (LTR): physical properties,
 * keywords and units (margin-left, text-align: right, vw) would be wrong in one of the two
 * directions, so only logical ones are allowed (margin-inline-start, text-align: start, vi).
 * Only the logical-CSS rules: formatting is not this linter's job.
 */
/** @type {import('stylelint').Config} */
export default {
  extends: ['stylelint-plugin-logical-css/configs/recommended'],
  ignoreFiles: ['out/**', 'node_modules/**', 'dist/**'],
};
