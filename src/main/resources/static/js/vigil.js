// Every htmx request that changes something carries the page's CSRF token (read from the layout's meta tags),
// so that htmx forms pass the same protection as ordinary ones.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Irreversible actions ask first: a form with data-confirm submits only when the user confirms its question.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form && form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);

// A list that polls (the alert inbox) does not replace itself while the user has rows ticked for a bulk action.
document.addEventListener('htmx:beforeRequest', function (event) {
  var elt = event.detail.elt;
  if (elt && elt.id === 'alert-results' && elt.querySelector('input[name="ids"]:checked')) {
    event.preventDefault();
  }
});

// On a narrow screen the navigation is a menu: the button opens and closes it.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('#nav-toggle');
  if (!button) {
    return;
  }
  var bar = button.closest('.topbar');
  var open = bar.classList.toggle('nav-open');
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
});
