// Stands in for is-potential-custom-element-name in the bundles (see wxt.config.ts): WXT's shadow-root
// UI checks each host name with a Unicode-wide pattern, some 0.2 kB gzipped of every content script.
// Greenlit's host names are fixed ASCII constants (contract.ts), so the ASCII part of that rule decides.
export default function isPotentialCustomElementName(name: string): boolean {
  return /^[a-z][\d._a-z]*-[-.\d_a-z]*$/.test(name);
}
