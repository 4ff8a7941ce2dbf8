// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compactScript } from './src/scripts/inline-script.mjs';

/**
 * The public address of the site, used for canonical URLs and the sitemap.
 * Set SITE_URL when you deploy (for example SITE_URL=https://learn.example.org).
 */
const site = process.env.SITE_URL || 'http://localhost:4321';

/**
 * The theme script is inlined in every page's <head> (so the chosen theme never
 * flashes); the Content-Security-Policy allows exactly that text by its hash.
 */
const themeScript = compactScript(readFileSync(new URL('./src/scripts/theme.js', import.meta.url), 'utf8'));
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

export default defineConfig({
  site,
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets stay in files: cached across pages on slow connections, and
  // allowed by the CSP's 'self' (Astro does not hash CSS that MDX islands add).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      // The root page only leads to the default locale; the 404 page is not content.
      filter: (page) => !/\/404\/?$/.test(page) && new URL(page).pathname !== '/',
    }),
  ],
  markdown: {
    // Prism marks code with classes; Shiki writes inline styles, which the
    // Content-Security-Policy below would block.
    syntaxHighlight: 'prism',
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        // data: stylesheets carry a learner's CSS into the web page playground's
        // sandboxed preview, which inherits this policy (see src/lib/html-preview).
        resources: ["'self'", 'data:'],
      },
      scriptDirective: {
        // Pagefind's search index is WebAssembly; nothing else needs this.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [/** @type {`sha256-${string}`} */ (themeHash)],
      },
    },
  },
  devToolbar: { enabled: false },
  vite: {
    server: { fs: { strict: true } },
  },
});
