// The COC portal: a COC signs in, asks for goods for the coming delivery days until each day's deadline, reads
// what its comune gets once the plan is published (and why), downloads its schedule, subscribes its calendar
// and changes its password. Everything through the REST API with the signed-in account's bearer token.
import {outcomeText} from '../shared/delivery.js';
import {ApiError, call, download, getJson, sendJson, signedInAccount, wireSignInAndOut} from '../console/api.js';
import {$, el, guardedBy, say} from '../shared/dom.js';
import {clearFieldErrors, markApiProblems, markField, showFormProblems} from '../shared/forms.js';
import {dayName, number, percent, t, time, translatePage, wireLanguageSwitch} from '../shared/i18n.js';

const MIN_PASSWORD = 12;
/** The problem type of a change after the request deadline (api.portal.RequestDeadline). */
const REQUESTS_CLOSED = 'urn:cisiamo:problem:requests-closed';
const state = {portal: null, day: null};

const guarded = guardedBy(() => showView());

function istat() {
  return signedInAccount().comuneIstat;
}

function showView() {
  const account = signedInAccount();
  const isCoc = account?.role === 'COC';
  $('sign-in').hidden = isCoc;
  $('whoami').hidden = !isCoc;
  $('portal').hidden = !isCoc;
  if (account && !isCoc) {
    say(t('portalForCocs'), true);
  }
  if (!isCoc) {
    $('username').focus();
    return;
  }
  $('account-name').textContent = `${account.username} (COC)`;
  openPortal().catch(error => say(error.message, true));
}

async function openPortal() {
  state.portal = await getJson(`/api/v1/coc/${istat()}/portal`);
  $('account-name').textContent = `${signedInAccount().username} · COC ${state.portal.comuneName}`;
  $('request-site').replaceChildren(...state.portal.sites.map(site => el('option', {value: site.id}, site.name)));
  $('request-goods').replaceChildren(el('option', {value: ''}, t('chooseCategory')),
    ...state.portal.goods.map(goods => el('option', {value: goods.code}, goods.name)));
  showDays();
  const shown = state.day;
  await showCalendarLink();
  if (state.day === shown) { // else the user opened a day meanwhile (the days' buttons are live): keep it
    const first = state.portal.days.find(day => day.open) || state.portal.days[0];
    await openDay(first.date);
  }
}

function showDays() {
  $('days').tBodies[0].replaceChildren(...state.portal.days.map(day => {
    const button = el('button', {type: 'button', 'data-date': day.date}, t('open'));
    button.addEventListener('click', guarded(() => openDay(day.date)));
    return el('tr', {},
      el('th', {scope: 'row'}, dayName(day.date)),
      el('td', {}, deadlineText(day.deadline)),
      el('td', {class: day.open ? 'state-open' : 'state-closed'},
        t(day.published ? 'dayPublished' : day.open ? 'dayOpen' : 'dayClosed')),
      el('td', {}, button));
  }));
}

/** "venerdì 04/12/2026 alle 18:00": the deadline as the API sends it, in Rome's time. */
function deadlineText(deadline) {
  return t('deadlineAt', {day: dayName(deadline), time: time(deadline)});
}

function goodsName(code) {
  return state.portal.goods.find(goods => goods.code === code)?.name || code;
}

/** "casse", "cassa", "scatole", … for a number of units of a goods category or a unit code. */
function unitName(code, units) {
  const unit = state.portal.goods.find(goods => goods.code === code)?.unit || code;
  return t(`unit_${unit}${units === 1 ? '_one' : ''}`);
}

async function openDay(date) {
  state.day = state.portal.days.find(day => day.date === date);
  $('requests-section').hidden = false;
  $('requests-title').textContent = t('requestsFor', {day: dayName(date)});
  $('requests-state').textContent = state.day.open
    ? t('openUntil', {deadline: deadlineText(state.day.deadline)})
    : t('closedSince', {deadline: deadlineText(state.day.deadline)});
  $('request-form').hidden = !state.day.open;
  await showRequests();
  if (state.day.date === date) { // else another day was opened meanwhile: its own call draws it
    await showOutcome();
  }
}

async function showRequests() {
  const day = state.day;
  const requests = await getJson(`/api/v1/requests?date=${day.date}&comune=${istat()}`);
  if (state.day !== day) {
    return; // an answer for a day no longer shown
  }
  $('requests').tBodies[0].replaceChildren(...(requests.length === 0
    ? [el('tr', {}, el('td', {colspan: 4}, t('noRequests')))]
    : requests.map(requestRow)));
}

