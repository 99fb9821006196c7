export default defineBackground(() => {
  // Wired up in lib/messaging; see entrypoints/background.ts history.
});
