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
  var EVENT = '#7b341e';
  /** Missions whose markers are closer than this many pixels at the current zoom are drawn as one numbered cluster. */
  var CLUSTER_PX = 20;
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
      html += '<div class="row"><span class="swatch flag">3</span>' +
              'Flag: open alerts (colour: the highest level among them; outlined: some not acknowledged)</div>';
      html += '<div class="row"><span class="swatch event" style="background:' + EVENT + '"></span>' +
              'Conflict event near a mission, last 90 days (larger: more deaths)</div>';
      html += '<div class="row"><span class="swatch cluster">2</span>' +
              'Missions too close to tell apart: click to zoom in (colour: the highest level among them)</div>';
      html += '<div class="shape-note">Larger dot: embassy' +
              (byLevel ? '<br>Countries tinted lightly in the same colours, by their own level' : '') + '</div>';
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    return control;
  }

  /** The map's one layers control, made when the first optional layer arrives. */
  function overlay(map, layer, name) {
    if (!map.vigilLayers) {
      map.vigilLayers = L.control.layers(null, {}, { position: 'topright' }).addTo(map);
    }
    map.vigilLayers.addOverlay(layer, name);
  }

  /**
   * Draws the missions whose markers would overlap at this zoom as one numbered cluster, coloured by the highest
   * level among them; a click zooms to them. Recomputed at every zoom and when levels change.
   */
  function cluster(map, group, markers) {
    if (map.vigilClusters) { map.removeLayer(map.vigilClusters); }
    var clusters = L.layerGroup();
    var points = markers.map(function (l) { return map.latLngToLayerPoint(l.getLatLng()); });
    var taken = [];
    var hidden = 0;
    for (var i = 0; i < markers.length; i++) {
      if (taken[i]) { continue; }
      var members = [i];
      for (var j = i + 1; j < markers.length; j++) {
        if (!taken[j] && points[i].distanceTo(points[j]) < CLUSTER_PX) { members.push(j); taken[j] = true; }
      }
      if (members.length === 1) {
        if (!group.hasLayer(markers[i])) { group.addLayer(markers[i]); }
        continue;
      }
      taken[i] = true;
      var top = -1;
      var names = [];
      var ids = [];
      var bounds = L.latLngBounds([]);
      members.forEach(function (k) {
        var m = markers[k].vigilMission;
        var rank = -1;
        LEVELS.forEach(function (row, r) { if (row[0] === m.level) { rank = r; } });
        top = Math.max(top, rank);
        names.push(m.name);
        ids.push(m.id);
        bounds.extend(markers[k].getLatLng());
        if (group.hasLayer(markers[k])) { group.removeLayer(markers[k]); }
      });
      hidden += members.length;
      var fill = top >= 0 ? LEVELS[top][2] : OTHER;
      var icon = L.divIcon({
        className: 'mission-cluster',
        html: '<span style="background:' + fill + '">' + members.length + '</span>',
        iconSize: [30, 30]
      });
      var c = L.marker(bounds.getCenter(), { icon: icon, keyboard: true, title: members.length + ' missions' });
      c.bindTooltip(names.slice(0, 8).map(esc).join('<br>') + (names.length > 8 ? '<br>…' : ''));
      (function (b, marker, inside) {
        marker.on('click', function () {
          map.fitBounds(b.pad(0.5), { maxZoom: Math.min(map.getMaxZoom(), map.getZoom() + 4) });
        });
        // which missions it holds, for people's tools and the browser tests
        marker.on('add', function () {
          var node = marker.getElement();
          if (node) { node.setAttribute('data-missions', inside.join(' ')); }
        });
      })(bounds, c, ids);
      clusters.addLayer(c);
    }
    map.vigilClusters = clusters.addTo(map);
    var el = map.getContainer();
    el.dataset.clusters = String(clusters.getLayers().length);
    el.dataset.clustered = String(hidden);
  }

  /** The conflict events near the caller's missions, as their own layer (on by default). */
  function conflictEvents(map, url) {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (rows) {
        var layer = L.layerGroup(rows.map(function (e) {
          var dot = L.circleMarker([e.lat, e.lon], {
            radius: 3 + Math.min(7, Math.sqrt(e.fatalities || 0)), color: '#ffffff', weight: 1,
            fillColor: EVENT, fillOpacity: 0.85, className: 'conflict-event'
          });
          dot.bindTooltip('<strong>' + esc(e.subtype || e.type) + '</strong><br>' + esc(e.place || '') + ', ' +
            esc(e.date) + (e.fatalities ? '<br>' + e.fatalities + (e.fatalities === 1 ? ' death' : ' deaths') : ''));
          return dot;
        })).addTo(map);
        overlay(map, layer, 'Conflict events');
        map.getContainer().dataset.events = String(rows.length);
      })
      .catch(function (e) { console.error('conflict events: ' + e.message); });
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
        var all = [];
        group.eachLayer(function (l) { layers[l.vigilMission.id] = l; all.push(l); });
        map.vigilRecluster = function () { cluster(map, group, all); };
        map.on('zoomend', map.vigilRecluster);
        map.vigilRecluster();
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
          overlay(map, rings, 'Recent signals');
          el.dataset.activityRings = String(rows.length);
          // open alerts: a flag with their count north-east of the mission, coloured by the highest level among them
          var flagged = rows.filter(function (a) { return a.alerts > 0; });
          var flags = L.layerGroup(flagged.map(function (a) {
            var row = lookup(LEVELS, a.alertLevel) || [a.alertLevel, a.alertLevel, OTHER];
            var flag = L.marker([a.lat, a.lon], {
              icon: L.divIcon({
                className: 'alert-flag' + (a.unacknowledged ? ' unacknowledged' : ''),
                html: '<span style="background:' + row[2] + '">' + a.alerts + '</span>',
                iconSize: [22, 18], iconAnchor: [-6, 24]
              }),
              keyboard: false
            });
            flag.bindTooltip(esc(a.name) + ': ' + a.alerts + (a.alerts === 1 ? ' open alert' : ' open alerts') +
              (a.unacknowledged ? ', ' + a.unacknowledged + ' not acknowledged' : '') + ' (highest: ' + row[1] + ')');
            flag.on('click', function () { global.location.href = '/alerts?mission=' + encodeURIComponent(a.id); });
            return flag;
          })).addTo(map);
          overlay(map, flags, 'Open alerts');
          el.dataset.alertFlags = String(flagged.length);
        })
        .catch(function (e) { console.error('activity: ' + e.message); });
    }
    if (el.dataset.events) {
      conflictEvents(map, el.dataset.events);
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
          if (map.vigilRecluster) { map.vigilRecluster(); }
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
