import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'scratch/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
