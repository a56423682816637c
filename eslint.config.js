// ESLint flat config: typescript-eslint strict rules plus the layering of ../shared/STYLE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Which src/ layers each layer may not import (a module imports only layers below it). */
const forbidden = {
  core: ['cli', 'render', 'doctor', 'iam', 'net', 'policy', 'snapshot'],
  snapshot: ['cli', 'render', 'doctor', 'iam', 'net'],
  policy: ['cli', 'render', 'doctor', 'iam', 'net'],
  iam: ['cli', 'render', 'doctor', 'net'],
  net: ['cli', 'render', 'doctor', 'iam', 'policy'],
  doctor: ['cli', 'render'],
  render: ['cli'],
  collect: ['cli', 'render', 'doctor', 'iam', 'net'],
};

const layerRules = Object.entries(forbidden).map(([layer, banned]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: banned.map((b) => ({
        group: [`**/${b}/*`, `../${b}`, `../../${b}`],
        message: `src/${layer} must not import src/${b} (layering, see ../shared/STYLE.md).`,
      })),
    }],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', '.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  ...layerRules,
  {
    files: ['src/{core,snapshot,policy,iam,net,doctor}/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
);
