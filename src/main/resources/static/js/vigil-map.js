/* The offline map: Natural Earth countries (a static GeoJSON file served by Vigil) over a sea-coloured
   background, with missions as circle markers. No tile server, no CDN: works air-gapped.
   A marker's colour comes from the mission's risk level when it has one, otherwise from its status; countries are
   shaded, lightly, by their own level. The world map re-reads the levels every data-refresh milliseconds, so a
   marker changes colour soon after the evidence that moved its level arrived. */
(function (global) {
  'use strict';

  var css = getComputedStyle(document.documentElement);
  function v(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }

  var LEVELS = [
    ['LOW', 'Low', v('--level-low', '#2e9d5b')],
    ['MODERATE', 'Moderate', v('--level-moderate', '#e0b417')],
    ['HIGH', 'High', v('--level-high', '#e8731c')],
    ['CRITICAL', 'Critical', v('--level-critical', '#c8102e')]
  ];
  var STATUSES = [
    ['ACTIVE', 'Active', v('--status-active', '#2b6cb0')],
    ['SUSPENDED', 'Suspended', v('--status-suspended', '#d69e2e')],
    ['CLOSED', 'Closed', v('--status-closed', '#718096')],
    ['RETIRED', 'Retired', v('--status-retired', '#a0aec0')]
  ];
  var OTHER = '#4a5568';
  var ACTIVITY = '#6b46c1';
  var LAND = { color: '#a9b2bd', weight: 0.7, fillColor: '#f7f5ef', fillOpacity: 1 };
  var KIND_LABELS = {
    EMBASSY: 'Embassy', CONSULATE_GENERAL: 'Consulate general', CONSULATE: 'Consulate',
    PERMANENT_MISSION: 'Permanent mission', OTHER: 'Other mission'
  };
  var KIND_RADIUS = { EMBASSY: 8, PERMANENT_MISSION: 7, CONSULATE_GENERAL: 6.5, CONSULATE: 6 };

  function lookup(table, key) {
    for (var i = 0; i < table.length; i++) { if (table[i][0] === key) { return table[i]; } }
    return null;
  }

  function colour(m) {
    var row = m.level ? lookup(LEVELS, m.level) : lookup(STATUSES, m.status);
    return row ? row[2] : OTHER;
  }

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function baseMap(el, options) {
    var map = L.map(el, Object.assign({
      worldCopyJump: true,
      minZoom: 1.5,
      maxZoom: 9,
      zoomSnap: 0.25,
      zoomDelta: 0.5,
      attributionControl: true,
      maxBounds: [[-85, -540], [85, 540]]
    }, options || {}));
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution('Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a>');
    var renderer = L.canvas({ padding: 0.5 }); // 240 countries draw faster on a canvas than as SVG paths
    fetch(el.dataset.countries, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('base map: HTTP ' + r.status); } return r.json(); })
      .then(function (geo) {
        map.vigilCountries = L.geoJSON(geo, {
          renderer: renderer,
          interactive: false,
          style: LAND
        }).addTo(map);
        el.dataset.baseMap = 'loaded';
        if (map.vigilShade) { map.vigilShade(); }
      })
      .catch(function (e) { el.dataset.baseMap = 'failed'; console.error(e); });
    return map;
  }

  function marker(m) {
    var c = colour(m);
    var layer = L.circleMarker([m.lat, m.lon], {
      radius: KIND_RADIUS[m.kind] || 5.5,
      color: '#ffffff',
      weight: 2,
      fillColor: c,
      fillOpacity: 0.95,
      className: 'mission-marker mission-' + String(m.id).replace(/[^A-Za-z0-9_-]/g, '_')
    });
    var what = [KIND_LABELS[m.kind] || m.kind, m.city].filter(Boolean).join(' · ');
    var state = m.level ? ('Risk: ' + (lookup(LEVELS, m.level) || [0, m.level])[1])
                        : ('Status: ' + (lookup(STATUSES, m.status) || [0, m.status])[1]);
    layer.bindTooltip('<strong>' + esc(m.name) + '</strong><br>' + esc(what) + '<br>' + esc(state),
      { direction: 'top', offset: [0, -6], className: 'mission-tooltip' });
    layer.on('click', function () { global.location.href = m.url; });
    layer.on('add', function () { mark(layer, m); });
    layer.vigilMission = m;
    return layer;
  }

  /** The level as an attribute of the marker's element, for people's tools and the browser tests. */
  function mark(layer, m) {
    var path = layer.getElement && layer.getElement();
    if (path) { path.setAttribute('data-level', m.level || ''); }
  }

  /** Recolours a marker whose mission's level changed; returns whether it did. */
  function update(layer, m) {
    var old = layer.vigilMission;
    if (old && old.level === m.level && old.status === m.status) { return false; }
    layer.vigilMission = m;
    layer.setStyle({ fillColor: colour(m) });
    var state = m.level ? ('Risk: ' + (lookup(LEVELS, m.level) || [0, m.level])[1])
                        : ('Status: ' + (lookup(STATUSES, m.status) || [0, m.status])[1]);
    var what = [KIND_LABELS[m.kind] || m.kind, m.city].filter(Boolean).join(' · ');
    layer.setTooltipContent('<strong>' + esc(m.name) + '</strong><br>' + esc(what) + '<br>' + esc(state));
    mark(layer, m);
    return true;
  }

  /** Shades the countries by their own level, lighter than the markers so that the missions stay readable. */
  function shade(map, levels) {
    if (!map.vigilCountries) { return; }
    var byNumeric = {};
    levels.forEach(function (c) { if (c.numeric) { byNumeric[c.numeric] = c.level; } });
    map.vigilCountries.setStyle(function (feature) {
      var row = lookup(LEVELS, byNumeric[feature.id]);
      return row ? { color: '#a9b2bd', weight: 0.7, fillColor: row[2], fillOpacity: 0.22 } : LAND;
    });
    map.getContainer().dataset.countriesShaded = String(Object.keys(byNumeric).length);
  }

  function legend(missions) {
    var byLevel = missions.some(function (m) { return m.level; });
    var table = byLevel ? LEVELS : STATUSES;
    var counts = {};
    missions.forEach(function (m) {
      var k = byLevel ? (m.level || '') : (m.status || '');
      counts[k] = (counts[k] || 0) + 1;
    });
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'map-legend');
      div.id = 'map-legend';
      var html = '<h4>' + (byLevel ? 'Risk level' : 'Mission status') + '</h4>';
      table.forEach(function (row) {
        if (!counts[row[0]] && !(byLevel || row[0] === 'ACTIVE')) { return; }
        html += '<div class="row"><span class="swatch" style="background:' + row[2] + '"></span>' + row[1] +
                '<span class="n">' + (counts[row[0]] || 0) + '</span></div>';
      });
      html += '<div class="row"><span class="swatch ring" style="border-color:' + ACTIVITY + '"></span>' +
              'Ring: signals of the last 7 days (larger: more; solid: some HIGH or above)</div>';
      html += '<div class="shape-note">Larger dot: embassy' +
              (byLevel ? '<br>Countries tinted lightly in the same colours, by their own level' : '') + '</div>';
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return control;
  }

  /** The home page's world map of every mission the caller may see. */
  function world(el) {
    var map = baseMap(el);
    map.setView([25, 20], 2);
    var count = document.getElementById('map-count');
    fetch(el.dataset.missions, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (missions) {
        var placed = missions.filter(function (m) { return m.lat != null && m.lon != null; });
        var group = L.featureGroup(placed.map(marker)).addTo(map);
        var key = legend(placed).addTo(map);
        if (placed.length === 1) {
          map.setView(group.getBounds().getCenter(), 5);
        } else if (placed.length > 1) {
          // keep markers clear of the legend in the bottom-right corner
          var box = key.getContainer();
          map.fitBounds(group.getBounds(), {
            paddingTopLeft: [40, 40],
            paddingBottomRight: [box.offsetWidth + 30, box.offsetHeight + 30],
            maxZoom: 5
          });
        }
        var unplaced = missions.length - placed.length;
        count.textContent = placed.length + (placed.length === 1 ? ' mission' : ' missions') + ' on the map' +
          (unplaced ? ' · ' + unplaced + ' without coordinates' : '');
        el.dataset.markers = String(placed.length);
        var layers = {};
        group.eachLayer(function (l) { layers[l.vigilMission.id] = l; });
        var every = parseInt(el.dataset.refresh || '0', 10);
        var current = { legend: key };
        if (every > 0) {
          global.setInterval(function () { refresh(el, layers, current, map); }, every);
        }
      })
      .catch(function (e) {
        count.textContent = 'Could not load the missions (' + e.message + '). Reload the page to try again.';
        count.classList.add('error');
        el.dataset.markers = 'failed';
      });
    if (el.dataset.activity) {
      fetch(el.dataset.activity, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (rows) {
          var rings = L.layerGroup(rows.map(function (a) {
            var ring = L.circleMarker([a.lat, a.lon], {
              radius: 11 + Math.min(14, 3 * Math.sqrt(a.signals)), color: ACTIVITY, weight: a.high ? 3 : 2,
              dashArray: a.high ? null : '4 3', fill: false, interactive: true, className: 'activity-ring'
            });
            ring.bindTooltip(esc(a.name) + ': ' + a.signals + (a.signals === 1 ? ' signal' : ' signals') +
              ' in ' + a.days + ' days' + (a.high ? ', ' + a.high + ' HIGH or above' : ''));
            return ring;
          })).addTo(map);
          L.control.layers(null, { 'Recent signals': rings }, { position: 'topright' }).addTo(map);
          el.dataset.activityRings = String(rows.length);
        })
        .catch(function (e) { console.error('activity: ' + e.message); });
    }
    if (el.dataset.countryLevels) {
      fetch(el.dataset.countryLevels, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
        .then(function (levels) {
          map.vigilShade = function () { shade(map, levels); };
          map.vigilShade();
        })
        .catch(function (e) { console.error('country levels: ' + e.message); });
    }
    return map;
  }

  /** Re-reads the missions' levels and recolours the markers that changed, and the legend's counts. */
  function refresh(el, layers, current, map) {
    fetch(el.dataset.missions, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (missions) {
        var changed = 0;
        missions.forEach(function (m) { if (layers[m.id] && update(layers[m.id], m)) { changed++; } });
        if (changed) {
          map.removeControl(current.legend);
          current.legend = legend(missions.filter(function (m) { return layers[m.id]; })).addTo(map);
        }
        el.dataset.refreshed = String(Date.now());
      })
      .catch(function (e) { console.error('refresh: ' + e.message); });
  }

  /** A small map centred on one mission, for its page. */
  function single(el) {
    var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    var map = baseMap(el, { zoomControl: true, scrollWheelZoom: false, minZoom: 2 });
    map.setView([lat, lon], 5);
    L.circleMarker([lat, lon], {
      radius: 8, color: '#ffffff', weight: 2, fillOpacity: 0.95,
      fillColor: colour({ level: el.dataset.level || null, status: el.dataset.status }),
      className: 'mission-marker'
    }).addTo(map);
    return map;
  }

  /** The appearances of the calendar's month, coloured by their risk; a click opens the appearance. */
  function appearances(el) {
    var map = baseMap(el, { zoomControl: true, scrollWheelZoom: false, minZoom: 2 });
    map.setView([39, 35], 4);
    fetch(el.dataset.appearances, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (list) {
        var layers = list.map(function (a) {
          var layer = L.circleMarker([a.lat, a.lon], {
            radius: 7, color: '#ffffff', weight: 2, fillOpacity: 0.95,
            fillColor: colour({ level: a.riskLevel || null, status: 'ACTIVE' }),
            className: 'appearance-marker'
          });
          layer.bindTooltip('<strong>' + esc(a.title) + '</strong><br>' + esc(a.venueName) + '<br>' +
            esc('Risk: ' + (a.riskLevel || 'not assessed')), { direction: 'top', offset: [0, -6] });
          layer.on('click', function () { global.location.href = el.dataset.base + a.id; });
          return layer;
        });
        if (layers.length) {
          var group = L.featureGroup(layers).addTo(map);
          map.fitBounds(group.getBounds(), { padding: [40, 40], maxZoom: 11 });
        }
        el.dataset.markers = String(layers.length);
      })
      .catch(function (e) { console.error('appearances: ' + e.message); el.dataset.markers = 'failed'; });
    return map;
  }

  /**
   * A map to place something by clicking: the click sets the latitude and longitude fields named by
   * data-lat-input and data-lon-input (five decimals, about a metre) and moves the marker; typing in the fields
   * moves the marker too. Used by the appearance form to place the venue.
   */
  function pick(el) {
    var latField = document.getElementById(el.dataset.latInput);
    var lonField = document.getElementById(el.dataset.lonInput);
    var map = baseMap(el, { zoomControl: true, scrollWheelZoom: true, minZoom: 2, maxZoom: 14 });
    var marker = null;
    function read() {
      var lat = parseFloat(String(latField.value).replace(',', '.'));
      var lon = parseFloat(String(lonField.value).replace(',', '.'));
      return isFinite(lat) && isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : null;
    }
    function place(at) {
      if (!marker) {
        marker = L.circleMarker(at, {
          radius: 8, color: '#ffffff', weight: 2, fillOpacity: 0.95, fillColor: v('--navy', '#1a365d'),
          className: 'venue-marker'
        }).addTo(map);
      } else {
        marker.setLatLng(at);
      }
    }
    var start = read();
    if (start) { place(start); map.setView(start, 9); } else { map.setView([39, 35], 4); }
    map.on('click', function (e) {
      var lon = ((e.latlng.lng + 540) % 360) - 180; // a click on a copy of the world east or west of the first
      latField.value = e.latlng.lat.toFixed(5);
      lonField.value = lon.toFixed(5);
      place([e.latlng.lat, lon]);
      el.dataset.picked = latField.value + ',' + lonField.value;
    });
    [latField, lonField].forEach(function (field) {
      field.addEventListener('change', function () {
        var at = read();
        if (at) { place(at); map.setView(at, Math.max(map.getZoom(), 9)); }
      });
    });
    el.vigilPlace = function () { var at = read(); if (at) { place(at); map.setView(at, 12); } };
    return map;
  }

  global.VigilMap = { world: world, single: single, appearances: appearances, pick: pick, colour: colour };

  // Pages declare their maps with data-vigil-map="world" or "single": the Content-Security-Policy forbids inline
  // scripts, so the map starts itself.
  function start() {
    document.querySelectorAll('[data-vigil-map]').forEach(function (el) {
      if (el.dataset.vigilMap === 'world') { world(el); } else if (el.dataset.vigilMap === 'single') { single(el); }
      else if (el.dataset.vigilMap === 'appearances') { appearances(el); }
      else if (el.dataset.vigilMap === 'pick') { pick(el); }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})(window);
