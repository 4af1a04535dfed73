/** Vite's `?raw` import: fixture files are read as text by the test runner, without node:fs (shared code has no Node types). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
