/* The appearance pages' scripts. Times are recorded as local times at the venue, in its time zone; the officer
   may be elsewhere, so next to a venue time the page shows the same moment in the officer's own time (the
   browser's zone, which the server does not know). On the form, choosing a venue recorded before fills its name,
   address, position and zone. No inline script: the Content-Security-Policy forbids it. */
(function () {
  'use strict';

  /** The offset (ms) of the zone from UTC at the given moment, from the browser's time-zone data. */
  function offset(epoch, zone) {
    var parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(epoch));
    var f = {};
    parts.forEach(function (p) { f[p.type] = p.value; });
    var asUtc = Date.UTC(+f.year, +f.month - 1, +f.day, +f.hour % 24, +f.minute, +f.second);
    return asUtc - Math.floor(epoch / 1000) * 1000;
  }

  /** The moment of a local date and time ("2026-12-09T18:00") in the zone, or null. */
  function moment(local, zone) {
    var m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(local || '');
    if (!m || !zone) { return null; }
    var naive = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
    try {
      var guess = naive - offset(naive, zone);
      return naive - offset(guess, zone); // again at the guess, for a change of offset in between
    } catch (e) {
      return null; // not a zone the browser knows: the server says what is wrong when the form is sent
    }
  }

  function yours(epoch) {
    return new Intl.DateTimeFormat(undefined, {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit',
      timeZoneName: 'short'
    }).format(new Date(epoch));
  }

  function label(el) { return el.getAttribute('data-label') || 'Your time: '; }

  // the form: the venue time as the officer's time, kept current as the fields change
  document.querySelectorAll('[data-your-time]').forEach(function (input) {
    var out = document.getElementById(input.dataset.yourTime);
    var zone = document.getElementById(input.dataset.zoneInput);
    function show() {
      var at = moment(input.value, zone && zone.value.trim());
      out.textContent = at == null ? '' : label(out) + yours(at);
    }
    input.addEventListener('input', show);
    input.addEventListener('change', show);
    if (zone) { zone.addEventListener('change', show); zone.addEventListener('input', show); }
    show();
  });

  // the pages: a moment (epoch milliseconds) in the officer's time
  document.querySelectorAll('[data-epoch-ms]').forEach(function (el) {
    el.textContent = label(el) + yours(parseInt(el.dataset.epochMs, 10));
  });

  // the form: a venue recorded before fills the venue's fields
  var known = document.getElementById('known-venue');
  if (known) {
    known.addEventListener('change', function () {
      var o = known.options[known.selectedIndex];
      if (!o || !o.value) { return; }
      var set = function (id, value) {
        var f = document.getElementById(id);
        if (f && value != null) { f.value = value; f.dispatchEvent(new Event('change')); }
      };
      set('venueName', o.value);
      set('venueAddress', o.dataset.address || '');
      set('city', o.dataset.city || '');
      set('countryCode', o.dataset.country);
      set('lat', o.dataset.lat);
      set('lon', o.dataset.lon);
      set('timeZone', o.dataset.zone);
      var map = document.getElementById('venue-map');
      if (map && map.vigilPlace) { map.vigilPlace(); }
    });
  }
})();
