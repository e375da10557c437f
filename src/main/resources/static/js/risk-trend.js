/* The mission risk page's trend chart: one line per category and one for the overall score, from the history the
   page carries in data-points (the Content-Security-Policy allows no inline script). */
(function () {
  'use strict';
  var canvas = document.getElementById('risk-trend');
  if (!canvas || !window.Chart) { return; }
  var css = getComputedStyle(document.documentElement);
  function v(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  var COLOURS = {
    OVERALL: '#1f2937', TARGETED_THREATS: v('--level-critical', '#c8102e'), TERRORISM: '#7c3aed',
    POLITICAL_VIOLENCE: v('--level-high', '#e8731c'), ARMED_CONFLICT: '#2563eb', CRIME: '#0f766e'
  };
  var points = JSON.parse(canvas.dataset.points || '[]');
  var series = {};
  points.forEach(function (p) { (series[p.series] = series[p.series] || []).push({ x: p.at, y: p.score }); });
  var datasets = Object.keys(series).map(function (name) {
    return {
      label: name === 'OVERALL' ? 'Overall' : name.charAt(0) + name.slice(1).toLowerCase().replace(/_/g, ' '),
      data: series[name], stepped: true, borderColor: COLOURS[name] || '#64748b', backgroundColor: 'transparent',
      borderWidth: name === 'OVERALL' ? 3 : 1.5, pointRadius: 2
    };
  });
  var DAY = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var to = Number(canvas.dataset.to) || Date.now();
  var from = Number(canvas.dataset.from) || (to - 90 * DAY);
  // ticks on UTC midnights, a whole number of days apart, at most about eight of them
  var step = Math.max(1, Math.ceil((to - from) / DAY / 8)) * DAY;
  function date(ms) { var d = new Date(ms); return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()]; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function moment(ms) {
    var d = new Date(ms);
    return date(ms) + ' ' + d.getUTCFullYear() + ', ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
  }
  var chart = new window.Chart(canvas, {
    type: 'line',
    data: { datasets: datasets },
    options: {
      animation: false, responsive: true, maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear', min: from, max: to,
          ticks: { stepSize: step, includeBounds: false, autoSkip: false, callback: function (value) { return date(value); } }
        },
        y: { min: 0, max: 100, ticks: { stepSize: 25 }, title: { display: true, text: 'score (25 moderate · 50 high · 75 critical)' } }
      },
      plugins: { tooltip: { callbacks: { title: function (items) { return items.length ? moment(items[0].parsed.x) + ' UTC' : ''; } } } }
    }
  });
  canvas.dataset.drawn = String(datasets.length);
  // the tick labels as drawn, for whoever checks the axis (a page test)
  canvas.dataset.ticks = chart.scales.x.ticks.map(function (t) { return t.label; }).join('|');
})();
