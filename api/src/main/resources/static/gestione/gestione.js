// The planners' management screens: the day's requests against the stock (with CSV import), donation intake at
// the Idroscalo, the stock ledger on a date (on hand, reserved, delivered, available; expired lots), the vans and
// crews, the vans of a day (available, shift, crew), and the accounts (COC accounts from CSV, disable, new password).
import {ApiError, call, eTagOf, getJson, isOutdated, sendJson, signedInAccount, wireSignInAndOut}
  from '../console/api.js';
import {nextDeliveryDay, today} from '../shared/days.js';
import {$, el, guardedBy, say} from '../shared/dom.js';
import {clearFieldErrors, markApiProblems} from '../shared/forms.js';
import {date as italianDate, number, percent, t, translatePage, wireLanguageSwitch} from '../shared/i18n.js';

const guarded = guardedBy(() => showView());
const state = {goods: [], comuni: new Map()};

function showView() {
  const account = signedInAccount();
  const isPlanner = account?.role === 'PLANNER';
  $('sign-in').hidden = isPlanner;
  $('whoami').hidden = !isPlanner;
  $('manage').hidden = !isPlanner;
  if (account && !isPlanner) {
    say(t('manageForPlanners'), true);
  }
  if (!isPlanner) {
    $('username').focus();
    return;
  }
  $('account-name').textContent = `${account.username} (${t('planner')})`;
  openManagement().catch(error => say(error.message, true));
}

async function openManagement() {
  const [goods, comuni] = await Promise.all([getJson('/api/v1/goods-types'), getJson('/api/v1/comuni')]);
  state.goods = goods;
  comuni.forEach(comune => state.comuni.set(comune.istatCode, comune.name));
  const options = () => goods.map(type => el('option', {value: type.code}, type.italianName));
  $('filter-category').replaceChildren(el('option', {value: ''}, t('allCategories')), ...options());
  $('lot-goods').replaceChildren(el('option', {value: ''}, t('chooseCategory')), ...options());
  await Promise.all([showOverview(), showLots(), showLedger(), showVans(), showFleetDay(), showAccounts()]);
}

function goodsOf(code) {
  return state.goods.find(type => type.code === code) || {italianName: code, unitWeightKg: 0};
}

// ---- requests of the day ----

async function showOverview() {
  const date = $('overview-date').value;
  const [requests, usable] = await Promise.all([getJson(`/api/v1/requests?date=${date}`),
    getJson(`/api/v1/stock-lots/usable?date=${date}`)]);
  const totals = new Map();
  const total = code => totals.get(code) || totals.set(code, {units: 0, kg: 0, stockKg: 0}).get(code);
  requests.forEach(request => {
    total(request.goodsCode).units += request.units;
    total(request.goodsCode).kg += request.units * Number(goodsOf(request.goodsCode).unitWeightKg);
  });
  usable.forEach(lot => {
    total(lot.goodsCode).stockKg += Number(lot.weightKg);
  });
  $('category-totals').tBodies[0].replaceChildren(...[...totals.entries()].map(([code, row]) => el('tr', {},
    el('th', {scope: 'row'}, goodsOf(code).italianName),
    el('td', {class: 'num'}, number(row.units)),
    el('td', {class: 'num'}, number(row.kg)),
    el('td', {class: 'num'}, number(row.stockKg)),
    el('td', {class: 'num'}, row.kg > 0 ? percent(Math.min(1, row.stockKg / row.kg)) : '—'))));
  const comuneFilter = $('filter-comune').value.trim().toLowerCase();
  const categoryFilter = $('filter-category').value;
  const shown = requests
    .map(request => ({...request, comuneName: state.comuni.get(request.comuneIstat) || request.comuneIstat}))
    .filter(request => request.comuneName.toLowerCase().includes(comuneFilter))
    .filter(request => !categoryFilter || request.goodsCode === categoryFilter)
    .sort((a, b) => a.comuneName.localeCompare(b.comuneName, 'it') || a.siteName.localeCompare(b.siteName, 'it'));
  $('comune-requests').tBodies[0].replaceChildren(...(shown.length === 0
    ? [el('tr', {}, el('td', {colspan: 4}, t('noRequestsDay', {date: italianDate(date)})))]
    : shown.map(request => el('tr', {},
      el('th', {scope: 'row'}, request.comuneName),
      el('td', {}, request.siteName),
      el('td', {}, goodsOf(request.goodsCode).italianName),
      el('td', {class: 'num'}, number(request.units))))));
}

