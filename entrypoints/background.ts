export default defineBackground(() => {
  // Wired in by the storage/background work (issue 4).
});
