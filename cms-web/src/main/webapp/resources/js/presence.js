/*
 * Who else has an item's edit form open (ADR 0046): the page records this view as it renders; when
 * the page goes (a link, a reload, closing the tab, a save), a beacon tells the server that this
 * view of the form is gone. The server removes the entry only while it still names this view, so a
 * beacon that arrives after the next page recorded the editor again removes nothing.
 */
(function () {
  'use strict';

  window.addEventListener('pagehide', function () {
    var box = document.querySelector('[data-presence-id]');
    var id = box && box.getAttribute('data-presence-id');
    if (!id || !navigator.sendBeacon) {
      return;
    }
    var left = new URLSearchParams();
    left.set('item', box.getAttribute('data-presence-item'));
    left.set('id', id);
    navigator.sendBeacon(box.getAttribute('data-presence-url'), left);
  });
})();