/** Shows the problems of a rejected import, one per line of the file; nothing was imported. */
function showLineErrors(list, error) {
  list.replaceChildren(...(error.errors || []).map(problem => el('li', {},
    t('lineError', {line: problem.line ?? '—', field: problem.field ?? '', message: problem.message}))));
}

async function importRequests() {
  $('import-errors').replaceChildren();
  const file = $('requests-file').files[0];
  try {
    const summary = await (await call('POST', `/api/v1/requests/import?filename=${encodeURIComponent(file.name)}`,
      {body: new Blob([await file.text()], {type: 'text/csv'})})).json();
    $('requests-import-form').reset();
    await showOverview();
    say(t('requestsImported', {created: summary.created, updated: summary.updated}));
  } catch (error) {
    if (error instanceof ApiError) {
      showLineErrors($('import-errors'), error);
    }
    throw error;
  }
}

// ---- donations (stock lots) ----

const LOT_FIELDS = {goodsCode: 'lot-goods', units: 'lot-units', weightKg: 'lot-kg', arrivalDate: 'lot-arrival',
  expiryDate: 'lot-expiry', donor: 'lot-donor'};

async function showLots() {
  const date = $('lot-arrival').value;
  const lots = await getJson(`/api/v1/stock-lots?date=${date}`);
  if ($('lot-arrival').value !== date) {
    return; // the date changed meanwhile: the answer for the new date draws the table
  }
  $('lots').tBodies[0].replaceChildren(...lots.map(lot => {
    const edit = el('button', {type: 'button'}, t('correct'));
    edit.addEventListener('click', () => editLot(lot));
    const remove = el('button', {type: 'button'}, t('delete'));
    remove.addEventListener('click', guarded(async () => {
      await refreshedIfOutdated(() => call('DELETE', `/api/v1/stock-lots/${lot.id}`, {ifMatch: eTagOf(lot)}),
        showLots);
      await showLots();
      say(t('lotDeleted'));
    }));
    return el('tr', {'data-lot': lot.id},
      el('th', {scope: 'row'}, lot.goodsName),
      el('td', {class: 'num'}, number(lot.units)),
      el('td', {class: 'num'}, number(lot.weightKg, 1)),
      el('td', {}, italianDate(lot.arrivalDate)),
      el('td', {}, lot.expiryDate ? italianDate(lot.expiryDate) : '—'),
      el('td', {}, lot.donor || '—'),
      el('td', {}, edit, ' ', remove));
  }));
}

function editLot(lot) {
  $('lot-id').value = lot.id;
  $('lot-id').dataset.etag = eTagOf(lot); // the correction applies to this version only
  $('lot-goods').value = lot.goodsCode;
  $('lot-units').value = lot.units;
  $('lot-kg').value = lot.weightKg;
  $('lot-arrival').value = lot.arrivalDate;
  $('lot-expiry').value = lot.expiryDate || '';
  $('lot-donor').value = lot.donor || '';
  $('lot-save').textContent = t('saveCorrection');
  $('lot-units').focus();
}

/**
 * Runs a change; when someone else changed the data since it was read (412), shows the data as it is now before
 * the problem's message is said.
 */
async function refreshedIfOutdated(change, refresh) {
  try {
    return await change();
  } catch (error) {
    if (isOutdated(error)) {
      await refresh();
    }
    throw error;
  }
}

/** Sends a form's JSON; a 400 marks the fields the problem names, next to them. */
async function sendForm(fields, method, path, body, ifMatch) {
  clearFieldErrors(fields);
  try {
    return await sendJson(method, path, body, ifMatch);
  } catch (error) {
    markApiProblems(fields, error);
    throw error;
  }
}

