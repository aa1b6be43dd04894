// A consumer's Vite config as a newcomer writes it: nothing for govlens (the defaults).
export default { root: new URL(".", import.meta.url).pathname, base: "./", logLevel: "warn", build: { outDir: "dist", emptyOutDir: true } };
