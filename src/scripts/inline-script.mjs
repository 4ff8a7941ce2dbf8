// The theme script is inlined in every page's <head>, so its comments and
// indentation are stripped first; astro.config.mjs hashes exactly this output
// for the Content-Security-Policy, so both must use this one function.

/** Drops whole-line `//` comments, indentation and blank lines. @param {string} source */
export function compactScript(source) {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