async function saveLot() {
  const id = $('lot-id').value;
  const kg = $('lot-kg').value;
  const body = {goodsCode: $('lot-goods').value, units: Number($('lot-units').value) || null,
    weightKg: kg === '' ? null : Number(kg), arrivalDate: $('lot-arrival').value, expiryDate: $('lot-expiry').value || null,
    donor: $('lot-donor').value};
  await refreshedIfOutdated(() => sendForm(LOT_FIELDS, id ? 'PUT' : 'POST',
    id ? `/api/v1/stock-lots/${id}` : '/api/v1/stock-lots', body, id ? $('lot-id').dataset.etag : undefined),
  showLots);
  const arrival = $('lot-arrival').value;
  $('lot-form').reset();
  $('lot-id').value = '';
  delete $('lot-id').dataset.etag;
  $('lot-arrival').value = arrival;
  $('lot-save').textContent = t('registerLot');
  $('lot-goods').focus();
  await Promise.all([showLots(), showLedger()]); // the message comes last: when it shows, the lists are up to date
  say(t(id ? 'lotCorrected' : 'lotRegistered', {goods: goodsOf(body.goodsCode).italianName}));
}

// ---- stock ledger ----

async function showLedger() {
  const ledger = await getJson(`/api/v1/stock/ledger?date=${$('ledger-date').value}`);
  const empty = text => [el('tr', {}, el('td', {colspan: 5}, text))];
  $('ledger-goods').tBodies[0].replaceChildren(...(ledger.goods.length === 0
    ? empty(t('noStockOn', {date: italianDate(ledger.date)}))
    : ledger.goods.map(line => el('tr', {},
      el('th', {scope: 'row'}, line.goodsName),
      el('td', {class: 'num'}, number(line.onHand)),
      el('td', {class: 'num'}, number(line.reserved)),
      el('td', {class: 'num'}, number(line.delivered)),
      el('td', {class: 'num'}, number(line.available))))));
  $('ledger-expired').tBodies[0].replaceChildren(...(ledger.expiredLots.length === 0
    ? [el('tr', {}, el('td', {colspan: 4}, t('noExpiredLots')))]
    : ledger.expiredLots.map(lot => el('tr', {},
      el('th', {scope: 'row'}, lot.goodsName),
      el('td', {class: 'num'}, number(lot.onHand)),
      el('td', {}, italianDate(lot.arrivalDate)),
      el('td', {}, italianDate(lot.expiryDate))))));
}

// ---- vans ----

const VAN_FIELDS = {organisation: 'van-organisation', label: 'van-label', capacityKg: 'van-kg', capacityM3: 'van-m3'};

async function showVans() {
  const vans = await getJson('/api/v1/vehicles');
  $('vans').tBodies[0].replaceChildren(...vans.map(van => {
    const remove = el('button', {type: 'button'}, t('delete'));
    remove.addEventListener('click', guarded(async () => {
      await refreshedIfOutdated(() => call('DELETE', `/api/v1/vehicles/${van.id}`, {ifMatch: eTagOf(van)}),
        showVans);
      await Promise.all([showVans(), showFleetDay()]);
    }));
    return el('tr', {},
      el('th', {scope: 'row'},
        van.demoDay ? t('demoVan', {van: van.label, date: italianDate(van.demoDay)}) : van.label),
      el('td', {}, van.organisation),
      el('td', {class: 'num'}, number(van.capacityKg)),
      el('td', {}, `${van.shiftStart.slice(0, 5)}–${van.shiftEnd.slice(0, 5)}`),
      el('td', {}, t(van.refrigerated ? 'yes' : 'no')),
      el('td', {}, remove));
  }));
}

async function addVan() {
  await sendForm(VAN_FIELDS, 'POST', '/api/v1/vehicles', {organisation: $('van-organisation').value,
    label: $('van-label').value, capacityKg: Number($('van-kg').value) || null,
    capacityM3: Number($('van-m3').value) || null, refrigerated: $('van-cold').checked,
    shiftStart: $('van-start').value, shiftEnd: $('van-end').value});
  const label = $('van-label').value;
  $('van-form').reset();
  await Promise.all([showVans(), showFleetDay()]);
  say(t('vanAdded', {van: label}));
}

// ---- vans of the day ----

