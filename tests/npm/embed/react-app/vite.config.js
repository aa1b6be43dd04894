// A React 19 consumer's Vite config, without the React plugin: Vite's own transform compiles the
// TSX with the automatic runtime.
export default { root: new URL(".", import.meta.url).pathname, base: "./", logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } };
