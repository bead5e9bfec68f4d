// Stands in for @1natsu/wait-element in the bundles (see wxt.config.ts): WXT's content-script UI
// imports it for `autoMount`, which Greenlit never calls (badges are mounted where the worker says),
// and with it many-keys-map and defu, some 1.3 kB gzipped of every content script.
export function waitElement(): never {
  throw new Error('autoMount is not bundled');
}
// The detectors wait-element's callers pass; plain values, as the originals return.
export const isExist = (element: Element | null) => (element !== null ? { isDetected: true, result: element } : { isDetected: false });
export const isNotExist = (element: Element | null) => (element === null ? { isDetected: true, result: null } : { isDetected: false });
