/*
 * probe.js — helpers for the protocol tests, running inside the app frame next to the emulator's
 * offline BX24.js (frame-protocol.md §7). Every helper returns a Promise of plain JSON so the tests
 * can call it with frame.evaluate(). `raw()` talks the wire protocol directly (§4.1/§4.3) to check
 * exactly what the parent sends, independent of any client library.
 */
(function () {
  'use strict';
  var nameParts = String(window.name).split('|');
  var portalOrigin = (nameParts[1] === '1' ? 'https://' : 'http://') + nameParts[0];
  var appSid = nameParts[2];
  var events = [];
  var rawReplies = {};

  window.addEventListener('message', function (e) {
    if (e.origin !== portalOrigin || typeof e.data !== 'string') return;
    var colon = e.data.indexOf(':');
    var id = e.data.slice(0, colon);
    if (rawReplies[id]) rawReplies[id].push(e.data.slice(colon + 1));
  });

  function ajax(res) {
    var error = res.error();
    return {
      data: res.data(), error: error ? String(error) : null, errorCode: error ? error.getError().error : null,
      status: res.status, total: res.total(), more: res.more(), time: res.time() || null,
    };
  }

  function randomId() {
    return Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  window.probe = {
    /** What the BX24.install handler recorded. */
    installSteps: function () { return (window.probeInstallSteps || []).slice(); },
    /** Location facts: query string the form posted to, window.name, portal origin. */
    where: function () {
      return { search: location.search, name: window.name, portalOrigin: portalOrigin, appSid: appSid, origin: location.origin };
    },
    /** BX24.init → what the library knows afterwards. */
    init: function () {
      return new Promise(function (resolve) {
        BX24.init(function () {
          resolve({
            auth: BX24.getAuth(), lang: BX24.getLang(), domain: BX24.getDomain(), isAdmin: BX24.isAdmin(),
            placement: BX24.placement.info(), userOption: BX24.userOption.get('probe'),
          });
        });
      });
    },
    /** Sends one wire message and collects raw reply payloads for `waitMs`. */
    raw: function (command, params, options) {
      options = options || {};
      var id = options.callbackId === undefined ? randomId() : options.callbackId;
      var sid = options.sid === undefined ? appSid : options.sid;
      rawReplies[id] = [];
      var args = params === undefined ? '' : JSON.stringify(params);
      parent.postMessage(command + ':' + args + ':' + id + ':' + sid, portalOrigin);
      return new Promise(function (resolve) {
        setTimeout(function () {
          resolve(rawReplies[id].map(function (p) { return p === '' ? null : JSON.parse(p); }));
        }, options.waitMs || 400);
      });
    },
    /** Sends an object message {method, params, callback, appSid, requestId}; collects replies. */
    rawObject: function (method, params, requestId, waitMs) {
      var id = randomId();
      rawReplies[id] = [];
      parent.postMessage({ method: method, params: params, callback: id, appSid: appSid, requestId: requestId }, portalOrigin);
      return new Promise(function (resolve) {
        setTimeout(function () {
          resolve(rawReplies[id].map(function (p) { return p === '' ? null : JSON.parse(p); }));
        }, waitMs || 400);
      });
    },
    call: function (method, params) {
      return new Promise(function (resolve) {
        BX24.callMethod(method, params || {}, function (res) { resolve(ajax(res)); });
      });
    },
    /** callMethod that resolves null when the callback never comes (5xx: faithful BX24 behaviour). */
    callWithTimeout: function (method, params, ms) {
      return new Promise(function (resolve) {
        var done = false;
        setTimeout(function () { if (!done) { done = true; resolve(null); } }, ms);
        BX24.callMethod(method, params || {}, function (res) { if (!done) { done = true; resolve(ajax(res)); } });
      });
    },
    /** REST through fetch to /rest/<method> without the .json suffix, JSON body (b24jssdk style). */
    fetchRest: function (method, params) {
      var body = Object.assign({}, params || {}, { auth: BX24.getAuth().access_token });
      return fetch(portalOrigin + '/rest/' + method, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      }).then(function (r) { return r.json().then(function (j) { return { status: r.status, body: j }; }); });
    },
    batch: function (calls, halt) {
      return new Promise(function (resolve) {
        BX24.callBatch(calls, function (results) {
          var out = Array.isArray(results) ? [] : {};
          Object.keys(results).forEach(function (k) { out[k] = ajax(results[k]); });
          resolve(out);
        }, halt);
      });
    },
    refreshAuth: function () {
      return new Promise(function (resolve) { BX24.refreshAuth(function (auth) { resolve(auth); }); });
    },
    auth: function () { return BX24.getAuth(); },
    openPath: function (path) {
      return new Promise(function (resolve) { BX24.openPath(path, resolve); });
    },
    openApplication: function (params, settings) {
      return new Promise(function (resolve) { BX24.openApplication(params, function (r) { resolve({ closed: true, payload: r }); }, settings); });
    },
    closeApplication: function () {
      return new Promise(function (resolve) { BX24.closeApplication(function (r) { resolve({ replied: true, payload: r }); }); });
    },
    getInterface: function () {
      return new Promise(function (resolve) { BX24.placement.getInterface(resolve); });
    },
    placementCall: function (command, params) {
      return new Promise(function (resolve) { BX24.placement.call(command, params, resolve); });
    },
    /** Binds an event; every delivery is kept in events(). */
    bindEvent: function (name) {
      BX24.placement.bindEvent(name, function (payload) { events.push({ name: name, payload: payload }); });
      return true;
    },
    events: function () { return events.slice(); },
    resize: function (w, h) {
      return new Promise(function (resolve) { BX24.resizeWindow(w, h, resolve); });
    },
    fit: function () {
      return new Promise(function (resolve) { BX24.fitWindow(resolve); });
    },
    setTitle: function (title) {
      return new Promise(function (resolve) { BX24.setTitle(title, resolve); });
    },
    selectUser: function () {
      return new Promise(function (resolve) { BX24.selectUser(resolve); });
    },
    selectCRM: function (params) {
      return new Promise(function (resolve) { BX24.selectCRM(params, resolve); });
    },
    setAppOption: function (name, value) {
      return new Promise(function (resolve) { BX24.appOption.set(name, value, resolve); });
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('status').textContent = 'probe ready';
  });
})();
