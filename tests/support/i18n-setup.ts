// Vitest setup: unit tests run with the English catalog and an en-US browser.
import { beforeEach } from 'vitest';
import { useLocale } from './i18n';

beforeEach(() => useLocale('en', 'en-US'));
