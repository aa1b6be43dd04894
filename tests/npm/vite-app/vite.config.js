// A bundler consumer of the packed tarball. The package's wasm and corpus are referenced with
// `new URL(..., import.meta.url)`; excluding the package from dependency pre-bundling keeps them
// next to the module in development too.
export default {
  root: new URL(".", import.meta.url).pathname,
  base: "./",
  logLevel: "warn",
  optimizeDeps: { exclude: ["@govlens/core"] },
  build: { outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0 },
};
