// `import.meta.env.PROD` in main.tsx: Vite replaces it at build time.
/// <reference types="vite/client" />
