export default defineBackground(() => {
  // Wired up in the background issue: message handling, scoring and the toolbar badge.
});
