import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BADGE_HOST_NAME, NOTICE_HOST_NAME } from '@/utils/page/contract';
import isPotentialCustomElementName from '@/utils/page/custom-element-name';

// The package as WXT's shadow-root UI imports it (it ships no types).
const isPotentialCustomElementNameOriginal = createRequire(import.meta.url)('is-potential-custom-element-name') as (name: string) => boolean;

// The bundles swap the package for the ASCII rule (wxt.config.ts): it must agree on ASCII names.
describe('the host-name check the bundles use', () => {
  it.each([BADGE_HOST_NAME, NOTICE_HOST_NAME, 'a-', 'x-1.2_b', 'my--el'])('accepts %s, as the package does', (name) => {
    expect(isPotentialCustomElementName(name)).toBe(true);
    expect(isPotentialCustomElementNameOriginal(name)).toBe(true);
  });

  it.each(['greenlit', 'Greenlit-badge', 'greenlit-Badge', '1-badge', '-badge', 'greenlit badge', ''])('rejects %s, as the package does', (name) => {
    expect(isPotentialCustomElementName(name)).toBe(false);
    expect(isPotentialCustomElementNameOriginal(name)).toBe(false);
  });

  it('refuses what lies outside ASCII, which Greenlit never names a host', () => {
    expect(isPotentialCustomElementNameOriginal('grün-badge')).toBe(true);
    expect(isPotentialCustomElementName('grün-badge')).toBe(false);
  });
});
