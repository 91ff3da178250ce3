/*
 * Unsaved changes kept in this browser tab (ADR 0044). An edit form that includes
 * WEB-INF/includes/draft.xhtml has a [data-draft-key] element: while the editor changes the form,
 * its fields are kept in sessionStorage under that key with the item's version they were typed on;
 * when the same item's form opens again in this tab (after a failed save, an expired view, a
 * sign-in or a reload), the editor is offered the kept changes back. Nothing reaches the server
 * until the editor saves. Changes typed on an older version (someone saved the item meanwhile) are
 * offered as such: restoring them names that version in the form's draftBase field, so that saving
 * them shows the edit conflict instead of overwriting the newer version unseen. A draft is dropped
 * when the editor discards it, when a save succeeded or the editor took the other version (the page
 * names it in data-draft-saved), and at sign-out. A publish or schedule from this tab, which leaves
 * the fields as they were, carries the draft of the version it changed over to the new version
 * (data-draft-kept, data-draft-kept-from).
 */
(function () {
  'use strict';

  var PREFIX = 'tp-draft:';

  /** Set at sign-out: a change still waiting to be kept is not kept any more. */
  var signingOut = false;

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null; // storage switched off: the form works as before
    }
  }

  function editors(form) {
    return Array.prototype.slice.call(form.querySelectorAll('.ui-texteditor'));
  }

  /** Whether a form control is kept: named and enabled; never hidden, password or file inputs. */
  function kept(el) {
    return el.name && !el.disabled && !el.closest('.ui-texteditor')
        && !/^(hidden|password|file|submit|button|reset|image)$/.test((el.type || '').toLowerCase());
  }

  /** The form's kept fields as the editor sees them, with each rich-text editor's HTML. */
  function read(form) {
    var fields = {};
    Array.prototype.filter.call(form.elements, kept).forEach(function (el) {
      var type = (el.type || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        fields[el.name + '=' + el.value] = el.checked;
      } else if (el.tagName === 'SELECT') {
        fields[el.name] = Array.prototype.filter.call(el.options, function (o) {
          return o.selected;
        }).map(function (o) {
          return o.value;
        }).join('\n');
      } else {
        fields[el.name] = el.value;
      }
    });
    editors(form).forEach(function (editor) {
      var root = editor.querySelector('.ql-editor');
      if (root) {
        fields['#' + editor.id] = root.innerHTML;
      }
    });
    return fields;
  }

  function same(a, b) {
    var keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every(function (k) {
      return a[k] === b[k];
    });
  }

  function quillOf(editor) {
    var widgets = (window.PrimeFaces && window.PrimeFaces.widgets) || {};
    for (var name in widgets) {
      if (widgets[name] && widgets[name].id === editor.id && widgets[name].editor) {
        return widgets[name].editor;
      }
    }
    return null;
  }

  function write(form, fields) {
    Array.prototype.filter.call(form.elements, kept).forEach(function (el) {
      var type = (el.type || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') {
        var key = el.name + '=' + el.value;
        if (key in fields) {
          el.checked = fields[key];
        }
      } else if (el.tagName === 'SELECT') {
        if (el.name in fields) {
          var chosen = fields[el.name].split('\n');
          Array.prototype.forEach.call(el.options, function (o) {
            o.selected = chosen.indexOf(o.value) >= 0;
          });
        }
      } else if (el.name in fields) {
        el.value = fields[el.name];
      }
    });
    editors(form).forEach(function (editor) {
      var html = fields['#' + editor.id];
      var quill = quillOf(editor);
      if (html === undefined) {
        return;
      }
      if (quill) {
        // Quill reads the HTML into its own formats; a change from the 'api' (not the 'user')
        // is what PrimeFaces copies into the editor's hidden input at once
        quill.clipboard.dangerouslyPasteHTML(html, 'api');
      } else {
        editor.querySelector('.ql-editor').innerHTML = html;
      }
    });
  }

  function keep(box) {
    var store = storage();
    var form = box.closest('form');
    if (!store || !form) {
      return;
    }
    var key = PREFIX + box.getAttribute('data-draft-key');
    var version = box.getAttribute('data-draft-version');
    var saved = box.getAttribute('data-draft-saved');
    if (saved) {
      store.removeItem(PREFIX + saved);
    }
    var shown = read(form);
    var offered = null;
    try {
      offered = JSON.parse(store.getItem(key));
    } catch (e) {
      offered = null;
    }
    if (offered && PREFIX + box.getAttribute('data-draft-kept') === key
        && offered.version === box.getAttribute('data-draft-kept-from')) {
      offered.version = version; // published or scheduled by this tab: the fields are as they were
    }
    var older = offered !== null && Number(offered.version) > 0
        && Number(offered.version) < Number(version);
    if (offered && same(offered.fields, shown)) {
      // shown already (a refused save shows the input again, keeping the form after a conflict
      // bases it on the newer version): kept until saved, not offered
      if (offered.version !== version) {
        offered.version = version;
        try {
          store.setItem(key, JSON.stringify(offered));
        } catch (e) {
          // storage refused: kept under the older version, offered as such
        }
      }
      offered = null;
    } else if (offered && offered.version !== version && !older) {
      store.removeItem(key); // of no version this item has now
      offered = null;
    }

    var timer = null;
    function save() {
      timer = null;
      if (offered || signingOut) {
        return; // the editor has not yet chosen: the kept changes stay as they are
      }
      var now = read(form);
      try {
        if (!same(now, shown) || store.getItem(key) !== null) {
          store.setItem(key, JSON.stringify({version: version, time: Date.now(), fields: now}));
        }
      } catch (e) {
        // storage full or refused: nothing is kept, the form itself is unaffected
      }
    }
    function later() {
      if (timer === null) {
        timer = window.setTimeout(save, 300);
      }
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('keyup', later);
    form.addEventListener('click', later);
    editors(form).forEach(function (editor) {
      var quill = quillOf(editor);
      if (quill) {
        quill.on('text-change', later);
      }
    });
    // at once when the page goes: a save, a link, a reload (PrimeFaces may submit a form from a
    // script, without a submit event)
    function now() {
      if (timer !== null) {
        window.clearTimeout(timer);
      }
      save();
    }
    form.addEventListener('submit', now);
    window.addEventListener('pagehide', now);

    box.setAttribute('data-draft-ready', 'true');
    if (offered) {
      offer(box, offered, older, function (restore) {
        var kept = offered;
        offered = null;
        if (restore) {
          write(form, kept.fields);
          if (older) {
            // saved against the version it was typed on: the save shows the edit conflict
            version = kept.version;
            box.querySelector('input[type="hidden"][id$="draftBase"]').value = version;
          }
          save();
        } else {
          store.removeItem(key);
        }
      });
    }
  }

  function offer(box, draft, older, decided) {
    var text = box.querySelector('.bo-draft-text');
    var time = new Date(draft.time).toLocaleTimeString(document.documentElement.lang || 'nl', {
      hour: '2-digit', minute: '2-digit'
    });
    var panel = box.querySelector('.bo-draft-offer');
    text.textContent = text.getAttribute(older ? 'data-found-older' : 'data-found')
        .replace('{0}', time);
    panel.hidden = false;
    box.querySelector('.bo-draft-restore').addEventListener('click', function () {
      decided(true);
      panel.hidden = true;
      text.textContent = text.getAttribute(older ? 'data-restored-older' : 'data-restored');
    });
    box.querySelector('.bo-draft-discard').addEventListener('click', function () {
      decided(false);
      panel.hidden = true;
      text.textContent = text.getAttribute('data-discarded');
    });
  }

  function forgetAll() {
    signingOut = true;
    var store = storage();
    if (!store) {
      return;
    }
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        store.removeItem(key);
      }
    }
  }

  /** Calls back once the form's rich-text editors are built (PrimeFaces builds them after load). */
  function whenEditorsReady(box, then) {
    var form = box.closest('form');
    var tries = 0;
    (function check() {
      var ready = !form || editors(form).every(function (editor) {
        return editor.querySelector('.ql-editor') && quillOf(editor);
      });
      if (ready || tries++ >= 100) {
        then(box);
      } else {
        window.setTimeout(check, 100);
      }
    })();
  }

  window.addEventListener('load', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-draft-key]'), function (box) {
      whenEditorsReady(box, keep);
    });
    var signOut = document.getElementById('logout');
    if (signOut) {
      // the button's click as well: a script may submit the form without a submit event
      signOut.addEventListener('click', function (event) {
        if (event.target.type === 'submit') {
          forgetAll();
        }
      });
      signOut.addEventListener('submit', forgetAll);
    }
  });
})();
