/**
 * John Walker's Fourmilab function library (fixed-point `exp`, `ln`, `sine`,
 * `cosine`, `arctan`, `sqrt`), bundled with the Engine. Decks include it as
 * `A include cards fixn/NAME.ae` or `fix20/NAME.ae`, as in the Fourmilab corpus;
 * `A include from library cards for NAME` finds `fixn/NAME.ae` too.
 */
const files = import.meta.glob('./library/*.ae', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The bundled library: `fixn/sqrt.ae` → text, and the same files under `fix20/`. */
export const BUNDLED_LIBRARY: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    Object.keys(files)
      .sort()
      .flatMap((path) => {
        const name = path.replace(/^\.\/library\//, '');
        const text = files[path] ?? '';
        return [
          [`fixn/${name}`, text],
          [`fix20/${name}`, text],
        ];
      }),
  ),
);