function requestRow(request) {
  const label = t('quantityOf', {goods: goodsName(request.goodsCode), site: request.siteName});
  const units = el('input', {type: 'number', min: 1, step: 1, value: request.units, 'aria-label': label,
    'data-request': request.id});
  const save = el('button', {type: 'button'}, t('save'));
  const withdraw = el('button', {type: 'button'}, t('withdraw'));
  save.addEventListener('click', guarded(async () => {
    const value = Number(units.value);
    if (!Number.isInteger(value) || value < 1) {
      units.setAttribute('aria-invalid', 'true');
      throw new Error(t('unitsInvalid'));
    }
    await sendJson('PUT', `/api/v1/requests/${request.id}`, {siteId: request.siteId, date: request.date,
      goodsCode: request.goodsCode, units: value});
    await showRequests();
    say(t('requestChanged', {goods: goodsName(request.goodsCode)}));
  }));
  withdraw.addEventListener('click', guarded(async () => {
    await call('DELETE', `/api/v1/requests/${request.id}`);
    await showRequests();
    say(t('requestWithdrawn', {goods: goodsName(request.goodsCode)}));
  }));
  const open = state.day.open;
  units.disabled = save.disabled = withdraw.disabled = !open;
  return el('tr', {},
    el('td', {}, request.siteName),
    el('td', {}, goodsName(request.goodsCode)),
    el('td', {class: 'num'}, open ? units : number(request.units)),
    el('td', {}, ...(open ? [save, ' ', withdraw] : [])));
}

const REQUEST_FIELDS = {siteId: 'request-site', goodsCode: 'request-goods', units: 'request-units'};

/** Checks the form in the page first (messages next to the fields); the server checks again. */
async function addRequest() {
  clearFieldErrors(REQUEST_FIELDS);
  const units = $('request-units').value.trim();
  const problems = [];
  if (!$('request-site').value) {
    problems.push(['request-site', t('chooseSite')]);
  }
  if (!$('request-goods').value) {
    problems.push(['request-goods', t('chooseCategory')]);
  }
  if (!/^\d+$/.test(units) || Number(units) < 1) {
    problems.push(['request-units', t('unitsInvalid')]);
  }
  if (showFormProblems(problems)) {
    return;
  }
  try {
    await sendJson('POST', '/api/v1/requests', {siteId: Number($('request-site').value), date: state.day.date,
      goodsCode: $('request-goods').value, units: Number(units)});
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.type !== REQUESTS_CLOSED) {
      markField('request-goods', t('alreadyRequested'));
    }
    markApiProblems(REQUEST_FIELDS, error);
    throw error;
  }
  const added = goodsName($('request-goods').value);
  $('request-form').reset();
  await showRequests(); // the message comes last: when it shows, the table is up to date
  say(t('requestAdded', {goods: added}));
}

async function showOutcome() {
  $('outcome-section').hidden = !state.day.published;
  if (!state.day.published) {
    return;
  }
  const day = state.day;
  const [outcome, schedule] = await Promise.all([
    getJson(`/api/v1/coc/${istat()}/outcome?date=${day.date}`),
    getJson(`/api/v1/coc/${istat()}/schedule?date=${day.date}`)]);
  if (state.day !== day) {
    return; // an answer for a day no longer shown
  }
  $('outcome').tBodies[0].replaceChildren(...outcome.categories.map(category => el('tr', {},
    el('th', {scope: 'row'}, goodsName(category.goodsCode)),
    el('td', {class: 'num'}, number(category.requested)),
    el('td', {class: 'num'}, number(category.allocated)),
    el('td', {}, fairSplitReason(category)))));
  $('postponed').replaceChildren(...(outcome.postponed.length === 0
    ? [el('li', {}, t('nothingPostponed'))]
    : outcome.postponed.map(order => el('li', {}, t('postponedLine', {units: number(order.units),
      unit: unitName(order.goodsCode, order.units), goods: goodsName(order.goodsCode), site: order.siteName,
      reason: t(`reason_${order.reason}`)})))));
  $('schedule').tBodies[0].replaceChildren(...schedule.deliveries.map(delivery => el('tr', {},
    el('td', {}, time(delivery.arrival)),
    el('td', {}, `${time(delivery.windowStart)}–${time(delivery.windowEnd)}`),
    el('td', {}, [delivery.siteName, delivery.address].filter(Boolean).join(', ')),
    el('td', {}, `${delivery.vanLabel} (${delivery.organisation})`),
    el('td', {}, delivery.items.map(item => `${number(item.units)} ${unitName(item.goodsCode, item.units)} ${item.goodsName}`)
      .join(', ')),
    el('td', {class: 'num'}, number(delivery.totalKg, 1)),
    el('td', {}, outcomeText(delivery.confirmation)))));
}

