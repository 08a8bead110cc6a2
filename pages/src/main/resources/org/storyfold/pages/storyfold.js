// Storyfold pages: the front page follows the server's events; a shared passage lights up with its source.
(function () {
  'use strict';
  var list = document.getElementById('stories');
  if (list && list.dataset.fragment && list.dataset.events && window.EventSource) {
    var pending = null;
    var refresh = function () {
      pending = null;
      fetch(list.dataset.fragment, {headers: {Accept: 'text/html'}})
        .then(function (r) { return r.ok ? r.text() : null; })
        // the fragment is the server's own escaped HTML, the same the page was built from
        .then(function (html) { if (html !== null) { list.innerHTML = html; } })
        .catch(function () {});
    };
    var events = new EventSource(list.dataset.events);
    ['created', 'grown', 'merged'].forEach(function (type) {
      events.addEventListener(type, function () { if (!pending) { pending = setTimeout(refresh, 250); } });
    });
  }
  var light = function (on) {
    return function (e) {
      var el = e.target.closest && e.target.closest('[data-p]');
      if (!el) { return; }
      document.querySelectorAll('[data-p="' + el.dataset.p + '"]').forEach(function (m) {
        m.classList.toggle('on', on);
      });
    };
  };
  document.addEventListener('mouseover', light(true));
  document.addEventListener('mouseout', light(false));
  document.addEventListener('focusin', light(true));
  document.addEventListener('focusout', light(false));
}());
