/* The operator page's live charts: every few seconds the page reads the pipeline's status (JSON) and redraws the
   rates per minute and the queue from its history of samples (the Content-Security-Policy allows no inline script). */
(function () {
  'use strict';
  var figures = document.getElementById('pipeline-figures');
  var ratesCanvas = document.getElementById('pipeline-rates');
  var queueCanvas = document.getElementById('pipeline-queue');
  if (!figures || !ratesCanvas || !queueCanvas || !window.Chart) { return; }
  var css = getComputedStyle(document.documentElement);
  function v(name, fallback) { return (css.getPropertyValue(name) || '').trim() || fallback; }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function clock(iso) { var d = new Date(iso); return pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()); }
  function line(label, colour, width, axis) {
    return { label: label, data: [], borderColor: colour, backgroundColor: 'transparent', borderWidth: width || 2,
      pointRadius: 0, tension: 0.2, yAxisID: axis || 'y' };
  }
  var common = { animation: false, responsive: true, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false } };
  var rates = new window.Chart(ratesCanvas, {
    type: 'line',
    data: { labels: [], datasets: [
      line('Accepted', '#2563eb', 2), line('Analysed', '#1f2937', 3),
      line('Quiet', '#94a3b8', 1.5), line('Signals', v('--level-high', '#e8731c'), 2)
    ] },
    options: Object.assign({}, common, { scales: {
      x: { ticks: { maxTicksLimit: 8 }, title: { display: true, text: 'time (UTC)' } },
      y: { min: 0, title: { display: true, text: 'items per minute' } } } })
  });
  var queue = new window.Chart(queueCanvas, {
    type: 'line',
    data: { labels: [], datasets: [
      line('Waiting', '#0f766e', 2), line('Bound', v('--level-critical', '#c8102e'), 1),
      line('Oldest waiting, s', '#7c3aed', 1.5, 'lag')
    ] },
    options: Object.assign({}, common, { scales: {
      x: { ticks: { maxTicksLimit: 8 }, title: { display: true, text: 'time (UTC)' } },
      y: { min: 0, title: { display: true, text: 'items waiting' } },
      lag: { min: 0, position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: 'seconds' } } } })
  });
  queue.setDatasetVisibility(1, false); // the bound dwarfs a healthy queue: shown on demand (click its legend)
  function set(id, value) { var el = document.getElementById(id); if (el) { el.textContent = value; } }
  function draw(status) {
    var points = status.history || [];
    var labels = points.map(function (p) { return clock(p.at); });
    rates.data.labels = labels;
    ['acceptedPerMinute', 'analysedPerMinute', 'quietPerMinute', 'signalsPerMinute'].forEach(function (key, i) {
      rates.data.datasets[i].data = points.map(function (p) { return p[key]; });
    });
    queue.data.labels = labels;
    queue.data.datasets[0].data = points.map(function (p) { return p.queueDepth; });
    queue.data.datasets[1].data = points.map(function () { return status.now.maxDepth; });
    queue.data.datasets[2].data = points.map(function (p) { return p.lagSeconds; });
    rates.update();
    queue.update();
    var now = status.now;
    set('figure-depth', now.queueDepth); set('figure-bound', now.maxDepth);
    set('figure-lag', now.lagSeconds.toFixed(1) + ' s');
    set('figure-accepted', now.accepted); set('figure-analysed', now.analysed);
    set('figure-signals', now.signals); set('figure-quiet', now.quiet);
    set('figure-refused', now.refused); set('figure-failed', now.failed);
    // what was drawn, for whoever checks the page (a browser test)
    ratesCanvas.dataset.points = String(points.length);
    ratesCanvas.dataset.analysed = String(points.reduce(function (sum, p) { return sum + p.analysedPerMinute; }, 0));
  }
  function refresh() {
    fetch(figures.dataset.status, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error('status ' + r.status); } return r.json(); })
      .then(draw)
      .catch(function () { figures.classList.add('stale'); });
  }
  refresh();
  setInterval(refresh, Math.max(2, Number(figures.dataset.every) || 5) * 1000);
})();
