// The wallboard: queue figures live from routing's figures stream (SSE), the centre's agents, this month's
// praise ranking (recognition-service) and the complaints nearest their deadline (ticket-service).
// No framework: the page is one table and a few lists, rewritten in place as figures arrive.
'use strict';

(() => {
  const TOKEN_KEY = 'cc.wallboard.token';
  const THRESHOLDS_KEY = 'cc.wallboard.thresholds';
  const LANG_KEY = 'cc.wallboard.lang';
  /** SL: warning below target - slWarnBelow pp, critical below target - slCritBelow pp; longest wait: warning
   *  past waitWarnFactor x the SL threshold, critical past waitCritFactor x; complaints: warning under
   *  complaintWarnHours to the deadline, critical once overdue. */
  const DEFAULT_THRESHOLDS = { slWarnBelow: 0, slCritBelow: 10, waitWarnFactor: 1, waitCritFactor: 2, complaintWarnHours: 6 };
  /** Waits before reconnecting the stream, growing with each failure in a row. */
  const RETRY_MS = [1000, 2000, 5000, 10000];
  /** Figures come every second: this long without any means the stream is dead, whatever the socket says. */
  const STALE_MS = 10000;
  const AGENTS_REFRESH_MS = 5000;
  const COMPLAINTS_REFRESH_MS = 30000;
  const PRAISE_REFRESH_MS = 60000;
  /** The launcher's ports, when routing's settings name no URL. */
  const DEFAULT_PORTS = { ticket: 8082, recognition: 8084 };
  const STATES = ['AVAILABLE', 'RESERVED', 'BUSY', 'WRAP_UP', 'NOT_READY'];

  const I18N = {
    zh: {
      title: '呼叫中心实时看板', settings: '阈值设置', logout: '退出', loginTitle: '登录',
      loginHelp: '粘贴主管（supervisor）令牌。开发环境：deploy/local/cc token supervisor', token: '令牌',
      connect: '连接', slWarn: '服务水平低于目标（百分点）即警告', slCrit: '服务水平低于目标（百分点）即严重',
      waitWarn: '最长等待超过服务水平时限的倍数即警告', waitCrit: '最长等待超过服务水平时限的倍数即严重',
      complaintWarn: '投诉距时限少于（小时）即警告', save: '保存', reset: '恢复默认', centre: '全中心', queues: '队列',
      queue: '队列', waiting: '排队', longestWait: '最长等待', slToday: '今日服务水平', slRecent: '近15分钟服务水平',
      asa: '平均应答速度', abandon: '放弃率', offeredAnswered: '呼入 / 接通', agents: '坐席', occupancy: '占用率',
      praise: '本月表扬榜', complaints: '临近时限的投诉', target: '目标', points: '分', left: '剩余', overdue: '已超时',
      unassigned: '未分配', none: '暂无', live: '实时', connecting: '连接中…', reconnecting: '重新连接中…',
      expired: '令牌无效或已过期，请重新登录', forbidden: '此令牌无权查看看板（需要 supervisor 或 admin 角色）',
      unreachable: '无法读取', noQueues: '尚无队列数据',
      AVAILABLE: '空闲', RESERVED: '振铃', BUSY: '通话', WRAP_UP: '话后', NOT_READY: '未就绪',
    },
    en: {
      title: 'Contact centre wallboard', settings: 'Thresholds', logout: 'Log out', loginTitle: 'Log in',
      loginHelp: 'Paste a supervisor token. Locally: deploy/local/cc token supervisor', token: 'Token',
      connect: 'Connect', slWarn: 'SL warning at this many points below target',
      slCrit: 'SL critical at this many points below target', waitWarn: 'Longest wait warning past this × the SL threshold',
      waitCrit: 'Longest wait critical past this × the SL threshold', complaintWarn: 'Complaint warning with fewer hours left than',
      save: 'Save', reset: 'Defaults', centre: 'Whole centre', queues: 'Queues', queue: 'Queue', waiting: 'Waiting',
      longestWait: 'Longest wait', slToday: 'SL today', slRecent: 'SL last 15 min', asa: 'ASA', abandon: 'Abandoned',
      offeredAnswered: 'Offered / answered', agents: 'Agents', occupancy: 'Occupancy', praise: 'Most praised this month',
      complaints: 'Complaints near their deadline', target: 'target', points: 'pts', left: 'left', overdue: 'overdue',
      unassigned: 'unassigned', none: 'none', live: 'live', connecting: 'connecting…', reconnecting: 'reconnecting…',
      expired: 'The token was refused or has expired: log in again',
      forbidden: 'This token may not read the wallboard (supervisor or admin role needed)', unreachable: 'unreachable',
      noQueues: 'no queue figures yet',
      AVAILABLE: 'available', RESERVED: 'ringing', BUSY: 'on call', WRAP_UP: 'wrap-up', NOT_READY: 'not ready',
    },
  };

  const $ = (sel, root = document) => root.querySelector(sel);
  const state = {
    token: sessionStorage.getItem(TOKEN_KEY),
    lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
    thresholds: loadThresholds(),
    settings: null,
    queues: new Map(),
    agentTotals: null,
    complaints: null,
    praise: null,
    names: new Map(),
    source: null,
    failures: 0,
    lastFigures: 0,
    retryTimer: null,
    polls: [],
    status: 'idle',
  };
  // For whoever watches the page (and the browser test): how many figure updates were applied.
  window.wallboard = { updates: 0 };

  const t = (key) => I18N[state.lang][key] ?? key;

  function loadThresholds() {
    try {
      return { ...DEFAULT_THRESHOLDS, ...JSON.parse(localStorage.getItem(THRESHOLDS_KEY) || '{}') };
    } catch (e) {
      return { ...DEFAULT_THRESHOLDS };
    }
  }

  // ---- formatting and levels

  function duration(seconds) {
    if (seconds == null) return '—';
    const s = Math.max(0, Math.round(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  }

  function percent(v) {
    if (v == null) return '—';
    return (Number.isInteger(v) ? v : v.toFixed(1)) + '%';
  }

  function slLevel(value, target) {
    if (value == null || target == null) return null;
    if (value < target - state.thresholds.slCritBelow) return 'crit';
    if (value < target - state.thresholds.slWarnBelow) return 'warn';
    return 'ok';
  }

  function waitLevel(seconds, threshold) {
    if (seconds == null || !threshold) return null;
    if (seconds > threshold * state.thresholds.waitCritFactor) return 'crit';
    if (seconds > threshold * state.thresholds.waitWarnFactor) return 'warn';
    return null;
  }

  /** A figure in its cell: the text, the raw value (data-value, what tests and scripts read), its level. */
  function put(el, text, value, level, note) {
    el.textContent = text;
    if (note) {
      const small = document.createElement('span');
      small.className = 'target';
      small.textContent = note;
      el.append(small);
    }
    el.dataset.value = value == null ? '' : String(value);
    if (level) el.dataset.level = level; else delete el.dataset.level;
  }

  function putStates(el, byState) {
    el.replaceChildren();
    let staffed = 0;
    for (const s of STATES) {
      const n = byState?.[s] ?? 0;
      staffed += n;
      const span = document.createElement('span');
      span.dataset.state = s;
      span.dataset.value = String(n);
      const b = document.createElement('b');
      b.textContent = String(n);
      span.append(t(s) + ' ', b);
      el.append(span);
    }
    el.dataset.value = byState ? String(staffed) : '';
  }

  // ---- the queue figures

  /** Service level, ASA and abandon rate over several queues' counters, as routing computes them for one. */
  function combine(figures) {
    const sum = (k) => figures.reduce((a, f) => a + (f?.[k] ?? 0), 0);
    const offered = sum('offered'), answered = sum('answered');
    return {
      offered, answered,
      serviceLevelPercent: answered ? 100 * sum('answeredWithinThreshold') / answered : null,
      averageSpeedOfAnswerSeconds: answered ? sum('waitMsTotal') / 1000 / answered : null,
      abandonRatePercent: offered ? 100 * sum('abandoned') / offered : null,
    };
  }

  function occupancy(stats) {
    const today = stats.today?.occupancyPercent, recent = stats.recent?.occupancyPercent;
    if (today == null && recent == null) return ['—', null];
    return [`${percent(today ?? null)} / ${percent(recent ?? null)}`, today ?? recent];
  }

  function renderQueue(stats) {
    const body = $('#queues tbody');
    let row = body.querySelector(`tr[data-queue="${CSS.escape(stats.queueId)}"]`);
    if (!row) {
      row = $('#queue-row').content.firstElementChild.cloneNode(true);
      row.dataset.queue = stats.queueId;
      const after = [...body.rows].find((r) => r.dataset.queue > stats.queueId);
      body.insertBefore(row, after ?? null);
    }
    const cell = (f) => row.querySelector(`[data-field="${f}"]`);
    const target = stats.serviceLevelTargetPercent;
    const goal = `${t('target')} ${target}% / ${stats.serviceLevelThresholdSeconds}s`;
    put(cell('queue'), stats.queueId, stats.queueId);
    put(cell('waiting'), String(stats.waiting), stats.waiting);
    put(cell('longestWait'), duration(stats.longestWaitSeconds), stats.longestWaitSeconds,
      waitLevel(stats.longestWaitSeconds, stats.serviceLevelThresholdSeconds));
    put(cell('slToday'), percent(stats.today?.serviceLevelPercent), stats.today?.serviceLevelPercent,
      slLevel(stats.today?.serviceLevelPercent, target), goal);
    put(cell('slRecent'), percent(stats.recent?.serviceLevelPercent), stats.recent?.serviceLevelPercent,
      slLevel(stats.recent?.serviceLevelPercent, target), goal);
    put(cell('asa'), duration(stats.today?.averageSpeedOfAnswerSeconds), stats.today?.averageSpeedOfAnswerSeconds);
    put(cell('abandon'), percent(stats.today?.abandonRatePercent), stats.today?.abandonRatePercent);
    const oa = cell('offeredAnswered');
    put(oa, `${stats.today?.offered ?? 0} / ${stats.today?.answered ?? 0}`, stats.today?.offered ?? 0);
    oa.dataset.answered = String(stats.today?.answered ?? 0);
    putStates(cell('agents'), stats.agentsByState);
    const [occText, occValue] = occupancy(stats);
    put(cell('occupancy'), occText, occValue);
  }

  function renderCentre() {
    const all = [...state.queues.values()];
    const tile = (f) => $(`#centre [data-field="${f}"]`);
    if (all.length === 0) return;
    const today = combine(all.map((s) => s.today));
    const recent = combine(all.map((s) => s.recent));
    // Queues keep different targets: the centre's is theirs weighted by today's offered contacts.
    const weight = all.reduce((a, s) => a + (s.today?.offered ?? 0), 0);
    const target = weight
      ? all.reduce((a, s) => a + s.serviceLevelTargetPercent * (s.today?.offered ?? 0), 0) / weight
      : all.reduce((a, s) => a + s.serviceLevelTargetPercent, 0) / all.length;
    const longest = all.filter((s) => s.longestWaitSeconds != null)
      .sort((a, b) => b.longestWaitSeconds - a.longestWaitSeconds)[0];
    const waiting = all.reduce((a, s) => a + s.waiting, 0);
    const goal = `${t('target')} ${Math.round(target)}%`;
    put(tile('waiting'), String(waiting), waiting);
    put(tile('longestWait'), duration(longest?.longestWaitSeconds), longest?.longestWaitSeconds,
      longest && waitLevel(longest.longestWaitSeconds, longest.serviceLevelThresholdSeconds));
    put(tile('slToday'), percent(round(today.serviceLevelPercent)), today.serviceLevelPercent,
      slLevel(today.serviceLevelPercent, target), goal);
    put(tile('slRecent'), percent(round(recent.serviceLevelPercent)), recent.serviceLevelPercent,
      slLevel(recent.serviceLevelPercent, target), goal);
    put(tile('asa'), duration(today.averageSpeedOfAnswerSeconds), today.averageSpeedOfAnswerSeconds);
    put(tile('abandon'), percent(round(today.abandonRatePercent)), today.abandonRatePercent);
    const oa = tile('offeredAnswered');
    put(oa, `${today.offered} / ${today.answered}`, today.offered);
    oa.dataset.answered = String(today.answered);
  }

  function round(v) {
    return v == null ? null : Math.round(v * 10) / 10;
  }

  function renderAgents() {
    // An agent serving several queues counts in each queue's figures: the centre's come from the agent list.
    const el = $('#centre [data-field="agents"]');
    if (state.agentTotals) putStates(el, state.agentTotals); else put(el, '—', null);
  }

  function onFigures(event) {
    const stats = JSON.parse(event.data);
    state.queues.set(stats.queueId, stats);
    state.lastFigures = Date.now();
    state.failures = 0;
    setStatus('live');
    renderQueue(stats);
    renderCentre();
    window.wallboard.updates++;
  }

  // ---- talking to the services

  function setStatus(s) {
    state.status = s;
    const el = $('#status');
    el.dataset.state = s === 'live' ? 'live' : s === 'error' ? 'error' : 'connecting';
    el.textContent = s === 'idle' ? '' : t(s === 'error' ? 'unreachable' : s);
  }

  async function api(url, options = {}) {
    const headers = { Accept: 'application/json', Authorization: `Bearer ${state.token}`, ...(options.headers || {}) };
    return fetch(url, { ...options, headers, cache: 'no-store' });
  }

  function baseUrl(configured, service) {
    if (configured) return configured.replace(/\/+$/, '');
    return `${location.protocol}//${location.hostname}:${DEFAULT_PORTS[service]}`;
  }

  /** A refused token ends the session: back to the login form with the reason. */
  function refused(status) {
    logout(status === 403 ? t('forbidden') : t('expired'));
  }

  async function connect() {
    clearTimeout(state.retryTimer);
    if (!state.token) return;
    setStatus(state.failures ? 'reconnecting' : 'connecting');
    let ticket;
    try {
      const r = await api('/streams/tickets', { method: 'POST' });
      if (r.status === 401 || r.status === 403) return refused(r.status);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      ticket = (await r.json()).ticket;
    } catch (e) {
      return retry();
    }
    // An EventSource cannot send the Authorization header: a single-use ticket opens the stream instead.
    const source = new EventSource(`/queues/figures/stream?ticket=${encodeURIComponent(ticket)}`);
    state.source = source;
    state.lastFigures = Date.now();
    source.addEventListener('queue-figures', onFigures);
    // Occupancy of the whole centre counts each agent once (queue figures count an agent in each of its queues).
    source.addEventListener('centre-figures', (event) => {
      const [text, value] = occupancy(JSON.parse(event.data));
      put($('#centre [data-field="occupancy"]'), text, value);
    });
    // The browser would reconnect with the same (used) ticket: close, and reconnect with a new one.
    source.onerror = () => {
      if (state.source === source) retry();
    };
  }

  function retry() {
    if (state.source) state.source.close();
    state.source = null;
    setStatus('reconnecting');
    const wait = RETRY_MS[Math.min(state.failures, RETRY_MS.length - 1)];
    state.failures++;
    clearTimeout(state.retryTimer);
    state.retryTimer = setTimeout(connect, wait);
  }

  async function loadAgents() {
    const totals = {};
    try {
      for (const s of STATES) {
        const r = await api(`/agents?state=${s}&size=1`);
        if (r.status === 401 || r.status === 403) return refused(r.status);
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        totals[s] = (await r.json()).total;
      }
      state.agentTotals = totals;
    } catch (e) {
      state.agentTotals = null;
    }
    renderAgents();
  }

  function monthInCentre() {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: state.settings.timeZone, year: 'numeric', month: '2-digit' })
      .formatToParts(new Date());
    return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
  }

  async function agentName(agentId) {
    if (!state.names.has(agentId)) {
      try {
        const r = await api(`/agents/${encodeURIComponent(agentId)}`);
        state.names.set(agentId, r.ok ? (await r.json()).name : null);
      } catch (e) {
        return null; // asked again next time
      }
    }
    return state.names.get(agentId);
  }

  async function loadPraise() {
    const url = `${baseUrl(state.settings.recognitionUrl, 'recognition')}/leaderboards/monthly/${monthInCentre()}`
      + `?top=${state.settings.topPraised}`;
    try {
      const r = await api(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const board = await r.json();
      for (const e of board.entries) e.name = await agentName(e.agentId);
      state.praise = { entries: board.entries };
    } catch (e) {
      state.praise = { error: e.message };
    }
    renderPraise();
  }

  async function loadComplaints() {
    const url = `${baseUrl(state.settings.ticketUrl, 'ticket')}/tickets?type=COMPLAINT`
      + `&dueWithin=${encodeURIComponent(state.settings.complaintsDueWithin)}&size=${state.settings.complaintsShown}`;
    try {
      const r = await api(url);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      const page = await r.json();
      state.complaints = { items: page.items, total: page.total };
    } catch (e) {
      state.complaints = { error: e.message };
    }
    renderComplaints();
  }

  function renderPraise() {
    const list = $('#praise .list');
    const note = $('#praise [data-role="note"]');
    list.replaceChildren();
    note.textContent = '';
    if (!state.praise) return;
    if (state.praise.error) {
      note.textContent = `${t('unreachable')} (${state.praise.error})`;
      return;
    }
    if (state.praise.entries.length === 0) note.textContent = t('none');
    for (const e of state.praise.entries) {
      const li = document.createElement('li');
      li.dataset.agent = e.agentId;
      li.value = e.rank;
      const points = document.createElement('span');
      points.className = 'points';
      points.textContent = `${e.points} ${t('points')}`;
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = e.name ? e.agentId : '';
      li.append(points, e.name || e.agentId, who);
      list.append(li);
    }
  }

  function renderComplaints() {
    const list = $('#complaints .list');
    const note = $('#complaints [data-role="note"]');
    list.replaceChildren();
    note.textContent = '';
    if (!state.complaints) return;
    if (state.complaints.error) {
      note.textContent = `${t('unreachable')} (${state.complaints.error})`;
      return;
    }
    if (state.complaints.items.length === 0) note.textContent = t('none');
    for (const c of state.complaints.items) {
      const li = document.createElement('li');
      li.dataset.ticket = c.id;
      li.dataset.due = c.dueAt;
      const due = document.createElement('span');
      due.className = 'due';
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = c.assignee || c.owningTeam || t('unassigned');
      li.append(due, c.subject || c.customerName || c.id, who);
      list.append(li);
    }
    tickComplaints();
  }

  /** The deadlines count down every second between two reads of the list. */
  function tickComplaints() {
    const now = Date.now();
    for (const li of document.querySelectorAll('#complaints li[data-due]')) {
      const left = (Date.parse(li.dataset.due) - now) / 1000;
      const due = li.querySelector('.due');
      due.textContent = left < 0 ? `${t('overdue')} ${duration(-left)}` : `${t('left')} ${duration(left)}`;
      const level = left < 0 ? 'crit' : left < state.thresholds.complaintWarnHours * 3600 ? 'warn' : null;
      if (level) li.dataset.level = level; else delete li.dataset.level;
    }
  }

  function tickClock() {
    const tz = state.settings?.timeZone;
    $('#clock').textContent = new Intl.DateTimeFormat(state.lang === 'zh' ? 'zh-CN' : 'en-GB',
      { timeZone: tz, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date());
    tickComplaints();
    if (state.source && Date.now() - state.lastFigures > STALE_MS) retry();
  }

  // ---- session, language, thresholds

  function poll(fn, every) {
    fn();
    state.polls.push(setInterval(fn, every));
  }

  async function start() {
    $('#login').hidden = true;
    $('#board').hidden = false;
    $('#logout').hidden = false;
    try {
      const r = await api('/wallboard/settings');
      if (r.status === 401 || r.status === 403) return refused(r.status);
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      state.settings = await r.json();
    } catch (e) {
      setStatus('error');
      state.retryTimer = setTimeout(start, RETRY_MS[RETRY_MS.length - 1]);
      return;
    }
    connect();
    poll(loadAgents, AGENTS_REFRESH_MS);
    poll(loadComplaints, COMPLAINTS_REFRESH_MS);
    poll(loadPraise, PRAISE_REFRESH_MS);
  }

  function logout(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    if (state.source) state.source.close();
    state.source = null;
    clearTimeout(state.retryTimer);
    state.polls.forEach(clearInterval);
    state.polls = [];
    state.queues.clear();
    $('#queues tbody').replaceChildren();
    $('#board').hidden = true;
    $('#logout').hidden = true;
    $('#login').hidden = false;
    $('#login-error').textContent = message || '';
    setStatus('idle');
  }

  function renderAll() {
    for (const s of state.queues.values()) renderQueue(s);
    renderCentre();
    renderAgents();
    renderPraise();
    renderComplaints();
  }

  function applyLang() {
    document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    $('#lang').textContent = state.lang === 'zh' ? 'EN' : '中文';
    setStatus(state.status);
    renderAll();
  }

  function fillThresholds() {
    const form = $('#settings-form');
    for (const [k, v] of Object.entries(state.thresholds)) form.elements[k].value = v;
  }

  $('#login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const token = $('#token').value.trim().replace(/^Bearer\s+/i, '');
    if (!token) return;
    state.token = token;
    sessionStorage.setItem(TOKEN_KEY, token);
    $('#token').value = '';
    $('#login-error').textContent = '';
    start();
  });
  $('#logout').addEventListener('click', () => logout());
  $('#lang').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANG_KEY, state.lang);
    applyLang();
  });
  $('#settings-toggle').addEventListener('click', () => {
    fillThresholds();
    $('#settings').hidden = !$('#settings').hidden;
  });
  $('#settings-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const form = e.target;
    for (const k of Object.keys(DEFAULT_THRESHOLDS)) {
      const v = Number(form.elements[k].value);
      if (Number.isFinite(v) && v >= 0) state.thresholds[k] = v;
    }
    localStorage.setItem(THRESHOLDS_KEY, JSON.stringify(state.thresholds));
    $('#settings').hidden = true;
    renderAll();
  });
  $('#settings-reset').addEventListener('click', () => {
    state.thresholds = { ...DEFAULT_THRESHOLDS };
    localStorage.removeItem(THRESHOLDS_KEY);
    fillThresholds();
    renderAll();
  });

  applyLang();
  setInterval(tickClock, 1000);
  tickClock();
  if (state.token) start(); else $('#token').focus();
})();
