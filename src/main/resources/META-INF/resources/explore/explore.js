/*
 * HumStats explorer. Reads only the public API (/api/v1/...), draws with ECharts (served from a webjar), keeps the
 * view in the address bar. Structure: state (from/to the URL) -> load (API calls) -> render (charts, details, table,
 * map, downloads). Later controls (breakdown, "as of") add a state key and a query parameter; nothing else changes.
 */
(function () {
  'use strict';

  const API = '/api/v1';
  const DEFAULTS = {metric: 'idps', location: 'SYR', from: '2011-01-01', to: '2018-12-31', interval: 'year',
    policy: 'preferred', level: '', point: ''};
  const MAX_SOURCE_LINES = 8; // more lines than this cannot be read; the rest are named under the chart
  const PALETTE = ['#0b5cad', '#c2410c', '#15803d', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d'];
  const KIND_TITLES = {
    stock: 'Counts at a moment (stocks)',
    flow: 'New during each period (flows)',
    cumulative: 'Running totals'
  };
  const REASONS = {
    status_reported: 'its status is “reported”, which this view leaves out',
    status_verified: 'its status is “verified”, which this view leaves out',
    status_disputed: 'it is disputed',
    status_retracted: 'it was retracted',
    outside_window: 'its period does not lie inside this step',
    overlaps_chosen_figure: 'it overlaps a longer (or later) figure from the same source, which was counted instead',
    superseded_by_later_stock: 'a later count from the same source replaces it',
    direct_figures_preferred: 'the place has figures of its own, so figures for the places inside it are not added',
    rollup_direct_excludes_children: 'only the place’s own figures are counted (rollup=direct)',
    rollup_children_excludes_direct: 'only the places inside it are counted (rollup=children)',
    not_reachable_in_gazetteer: 'its place is not inside the chosen place in the gazetteer'
  };
  const QUALIFIER_WORDS = {exact: '', approximately: 'about ', at_least: 'at least ', at_most: 'at most ', range: ''};

  const $ = (id) => document.getElementById(id);
  const state = readState();
  const cache = {metrics: null, sources: new Map(), locations: new Map()};
  const charts = [];
  let shown = null; // what the charts show, for the downloads
  let loadSeq = 0;

  // ------------------------------------------------------------------------------------------- numbers and dates
  const whole = new Intl.NumberFormat('en');
  const oneDecimal = new Intl.NumberFormat('en', {maximumFractionDigits: 1});
  /** Numbers as people read them: 6.1 million; 120,000. */
  function fmt(v) {
    if (v === null || v === undefined) return '–';
    if (Math.abs(v) >= 1e6) return oneDecimal.format(v / 1e6) + ' million';
    return whole.format(v);
  }
  function fmtAxis(v) {
    if (Math.abs(v) >= 1e6) return oneDecimal.format(v / 1e6) + 'M';
    if (Math.abs(v) >= 1e4) return whole.format(Math.round(v / 1e3)) + 'k';
    return whole.format(v);
  }
  function fmtRange(low, high) {
    if (low === null && high === null) return '';
    if (high === null || high === undefined) return fmt(low) + ' or more';
    if (low === null || low === undefined) return 'up to ' + fmt(high);
    if (low === high) return '';
    return fmt(low) + ' to ' + fmt(high);
  }
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function fmtDate(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    return d + ' ' + MONTHS[m - 1] + ' ' + y;
  }
  function bucketLabel(p, interval) {
    const [y, m] = p.start.split('-').map(Number);
    switch (interval) {
      case 'year': return String(y);
      case 'quarter': return y + ' Q' + (Math.floor((m - 1) / 3) + 1);
      case 'month': return MONTHS[m - 1] + ' ' + y;
      default: return p.start;
    }
  }

  // ------------------------------------------------------------------------------------------- state and URL
  function readState() {
    const q = new URLSearchParams(location.search);
    const s = {};
    for (const k of Object.keys(DEFAULTS)) s[k] = q.has(k) ? q.get(k) : DEFAULTS[k];
    return s;
  }
  function viewUrl() {
    const q = new URLSearchParams();
    for (const k of Object.keys(DEFAULTS)) if (state[k] !== '' && state[k] !== null) q.set(k, state[k]);
    return location.pathname + '?' + q.toString();
  }
  function writeState() {
    history.replaceState(null, '', viewUrl());
    $('share-url').value = location.origin + viewUrl();
  }

  // ------------------------------------------------------------------------------------------- API
  async function api(path) {
    const res = await fetch(API + path, {headers: {Accept: 'application/json'}});
    if (!res.ok) {
      let detail = res.status + ' ' + res.statusText;
      try { const p = await res.json(); detail = p.detail || p.title || detail; } catch (e) { /* not JSON */ }
      throw new Error(detail);
    }
    return res.json();
  }
  /**
   * The first view's requests start as soon as this script runs (before the chart library is even parsed); load()
   * takes each answer once, later views ask afresh.
   */
  const prefetched = new Map();
  function take(path) {
    const p = prefetched.get(path);
    prefetched.delete(path);
    return p || api(path);
  }
  function prefetch(paths) {
    for (const path of paths) {
      if (prefetched.has(path)) continue;
      const p = api(path);
      p.catch(() => { /* reported where it is taken */ });
      prefetched.set(path, p);
    }
  }
  function firstViewPaths() {
    const base = {metric: state.metric, location: state.location, from: state.from, to: state.to, interval: state.interval};
    return {
      metrics: '/metrics',
      sources: '/sources?limit=10000',
      location: '/locations/' + encodeURIComponent(state.location),
      answer: '/timeseries?' + query({...base, policy: state.policy})
      // the per-source aggregate is heavier: asked after the first chart, so that it does not compete with it
    };
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
    return q.toString();
  }
  async function sourceInfo(id) {
    if (!cache.sources.size) {
      const list = await take('/sources?limit=10000');
      for (const s of list.data) cache.sources.set(s.id, s);
    }
    return cache.sources.get(id) || {id: id, name: id};
  }
  function sourceLabel(id) {
    const s = cache.sources.get(id);
    return s ? (s.acronym || s.name) : id;
  }
  async function locationInfo(code) {
    if (!cache.locations.has(code)) cache.locations.set(code, await take('/locations/' + encodeURIComponent(code)));
    return cache.locations.get(code);
  }

  function setStatus(text, isError) {
    const el = $('status');
    el.textContent = text;
    el.classList.toggle('error', !!isError);
  }

  // ------------------------------------------------------------------------------------------- controls
  async function initControls() {
    const metrics = await take('/metrics');
    cache.metrics = metrics.data || metrics;
    const select = $('metric');
    for (const m of cache.metrics) {
      const o = document.createElement('option');
      o.value = m.code;
      o.textContent = m.name;
      select.appendChild(o);
    }
    select.value = state.metric;
    $('from').value = state.from;
    $('to').value = state.to;
    $('interval').value = state.interval;
    $('policy').value = state.policy;
    $('level').value = state.level;
    for (const id of ['metric', 'from', 'to', 'interval', 'policy']) {
      $(id).addEventListener('change', () => {
        state[id] = $(id).value;
        state.point = '';
        load();
      });
    }
    $('level').addEventListener('change', () => {
      state.level = $('level').value;
      writeState();
      loadTable(++loadSeq);
    });
    initPlaceSearch();
  }

  function initPlaceSearch() {
    const input = $('place');
    const list = $('place-results');
    let timer = null;
    let lastQuery = '';
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => search(input.value.trim()), 200);
    });
    input.addEventListener('keydown', async (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        if (input.value.trim() !== lastQuery) await search(input.value.trim());
        const first = list.querySelector('button');
        if (first) first.click();
      } else if (e.key === 'ArrowDown') {
        const first = list.querySelector('button');
        if (first) { e.preventDefault(); first.focus(); }
      } else if (e.key === 'Escape') {
        list.hidden = true;
      }
    });
    list.addEventListener('keydown', (e) => {
      const buttons = [...list.querySelectorAll('button')];
      const i = buttons.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && i < buttons.length - 1) { e.preventDefault(); buttons[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? buttons[i - 1] : input).focus(); }
      if (e.key === 'Escape') { list.hidden = true; input.focus(); }
    });
    async function search(q) {
      lastQuery = q;
      if (!q) { list.hidden = true; list.replaceChildren(); return; }
      try {
        const res = await api('/locations?' + query({q: q, limit: 10}));
        if (q !== lastQuery) return;
        list.replaceChildren();
        if (!res.data.length) {
          const li = document.createElement('li');
          li.className = 'hint';
          li.textContent = 'No place matches “' + q + '”.';
          list.appendChild(li);
        }
        for (const l of res.data) {
          const li = document.createElement('li');
          const b = document.createElement('button');
          b.type = 'button';
          b.dataset.code = l.code;
          const matched = (l.aliases || []).find((a) => a.toLowerCase().includes(q.toLowerCase()) && a !== l.name);
          b.innerHTML = '';
          b.append(document.createTextNode(l.name + ' (' + l.code + ')'));
          if (matched) {
            const span = document.createElement('span');
            span.className = 'alias';
            span.textContent = ' — also called ' + matched;
            b.append(span);
          }
          b.addEventListener('click', () => {
            cache.locations.set(l.code, l);
            state.location = l.code;
            state.point = '';
            input.value = l.name;
            list.hidden = true;
            load();
          });
          li.appendChild(b);
          list.appendChild(li);
        }
        list.hidden = false;
      } catch (err) {
        setStatus('Place search failed: ' + err.message, true);
      }
    }
  }

  // ------------------------------------------------------------------------------------------- loading
  async function load() {
    const seq = ++loadSeq;
    const t0 = performance.now();
    document.body.dataset.ready = 'false';
    writeState();
    setStatus('Loading…');
    const base = {metric: state.metric, location: state.location, from: state.from, to: state.to, interval: state.interval};
    try {
      const answerP = take('/timeseries?' + query({...base, policy: state.policy}));
      const placeP = locationInfo(state.location);
      const answer = await answerP;
      if (seq !== loadSeq) return;
      const bySourceP = api('/aggregates?' + query({metric: state.metric, location: state.location, from: state.from,
        to: state.to, group_by: 'source', policy: state.policy}));
      shown = {answer: answer, perSource: new Map(), place: null, metric: metricInfo()};
      renderCharts(); // the policy's answer first: a chart as early as possible
      markFirstChart(t0);
      const place = await placeP;
      await sourceInfo('');
      if (seq !== loadSeq) return;
      shown.place = place;
      if (document.activeElement !== $('place')) $('place').value = place.name; // never over what someone is typing
      $('title').textContent = (shown.metric ? shown.metric.name : state.metric) + ' — ' + place.name;
      document.title = $('title').textContent + ' — HumStats';

      // One line per source: the sources that counted anything in the window, largest first.
      const bySource = await bySourceP;
      const totals = new Map();
      for (const r of bySource.data) if (r.source) totals.set(r.source, Math.max(totals.get(r.source) || 0, r.value || 0));
      const ordered = [...totals.keys()].sort((a, b) => totals.get(b) - totals.get(a));
      const drawn = ordered.slice(0, MAX_SOURCE_LINES);
      shown.hiddenSources = ordered.slice(MAX_SOURCE_LINES);
      const series = await Promise.all(drawn.map((s) => api('/timeseries?' + query({...base, policy: state.policy, source: s}))));
      if (seq !== loadSeq) return;
      drawn.forEach((s, i) => shown.perSource.set(s, series[i]));
      renderCharts();
      setStatus(summaryText());
      renderDownloads();
      if (state.point) await selectPoint(state.point, false);
      await loadTable(seq);
      if (seq === loadSeq) {
        document.body.dataset.ready = 'true'; // everything of this view is drawn
        if (!document.body.dataset.readyMs) document.body.dataset.readyMs = String(Math.round(performance.now()));
      }
    } catch (err) {
      if (seq === loadSeq) setStatus('Could not load this view: ' + err.message, true);
    }
  }

  function metricInfo() {
    return (cache.metrics || []).find((m) => m.code === state.metric);
  }

  /**
   * Milliseconds from the start of navigation to the first drawn chart (the policy's answer), for the benchmark
   * (bench/explore-first-chart.sh) and for the curious; readyMs marks when every source line, the table and the map
   * are drawn too.
   */
  function markFirstChart(t0) {
    if (document.body.dataset.firstChartMs) return;
    requestAnimationFrame(() => {
      const ms = Math.round(performance.now());
      document.body.dataset.firstChartMs = String(ms);
      document.body.dataset.firstChartLoadMs = String(Math.round(performance.now() - t0));
    });
  }

  function summaryText() {
    const n = shown.perSource.size;
    const kinds = shown.answer.series.length;
    if (!kinds) return 'No figures for this place, measure and period. Try a longer period or another place.';
    let text = n + (n === 1 ? ' source' : ' sources') + ' drawn';
    if (shown.hiddenSources && shown.hiddenSources.length) {
      text += '; ' + shown.hiddenSources.length + ' more not drawn (' + shown.hiddenSources.map(sourceLabel).join(', ') + ')';
    }
    return text + '.';
  }

  // ------------------------------------------------------------------------------------------- charts
  function seriesKey(s) {
    return s.kind === 'cumulative' ? 'cumulative:' + s.origin : s.kind;
  }
  function panelTitle(s) {
    if (s.kind === 'cumulative') return KIND_TITLES.cumulative + ' since ' + fmtDate(s.origin);
    return KIND_TITLES[s.kind] || s.kind;
  }

  function renderCharts() {
    for (const c of charts) c.dispose();
    charts.length = 0;
    const list = $('chart-list');
    list.replaceChildren();
    const answer = shown.answer;
    if (!answer.series.length) {
      const p = document.createElement('p');
      p.textContent = 'No figures for this place, measure and period.';
      list.appendChild(p);
      return;
    }
    // stocks first, then flows, then running totals (kinds are never mixed in one chart)
    const order = {stock: 0, flow: 1, cumulative: 2};
    // a series with no value anywhere (from the answer or any drawn source) would only be an empty frame
    const hasValues = (s) => s.points.some((p) => p.value !== null) || [...shown.perSource.values()].some((ts) =>
      ts.series.some((o) => seriesKey(o) === seriesKey(s) && o.points.some((p) => p.value !== null)));
    const sorted = answer.series.filter(hasValues).sort((a, b) => order[a.kind] - order[b.kind] || String(a.origin).localeCompare(String(b.origin)));
    sorted.forEach((s, i) => list.appendChild(renderPanel(s, i)));
  }

  function renderPanel(answerSeries, index) {
    const key = seriesKey(answerSeries);
    const interval = shown.answer.interval;
    const panel = document.createElement('section');
    panel.className = 'chart-panel';
    panel.dataset.series = key;
    const h = document.createElement('h3');
    h.id = 'panel-' + index;
    h.textContent = panelTitle(answerSeries);
    panel.appendChild(h);

    const latest = [...answerSeries.points].reverse().find((p) => p.value !== null);
    const summary = document.createElement('p');
    summary.className = 'answer';
    if (latest) {
      const range = fmtRange(latest.low, latest.high);
      summary.innerHTML = '';
      summary.append('Latest answer (' + policyWords() + ', ' + bucketLabel(latest, interval) + '): ');
      const strong = document.createElement('strong');
      strong.textContent = fmt(latest.value);
      summary.append(strong);
      summary.append((range ? ' (range ' + range + ')' : '') + ', from ' + latest.source_count +
        (latest.source_count === 1 ? ' source.' : ' sources.'));
    }
    panel.appendChild(summary);

    const el = document.createElement('div');
    el.className = 'chart';
    el.setAttribute('role', 'img');
    panel.appendChild(el);

    const labels = answerSeries.points.map((p) => bucketLabel(p, interval));
    const isFlow = answerSeries.kind === 'flow';
    const series = [];
    const legend = [];
    let colour = 0;
    for (const [source, ts] of shown.perSource) {
      const own = ts.series.find((s) => seriesKey(s) === key);
      if (!own || own.points.every((p) => p.value === null)) continue;
      const name = sourceLabel(source);
      legend.push(name);
      series.push({
        name: name, type: isFlow ? 'bar' : 'line', data: own.points.map((p) => p.value),
        connectNulls: true, symbolSize: 8, color: PALETTE[colour++ % PALETTE.length], z: 3,
        lineStyle: {width: 2.5}, emphasis: {focus: 'series'}, id: 'source:' + source
      });
    }
    const answerName = 'Answer (' + policyWords() + ')';
    legend.push(answerName);
    const lows = answerSeries.points.map((p) => (p.value === null || p.low === null || p.high === null) ? null : p.low);
    const spans = answerSeries.points.map((p, i) => lows[i] === null ? null : p.high - p.low);
    series.push({name: 'band-low', type: 'line', data: lows, stack: 'band', symbol: 'none', lineStyle: {opacity: 0},
      silent: true, tooltip: {show: false}, connectNulls: false});
    series.push({name: 'Low–high band', type: 'line', data: spans, stack: 'band', symbol: 'none', lineStyle: {opacity: 0},
      areaStyle: {color: 'rgba(17,24,39,0.14)'}, silent: true, tooltip: {show: false}, connectNulls: false});
    series.push({name: answerName, id: 'answer', type: 'line', data: answerSeries.points.map((p) => p.value),
      color: '#374151', lineStyle: {width: 2, type: 'dashed'}, symbol: 'diamond', symbolSize: 9, connectNulls: true, z: 2});

    el.setAttribute('aria-label', h.textContent + ': ' + legend.join(', ') + '. The table below the chart lists the numbers.');
    const chart = echarts.init(el, null, {renderer: 'svg'});
    chart.setOption({
      animation: false,
      aria: {enabled: true},
      grid: {left: 56, right: 16, top: 48, bottom: 32, containLabel: false},
      legend: {data: legend, top: 0, type: 'scroll'},
      tooltip: {trigger: 'axis', valueFormatter: (v) => fmt(v)},
      xAxis: {type: 'category', data: labels},
      yAxis: {type: 'value', axisLabel: {formatter: fmtAxis}},
      series: series
    });
    chart.on('click', (p) => {
      if (p.dataIndex === undefined) return;
      const source = p.seriesId && p.seriesId.startsWith('source:') ? p.seriesId.slice(7) : '';
      selectPoint(key + '@' + answerSeries.points[p.dataIndex].start + (source ? '@' + source : ''), true);
    });
    charts.push(chart);

    panel.appendChild(numbersTable(answerSeries, key, labels));
    return panel;
  }

  function policyWords() {
    return $('policy').selectedOptions[0] ? $('policy').selectedOptions[0].textContent.toLowerCase() : state.policy;
  }

  /** The chart's numbers as a table: readable without the chart, and each step selectable from the keyboard. */
  function numbersTable(answerSeries, key, labels) {
    const details = document.createElement('details');
    details.className = 'numbers';
    const summary = document.createElement('summary');
    summary.textContent = 'The numbers, step by step';
    details.appendChild(summary);
    const wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    const table = document.createElement('table');
    const sources = [...shown.perSource.entries()].map(([id, ts]) => [id, ts.series.find((s) => seriesKey(s) === key)])
      .filter(([, s]) => s && s.points.some((p) => p.value !== null));
    const head = document.createElement('tr');
    for (const t of ['Step', ...sources.map(([id]) => sourceLabel(id)), 'Answer', 'Range', '']) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = t;
      if (t && t !== 'Step') th.className = 'num';
      head.appendChild(th);
    }
    table.createTHead().appendChild(head);
    const body = table.createTBody();
    answerSeries.points.forEach((p, i) => {
      const values = sources.map(([, s]) => s.points[i].value);
      if (p.value === null && values.every((v) => v === null)) return;
      const tr = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = labels[i];
      tr.appendChild(th);
      for (const v of [...values, p.value]) {
        const td = document.createElement('td');
        td.className = 'num';
        td.textContent = fmt(v);
        tr.appendChild(td);
      }
      const range = document.createElement('td');
      range.className = 'num';
      range.textContent = fmtRange(p.low, p.high);
      tr.appendChild(range);
      const act = document.createElement('td');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'show-sources';
      b.textContent = 'Sources';
      b.setAttribute('aria-label', 'Sources for ' + labels[i]);
      b.addEventListener('click', () => selectPoint(key + '@' + p.start, true));
      act.appendChild(b);
      tr.appendChild(act);
      body.appendChild(tr);
    });
    wrap.appendChild(table);
    details.appendChild(wrap);
    return details;
  }

  // ------------------------------------------------------------------------------------------- a point's figures
  async function selectPoint(point, focus) {
    const [key, start, source] = point.split('@');
    const series = shown.answer.series.find((s) => seriesKey(s) === key);
    const p = series && series.points.find((x) => x.start === start);
    if (!p) return;
    state.point = point;
    writeState();
    const body = $('details-body');
    body.replaceChildren(textP('Loading the figures behind ' + bucketLabel(p, shown.answer.interval) + '…'));
    if (focus) $('details').focus();
    try {
      const ts = await api('/timeseries?' + query({metric: state.metric, location: state.location, from: p.start, to: p.end,
        interval: state.interval, policy: state.policy, explain: 'true'}));
      const own = ts.series.find((s) => seriesKey(s) === key);
      const point0 = own && own.points.find((x) => x.start === p.start);
      const used = point0 && point0.figures ? point0.figures.used : [];
      const excluded = point0 && point0.figures ? point0.figures.excluded : [];
      const figures = await Promise.all([...used, ...excluded.map((e) => e.id)].slice(0, 40)
        .map((id) => api('/figures/' + encodeURIComponent(id)).catch(() => null)));
      const byId = new Map(figures.filter(Boolean).map((f) => [f.id, f]));
      renderDetails(series, point0 || p, used, excluded, byId, source);
    } catch (err) {
      body.replaceChildren(textP('Could not load the figures: ' + err.message));
    }
  }

  function textP(t, cls) {
    const p = document.createElement('p');
    p.textContent = t;
    if (cls) p.className = cls;
    return p;
  }

  function renderDetails(series, p, used, excluded, byId, source) {
    const body = $('details-body');
    body.replaceChildren();
    const h = document.createElement('h3');
    h.textContent = panelTitle(series) + ', ' + bucketLabel(p, shown.answer.interval) + ' (' + fmtDate(p.start) + ' to ' +
      fmtDate(p.end) + ')';
    body.appendChild(h);
    const range = fmtRange(p.low, p.high);
    body.appendChild(textP(p.value === null ? 'No answer for this step.' :
      'Answer (' + policyWords() + '): ' + fmt(p.value) + (range ? ', range ' + range : '') + ', from ' + p.source_count +
      (p.source_count === 1 ? ' source.' : ' sources.'), 'answer'));
    const usedH = document.createElement('h4');
    usedH.textContent = 'Counted (' + used.length + ')';
    body.appendChild(usedH);
    const usedFigures = used.map((id) => byId.get(id)).filter(Boolean);
    usedFigures.sort((a, b) => (a.source === source ? -1 : 0) - (b.source === source ? -1 : 0));
    for (const f of usedFigures) body.appendChild(figureCard(f));
    if (!used.length) body.appendChild(textP('No figure counts in this step.', 'hint'));
    const exH = document.createElement('h4');
    exH.textContent = 'Left out, and why (' + excluded.length + ')';
    body.appendChild(exH);
    if (!excluded.length) body.appendChild(textP('Nothing was left out.', 'hint'));
    const ul = document.createElement('ul');
    ul.className = 'excluded';
    for (const e of excluded) {
      const f = byId.get(e.id);
      const li = document.createElement('li');
      const what = f ? sourceLabel(f.source) + ': ' + qualified(f) + ' (' + periodText(f) + ')' : e.id;
      li.append(what + ' — ' + (REASONS[e.reason] || e.reason) + '. ');
      if (f && f.document) li.append(citation(f));
      ul.appendChild(li);
    }
    body.appendChild(ul);
  }

  function qualified(f) {
    if (f.qualifier === 'range' && f.low !== null && f.high !== null) return fmt(f.low) + ' to ' + fmt(f.high);
    return (QUALIFIER_WORDS[f.qualifier] || '') + fmt(f.value);
  }
  function periodText(f) {
    if (f.kind === 'stock') return 'as of ' + fmtDate(f.period_end);
    if (f.kind === 'cumulative') return 'since ' + fmtDate(f.period_start) + ', as of ' + fmtDate(f.period_end);
    return fmtDate(f.period_start) + ' to ' + fmtDate(f.period_end);
  }

  function citation(f) {
    const span = document.createElement('span');
    span.className = 'citation';
    const d = f.document;
    const pub = d.publisher ? sourceLabel(d.publisher) : '';
    if (d.url) {
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.title;
      a.rel = 'noopener';
      span.append('“', a, '”');
    } else {
      span.append('“' + d.title + '”');
    }
    span.append([pub, d.published_on ? fmtDate(d.published_on) : 'date not given'].filter(Boolean).map((x) => ', ' + x).join('') + '.');
    return span;
  }

  function figureCard(f) {
    const card = document.createElement('article');
    card.className = 'figure-card';
    card.dataset.figure = f.id;
    const v = document.createElement('p');
    v.className = 'value';
    v.textContent = qualified(f) + ' — ' + (f.source_name || sourceLabel(f.source));
    card.appendChild(v);
    const exact = f.value >= 1e6 ? ' (' + whole.format(f.value) + ')' : '';
    card.appendChild(textP(f.kind + ', ' + periodText(f) + ', ' + (f.location_name || f.location_code) + exact +
      (f.attributed_to ? '; said by ' + f.attributed_to : '') + (f.subject ? '; counts ' + f.subject : ''), 'meta'));
    if (f.document) {
      const p = document.createElement('p');
      p.append('Published in ', citation(f));
      card.appendChild(p);
    }
    if (f.quote) {
      const q = document.createElement('blockquote');
      q.textContent = f.quote;
      card.appendChild(q);
    }
    if (f.notes) card.appendChild(textP(f.notes, 'meta'));
    return card;
  }

  // ------------------------------------------------------------------------------------------- table and map
  const COLUMNS = [
    {key: 'location_name', label: 'Place', num: false},
    {key: 'kind', label: 'Kind', num: false},
    {key: 'value', label: 'Value', num: true, text: (r) => fmt(r.value)},
    {key: 'low', label: 'Range', num: true, text: (r) => fmtRange(r.low, r.high) || '–'},
    {key: 'source_count', label: 'Sources', num: true},
    {key: 'coverage', label: 'Coverage', num: true,
      text: (r) => r.coverage ? r.coverage.with_data + ' of ' + r.coverage.total : 'own figures',
      sortValue: (r) => r.coverage ? r.coverage.with_data / Math.max(1, r.coverage.total) : 1}
  ];
  let tableRows = [];
  let sortBy = {key: 'value', dir: 'descending'};

  async function loadTable(seq) {
    try {
      const res = await api('/aggregates?' + query({metric: state.metric, location: state.location, from: state.from,
        to: state.to, level: state.level, policy: state.policy}));
      if (seq !== loadSeq) return;
      tableRows = res.data;
      $('aggregate-caption').textContent = 'Totals for ' + fmtDate(state.from) + ' to ' + fmtDate(state.to) + ' (' +
        policyWords() + '). Flows add up what happened in the period; stocks take the latest count.';
      renderTable();
      await renderMap();
    } catch (err) {
      if (seq === loadSeq) $('aggregate-caption').textContent = 'Could not load the totals: ' + err.message;
    }
  }

  function renderTable() {
    const table = $('aggregate-table');
    const head = document.createElement('tr');
    for (const c of COLUMNS) {
      const th = document.createElement('th');
      th.scope = 'col';
      if (c.num) th.className = 'num';
      th.setAttribute('aria-sort', sortBy.key === c.key ? sortBy.dir : 'none');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = c.label;
      b.addEventListener('click', () => {
        sortBy = {key: c.key, dir: sortBy.key === c.key && sortBy.dir === 'descending' ? 'ascending' : 'descending'};
        renderTable();
        table.querySelector('th[aria-sort="' + sortBy.dir + '"] button').focus();
      });
      th.appendChild(b);
      head.appendChild(th);
    }
    table.tHead.replaceChildren(head);
    const col = COLUMNS.find((c) => c.key === sortBy.key);
    const val = (r) => col.sortValue ? col.sortValue(r) : r[col.key];
    const rows = [...tableRows].sort((a, b) => {
      const x = val(a), y = val(b);
      const cmp = (x === null || x === undefined) ? 1 : (y === null || y === undefined) ? -1 :
        (typeof x === 'number' ? x - y : String(x).localeCompare(String(y)));
      return sortBy.dir === 'ascending' ? cmp : -cmp;
    });
    const body = table.tBodies[0];
    body.replaceChildren();
    if (!rows.length) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = COLUMNS.length;
      td.textContent = 'No place at this level has figures in the period.';
      tr.appendChild(td);
      body.appendChild(tr);
    }
    for (const r of rows) {
      const tr = document.createElement('tr');
      for (const c of COLUMNS) {
        const td = document.createElement(c.key === 'location_name' ? 'th' : 'td');
        if (c.key === 'location_name') td.scope = 'row';
        if (c.num) td.className = 'num';
        td.textContent = c.text ? c.text(r) : (r[c.key] === null ? '–' : String(r[c.key]));
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  }

  async function renderMap() {
    const svg = $('map');
    const place = shown.place;
    const country = place.country_code || place.code;
    let places = [];
    try {
      places = (await api('/locations?' + query({country: country, limit: 1000}))).data;
    } catch (e) { /* the map is a help, not a must */ }
    const withCoords = places.filter((l) => l.lat !== null && l.lon !== null);
    while (svg.lastChild && svg.lastChild.nodeName !== 'title') svg.removeChild(svg.lastChild);
    if (!withCoords.length) {
      $('map-caption').textContent = 'No coordinates are known for these places.';
      return;
    }
    const W = 400, H = 300, pad = 24;
    const lats = withCoords.map((l) => l.lat), lons = withCoords.map((l) => l.lon);
    const minLat = Math.min(...lats) - 0.5, maxLat = Math.max(...lats) + 0.5;
    const minLon = Math.min(...lons) - 0.5, maxLon = Math.max(...lons) + 0.5;
    const kx = Math.cos((minLat + maxLat) / 2 * Math.PI / 180); // keep east-west distances honest at this latitude
    const scale = Math.min((W - 2 * pad) / ((maxLon - minLon) * kx), (H - 2 * pad) / (maxLat - minLat));
    const x = (lon) => pad + (lon - minLon) * kx * scale;
    const y = (lat) => H - pad - (lat - minLat) * scale;
    const values = new Map();
    for (const r of tableRows) if (r.value !== null) values.set(r.location_code, Math.max(values.get(r.location_code) || 0, r.value));
    const max = Math.max(1, ...values.values());
    const ns = 'http://www.w3.org/2000/svg';
    for (const l of withCoords) {
      const v = values.get(l.code);
      const g = document.createElementNS(ns, 'g');
      const c = document.createElementNS(ns, 'circle');
      c.setAttribute('cx', x(l.lon).toFixed(1));
      c.setAttribute('cy', y(l.lat).toFixed(1));
      c.setAttribute('r', v ? (4 + 18 * Math.sqrt(v / max)).toFixed(1) : '2.5');
      c.setAttribute('fill', v ? 'rgba(11,92,173,0.45)' : '#7b8594');
      c.setAttribute('stroke', l.code === place.code ? '#c2410c' : (v ? '#0b5cad' : 'none'));
      c.setAttribute('stroke-width', l.code === place.code ? '2.5' : '1');
      const t = document.createElementNS(ns, 'title');
      t.textContent = l.name + (v ? ': ' + fmt(v) : ': no figure at this level');
      c.appendChild(t);
      g.appendChild(c);
      if (v || l.code === place.code) {
        const label = document.createElementNS(ns, 'text');
        label.setAttribute('x', (x(l.lon) + 5).toFixed(1));
        label.setAttribute('y', (y(l.lat) - 5).toFixed(1));
        label.setAttribute('font-size', '10');
        label.setAttribute('fill', '#1b1f24');
        label.textContent = l.name;
        g.appendChild(label);
      }
      svg.appendChild(g);
    }
    $('map-title').textContent = 'Map of ' + place.name + ': ' + values.size + ' places with figures';
    $('map-caption').textContent = 'Places of ' + (country === place.code ? place.name : country) +
      ' plotted from their coordinates; circle area follows the value in the table, grey dots have no figure.';
  }

  // ------------------------------------------------------------------------------------------- downloads
  function renderDownloads() {
    const metric = shown.metric || {code: state.metric, hxl: '#indicator'};
    const rows = [];
    const add = (label, src, ts) => {
      for (const s of ts.series) for (const p of s.points) {
        if (p.value === null) continue;
        rows.push([label, src, state.metric, state.location, s.kind, s.origin || '', p.start, p.end, p.value,
          p.low === null ? '' : p.low, p.high === null ? '' : p.high, p.source_count, p.carried_forward]);
      }
    };
    add('answer (' + state.policy + ')', '', shown.answer);
    for (const [src, ts] of shown.perSource) add('source', src, ts);
    const header = ['series', 'source', 'metric', 'location_code', 'kind', 'origin', 'start', 'end', 'value', 'low', 'high',
      'source_count', 'carried_forward'];
    const tag = (metric.hxl || '#indicator').split(' ')[0];
    const hxl = ['#meta+series', '#org+code', '#indicator+code', '#adm+code', '#meta+kind', '#date+origin', '#date+start',
      '#date+end', tag, tag + '+min', tag + '+max', '#meta+sources', '#meta+carried'];
    const csv = (lines) => lines.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    const name = 'humstats-' + state.metric + '-' + state.location + '-' + state.from + '-' + state.to + '-' + state.interval;
    setBlob($('download-csv'), csv([header, ...rows]), name + '.csv');
    setBlob($('download-hxl'), csv([header, hxl, ...rows]), name + '-hxl.csv');
    $('export-figures').href = API + '/exports/figures?' + query({format: 'hxl', metric: state.metric,
      location: state.location, from: state.from, to: state.to});
  }
  function csvCell(v) {
    const s = String(v);
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function setBlob(a, text, filename) {
    if (a.href && a.href.startsWith('blob:')) URL.revokeObjectURL(a.href);
    a.href = URL.createObjectURL(new Blob([text], {type: 'text/csv;charset=utf-8'}));
    a.download = filename;
  }

  window.addEventListener('resize', () => charts.forEach((c) => c.resize()));

  // ------------------------------------------------------------------------------------------- start
  prefetch(Object.values(firstViewPaths()));
  async function start() {
    try {
      await initControls();
    } catch (err) {
      setStatus('Could not reach the HumStats API: ' + err.message, true);
      return;
    }
    load();
  }
  // This script runs at the end of the body, before the deferred chart library; DOMContentLoaded comes after the
  // deferred scripts have run, so by then the library is there.
  if (window.echarts || document.readyState === 'complete') start();
  else document.addEventListener('DOMContentLoaded', start);
})();
