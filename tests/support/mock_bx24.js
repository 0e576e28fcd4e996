/*
 * A scriptable stand-in for window.BX24 used by the wasm-bindgen-test suites (tests/web.rs and
 * crates/bx24/tests/web.rs). It mimics the BX24.js API surface (frame-protocol.md §7) without a parent
 * window: REST answers come from fixtures shaped like the REST docs (envelopes with time/total/next),
 * `batch` is evaluated command by command with `$result[...]` references, and every call is recorded
 * in `__bx24mock.calls` so tests can assert on what the app asked for.
 *
 * Configure before installing: window.__bx24mock = {
 *   placement: "CRM_DEAL_DETAIL_TAB", options: {...}, lang: "en", admin: false, domain: "acme.bitrix24.com",
 *   init: "ok" | "never" | "throw",           // "never": BX24.init never calls back
 *   fixtures: [{method, match?: {param: value}, status?: 200, answer: {...}, hang?: true}],
 *                                              // match keys may be paths: {"filter.ENTITY_ID": "DEAL_STAGE"}
 *   silent: ["resizeWindow", ...],             // commands the "portal" never answers (denied)
 *   hang: ["batch", ...],                      // REST methods BX24.callMethod never calls back for
 *   placementReplies: {command: reply},        // placement.call answers (a function gets the params)
 *   openPathAllowed: true | false
 * }
 * then eval this file. `__bx24mock.fire(event, payload)` fires a bound placement event;
 * `__bx24mock.resolveRefs(params, answers)` is the batch reference resolver (the `protocol` crate's,
 * through `window.__protocol`; exposed for its own test).
 */
