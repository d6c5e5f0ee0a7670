// The dashboard's API client. The session is an HttpOnly cookie the page cannot read: every
// request carries it by itself (images too). Writes add the header the server's CSRF guard asks
// for. A 401 sends the user to the login page, keeping where they were.

const CSRF_HEADER = 'X-Hailong-Request';
// set at login, removed at logout: a 401 while it is set means the session expired
const MARKER = 'hailong.dashboard.user';
export const LOGIN_PAGE = '/dashboard/';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Leaves for the login page; reason is 'expired' or 'required'. */
export function toLogin(reason) {
  const next = location.pathname + location.search;
  location.assign(`${LOGIN_PAGE}?reason=${reason}&next=${encodeURIComponent(next)}`);
}

async function problemOf(response) {
  try { return await response.json(); } catch (notJson) { return null; }
}

async function request(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') headers[CSRF_HEADER] = '1';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401 && !url.startsWith('/api/v1/session')) {
    toLogin(localStorage.getItem(MARKER) ? 'expired' : 'required');
    throw new ApiError(401, null);
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.status === 204 ? null : response.json();
}

export function getJson(url) {
  return request('GET', url);
}

export function send(method, url, body) {
  return request(method, url, body);
}

/** A write whose body is text of another type, e.g. a CSV upload (text/csv). */
export async function sendText(method, url, text, contentType) {
  const response = await fetch(url, {
    method,
    headers: { Accept: 'application/json', [CSRF_HEADER]: '1', 'Content-Type': contentType },
    credentials: 'same-origin',
    body: text,
  });
  if (response.status === 401) {
    toLogin(localStorage.getItem(MARKER) ? 'expired' : 'required');
    throw new ApiError(401, null);
  }
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  return response.json();
}

/** Who is logged in, or null when nobody is (the caller decides what to say). */
export async function currentSession() {
  try {
    return await request('GET', '/api/v1/session');
  } catch (error) {
    if (error.status === 401) return null;
    throw error;
  }
}

/** True when a session had been opened in this browser and not closed by logging out. */
export function hadSession() {
  return localStorage.getItem(MARKER) !== null;
}

export async function logIn(username, password) {
  const session = await request('POST', '/api/v1/session', { username, password });
  localStorage.setItem(MARKER, session.username);
  return session;
}

export async function logOut() {
  localStorage.removeItem(MARKER);
  try { await request('DELETE', '/api/v1/session'); } catch (ignored) { /* the cookie dies anyway */ }
  location.assign(`${LOGIN_PAGE}?reason=logged-out`);
}

/** An address with query parameters, leaving out empty ones. */
export function withQuery(path, params) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  });
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
