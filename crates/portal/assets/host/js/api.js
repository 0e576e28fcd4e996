/*
 * api.js — the host page's calls to its own server (origin P): the emulator API under
 * /emulator/api/ (tokens per frame load, options, install state, log, faults, catalogue) and the
 * fake REST API under /rest/ for the picker dialogs, with a host-side token (frame-protocol.md §12
 * step 10). Tokens returned here stay in memory; they are never logged or put into a URL.
 */

async function request(method, url, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) {
    const error = new Error(`${method} ${url} → ${response.status}`);
    error.status = response.status;
    error.data = data;
    throw error;
  }
  return data;
}

export const api = {
  config: () => request('GET', '/emulator/api/config'),
  catalogue: () => request('GET', '/emulator/api/catalogue'),
  state: () => request('GET', '/emulator/api/state'),
  /** Mints the tokens of one frame load: {AUTH_ID, AUTH_EXPIRES, REFRESH_ID, member_id, status, ...}. */
  frame: (placement, layout) => request('POST', '/emulator/api/frame', { placement, layout }),
  /** refreshAuth: {AUTH_ID, AUTH_EXPIRES, REFRESH_ID}; rejects for an unknown refresh token. */
  refresh: (refreshToken) => request('POST', '/emulator/api/refresh', { refresh_token: refreshToken }),
  expireTokens: () => request('POST', '/emulator/api/tokens/expire'),
  faults: () => request('GET', '/emulator/api/faults'),
  setFaults: (config) => request('PUT', '/emulator/api/faults', config),
  log: (since) => request('GET', `/emulator/api/log?since=${encodeURIComponent(since)}`),
  pushLog: (kind, data) => request('POST', '/emulator/api/log', { kind, data }),
  clearLog: () => request('DELETE', '/emulator/api/log'),
  setUserOption: (name, value) => request('POST', '/emulator/api/options/user', { name, value }),
  setAppOption: (name, value) => request('POST', '/emulator/api/options/app', { name, value }),
  setInstalled: (installed) => request('POST', '/emulator/api/installed', { installed }),
  /** Forgets everything the app did in the portal; `installed` false = never installed (fresh). */
  resetApp: (installed) => request('POST', '/emulator/api/app/reset', { installed }),
  openPathAllowed: async (path) => (await request('GET', `/emulator/api/open-path?path=${encodeURIComponent(path)}`)).allowed === true,
};

let hostToken = null;

/**
 * A REST call from the host page itself (JSON body with `auth`), retried once with a fresh host
 * token when the token expired or is unknown. Resolves with the parsed envelope {result, total, ...}.
 */
export async function rest(method, params = {}) {
  for (let attempt = 0; attempt < 2; attempt++) {
    if (!hostToken) hostToken = await request('POST', '/emulator/api/host-token');
    const response = await fetch(`/rest/${encodeURIComponent(method)}.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...params, auth: hostToken.AUTH_ID }),
    });
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (response.status === 401 && attempt === 0) {
      hostToken = null;
      continue;
    }
    if (!response.ok || !data || data.error) {
      throw new Error(`${method}: ${(data && data.error) || response.status}`);
    }
    return data;
  }
  throw new Error(`${method}: unauthorised`);
}