// A page of rows at a time: a big fleet would otherwise make a keyboard user tab through every van's controls.
const FLEET_DAY_PAGE = 15;
const fleetDay = {date: null, vans: [], page: 0};

async function showFleetDay() {
  const date = $('fleet-day-date').value;
  const vans = await getJson(`/api/v1/fleet/${date}`);
  if ($('fleet-day-date').value !== date) {
    return; // the date changed meanwhile: the answer for the new date draws the table
  }
  fleetDay.vans = vans;
  fleetDay.date = date;
  drawFleetDay();
  $('fleet-day').dataset.date = date; // the table shows this date's vans
}

function drawFleetDay() {
  const filter = $('fleet-day-filter').value.trim().toLowerCase();
  const shown = fleetDay.vans.filter(van => `${van.label} ${van.organisation}`.toLowerCase().includes(filter));
  const pages = Math.max(1, Math.ceil(shown.length / FLEET_DAY_PAGE));
  fleetDay.page = Math.min(fleetDay.page, pages - 1);
  const page = shown.slice(fleetDay.page * FLEET_DAY_PAGE, (fleetDay.page + 1) * FLEET_DAY_PAGE);
  $('fleet-day').tBodies[0].replaceChildren(...(page.length === 0
    ? [el('tr', {}, el('td', {colspan: 8}, t('noVansFound')))] : page.map(fleetDayRow)));
  $('fleet-day-page').textContent = t('pageOf', {page: fleetDay.page + 1, pages, count: shown.length});
  $('fleet-day-previous').disabled = fleetDay.page === 0;
  $('fleet-day-next').disabled = fleetDay.page >= pages - 1;
}

/** A van's row: available, shift of the day (blank = its usual one), crew; saved or reset on its own. */
function fleetDayRow(van) {
  const name = `${van.label} (${van.organisation})`;
  const available = el('input', {type: 'checkbox', 'aria-label': t('availableOf', {van: name})});
  available.checked = van.available;
  // A time field cannot show 24:00 (the end of the day): it shows the last minute.
  const timeField = (key, value) => el('input', {type: 'time', 'aria-label': t(key, {van: name}),
    value: van.ownShift ? value.replace('24:00', '23:59') : ''});
  const from = timeField('shiftFromOf', van.shiftStart);
  const to = timeField('shiftToOf', van.shiftEnd);
  const crew = el('input', {type: 'text', maxlength: '500', 'aria-label': t('crewOf', {van: name}),
    value: van.crew || ''});
  const save = el('button', {type: 'button', 'aria-label': t('saveOf', {van: name})}, t('save'));
  save.addEventListener('click', guarded(async () => {
    const saved = await sendJson('PUT', `/api/v1/fleet/${fleetDay.date}/${van.vehicleId}`, {
      available: available.checked, shiftStart: from.value || null, shiftEnd: to.value || null, crew: crew.value});
    await redrawVan(van, saved, 'fleetDaySaved', 'button');
  }));
  const standard = el('button', {type: 'button', 'aria-label': t('standardOf', {van: name})}, t('standardDay'));
  standard.addEventListener('click', guarded(async () => {
    await call('DELETE', `/api/v1/fleet/${fleetDay.date}/${van.vehicleId}`);
    const day = (await getJson(`/api/v1/fleet/${fleetDay.date}`)).find(other => other.vehicleId === van.vehicleId);
    await redrawVan(van, day, 'fleetDayStandard', 'button:last-of-type');
  }));
  return el('tr', {'data-vehicle': van.vehicleId},
    el('th', {scope: 'row'}, van.label, el('br'),
      el('small', {}, `${van.standardShiftStart}–${van.standardShiftEnd}`)),
    el('td', {}, van.organisation),
    el('td', {}, t(van.refrigerated ? 'yes' : 'no')),
    el('td', {}, available),
    el('td', {}, from),
    el('td', {}, to),
    el('td', {}, crew),
    el('td', {}, save, ' ', standard));
}

/** Shows a van's day as the service now has it, focus back on the row's button that was pressed. */
async function redrawVan(van, day, message, button) {
  fleetDay.vans = fleetDay.vans.map(other => (other.vehicleId === van.vehicleId ? day : other));
  drawFleetDay();
  document.querySelector(`#fleet-day tr[data-vehicle="${van.vehicleId}"] ${button}`)?.focus();
  say(t(message, {van: van.label, date: italianDate(fleetDay.date)}));
}