/** "richieste 40 casse, assegnate 28: la merce disponibile copre il 70 % delle richieste di tutti i comuni". */
function fairSplitReason(category) {
  const values = {requested: number(category.requested), allocated: number(category.allocated),
    unit: unitName(category.goodsCode, category.requested), goods: goodsName(category.goodsCode).toLowerCase(),
    coverage: percent(category.coverageOfAllComuni)};
  return t(category.allocated >= category.requested ? 'reasonFull' : 'reasonShare', values);
}

async function showCalendarLink(created) {
  const link = created || await getJson(`/api/v1/coc/${istat()}/calendar-link`);
  $('calendar-state').textContent = link.active
    ? t('calendarActive', {day: dayName(link.createdAt), time: time(link.createdAt)}) : t('calendarNone');
  $('calendar-renew').textContent = t(link.active ? 'calendarRenew' : 'calendarCreate');
  $('calendar-revoke').disabled = !link.active;
  $('calendar-url-row').hidden = !link.url;
  $('calendar-url').value = link.url || '';
}

async function changePassword() {
  const fields = {currentPassword: 'current-password', newPassword: 'new-password', repeat: 'repeat-password'};
  clearFieldErrors(fields);
  const current = $('current-password').value;
  const chosen = $('new-password').value;
  const problems = [];
  if (!current) {
    problems.push(['current-password', t('currentPasswordMissing')]);
  }
  if (chosen.length < MIN_PASSWORD) {
    problems.push(['new-password', t('passwordTooShort', {min: MIN_PASSWORD})]);
  } else if (chosen === current) {
    problems.push(['new-password', t('passwordSame')]);
  }
  if ($('repeat-password').value !== chosen) {
    problems.push(['repeat-password', t('passwordsDiffer')]);
  }
  if (showFormProblems(problems)) {
    return;
  }
  try {
    await call('PUT', '/api/v1/auth/password', {body: {currentPassword: current, newPassword: chosen}});
  } catch (error) {
    markApiProblems(fields, error);
    if ((error.errors || []).some(problem => problem.field === 'currentPassword')) {
      markField('current-password', t('currentPasswordWrong'));
    }
    throw error;
  }
  $('password-form').reset();
  say(t('passwordChanged'));
}

function wire() {
  translatePage();
  wireLanguageSwitch($('lang'));
  wireSignInAndOut(guarded, showView);
  $('forgot-form').addEventListener('submit', guarded(async () => {
    await fetch('/api/v1/public/password-help', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({username: $('forgot-username').value})});
    $('forgot-form').reset();
    say(t('passwordHelpSent'));
  }));
  $('request-form').addEventListener('submit', guarded(addRequest));
  $('schedule-csv').addEventListener('click', guarded(() => download(
    `/api/v1/coc/${istat()}/schedule?date=${state.day.date}`, 'text/csv', `consegne-${istat()}-${state.day.date}.csv`)));
  $('calendar-renew').addEventListener('click', guarded(async () => {
    await showCalendarLink(await sendJson('POST', `/api/v1/coc/${istat()}/calendar-link`));
    say(t('calendarCreated'));
    $('calendar-url').focus();
    $('calendar-url').select();
  }));
  $('calendar-revoke').addEventListener('click', guarded(async () => {
    await call('DELETE', `/api/v1/coc/${istat()}/calendar-link`);
    await showCalendarLink();
    say(t('calendarRevoked'));
  }));
  $('calendar-copy').addEventListener('click', guarded(async () => {
    $('calendar-url').select();
    await navigator.clipboard.writeText($('calendar-url').value);
    say(t('calendarCopied'));
  }));
  $('password-form').addEventListener('submit', guarded(changePassword));
  showView();
}

wire();
