// Talks to the planner's REST API with the bearer token kept in sessionStorage (per browser tab).
// Every request sends X-Requested-With (the service never sends a Basic challenge anyway).

const TOKEN = 'cisiamo.token';
const TOKEN_ID = 'cisiamo.tokenId';
const ACCOUNT = 'cisiamo.account';

/** An error answer of the API, with the problem document's detail as message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The signed-in account {username, role, comuneIstat}, or null. */
export function signedInAccount() {
  const stored = sessionStorage.getItem(ACCOUNT);
  return stored && sessionStorage.getItem(TOKEN) ? JSON.parse(stored) : null;
}

export async function signIn(username, password) {
  const response = await fetch('/api/v1/auth/tokens', {
    method: 'POST',
    headers: {
      'Authorization': 'Basic ' + base64(username + ':' + password),
      'X-Requested-With': 'fetch',
      'Content-Type': 'application/json',
      'Accept': 'application/json',
    },
    body: JSON.stringify({label: 'console'}),
  });
  if (!response.ok) {
    throw new ApiError(response.status,
        response.status === 401 ? 'Wrong username or password.' : await problemDetail(response));
  }
  const issued = await response.json();
  sessionStorage.setItem(TOKEN, issued.token);
  sessionStorage.setItem(TOKEN_ID, String(issued.id));
  sessionStorage.setItem(ACCOUNT, JSON.stringify(issued.account));
  return issued.account;
}

/** Forgets the token; {revoke: true} also revokes it on the service (Sign out), so a copy of it stops working. */
export function signOut({revoke = false} = {}) {
  const token = sessionStorage.getItem(TOKEN);
  const id = sessionStorage.getItem(TOKEN_ID);
  if (revoke && token && id) {
    fetch('/api/v1/auth/tokens/' + encodeURIComponent(id), {
      method: 'DELETE',
      headers: {'Authorization': 'Bearer ' + token, 'X-Requested-With': 'fetch'},
    }).catch(() => {});
  }
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(TOKEN_ID);
  sessionStorage.removeItem(ACCOUNT);
}

/** Sends a request with the token; answers the Response, throws ApiError on 4xx/5xx (401 also signs out). */
export async function call(method, path, {body, accept = 'application/json'} = {}) {
  const headers = {
    'Authorization': 'Bearer ' + sessionStorage.getItem(TOKEN),
    'X-Requested-With': 'fetch',
    'Accept': accept,
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
  if (response.status === 401) {
    signOut();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemDetail(response));
  }
  return response;
}

/** A JSON answer of the API. */
export async function getJson(path) {
  return (await call('GET', path)).json();
}

export async function sendJson(method, path, body) {
  return (await call(method, path, {body})).json();
}

/** Fetches a file with the token (plain links cannot carry it) and hands it to the browser as a download. */
export async function download(path, accept, fileName) {
  const blob = await (await call('GET', path, {accept})).blob();
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), {href: url, download: fileName});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    const fields = (problem.errors || []).map(error => `${error.field}: ${error.message}`).join('; ');
    return [problem.detail || problem.title, fields].filter(Boolean).join(' — ');
  } catch (notJson) {
    return `${response.status} ${response.statusText}`;
  }
}

// btoa only takes Latin-1; passwords may hold any character, so encode UTF-8 first.
function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
