import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers import one way, ui → state → charts → data: the pure layers never reach React, the DOM or a layer above.
const noUpwardImports = (forbidden) => ({
  'no-restricted-imports': [
    'error',
    { patterns: forbidden.map((group) => ({ group: [group], message: 'Layers import one way: ui → state → charts → data.' })) },
  ],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-offline', 'node_modules', 'artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  { files: ['src/ui/**'], plugins: { 'react-hooks': reactHooks }, rules: reactHooks.configs.recommended.rules },
  { files: ['src/data/**'], rules: noUpwardImports(['react', 'react-dom', '**/ui/**', '**/state/**', '**/charts/**', '**/i18n/**']) },
  { files: ['src/charts/**'], rules: noUpwardImports(['react', 'react-dom', '**/ui/**', '**/state/**']) },
  { files: ['src/state/**'], rules: noUpwardImports(['react', 'react-dom', '**/ui/**']) },
  { files: ['eslint.config.js', 'scripts/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
