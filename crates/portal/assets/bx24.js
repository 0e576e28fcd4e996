/*
 * Offline BX24.js — the portal emulator's protocol-compatible stand-in for the official library
 * at https://api.bitrix24.com/api/v1/ (which is loaded in production and never copied here: its licence
 * is unknown). Written from the project's spec, docs/reference/frame-protocol.md:
 *
 *   §3.1  window.name parsing and the immediate getInitData handshake
 *   §3.2  the init data fields and how they are stored
 *   §3.3  install / installFinish / FIRST_RUN lifecycle
 *   §4.1  child → parent wire format: colon strings, object messages for `ns:cmd`
 *   §4.3  parent → child replies: `callbackId:JSON`, callbacks never forgotten
 *   §5/§6 the parent commands each API method sends
 *   §7    the public API surface of window.BX24 (including ajaxResult / ajaxError and the limiter)
 *   §9.1  REST URL and PHP-style form encoding in a text/plain body
 *   §9.4  batch
 *   §9.5  auth refresh and error handling (faithfully: on 5xx or a non-JSON body the callback is
 *         NEVER called — the library throws inside the XHR handler, like the real one)
 *
 * The emulator's app-origin server substitutes this file for the official script URL in index.html
 * (`/__emulator/bx24.js`). It is served only by `portal emulate`, never by `portal serve`.
 */
