// @ts-check
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const vendorImports = [
  { group: ['@nestjs/*'], message: 'libs/domain is plain TypeScript: no Nest.' },
  { group: ['class-validator', 'class-transformer'], message: 'libs/domain guards invariants itself; validation lives at the edge.' },
  { group: ['better-sqlite3', '@eventstore/*'], message: 'libs/domain knows no store.' },
  { group: ['@parley/event-store', '@parley/projections', '../../*'], message: 'libs/domain depends on nothing of ours (but @parley/ids).' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-bench/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    // Nest's DI reads constructor parameter types at run time: with these the rule
    // knows such imports are values, not types.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // The layer rule, checked by the tool: the domain calls no clock, no random
    // generator and imports no framework or store.
    files: ['libs/domain/src/**/*.ts'],
    ignores: ['libs/domain/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: vendorImports }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time is an input in the domain.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an input in the domain.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Ids are inputs in the domain.' },
        { selector: "CallExpression[callee.name='randomUUID']", message: 'Ids are inputs in the domain.' },
      ],
    },
  },
  {
    // The store depends on nothing of ours but the leaf it shares with the domain.
    files: ['libs/event-store/src/**/*.ts'],
    ignores: ['libs/event-store/src/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@parley/domain', '@parley/domain/*', '@parley/projections', '@parley/projections/*', '**/apps/*'], message: 'libs/event-store depends on nothing of ours (but @parley/ids).' }] },
      ],
    },
  },
  {
    // The one home of what an id looks like: a leaf both the domain and the store import.
    files: ['libs/ids/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ImportDeclaration', message: 'libs/ids imports nothing: libs/domain and libs/event-store both import it.' }],
    },
  },
  {
    files: ['libs/projections/src/**/*.ts'],
    ignores: ['libs/projections/src/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'better-sqlite3', '@eventstore/*'], message: 'Projections are pure code.' },
            { group: ['**/apps/*'], message: 'libs never import apps.' },
            // The projection engine follows the store through its port: types only, never an adapter.
            {
              group: ['@parley/event-store', '@parley/event-store/*'],
              allowTypeImports: true,
              message: 'Projections know the store by its port (import type).',
            },
          ],
        },
      ],
    },
  },
);
