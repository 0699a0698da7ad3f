import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { i18nReady, loadLanguage } from '@/i18n/i18n';

// Tests switch language with i18n.changeLanguage directly: have English loaded, as the app does before switching.
beforeAll(async () => {
  await i18nReady;
  await loadLanguage('en');
});

afterEach(() => {
  cleanup();
});
