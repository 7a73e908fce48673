/**
 * The page's only script, the same for every page (its CSP hash is computed once). It reads the
 * highlight details from the `application/json` element `cg-data` (never executed, escaped for
 * that context), shows them in the `cg-details` panel when a highlight is hovered or focused,
 * and filters the highlights when an actor's button is pressed. It builds every node with
 * `textContent`: no text from the article is ever parsed as HTML. Plain ES2017, no template
 * literals, so it can live in a TypeScript string; it must never contain `</script`.
 */
export const PAGE_SCRIPT = `(function () {
  'use strict';
  var source = document.getElementById('cg-data');
  var panel = document.getElementById('cg-details');
  if (!source || !panel) return;
  var packed = JSON.parse(source.textContent || '{"s":[],"n":[]}');
  var idle = panel.innerHTML;
  var active = null;
  function show(el) {
    var d = packed.n[Number(el.getAttribute('data-n'))];
    if (!d) return;
    if (active) active.classList.remove('active');
    active = el.id ? el : null;
    if (active) active.classList.add('active');
    panel.textContent = '';
    var h = document.createElement('h3');
    h.textContent = packed.s[d[0]];
    panel.appendChild(h);
    var q = document.createElement('p');
    q.className = 'hint';
    var text = '';
    var id = el.getAttribute('data-id');
    var parts = document.querySelectorAll('[data-n="' + el.getAttribute('data-n') + '"]');
    for (var i = 0; i < parts.length; i++) text += parts[i].textContent;
    q.textContent = text.length > 160 ? text.slice(0, 157) + '…' : text;
    panel.appendChild(q);
    var dl = document.createElement('dl');
    function row(label, value) {
      var dt = document.createElement('dt');
      dt.textContent = label;
      var dd = document.createElement('dd');
      dd.textContent = value;
      if (label === 'Warning') dd.className = 'warning';
      dl.appendChild(dt);
      dl.appendChild(dd);
    }
    for (var r = 1; r + 1 < d.length; r += 2) row(packed.s[d[r]], packed.s[d[r + 1]]);
    row('Offsets', parts[0].getAttribute('data-start') + '–' + parts[parts.length - 1].getAttribute('data-end'));
    panel.appendChild(dl);
    panel.setAttribute('data-showing', id || '');
  }
  function highlightOf(target) {
    return target && target.closest ? target.closest('[data-n]') : null;
  }
  document.addEventListener('focusin', function (e) {
    var el = highlightOf(e.target);
    if (el) show(el);
  });
  document.addEventListener('mouseover', function (e) {
    var el = highlightOf(e.target);
    if (el) show(el);
  });
  var buttons = document.querySelectorAll('button[data-actor]');
  var chosen = null;
  function filter(key) {
    chosen = key;
    document.body.classList.toggle('filtering', key !== null);
    var marks = document.querySelectorAll('[data-n]');
    for (var i = 0; i < marks.length; i++) marks[i].classList.toggle('on', key !== null && marks[i].getAttribute('data-speaker') === key);
    for (var j = 0; j < buttons.length; j++) buttons[j].setAttribute('aria-pressed', String(buttons[j].getAttribute('data-actor') === key));
    var status = document.getElementById('cg-filter-status');
    if (status) status.textContent = key === null ? 'Showing every highlight.' : 'Showing the highlights of ' + (document.querySelector('button[aria-pressed="true"] .name') || { textContent: key }).textContent + '. Press Escape to show all.';
  }
  for (var k = 0; k < buttons.length; k++) {
    buttons[k].addEventListener('click', function (e) {
      var key = e.currentTarget.getAttribute('data-actor');
      filter(key === chosen ? null : key);
    });
  }
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && chosen !== null) filter(null);
    if (e.key === 'Escape' && active) { active.classList.remove('active'); active = null; panel.innerHTML = idle; }
  });
})();`;
