/**
 * The web page playground's preview and download: the learner's HTML and CSS
 * turned into a safe sandboxed document, or into one self-contained file.
 */
export { buildPreview, previewPolicy, cssDataUrl, absoluteCssUrls } from './preview.ts';
export type { PreviewOptions } from './preview.ts';
export { buildDownload, picturesUsed } from './download.ts';
export { sanitize } from './sanitize.ts';
