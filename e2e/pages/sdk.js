/*
 * sdk.js — drives @bitrix24/b24jssdk (global B24Js, MIT) inside the emulator's app frame for the
 * fidelity tests: initializeB24Frame(), a REST call (actions.v2.call), a batch (actions.v2.batch),
 * slider.openPath and placement.bindEvent (frame-protocol.md §8). Helpers return plain JSON.
 */
(function () {
  'use strict';
  var b24 = null;
  var events = [];

  function describeError(error) {
    return { error: String((error && (error.code || error.message)) || error) };
  }

  window.sdk = {
    init: function () {
      return B24Js.initializeB24Frame().then(function (frame) {
        b24 = frame;
        var auth = b24.auth.getAuthData();
        return {
          lang: b24.getLang(), appSid: b24.getAppSid(), targetOrigin: b24.getTargetOrigin(),
          placement: b24.placement.placement, options: b24.placement.options, isAdmin: b24.auth.isAdmin,
          hasToken: !!(auth && auth.access_token), memberId: auth ? auth.member_id : null, domain: auth ? auth.domain : null,
        };
      }, describeError);
    },
    call: function (method, params) {
      return b24.actions.v2.call.make({ method: method, params: params || {} }).then(function (res) {
        return { ok: res.isSuccess, result: res.getData().result, errors: res.isSuccess ? [] : res.getErrorMessages() };
      }, describeError);
    },
    batch: function (calls) {
      return b24.actions.v2.batch.make({ calls: calls, options: { isHaltOnError: true } }).then(function (res) {
        return { ok: res.isSuccess, data: res.getData(), errors: res.isSuccess ? [] : res.getErrorMessages() };
      }, describeError);
    },
    openPath: function (url) {
      return b24.slider.openPath(b24.slider.getUrl(url)).then(function (r) { return r; }, describeError);
    },
    bindEvent: function (name) {
      return b24.placement.bindEvent(name, function (payload) { events.push({ name: name, payload: payload }); })
        .then(function () { return true; }, describeError);
    },
    events: function () { return events.slice(); },
    getInterface: function () {
      return b24.placement.getInterface().then(function (r) { return r; }, describeError);
    },
    selectUser: function () {
      return b24.dialog.selectUser().then(function (r) { return r; }, describeError);
    },
  };
  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('status').textContent = 'sdk probe ready';
  });
})();
