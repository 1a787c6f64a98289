/* Solo's report.html: reads the run's JSON from #solo-data and draws it with ECharts (inlined above). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('solo-data').textContent);
  var tests = data.tests;
  var COLOURS = { passed: '#2da44e', failed: '#cf222e', 'timed-out': '#8250df', crashed: '#82071e',
    skipped: '#d4a72c', aborted: '#d4a72c', cancelled: '#8c959f' };
  /* Above this many bars the timeline draws on a canvas: an SVG element per bar gets slow. */
  var SVG_BARS = 3000;
  var TABLE_ROWS = 500;
  var hasMemory = tests.some(function (t) { return t.attempts.some(function (a) { return a.memory != null; }); });
  var colourBy = 'status';
  var visible = tests.map(function () { return true; });

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'cls') { node.className = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) { if (c != null) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }
  function seconds(ms) { return ms >= 100000 ? Math.round(ms / 1000) + 's' : (ms / 1000).toFixed(ms >= 10000 ? 1 : 3) + 's'; }
  function mib(bytes) { return (bytes / 1048576).toFixed(0) + ' MiB'; }
  function className(t) { return data.classes[t['class']]; }
  function moduleName(t) { return t.module != null ? data.modules[t.module] : ''; }
  function fullName(t) { return (moduleName(t) ? moduleName(t) + ' ' : '') + className(t) + ' ' + t.name; }
  function last(t) { return t.attempts.length ? t.attempts[t.attempts.length - 1] : null; }
  function lastMs(t) { var a = last(t); return a ? a.ms : 0; }
  function totalMs(t) { return t.attempts.reduce(function (s, a) { return s + a.ms; }, 0); }
  function peak(t) { return t.attempts.reduce(function (m, a) { return a.memory != null && a.memory > m ? a.memory : m; }, -1); }
  function statusCell(status) { return el('td', { cls: 'status st-' + status, text: status.replace('-', ' ') }); }

  /* ---- header ---- */
  document.getElementById('run-id').textContent = data.run.id;
  document.title = 'Solo run ' + data.run.id.substring(0, 8) + ' (' + data.counts.failed + ' failed)';
  document.getElementById('run-meta').textContent = 'profile ' + data.run.profile + ' · started ' +
    new Date(data.run.started).toLocaleString() + ' · ' + seconds(data.run.elapsed) + ' · ' + data.run.threads +
    ' test threads, ' + data.run.lanes + ' lanes used';
  var notes = [];
  if (data.run.cancelled) { notes.push('The run was cancelled.'); }
  if (data.run.estimated) { notes.push('This record kept no times (an older Solo wrote it): bars are laid end to end in event order.'); }
  document.getElementById('run-notes').textContent = notes.join(' ');
  [['total', data.counts.total], ['passed', data.counts.passed], ['failed', data.counts.failed], ['flaky', data.counts.flaky],
    ['skipped', data.counts.skipped], ['not-run', data.counts.notRun], ['timed-out', data.counts.timedOut]]
    .forEach(function (c) { document.getElementById('count-' + c[0]).textContent = String(c[1]); });

  /* ---- detail panel ---- */
  function show(testIndex, attemptIndex) {
    var t = tests[testIndex];
    var a = t.attempts[attemptIndex];
    document.getElementById('detail-title').textContent = fullName(t);
    document.getElementById('detail-meta').textContent = 'attempt ' + a.attempt + ' of ' + a.of + ' · ' + a.status +
      ' · ' + seconds(a.ms) + ' · slot ' + a.slot + ' · from ' + seconds(a.start) + ' to ' + seconds(a.end) +
      (a.slow ? ' · past slow-timeout' : '') + (a.memory != null ? ' · peak memory ' + mib(a.memory) : '');
    document.getElementById('detail-failure').textContent = a.failure || '(none)';
    document.getElementById('detail-output').textContent = a.output || '(no output)';
    var panel = document.getElementById('detail');
    panel.hidden = false;
  }
  document.getElementById('detail-close').addEventListener('click', function () { document.getElementById('detail').hidden = true; });

  /* ---- timeline: ECharts' custom series, one lane per slot ---- */
  var bars = [];
  tests.forEach(function (t, ti) {
    t.attempts.forEach(function (a, ai) { bars.push([a.slot, a.start, Math.max(a.end, a.start + 1), ti, ai]); });
  });
  var lanes = [];
  for (var l = 0; l < Math.max(1, data.run.lanes); l++) { lanes.push('slot ' + l); }
  var timelineNode = document.getElementById('timeline');
  timelineNode.style.height = Math.max(220, Math.min(900, lanes.length * 26 + 110)) + 'px';
  var maxMemory = Math.max.apply(null, tests.map(peak).concat([1]));
  function fill(t, a) {
    if (colourBy === 'memory' && a.memory != null) {
      var share = a.memory / maxMemory;
      return 'rgb(' + Math.round(40 + 200 * share) + ',' + Math.round(110 - 60 * share) + ',' + Math.round(220 - 180 * share) + ')';
    }
    return COLOURS[a.status] || '#8c959f';
  }
  function renderBar(params, api) {
    var lane = api.value(0);
    var from = api.coord([api.value(1), lane]);
    var to = api.coord([api.value(2), lane]);
    var height = api.size([0, 1])[1] * 0.7;
    var t = tests[api.value(3)];
    var a = t.attempts[api.value(4)];
    var shape = echarts.graphic.clipRectByRect({ x: from[0], y: from[1] - height / 2, width: Math.max(1, to[0] - from[0]), height: height },
      { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
    if (!shape) { return null; }
    var opacity = visible[api.value(3)] ? 1 : 0.15;
    var children = [{ type: 'rect', shape: shape, style: { fill: fill(t, a), opacity: opacity,
      stroke: a.slow ? '#fb8500' : null, lineWidth: a.slow ? 2 : 0 } }];
    if (a.attempt > 1 && shape.width > 4) {
      children.push({ type: 'polygon', shape: { points: [[shape.x, shape.y], [shape.x + Math.min(8, shape.width / 2), shape.y + shape.height / 2], [shape.x, shape.y + shape.height]] },
        style: { fill: '#fff', opacity: opacity } });
    }
    if (a.status === 'timed-out' && shape.width > 14) {
      children.push({ type: 'text', style: { text: '⏱', x: shape.x + shape.width - 12, y: shape.y + 1, fill: '#fff', fontSize: Math.min(12, shape.height - 2) } });
    }
    return { type: 'group', children: children };
  }
  var timeline = echarts.init(timelineNode, null, { renderer: bars.length <= SVG_BARS ? 'svg' : 'canvas' });
  timeline.setOption({
    animation: false,
    grid: { left: 70, right: 20, top: 10, bottom: 60 },
    tooltip: { confine: true, formatter: function (p) {
      var t = tests[p.value[3]];
      var a = t.attempts[p.value[4]];
      var box = document.createElement('div');
      box.appendChild(el('b', { text: t.name }));
      box.appendChild(el('div', { text: className(t) + (moduleName(t) ? ' (' + moduleName(t) + ')' : '') }));
      box.appendChild(el('div', { text: a.status + ' · ' + seconds(a.ms) + ' · attempt ' + a.attempt + ' of ' + a.of +
        (a.memory != null ? ' · ' + mib(a.memory) : '') }));
      return box.innerHTML;
    } },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' },
      { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 18, bottom: 8, labelFormatter: function (v) { return seconds(v); } }],
    xAxis: { type: 'value', min: 0, max: Math.max(1, data.run.elapsed), axisLabel: { formatter: function (v) { return seconds(v); } } },
    yAxis: { type: 'category', data: lanes, inverse: true, axisTick: { show: false } },
    series: [{ type: 'custom', name: 'attempts', renderItem: renderBar, encode: { x: [1, 2], y: 0 }, data: bars, progressive: 0 }]
  });
  timeline.on('click', function (p) { if (p.value) { show(p.value[3], p.value[4]); } });
  window.addEventListener('resize', function () { timeline.resize(); historyChart && historyChart.resize(); });

  /* ---- tables ---- */
  function table(heads, rows, empty) {
    if (!rows.length) { return el('p', { cls: 'empty', text: empty }); }
    var body = el('tbody');
    rows.slice(0, TABLE_ROWS).forEach(function (r) { body.appendChild(r); });
    var node = el('div', null, [el('table', null, [el('thead', null, [el('tr', null, heads.map(function (h) {
      return el('th', { cls: /^(Time|Tests|Passed|Failed|Flaky|Skipped|Attempts|Rate|Now|Before|Peak memory|Runs)$/.test(h) ? 'num' : '', text: h });
    }))]), body])]);
    if (rows.length > TABLE_ROWS) { node.appendChild(el('p', { cls: 'more', text: (rows.length - TABLE_ROWS) + ' more: narrow them with the filter' })); }
    return node;
  }
  function num(v) { return el('td', { cls: 'num', text: String(v) }); }
  function nameCell(t) { return el('td', { cls: 'name', title: className(t) }, [t.name]); }
  function classCell(t) { return el('td', { cls: 'name', text: className(t).replace(/^.*\./, '') + (moduleName(t) ? ' (' + moduleName(t) + ')' : ''), title: className(t) }); }
  function memoryCells(t) { return hasMemory ? [num(peak(t) >= 0 ? mib(peak(t)) : '')] : []; }
  function withMemory(heads) { return hasMemory ? heads.concat(['Peak memory']) : heads; }
  function matches(t, status, text) {
    if (status && t.status !== status) { return false; }
    if (!text) { return true; }
    var hay = (fullName(t) + ' ' + (t.reason || '')).toLowerCase();
    if (hay.indexOf(text) >= 0) { return true; }
    return t.attempts.some(function (a) { return (a.output || '').toLowerCase().indexOf(text) >= 0 || (a.failure || '').toLowerCase().indexOf(text) >= 0; });
  }
  function history(t) { return t.history ? t.history.split(',') : []; }
  function dots(t) {
    var cell = el('td', { cls: 'dots' });
    history(t).concat([{ passed: 'p', failed: 'f', flaky: 'k', skipped: 's' }[t.status] || 'n']).forEach(function (h, i, all) {
      var letter = h ? h.charAt(0) : 'none';
      cell.appendChild(el('span', { cls: 'dot-' + letter, title: i === all.length - 1 ? 'this run' : (h ? h.substring(1) + ' ms' : 'not in that run'), text: i === all.length - 1 ? '◆' : '●' }));
    });
    return cell;
  }
  var BLOCKS = '▁▂▃▄▅▆▇█';
  function spark(t) {
    var ms = history(t).filter(function (h) { return h.length > 1; }).map(function (h) { return +h.substring(1); }).concat([lastMs(t)]);
    var max = Math.max.apply(null, ms.concat([1]));
    return el('td', { cls: 'spark', title: ms.join(' ms, ') + ' ms', text: ms.map(function (v) { return BLOCKS.charAt(Math.min(7, Math.floor(v / max * 7.999))); }).join('') });
  }
  function failureDetails(t) {
    var cell = el('td');
    t.attempts.forEach(function (a, ai) {
      if (a.status === 'passed') { return; }
      var ti = tests.indexOf(t);
      var link = el('a', { href: '#timeline', text: 'attempt ' + a.attempt + ': ' + a.status + ' (' + seconds(a.ms) + ')' });
      link.addEventListener('click', function () { show(ti, ai); });
      cell.appendChild(el('details', null, [el('summary', null, [link]), el('pre', { cls: 'failure', text: a.failure || '(no exception)' }),
        el('pre', { cls: 'output', text: a.output || '(no output)' })]));
    });
    return cell;
  }
  function render() {
    var status = document.getElementById('filter-status').value;
    var text = document.getElementById('filter-text').value.trim().toLowerCase();
    var shown = tests.filter(function (t, i) { visible[i] = matches(t, status, text); return visible[i]; });
    document.getElementById('filter-count').textContent = status || text ? shown.length + ' of ' + tests.length + ' tests match' : '';
    var failed = shown.filter(function (t) { return t.status === 'failed'; });
    document.getElementById('failures-count').textContent = failed.length ? '(' + failed.length + ')' : '';
    replace('failures', table(withMemory(['Test', 'Class', 'Attempts', 'Time', 'Failure and output']), failed.map(function (t) {
      return el('tr', { 'data-status': t.status }, [nameCell(t), classCell(t), num(t.attempts.length), num(seconds(totalMs(t))), failureDetails(t)].concat(memoryCells(t)));
    }), 'No test failed.'));
    replace('flaky', table(['Test', 'Class', 'Attempts and times', 'History'], shown.filter(function (t) { return t.status === 'flaky'; }).map(function (t) {
      return el('tr', null, [nameCell(t), classCell(t), el('td', { text: t.attempts.map(function (a) { return a.status + ' ' + seconds(a.ms); }).join(' → ') }), dots(t)]);
    }), 'No flaky test.'));
    replace('slowest', table(withMemory(['Test', 'Class', 'Time', 'Durations', 'Results']), shown.filter(function (t) { return t.attempts.length; })
      .sort(function (x, y) { return lastMs(y) - lastMs(x); }).slice(0, 25).map(function (t) {
        return el('tr', null, [nameCell(t), classCell(t), num(seconds(lastMs(t))), spark(t), dots(t)].concat(memoryCells(t)));
      }), 'No test ran.'));
    replace('skipped', table(['Test', 'Class', 'Status', 'Why'], shown.filter(function (t) { return t.status === 'skipped' || t.status === 'not-run'; }).map(function (t) {
      return el('tr', null, [nameCell(t), classCell(t), statusCell(t.status), el('td', { text: t.reason || '' })]);
    }), 'Every test ran.'));
    var byClass = {};
    shown.forEach(function (t) {
      var key = moduleName(t) + '\u0000' + className(t);
      var c = byClass[key] || (byClass[key] = { module: moduleName(t), name: className(t), tests: 0, passed: 0, failed: 0, flaky: 0, skipped: 0, ms: 0 });
      /* In JUnit tests, as the counts are: a parameterized test's invocations each count. */
      var j = t.junit;
      c.tests += j[0] + j[1] + j[2] + j[3]; c.passed += j[0]; c.failed += j[1]; c.skipped += j[2] + j[3]; c.flaky += j[4];
      c.ms += totalMs(t);
    });
    var modules = data.modules.length > 0;
    replace('classes', table((modules ? ['Module'] : []).concat(['Class', 'Tests', 'Passed', 'Failed', 'Flaky', 'Skipped', 'Time']),
      Object.keys(byClass).map(function (k) { return byClass[k]; }).sort(function (x, y) { return y.failed - x.failed || y.ms - x.ms; }).map(function (c) {
        return el('tr', null, (modules ? [el('td', { text: c.module })] : []).concat([el('td', { cls: 'name', text: c.name }), num(c.tests), num(c.passed), num(c.failed), num(c.flaky), num(c.skipped), num(seconds(c.ms))]));
      }), 'No test matches.'));
    renderHistory(shown);
    timeline.setOption({ series: [{ data: bars }] });
  }
  function replace(id, node) { var box = document.getElementById(id); box.textContent = ''; box.appendChild(node); }

  /* ---- history: the store's earlier runs ---- */
  var historyChart = null;
  function renderHistory(shown) {
    var runs = data.history;
    document.getElementById('history-note').textContent = runs.length ? 'this run and the ' + runs.length + ' recorded before it' : 'no earlier run recorded in this store';
    var flaky = [];
    var slower = [];
    shown.forEach(function (t) {
      var h = history(t).filter(function (x) { return x; });
      if (!h.length) { return; }
      var unstable = h.filter(function (x) { return x.charAt(0) === 'f' || x.charAt(0) === 'k'; }).length + (t.status === 'failed' || t.status === 'flaky' ? 1 : 0);
      if (unstable) { flaky.push({ t: t, rate: unstable / (h.length + 1), runs: h.length + 1 }); }
      var before = h.filter(function (x) { return x.charAt(0) === 'p' || x.charAt(0) === 'k'; }).map(function (x) { return +x.substring(1); }).sort(function (a, b) { return a - b; });
      if (before.length && t.status === 'passed') {
        var median = before[Math.floor(before.length / 2)];
        var now = lastMs(t);
        if (now > median * 1.5 && now - median >= 100) { slower.push({ t: t, before: median, now: now }); }
      }
    });
    replace('history-flaky', table(['Test', 'Class', 'Rate', 'Runs', 'Results'], flaky.sort(function (x, y) { return y.rate - x.rate; }).map(function (f) {
      return el('tr', null, [nameCell(f.t), classCell(f.t), num(Math.round(f.rate * 100) + '%'), num(f.runs), dots(f.t)]);
    }), runs.length ? 'No test failed in the runs recorded.' : 'No history yet.'));
    replace('history-slower', table(['Test', 'Class', 'Before', 'Now', 'Durations'], slower.sort(function (x, y) { return y.now / y.before - x.now / x.before; }).map(function (s) {
      return el('tr', null, [nameCell(s.t), classCell(s.t), num(seconds(s.before)), num(seconds(s.now)), spark(s.t)]);
    }), runs.length ? 'No test got slower (1.5 times its median and 100 ms more).' : 'No history yet.'));
    var chartNode = document.getElementById('history-chart');
    if (!runs.length) { chartNode.hidden = true; return; }
    var labels = runs.map(function (r) { return r.id.substring(0, 8); }).concat(['this run']);
    var failedPerRun = labels.map(function () { return 0; });
    var flakyPerRun = labels.map(function () { return 0; });
    var seenPerRun = labels.map(function () { return 0; });
    shown.forEach(function (t) {
      history(t).concat([{ passed: 'p', failed: 'f', flaky: 'k' }[t.status] || '']).forEach(function (h, i) {
        if (!h) { return; }
        seenPerRun[i]++;
        if (h.charAt(0) === 'f') { failedPerRun[i]++; } else if (h.charAt(0) === 'k') { flakyPerRun[i]++; }
      });
    });
    historyChart = historyChart || echarts.init(chartNode, null, { renderer: 'svg' });
    historyChart.setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 50, right: 50, top: 30, bottom: 30 },
      xAxis: { type: 'category', data: labels },
      yAxis: [{ type: 'value', name: 'tests', minInterval: 1 }, { type: 'value', name: 'flaky %', max: 100 }],
      series: [{ name: 'failed', type: 'bar', stack: 'x', data: failedPerRun, itemStyle: { color: COLOURS.failed } },
        { name: 'flaky', type: 'bar', stack: 'x', data: flakyPerRun, itemStyle: { color: '#bf8700' } },
        { name: 'flaky rate', type: 'line', yAxisIndex: 1, data: flakyPerRun.map(function (f, i) { return seenPerRun[i] ? +(100 * f / seenPerRun[i]).toFixed(1) : 0; }) }]
    });
  }

  if (hasMemory) {
    document.getElementById('colour-by-label').hidden = false;
    document.getElementById('colour-by').addEventListener('change', function (e) { colourBy = e.target.value; timeline.setOption({ series: [{ data: bars }] }); });
  }
  var pending = null;
  function later() { clearTimeout(pending); pending = setTimeout(render, 150); }
  document.getElementById('filter-status').addEventListener('change', render);
  document.getElementById('filter-text').addEventListener('input', later);
  render();
  document.body.setAttribute('data-rendered', 'true');
}());
