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
  // Facilitator view (shows notes for facilitators) and projector mode (large,
  // high-contrast): each an attribute on <html>, remembered on this device.
  var VIEWS = ['facilitator', 'projector'];
  for (var v = 0; v < VIEWS.length; v++) {
    try {
      if (localStorage.getItem('ps-view-' + VIEWS[v]) === 'on') root.setAttribute('data-' + VIEWS[v], '');
    } catch {
      // As above: without storage the view lasts for this page.
    }
  }
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
    var views = document.querySelectorAll('[data-view-toggle]');
    for (var j = 0; j < views.length; j++) {
      views[j].setAttribute(
        'aria-pressed',
        String(root.hasAttribute('data-' + views[j].getAttribute('data-view-toggle'))),
      );
    }
  }
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var viewButton = target.closest('[data-view-toggle]');
    if (viewButton) {
      var view = viewButton.getAttribute('data-view-toggle');
      if (VIEWS.indexOf(view) < 0) return;
      var on = !root.hasAttribute('data-' + view);
      root.toggleAttribute('data-' + view, on);
      try {
        localStorage.setItem('ps-view-' + view, on ? 'on' : 'off');
      } catch {
        // The view still changes for this page.
      }
      sync();
      return;
    }
    if (!target.closest('[data-theme-toggle]')) return;
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
