export default defineBackground(() => {
  // wired in the next step
});