(function () {
  "use strict";
  var cfg = window.__bx24mock || {};
  cfg.calls = [];
  cfg.handlers = {};
  window.__bx24mock = cfg;

  function record(name, args) {
    cfg.calls.push({ name: name, args: JSON.parse(JSON.stringify(args === undefined ? null : args)) });
  }
  function later(fn) { setTimeout(fn, 0); }
  function silent(name) { return (cfg.silent || []).indexOf(name) >= 0; }
  function time() {
    var now = Date.now() / 1000;
    return { start: now, finish: now + 0.01, duration: 0.01, processing: 0.005,
      date_start: "2026-11-24T10:00:00+00:00", date_finish: "2026-11-24T10:00:00+00:00",
      operating_reset_at: now + 600, operating: 0 };
  }

  // PHP parse_str, enough for batch command strings: a[b][c]=v, a[0]=x, a[]=x.
  // The wire rules are not written again here: the `protocol` crate, built to wasm with the test,
  // is handed in as `window.__protocol` (tests/support/protocol_glue.rs): PHP's parse_str for form
  // bodies, and the portal's `$result[...]` resolution between batch commands (CRestUtil::processBatchElement).
  function core() {
    if (!window.__protocol) throw new Error("mock_bx24.js needs window.__protocol (protocol_glue::expose)");
    return window.__protocol;
  }
  function parseQuery(query) {
    return JSON.parse(core().decodeQuery(query || ""));
  }
  function resolveRefs(value, answers) {
    return JSON.parse(core().resolveRefs(JSON.stringify(value), JSON.stringify(answers)));
  }
  cfg.resolveRefs = resolveRefs;

  function matches(fixture, params) {
    var m = fixture.match || {};
    return Object.keys(m).every(function (k) {
      // "filter.ENTITY_ID" reaches into nested parameters.
      var v = k.split(".").reduce(function (o, part) { return o == null ? undefined : o[part]; }, params);
      return v !== undefined && String(v) === String(m[k]);
    });
  }

  function lookup(method, params) {
    var list = (cfg.fixtures || []).filter(function (f) { return f.method === method && matches(f, params); });
    if (!list.length) {
      return { status: 404, answer: { error: "ERROR_METHOD_NOT_FOUND", error_description: "No fixture for " + method + " " + JSON.stringify(params) } };
    }
    var f = list[0];
    var answer = JSON.parse(JSON.stringify(f.answer));
    if (answer.result !== undefined && !answer.time) answer.time = time();
    return { status: f.status || 200, answer: answer, hang: !!f.hang };
  }

  function runBatch(params) {
    var out = { result: {}, result_error: {}, result_total: {}, result_next: {}, result_time: {} };
    var halt = String(params.halt) === "1" || params.halt === true;
    var cmd = params.cmd || {};
    var stop = false;
    Object.keys(cmd).forEach(function (name) {
      if (stop) return;
      var text = String(cmd[name]);
      var q = text.indexOf("?");
      var method = q < 0 ? text : text.slice(0, q);
      var sub = resolveRefs(parseQuery(q < 0 ? "" : text.slice(q + 1)), out);
      record("batch:" + method, sub);
      var r = lookup(method, sub);
      if (r.answer.error) {
        out.result_error[name] = { error: r.answer.error, error_description: r.answer.error_description || "" };
        if (halt) stop = true;
      } else {
        out.result[name] = r.answer.result;
        if (r.answer.total !== undefined) out.result_total[name] = r.answer.total;
        if (r.answer.next !== undefined) out.result_next[name] = r.answer.next;
        out.result_time[name] = r.answer.time;
      }
    });
    ["result", "result_error", "result_total", "result_next", "result_time"].forEach(function (k) {
      if (!Object.keys(out[k]).length) out[k] = [];
    });
    return { status: 200, answer: { result: out, time: time() } };
  }

  function ajaxResult(r) {
    return {
      answer: r.answer, status: r.status,
      data: function () { return r.answer.result; },
      error: function () { return r.answer.error ? { getError: function () { return r.answer; }, getStatus: function () { return r.status; }, toString: function () { return r.answer.error + ": " + r.answer.error_description + " (" + r.status + ")"; } } : undefined; },
      more: function () { return !isNaN(r.answer.next); },
      total: function () { return parseInt(r.answer.total, 10); },
    };
  }

  var auth = { access_token: "mock-access-token", refresh_token: "mock-refresh-token", expires_in: Date.now() + 3600 * 1000,
    domain: cfg.domain || "acme.bitrix24.com", member_id: "0123456789abcdef0123456789abcdef" };
  var userOptions = Object.assign({}, cfg.userOptions || {});
  var appOptions = Object.assign({}, cfg.appOptions || {});

  function answerCommand(name, args, cb, reply) {
    record(name, args);
    if (silent(name) || typeof cb !== "function") return;
    later(function () { cb(reply); });
  }

  window.BX24 = {
    init: function (cb) {
      record("init", null);
      if (cfg.init === "throw") throw new Error("BX24 mock: init failed");
      if (cfg.init === "never") return;
      later(cb);
    },
    install: function (cb) { record("install", null); later(cb); },
    installFinish: function () { record("installFinish", null); },
    isAdmin: function () { return !!cfg.admin; },
    getLang: function () { return cfg.lang || "en"; },
    getDomain: function () { return cfg.domain || "acme.bitrix24.com"; },
    getAuth: function () { return Object.assign({}, auth); },
    refreshAuth: function (cb) {
      record("refreshAuth", null);
      auth.access_token = "mock-access-token-" + cfg.calls.length;
      auth.expires_in = Date.now() + 3600 * 1000;
      if (silent("refreshAuth")) return;
      later(function () { cb(Object.assign({}, auth)); });
    },
    callMethod: function (method, params, cb) {
      record("callMethod", { method: method, params: params });
      if ((cfg.hang || []).indexOf(method) >= 0) return;
      var r = method === "batch" ? runBatch(params || {}) : lookup(method, params || {});
      // Like BX24.js: no callback at all for 5xx answers, and none for a hanging call.
      if (r.hang || r.status >= 500) return;
      later(function () { cb(ajaxResult(r)); });
    },
    callBatch: function (calls, cb, halt) {
      record("callBatch", { calls: calls, halt: !!halt });
      var out = Array.isArray(calls) ? [] : {};
      Object.keys(calls).forEach(function (k) {
        var c = calls[k];
        var method = Array.isArray(c) ? c[0] : c.method;
        var params = Array.isArray(c) ? c[1] : c.params;
        out[k] = ajaxResult(lookup(method, params || {}));
      });
      later(function () { cb(out); });
    },
    resizeWindow: function (w, h, cb) { answerCommand("resizeWindow", { width: w, height: h }, cb, { width: w, height: h }); },
    fitWindow: function (cb) {
      answerCommand("fitWindow", { width: "100%", height: document.documentElement.scrollHeight }, cb,
        { width: 800, height: document.documentElement.scrollHeight });
    },
    reloadWindow: function (cb) { record("reloadWindow", null); },
    setTitle: function (title, cb) { answerCommand("setTitle", { title: title }, cb, { title: title }); },
    scrollParentWindow: function (scroll, cb) { answerCommand("setScroll", { scroll: scroll }, cb, { scroll: scroll }); },
    openApplication: function (params, cb, settings) {
      record("openApplication", { params: params, settings: settings || null });
      if (cfg.closeSliderImmediately) later(cb);
    },
    closeApplication: function (cb) { answerCommand("closeApplication", null, cb, undefined); },
    openPath: function (path, cb) {
      var allowed = cfg.openPathAllowed !== false &&
        /^\/(crm\/(deal|lead|contact|company|type)|marketplace|company\/personal\/user\/[0-9]+|workgroups\/group\/[0-9]+)\//.test(path);
      answerCommand("openPath", { path: path }, cb, allowed ? { result: "close" } : { result: "error", errorCode: "PATH_NOT_AVAILABLE" });
    },
    selectUser: function (title, cb) { answerCommand("selectUser", { title: title }, cb, cfg.selectedUser); },
    selectUsers: function (title, cb) { answerCommand("selectUsers", { title: title }, cb, cfg.selectedUsers || []); },
    selectAccess: function (title, value, cb) { answerCommand("selectAccess", { title: title, value: value }, cb, cfg.selectedAccess || []); },
    selectCRM: function (params, cb) { answerCommand("selectCRM", params, cb, cfg.selectedCrm || {}); },
    placement: {
      info: function () { return { placement: cfg.placement || "DEFAULT", options: cfg.options === undefined ? {} : cfg.options }; },
      getInterface: function (cb) { answerCommand("getInterface", null, cb, cfg.interface || { command: [], event: [] }); },
      call: function (command, params, cb) {
        var replies = cfg.placementReplies || {};
        // Repeating callbacks of the built-in activity interface: kept so a test can press a button.
        if (/^bind.*Callback$/.test(command)) {
          record("placement.call:" + command, params);
          cfg.callbacks[command] = (cfg.callbacks[command] || []).concat([{ params: params, cb: cb }]);
          return;
        }
        var reply = replies[command];
        // A function reply computes the answer from the params (e.g. echoes a requestId).
        if (typeof reply === "function") reply = reply(params);
        answerCommand("placement.call:" + command, params, cb, reply === undefined ? [] : reply);
      },
      bindEvent: function (event, cb) { record("placement.bindEvent", { event: event }); cfg.handlers[event] = cb; },
    },
    userOption: {
      get: function (name) { return userOptions[name]; },
      set: function (name, value) { record("setUserOption", { name: name, value: value }); userOptions[name] = value; },
    },
    appOption: {
      get: function (name) { return appOptions[name]; },
      set: function (name, value, cb) { appOptions[name] = value; answerCommand("setAppOption", { name: name, value: value }, cb, appOptions); },
    },
    im: {
      callTo: function (userId, video) { record("imCallTo", { userId: userId, video: video }); },
      phoneTo: function (phone) { record("imPhoneTo", { phone: phone }); },
      openMessenger: function (dialogId) { record("imOpenMessenger", { dialogId: dialogId }); },
      openHistory: function (dialogId) { record("imOpenHistory", { dialogId: dialogId }); },
    },
  };

  cfg.callbacks = {};
  /** Answers every callback registered with `command` (all blocks or `payload.id`'s block). */
  cfg.callBack = function (command, payload) {
    var n = 0;
    (cfg.callbacks[command] || []).forEach(function (c) {
      var block = c.params;
      if (typeof c.cb !== "function") return;
      if (block !== null && block !== undefined && payload && payload.id !== block) return;
      c.cb(payload === undefined ? [] : payload);
      n += 1;
    });
    return n;
  };
  cfg.fire = function (event, payload) {
    var handler = cfg.handlers[event];
    if (handler) handler(payload);
    return !!handler;
  };
  cfg.count = function (name) {
    return cfg.calls.filter(function (c) { return c.name === name; }).length;
  };
})();
