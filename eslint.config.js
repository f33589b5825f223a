import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Which folders of src/ each folder may import: lower layers only, and features never each other,
 * so no two folders import each other. app/ composes everything; main.tsx starts it.
 */
const LAYERS = {
  lib: [],
  content: ['lib'],
  state: ['content', 'lib'],
  i18n: ['content', 'state', 'lib'],
  ui: ['content', 'lib'],
  share: ['content', 'state', 'i18n', 'ui', 'lib'],
  filters: ['content', 'state', 'i18n', 'ui', 'lib'],
  panel: ['content', 'state', 'i18n', 'ui', 'lib'],
  map: ['content', 'state', 'i18n', 'ui', 'lib'],
};
const FOLDERS = ['app', ...Object.keys(LAYERS)];
const importBoundaries = Object.entries(LAYERS).map(([folder, allowed]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: FOLDERS.filter((f) => f !== folder && !allowed.includes(f)).map((f) => ({
          group: [`../${f}`, `../${f}/*`],
          message: `src/${folder}/ may import only ${allowed.join(', ') || 'nothing else in src'} (eslint.config.js).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'node_modules',
      'geo/node_modules',
      'bench/node_modules',
      'prerender/node_modules',
      'public',
      'test-results',
      'playwright-report',
      'bench-results',
      'scripts/_*.mjs',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML: text only.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,jsx}'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  ...importBoundaries,
);
