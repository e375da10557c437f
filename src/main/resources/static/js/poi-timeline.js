/* A person of interest's timeline: one point per item, placed at its time (a real time axis, ticks on UTC
   midnights) and at its threat level, from the data the page carries in data-points (the Content-Security-Policy
   allows no inline script). The level names come translated in data-levels. */
(function () {
  'use strict';
  var canvas = document.getElementById('poi-timeline');
  if (!canvas || !window.Chart) { return; }
  var css = getComputedStyle(document.documentElement);
  function v(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  var COLOURS = ['#94a3b8', v('--level-low', '#2e9d5b'), v('--level-moderate', '#e0b417'),
    v('--level-high', '#e8731c'), v('--level-critical', '#c8102e')];
  var levels = (canvas.dataset.levels || 'None|Low|Medium|High|Critical').split('|');
  var points = JSON.parse(canvas.dataset.points || '[]');
  var DAY = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var to = Number(canvas.dataset.to) || Date.now();
  var from = Number(canvas.dataset.from) || (to - 30 * DAY);
  var step = Math.max(1, Math.ceil((to - from) / DAY / 8)) * DAY;
  function date(ms) { var d = new Date(ms); return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()]; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function moment(ms) {
    var d = new Date(ms);
    return date(ms) + ' ' + d.getUTCFullYear() + ', ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ' UTC';
  }
  var chart = new window.Chart(canvas, {
    type: 'scatter',
    data: {
      datasets: [{
        label: canvas.dataset.title || 'Items',
        data: points.map(function (p) { return { x: p.x, y: p.y, account: p.account }; }),
        pointRadius: 6, pointHoverRadius: 8,
        pointBackgroundColor: points.map(function (p) { return COLOURS[p.y] || '#64748b'; }),
        borderColor: '#1f2937', showLine: true, borderWidth: 1
      }]
    },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: {
          title: function (items) { return items.length ? moment(items[0].parsed.x) : ''; },
          label: function (item) { return levels[item.parsed.y] + ' · ' + item.raw.account; }
        } }
      },
      scales: {
        x: {
          type: 'linear', min: from, max: to,
          ticks: {
            stepSize: step, includeBounds: false, autoSkip: false,
            callback: function (value) { return date(value); }
          }
        },
        y: {
          min: 0.5, max: 4.5,
          // one tick per threat level, named
          afterBuildTicks: function (axis) { axis.ticks = [1, 2, 3, 4].map(function (n) { return { value: n }; }); },
          ticks: { autoSkip: false, callback: function (value) { return levels[value] || ''; } }
        }
      }
    }
  });
  canvas.dataset.drawn = String(points.length);
  // the tick labels as drawn, for whoever checks the axis (a page test)
  canvas.dataset.ticks = chart.scales.x.ticks.map(function (t) { return t.label; }).join('|');
  canvas.dataset.levelTicks = chart.scales.y.ticks.map(function (t) { return t.label; }).join('|');
})();
