// Sets the colour scheme before the first paint: the person's choice if they made one (kept in
// localStorage, it is not a secret), otherwise the operating system's, following its changes.
(function () {
  var root = document.documentElement;
  var media = window.matchMedia('(prefers-color-scheme: dark)');
  function apply() {
    var choice = null;
    try {
      choice = localStorage.getItem('pitlane.theme');
    } catch (e) {
      choice = null;
    }
    var dark = choice === 'dark' || ((choice === null || choice === 'system') && media.matches);
    root.classList.toggle('dark', dark);
  }
  apply();
  media.addEventListener('change', apply);
  window.addEventListener('pitlane:theme', apply);
})();
