// Talks to the planner's REST API with the bearer token kept in sessionStorage (per browser tab).
// Every request sends X-Requested-With (the service never sends a Basic challenge anyway).

import {$, say} from '../shared/dom.js';
import {lang, t} from '../shared/i18n.js';

const TOKEN = 'cisiamo.token';
const TOKEN_ID = 'cisiamo.tokenId';
const ACCOUNT = 'cisiamo.account';

/** An error answer of the API, with the problem document's detail as message. */
export class ApiError extends Error {
  /** @param problem the problem document: its field errors [{field, message, line}] and type */
  constructor(status, message, problem = {}) {
    super(message);
    this.status = status;
    this.errors = problem.errors || [];
    this.type = problem.type;
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
      'Accept-Language': lang(),
    },
    body: JSON.stringify({label: 'console'}),
  });
  if (!response.ok) {
    throw new ApiError(response.status,
        response.status === 401 ? t('wrongPassword') : await problemDetail(response));
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

/**
 * Wires a page's sign-in form (#sign-in-form with #username and #password) and its #sign-out button;
 * {@code showView} then shows the page as the (no longer) signed-in account sees it.
 */
export function wireSignInAndOut(guarded, showView) {
  $('sign-in-form').addEventListener('submit', guarded(async () => {
    await signIn($('username').value, $('password').value);
    $('sign-in-form').reset();
    say('');
    showView();
  }));
  $('sign-out').addEventListener('click', guarded(async () => {
    signOut({revoke: true});
    say(t('signedOut'));
    showView();
  }));
}

/**
 * Sends a request with the token; answers the Response, throws ApiError on 4xx/5xx (401 also signs out). With
 * ifMatch (see eTagOf) a change applies only to the version read: else 412, someone changed it since.
 */
export async function call(method, path, {body, accept = 'application/json', ifMatch} = {}) {
  const headers = {
    'Authorization': 'Bearer ' + sessionStorage.getItem(TOKEN),
    'X-Requested-With': 'fetch',
    'Accept': accept,
    'Accept-Language': lang(),
  };
  if (ifMatch !== undefined) {
    headers['If-Match'] = ifMatch;
  }
  if (body !== undefined) {
    headers['Content-Type'] = body instanceof Blob ? body.type : 'application/json';
  }
  const sent = body === undefined || body instanceof Blob ? body : JSON.stringify(body);
  const response = await fetch(path, {method, headers, body: sent});
  if (response.status === 401) {
    signOut();
  }
  if (!response.ok) {
    const problem = await problemOf(response);
    throw new ApiError(response.status, problemText(problem), problem);
  }
  return response;
}

/** A JSON answer of the API. */
export async function getJson(path) {
  return (await call('GET', path)).json();
}

export async function sendJson(method, path, body, ifMatch) {
  return (await call(method, path, {body, ifMatch})).json();
}

/** The ETag of a resource as read in a list (its version), to send back in If-Match. */
export function eTagOf(resource) {
  return `"${resource.version}"`;
}

/** Whether the API refused a change because someone else changed the data since it was read. */
export function isOutdated(error) {
  return error instanceof ApiError && error.status === 412;
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
  return problemText(await problemOf(response));
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (notJson) {
    return {detail: `${response.status} ${response.statusText}`};
  }
}

function problemText(problem) {
  return problem.detail || problem.title;
}

// btoa only takes Latin-1; passwords may hold any character, so encode UTF-8 first.
function base64(text) {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}