(function (window, document) {
  'use strict';

  // ---------------------------------------------------------------------------------------------
  // §3.1 Identity from window.name: "DOMAIN|PROTOCOL|APP_SID". DOMAIN loses a default port.
  // Without DOMAIN or APP_SID the library refuses to start: BX24 = null and an Error is thrown.
  // ---------------------------------------------------------------------------------------------
  var nameParts = String(window.name || '').split('|');
  var PARAMS = {
    DOMAIN: String(nameParts[0] || '').replace(/:(80|443)$/, ''),
    PROTOCOL: parseInt(nameParts[1], 10) || 0,
    APP_SID: nameParts[2] || '',
    PATH: '',
    LANG: '',
    AUTH_ID: '',
    AUTH_EXPIRES: 0,
    REFRESH_ID: '',
    MEMBER_ID: '',
    FIRST_RUN: false,
    IS_ADMIN: false,
    INSTALL: false,
    USER_OPTIONS: {},
    APP_OPTIONS: {},
    PLACEMENT: 'DEFAULT',
    PLACEMENT_OPTIONS: {}
  };

  if (!PARAMS.DOMAIN || !PARAMS.APP_SID) {
    window.BX24 = null;
    throw new Error('Unable to initialize Bitrix24 JS library!');
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers (part of the public surface in §7: isArray, isFunction, ... proxy, bind, loadScript)
  // ---------------------------------------------------------------------------------------------
  function isFunction(v) { return typeof v === 'function'; }
  function isString(v) { return typeof v === 'string'; }
  function isArray(v) { return Array.isArray(v); }
  function isDate(v) { return v instanceof Date; }
  function isObject(v) { return v !== null && typeof v === 'object'; }
  function isPlainObject(v) { return isObject(v) && !isArray(v) && !isDate(v) && !isFileInput(v); }
  function isFileInput(v) {
    return !!v && typeof v === 'object' && typeof v.tagName === 'string' &&
      v.tagName.toUpperCase() === 'INPUT' && String(v.type).toLowerCase() === 'file';
  }
  function clone(v) {
    if (isDate(v)) { return new Date(v.getTime()); }
    if (isArray(v)) { return v.map(clone); }
    if (isPlainObject(v)) {
      var out = {};
      Object.keys(v).forEach(function (k) { out[k] = clone(v[k]); });
      return out;
    }
    return v;
  }
  function now() { return Date.now(); }

  /** The parent's origin: both postMessage target and REST host (§1, §4.1). */
  function portalOrigin() {
    return 'http' + (PARAMS.PROTOCOL ? 's' : '') + '://' + PARAMS.DOMAIN;
  }

  // ---------------------------------------------------------------------------------------------
  // §4.1 / §4.3 Messaging with the parent window.
  // ---------------------------------------------------------------------------------------------
  var callbacks = {}; // callbackId -> function; never deleted (placementBindEvent fires repeatedly)

  /** 32 characters of [0-9a-z]: never contains ':' (the parent splits on it). */
  function callbackId() {
    var alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
    var bytes = new Uint8Array(32);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var id = '';
    for (var i = 0; i < bytes.length; i++) { id += alphabet.charAt(bytes[i] % 36); }
    return id;
  }

  /**
   * Sends `command` to the parent. Namespaced commands (`im:getImTextareaContent`) travel as an
   * object {method, params, callback, appSid}; all others as the colon string
   * `command:argsJSON:callbackId:appSid` (argsJSON empty without params, callbackId empty without cb).
   */
  function sendMessage(command, params, cb) {
    var id = '';
    if (isFunction(cb)) {
      id = callbackId();
      callbacks[id] = cb;
    }
    if (String(command).indexOf(':') >= 0) {
      window.parent.postMessage({
        method: String(command),
        params: params === undefined || params === null ? '' : params,
        callback: id,
        appSid: PARAMS.APP_SID
      }, portalOrigin());
      return;
    }
    var args = params === undefined ? '' : JSON.stringify(params);
    window.parent.postMessage(command + ':' + args + ':' + id + ':' + PARAMS.APP_SID, portalOrigin());
  }

  /** §4.3: only the portal origin; split at the first ':'; empty payload → []; one argument. */
  function onMessage(event) {
    if (event.origin !== portalOrigin() || !isString(event.data)) { return; }
    var colon = event.data.indexOf(':');
    var id = colon < 0 ? event.data : event.data.substring(0, colon);
    var payload = colon < 0 ? '' : event.data.substring(colon + 1);
    var cb = callbacks[id];
    if (!cb) { return; }
    var value = [];
    if (payload.length > 0) {
      try {
        value = JSON.parse(payload);
      } catch (e) {
        return;
      }
    }
    cb.call(window, value);
  }

  // ---------------------------------------------------------------------------------------------
  // §3.2 / §3.3 Initialisation and install lifecycle.
  // ---------------------------------------------------------------------------------------------
  var initialised = false;
  var initQueue = [];
  var installQueue = [];
  var installRunning = false;
  var installStep = 0;

  function applyInitData(data) {
    data = data || {};
    PARAMS.LANG = data.LANG || PARAMS.LANG;
    if (!PARAMS.DOMAIN && data.DOMAIN) { PARAMS.DOMAIN = data.DOMAIN; }
    if (data.PROTOCOL !== undefined) { PARAMS.PROTOCOL = data.PROTOCOL; } // number; truthiness picks https
    PARAMS.PATH = data.PATH || '';
    PARAMS.AUTH_ID = data.AUTH_ID || '';
    PARAMS.AUTH_EXPIRES = now() + (parseInt(data.AUTH_EXPIRES, 10) || 0) * 1000;
    PARAMS.REFRESH_ID = data.REFRESH_ID || '';
    PARAMS.MEMBER_ID = data.MEMBER_ID || '';
    PARAMS.FIRST_RUN = !!data.FIRST_RUN;
    PARAMS.IS_ADMIN = !!data.IS_ADMIN;
    PARAMS.INSTALL = !!data.INSTALL;
    PARAMS.USER_OPTIONS = isObject(data.USER_OPTIONS) ? data.USER_OPTIONS : {};
    PARAMS.APP_OPTIONS = isObject(data.APP_OPTIONS) ? data.APP_OPTIONS : {};
    PARAMS.PLACEMENT = data.PLACEMENT || 'DEFAULT';
    PARAMS.PLACEMENT_OPTIONS = isObject(data.PLACEMENT_OPTIONS) ? data.PLACEMENT_OPTIONS : {};
  }

  function onInitData(data) {
    if (initialised) { return; }
    applyInitData(data);
    initialised = true;
    if (PARAMS.FIRST_RUN && installQueue.length > 0) {
      installRunning = true;
      installStep = 0;
      runInstallStep();
    } else {
      runInitQueue();
    }
  }

  function runInitQueue() {
    var queue = initQueue;
    initQueue = [];
    queue.forEach(function (fn) { window.setTimeout(fn, 10); });
  }

  /** Runs install handler number `installStep`; each must call BX24.installFinish() to advance. */
  function runInstallStep() {
    var handler = installQueue[installStep];
    if (isFunction(handler)) {
      window.setTimeout(handler, 10);
    } else if (isString(handler)) {
      loadScript(handler);
    }
  }

  function installFinish() {
    if (installRunning) {
      installStep += 1;
      if (installStep < installQueue.length) {
        runInstallStep();
        return;
      }
      installRunning = false;
      sendMessage('setInstall', { install: true });
      runInitQueue();
      return;
    }
    if (PARAMS.INSTALL) {
      sendMessage('setInstallFinish', {});
    }
  }

  // ---------------------------------------------------------------------------------------------
  // §3.2 / §7 Auth: getAuth, refreshAuth (one refresh at a time; waiters share it).
  // ---------------------------------------------------------------------------------------------
  function getAuth() {
    if (!PARAMS.AUTH_ID || PARAMS.AUTH_EXPIRES <= now()) { return false; }
    return {
      access_token: PARAMS.AUTH_ID,
      refresh_token: PARAMS.REFRESH_ID,
      expires_in: PARAMS.AUTH_EXPIRES, // absolute expiry in ms since the epoch (§10 item 12)
      domain: PARAMS.DOMAIN,
      member_id: PARAMS.MEMBER_ID
    };
  }

  var refreshWaiters = null;

  function refreshAuth(cb) {
    init(function () {
      if (refreshWaiters) {
        if (isFunction(cb)) { refreshWaiters.push(cb); }
        return;
      }
      refreshWaiters = isFunction(cb) ? [cb] : [];
      sendMessage('refreshAuth', {}, function (answer) {
        answer = answer || {};
        PARAMS.AUTH_ID = answer.AUTH_ID || '';
        PARAMS.REFRESH_ID = answer.REFRESH_ID || '';
        PARAMS.AUTH_EXPIRES = now() + (parseInt(answer.AUTH_EXPIRES, 10) || 0) * 1000;
        var waiters = refreshWaiters || [];
        refreshWaiters = null;
        var auth = getAuth();
        waiters.forEach(function (fn) { fn(auth); });
      });
    });
  }

  // ---------------------------------------------------------------------------------------------
  // §7 Client-side limiter: a bucket of 90 requests draining 0.002 per ms; re-check every second.
  // ---------------------------------------------------------------------------------------------
  var bucket = { size: 90, drainPerMs: 0.002, level: 0, at: now() };

  function throttle(fn) {
    var t = now();
    bucket.level = Math.max(0, bucket.level - (t - bucket.at) * bucket.drainPerMs);
    bucket.at = t;
    if (bucket.level + 1 > bucket.size) {
      window.setTimeout(function () { throttle(fn); }, 1000);
      return;
    }
    bucket.level += 1;
    fn();
  }

  // ---------------------------------------------------------------------------------------------
  // §9.1 PHP-style form encoding: a[b][c]=v, arrays as a[0]=x, empty arrays/objects as a=,
  // Date as ISO string, null/undefined as empty, file inputs as name[0]=<file name>&name[1]=<base64>.
  // ---------------------------------------------------------------------------------------------
  function prepareData(data, prefix) {
    var parts = [];
    var keys = isArray(data) ? data.map(function (_, i) { return i; }) : Object.keys(data || {});
    keys.forEach(function (key) {
      var name = prefix ? prefix + '[' + encodeURIComponent(key) + ']' : encodeURIComponent(key);
      var value = data[key];
      if (isDate(value)) {
        parts.push(name + '=' + encodeURIComponent(value.toISOString()));
      } else if (isArray(value) || isPlainObject(value)) {
        var nested = prepareData(value, name);
        parts.push(nested === '' ? name + '=' : nested);
      } else if (value === null || value === undefined || isFunction(value)) {
        parts.push(name + '=');
      } else {
        parts.push(name + '=' + encodeURIComponent(value));
      }
    });
    return parts.join('&');
  }

  /** Replaces every file input in `params` by [fileName, base64] (FileReader), then calls `done`. */
  function readFiles(params, done) {
    var pending = 0;
    var finished = false;
    function visit(holder) {
      Object.keys(holder).forEach(function (key) {
        var value = holder[key];
        if (isFileInput(value)) {
          var file = value.files && value.files[0];
          if (!file || !window.FileReader) { holder[key] = ''; return; }
          pending += 1;
          var reader = new window.FileReader();
          reader.onload = function () {
            var url = String(reader.result || '');
            holder[key] = [file.name, url.substring(url.indexOf(',') + 1)];
            pending -= 1;
            if (pending === 0 && finished) { done(params); }
          };
          reader.onerror = reader.onload;
          reader.readAsDataURL(file);
        } else if (isArray(value) || isPlainObject(value)) {
          visit(value);
        }
      });
    }
    visit(params);
    finished = true;
    if (pending === 0) { done(params); }
  }

  // ---------------------------------------------------------------------------------------------
  // §7 ajaxResult / ajaxError.
  // ---------------------------------------------------------------------------------------------
  function AjaxError(status, ex) {
    this.status = status;
    this.ex = ex;
  }
  AjaxError.prototype.getError = function () { return this.ex; };
  AjaxError.prototype.getStatus = function () { return this.status; };
  AjaxError.prototype.toString = function () {
    return this.ex.error + (this.ex.error_description ? ': ' + this.ex.error_description : '') + ' (' + this.status + ')';
  };

  function AjaxResult(answer, query, status) {
    this.answer = answer;
    this.query = query;
    this.status = status;
  }
  AjaxResult.prototype.data = function () { return this.answer.result; };
  AjaxResult.prototype.error = function () {
    if (!this.answer.error) { return undefined; }
    return new AjaxError(this.status, {
      error: this.answer.error,
      error_description: this.answer.error_description
    });
  };
  AjaxResult.prototype.error_description = function () { return this.answer.error_description; };
  AjaxResult.prototype.more = function () { return !isNaN(this.answer.next); };
  AjaxResult.prototype.total = function () { return parseInt(this.answer.total, 10); };
  AjaxResult.prototype.time = function () { return this.answer.time; };
  /** Repeats the query from `answer.next`; false when there is no next page. */
  AjaxResult.prototype.next = function (cb) {
    if (!this.more()) { return false; }
    var query = this.query;
    query.start = this.answer.next;
    if (isFunction(cb)) { query.callback = cb; }
    call(query.method, query.data, query.callback, query.start);
    return true;
  };

  // ---------------------------------------------------------------------------------------------
  // §9.1 / §9.5 callMethod: XHR POST to http(s)://DOMAIN + PATH + '/' + method + '.json' with
  // `auth` first and no Content-Type (→ text/plain, a CORS simple request).
  // ---------------------------------------------------------------------------------------------
  function callMethod(method, params, cb) {
    params = clone(params || {});
    // Faithful to the library (§9.1): a truthy user `start` is dropped; only next() pages.
    if (params.start) { delete params.start; }
    call(method, params, cb, undefined);
    return undefined;
  }

  function call(method, params, cb, start) {
    init(function () {
      throttle(function () {
        if (PARAMS.AUTH_EXPIRES <= now()) {
          refreshAuth(function () { send(method, params, cb, start); });
        } else {
          send(method, params, cb, start);
        }
      });
    });
  }

  function send(method, params, cb, start) {
    readFiles(clone(params), function (data) {
      var query = { method: method, data: params, callback: cb, start: start };
      var body = 'auth=' + encodeURIComponent(PARAMS.AUTH_ID);
      var encoded = prepareData(data);
      if (encoded) { body += '&' + encoded; }
      if (start !== undefined) { body += '&start=' + encodeURIComponent(start); }
      var url = portalOrigin() + PARAMS.PATH + '/' + encodeURIComponent(method) + '.json';
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url, true);
      xhr.onload = function () {
        var status = xhr.status;
        var acceptable = (status >= 200 && status < 300) || status === 304 || (status >= 400 && status < 500) ||
          status === 0 || status === 1223;
        if (!acceptable) { throw new Error('Query error!'); } // callback never called (§9.5)
        var answer = JSON.parse(xhr.responseText); // a non-JSON body throws: callback never called
        if (answer && answer.error === 'expired_token') {
          refreshAuth(function () { send(method, params, cb, start); });
          return;
        }
        if (isFunction(cb)) { cb(new AjaxResult(answer, query, status)); }
      };
      xhr.onerror = function () { throw new Error('Query error!'); };
      xhr.send(body);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // §9.4 callBatch: `calls` is an array or object of [method, params] or {method, params}.
  // The callback gets the same keys, each an ajaxResult (only for keys in result or result_error).
  // ---------------------------------------------------------------------------------------------
  function callBatch(calls, cb, haltOnError) {
    var keys = isArray(calls) ? calls.map(function (_, i) { return i; }) : Object.keys(calls || {});
    var cmd = isArray(calls) ? [] : {};
    var queries = {};
    keys.forEach(function (key) {
      var item = calls[key];
      var method = isArray(item) ? item[0] : item && item.method;
      var params = (isArray(item) ? item[1] : item && item.params) || {};
      if (!method) { return; }
      queries[key] = { method: method, data: params };
      cmd[key] = method + '?' + prepareData(params);
    });
    callMethod('batch', { halt: haltOnError ? 1 : 0, cmd: cmd }, function (res) {
      var out = isArray(calls) ? [] : {};
      if (!isFunction(cb)) { return; }
      var batchError = res.error();
      var data = res.data() || {};
      // Each part is keyed like `cmd` (an object, or a list for array calls); empty parts are [].
      var pick = function (part, key) {
        var bucket = data[part];
        return isObject(bucket) ? bucket[key] : undefined;
      };
      Object.keys(queries).forEach(function (key) {
        var outKey = isArray(calls) ? parseInt(key, 10) : key;
        if (batchError) {
          out[outKey] = new AjaxResult({ error: res.answer.error, error_description: res.answer.error_description },
            queries[key], res.status);
          return;
        }
        var result = pick('result', key);
        var error = pick('result_error', key);
        if (result === undefined && error === undefined) { return; }
        var answer = { result: result, total: pick('result_total', key), next: pick('result_next', key), time: pick('result_time', key) };
        if (error !== undefined) {
          answer.error = isObject(error) ? error.error : error;
          answer.error_description = isObject(error) ? error.error_description : undefined;
        }
        out[outKey] = new AjaxResult(answer, queries[key], res.status);
      });
      cb(out);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // §7 DOM helpers: ready / isReady, proxy, bind / unbind, loadScript, getScrollSize.
  // ---------------------------------------------------------------------------------------------
  var domReady = document.readyState !== 'loading';
  var readyQueue = [];
  if (!domReady) {
    document.addEventListener('DOMContentLoaded', function () {
      domReady = true;
      var queue = readyQueue;
      readyQueue = [];
      queue.forEach(function (fn) { fn(); });
    });
  }
  function ready(fn) {
    if (!isFunction(fn)) { return; }
    if (domReady) { window.setTimeout(fn, 0); } else { readyQueue.push(fn); }
  }
  function proxy(fn, context) { return function () { return fn.apply(context, arguments); }; }
  function bind(el, event, fn) { if (el && el.addEventListener) { el.addEventListener(event, fn, false); } }
  function unbind(el, event, fn) { if (el && el.removeEventListener) { el.removeEventListener(event, fn, false); } }
  function loadScript(url, cb) {
    var urls = isArray(url) ? url.slice() : [url];
    var next = function () {
      if (urls.length === 0) { if (isFunction(cb)) { cb(); } return; }
      var script = document.createElement('script');
      script.src = urls.shift();
      script.onload = next;
      script.onerror = next;
      (document.head || document.documentElement).appendChild(script);
    };
    next();
  }
  function getScrollSize() {
    var doc = document.documentElement;
    var body = document.body || doc;
    return {
      scrollWidth: Math.max(doc.scrollWidth, doc.offsetWidth, body.scrollWidth, body.offsetWidth),
      scrollHeight: Math.max(doc.scrollHeight, doc.offsetHeight, body.scrollHeight, body.offsetHeight)
    };
  }

  // ---------------------------------------------------------------------------------------------
  // §7 The public object.
  // ---------------------------------------------------------------------------------------------
  function init(fn) {
    if (!isFunction(fn)) { return; }
    if (initialised && !installRunning) { window.setTimeout(fn, 10); } else { initQueue.push(fn); }
  }

  /** Optional leading title / value arguments, then the callback (selectUser, selectAccess). */
  function splitArgs(args) {
    var list = Array.prototype.slice.call(args);
    var cb = isFunction(list[list.length - 1]) ? list.pop() : undefined;
    return { list: list, cb: cb };
  }

  var BX24 = {
    // lifecycle (§3.3)
    init: init,
    install: function (handler) { if (isFunction(handler) || isString(handler)) { installQueue.push(handler); } },
    installFinish: installFinish,
    // REST (§9)
    callMethod: callMethod,
    callBatch: callBatch,
    callBind: function (event, handler, authType, cb) {
      if (!PARAMS.IS_ADMIN) { return false; }
      callMethod('event.bind', { event: event, handler: handler, auth_type: authType }, cb);
      return true;
    },
    callUnbind: function (event, handler, authType, cb) {
      if (!PARAMS.IS_ADMIN) { return false; }
      callMethod('event.unbind', { event: event, handler: handler, auth_type: authType }, cb);
      return true;
    },
    canUse: function (feature) { return feature === 'upload' ? !!window.FileReader : false; },
    isAdmin: function () { return PARAMS.IS_ADMIN; },
    getAuth: getAuth,
    refreshAuth: refreshAuth,
    getLang: function () { return PARAMS.LANG; },
    getDomain: function () { return PARAMS.DOMAIN; },
    // frame (§5)
    resizeWindow: function (width, height, cb) {
      width = parseInt(width, 10);
      height = parseInt(height, 10);
      if (width > 0 && height > 0) { sendMessage('resizeWindow', { width: width, height: height }, cb); }
    },
    fitWindow: function (cb) {
      sendMessage('resizeWindow', { width: '100%', height: getScrollSize().scrollHeight }, cb);
    },
    reloadWindow: function (cb) { sendMessage('reloadWindow', {}, cb); },
    setTitle: function (title, cb) { sendMessage('setTitle', { title: String(title) }, cb); },
    scrollParentWindow: function (scroll, cb) {
      scroll = parseInt(scroll, 10);
      sendMessage('setScroll', { scroll: isNaN(scroll) ? 0 : scroll }, cb);
    },
    getScrollSize: getScrollSize,
    ready: ready,
    isReady: function () { return domReady; },
    proxy: proxy,
    proxyContext: function (fn, context) { return proxy(fn, context); },
    bind: bind,
    unbind: unbind,
    loadScript: loadScript,
    // dialogs (§5)
    selectUser: function () {
      var a = splitArgs(arguments);
      sendMessage('selectUser', { title: a.list[0] || '', mult: false }, a.cb);
    },
    selectUsers: function () {
      var a = splitArgs(arguments);
      sendMessage('selectUser', { title: a.list[0] || '', mult: true }, a.cb);
    },
    selectAccess: function () {
      var a = splitArgs(arguments);
      var title = isString(a.list[0]) ? a.list.shift() : '';
      var value = isArray(a.list[0]) ? a.list[0] : [];
      sendMessage('selectAccess', { title: title, value: value }, a.cb);
    },
    selectCRM: function (params, cb) {
      params = params || {};
      sendMessage('selectCRM', {
        entityType: params.entityType,
        multiple: params.multiple,
        value: params.value
      }, cb);
    },
    // sliders (§5): settings keys become bx24_<key> params
    openApplication: function () {
      var args = Array.prototype.slice.call(arguments);
      var params = isPlainObject(args[0]) ? clone(args.shift()) : {};
      var cb = isFunction(args[0]) ? args.shift() : undefined;
      var settings = isPlainObject(args[0]) ? args[0] : {};
      Object.keys(settings).forEach(function (key) { params['bx24_' + key] = settings[key]; });
      sendMessage('openApplication', params, cb);
    },
    openPath: function (path, cb) { sendMessage('openPath', { path: path }, cb); },
    closeApplication: function (cb) { sendMessage('closeApplication', undefined, cb); },
    // messenger (§5; these commands never answer)
    im: {
      callTo: function (userId, video) { sendMessage('imCallTo', { userId: userId, video: !!video }); },
      phoneTo: function (phone) { sendMessage('imPhoneTo', { phone: phone }); },
      openMessenger: function (dialogId) { sendMessage('imOpenMessenger', { dialogId: dialogId }); },
      openHistory: function (dialogId) { sendMessage('imOpenHistory', { dialogId: dialogId }); }
    },
    // placement (§6)
    placement: {
      info: function () { return { placement: PARAMS.PLACEMENT, options: PARAMS.PLACEMENT_OPTIONS }; },
      getInterface: function (cb) { sendMessage('getInterface', {}, cb); },
      call: function (command, params, cb) {
        if (BX24[command] !== undefined) { return; } // general commands cannot go through here
        sendMessage(command, params, cb);
      },
      bindEvent: function (event, cb) { sendMessage('placementBindEvent', { event: event }, cb); }
    },
    // options (§5)
    userOption: {
      get: function (name) { return PARAMS.USER_OPTIONS[name]; },
      set: function (name, value) {
        PARAMS.USER_OPTIONS[name] = value;
        sendMessage('setUserOption', { name: name, value: value });
      }
    },
    appOption: {
      get: function (name) { return PARAMS.APP_OPTIONS[name]; },
      set: function (name, value, cb) {
        if (!PARAMS.IS_ADMIN) { return; }
        sendMessage('setAppOption', { name: name, value: value }, function (options) {
          if (isObject(options) && !isArray(options)) { PARAMS.APP_OPTIONS = options; }
          if (isFunction(cb)) { cb(options); }
        });
      }
    },
    // type helpers
    isArray: isArray,
    isFunction: isFunction,
    isString: isString,
    isObject: isObject,
    isDate: isDate,
    clone: clone
  };
  BX24.callUnBind = BX24.callUnbind;

  window.BX24 = BX24;

  // §3.1: listen, then ask for the init data at once (LANG and AUTH_ID are still empty).
  window.addEventListener('message', onMessage, false);
  sendMessage('getInitData', undefined, onInitData);
})(window, document);
