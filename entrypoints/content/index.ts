export default defineContentScript({
  matches: ['https://www.techradar.com/*'],
  main() {},
});
