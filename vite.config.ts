/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // MapLibre alone is ~1 MB raw; it is its own lazily loaded chunk.
    chunkSizeWarningLimit: 1200,
  },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'geo/test/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
