export default defineBackground(() => {
  // Chrome: clicking the toolbar icon opens the side panel. Firefox has no sidePanel API.
  browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: true })?.catch?.(() => {});
});
