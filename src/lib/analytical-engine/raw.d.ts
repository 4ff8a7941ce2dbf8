// `import.meta.glob` (used to bundle the library, the examples and the test
// fixtures as text) is typed by Vite. Astro's generated types bring this in
// too; referencing it here keeps the folder type-safe without them.
/// <reference types="vite/types/import-meta.d.ts" />