// ---- accounts ----

async function showAccounts() {
  const [accounts, help] = await Promise.all([getJson('/api/v1/accounts'),
    getJson('/api/v1/accounts/password-help')]);
  $('password-help').replaceChildren(...(help.length === 0 ? [el('li', {}, t('nobodyAsked'))]
    : help.map(request => el('li', {}, request.username))));
  $('accounts').tBodies[0].replaceChildren(...accounts.map(account => {
    const toggle = el('button', {type: 'button'}, t(account.enabled ? 'disable' : 'enable'));
    toggle.addEventListener('click', guarded(async () => {
      await call('PUT', `/api/v1/accounts/${account.username}/enabled`, {body: {enabled: !account.enabled}});
      await showAccounts();
    }));
    const password = el('input', {type: 'text', autocomplete: 'off', 'aria-label':
      t('newPasswordFor', {username: account.username})});
    const reset = el('button', {type: 'button'}, t('setPassword'));
    reset.addEventListener('click', guarded(async () => {
      await call('PUT', `/api/v1/accounts/${account.username}/password`, {body: {newPassword: password.value}});
      await showAccounts();
      say(t('passwordSet', {username: account.username}));
    }));
    return el('tr', {'data-username': account.username},
      el('th', {scope: 'row'}, account.username),
      el('td', {}, account.role === 'COC' ? 'COC' : t('planner')),
      el('td', {}, account.comuneName || '—'),
      el('td', {}, t(account.enabled ? 'accountEnabled' : 'accountDisabled')),
      el('td', {}, toggle, ' ', password, ' ', reset));
  }));
}

async function importAccounts() {
  $('accounts-errors').replaceChildren();
  let created;
  try {
    created = await (await call('POST', '/api/v1/accounts/import',
      {body: new Blob([$('accounts-csv').value], {type: 'text/csv'})})).json();
  } catch (error) {
    if (error instanceof ApiError) {
      showLineErrors($('accounts-errors'), error);
    }
    throw error;
  }
  $('created-accounts').hidden = false;
  $('created-accounts').tBodies[0].replaceChildren(...created.map(account => el('tr', {},
    el('th', {scope: 'row'}, account.username), el('td', {}, account.comuneName),
    el('td', {class: 'password'}, account.password))));
  $('accounts-import-form').reset();
  await showAccounts();
  say(t('accountsCreated', {count: created.length}));
}

// ---- wiring ----

function wire() {
  translatePage();
  wireLanguageSwitch($('lang'));
  $('overview-date').value = today();
  $('lot-arrival').value = today();
  $('ledger-date').value = today();
  wireSignInAndOut(guarded, showView);
  $('overview-form').addEventListener('submit', guarded(showOverview));
  $('filter-comune').addEventListener('input', guarded(showOverview));
  $('filter-category').addEventListener('change', guarded(showOverview));
  $('requests-import-form').addEventListener('submit', guarded(importRequests));
  $('lot-form').addEventListener('submit', guarded(saveLot));
  $('lot-arrival').addEventListener('change', guarded(showLots));
  $('ledger-form').addEventListener('submit', guarded(showLedger));
  $('van-form').addEventListener('submit', guarded(addVan));
  $('fleet-day-date').value = nextDeliveryDay();
  $('fleet-day-form').addEventListener('submit', guarded(showFleetDay));
  $('fleet-day-date').addEventListener('change', guarded(async () => {
    fleetDay.page = 0;
    await showFleetDay();
  }));
  $('fleet-day-filter').addEventListener('input', () => {
    fleetDay.page = 0;
    drawFleetDay();
  });
  $('fleet-day-previous').addEventListener('click', () => {
    fleetDay.page -= 1;
    drawFleetDay();
  });
  $('fleet-day-next').addEventListener('click', () => {
    fleetDay.page += 1;
    drawFleetDay();
  });
  $('accounts-import-form').addEventListener('submit', guarded(importAccounts));
  showView();
}

wire();
