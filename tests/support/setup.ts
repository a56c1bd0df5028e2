/**
 * Runs before every unit test file: a real IndexedDB (fake-indexeddb), WXT's fakeBrowser
 * reset between tests, i18n answered from the real English messages, and Preact's DOM
 * cleaned up between tests.
 */
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installI18n } from './i18n';

beforeEach(() => {
  fakeBrowser.reset();
  installI18n(fakeBrowser);
  // A fresh database world per test, so no test sees another's data.
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  cleanup();
});
