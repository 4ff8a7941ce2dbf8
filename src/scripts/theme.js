// Runs inline in <head> before the page paints, so a chosen theme never flashes.
// It only reads and writes one localStorage key; if storage is blocked the
// toggle still works for this page view.
(function () {
  var KEY = 'ps-theme';
  var root = document.documentElement;
  // Marks that scripts run, before the first paint, so controls that need
  // JavaScript (the theme toggle) take their place without moving the page.
  root.classList.add('js');
  var saved = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    // Storage blocked (private mode, policy): the choice lasts for this page.
  }
  if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  function effective() {
    var t = root.getAttribute('data-theme');
    if (t === 'light' || t === 'dark') return t;
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function sync() {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', String(effective() === 'dark'));
    }
  }
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element) || !target.closest('[data-theme-toggle]')) return;
    var next = effective() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage blocked (private mode, policy): the choice lasts for this page.
    }
    sync();
  });
})();
