import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's storage (the settings item) reaches the extension API through the `browser` or `chrome`
 * global; in unit tests that is WXT's in-memory fakeBrowser, as WXT's own test setup would make it.
 * Tests that fake more of the API point fakeBrowser's areas at their own (tests/unit/options/fake-browser.ts).
 */
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
