// The crew page (no account: the route link's token is in the address): the route's stops in order with ETA window,
// address, goods to unload and navigation links; Consegnato / Consegnato in parte / Non consegnato per stop.
// Confirmations go to a queue kept in localStorage first and are sent from there, so a confirmation made without
// network is kept and sent when the phone is back online (the `online` event, and a retry every 15 s meanwhile).
import {el, $, say} from '../shared/dom.js';
import {t, number, dayName, translatePage, wireLanguageSwitch} from '../shared/i18n.js';
import {outcomeText} from '../shared/delivery.js';

const TOKEN = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
const QUEUE = `cisiamo.crew.queue.${TOKEN}`;
const RETRY_MS = 15000;
const REASONS = ['CLOSED', 'REFUSED', 'NO_TIME', 'VAN_BREAKDOWN'];

let route = null;
let retryTimer = null;
let sentSomething = false;

const hhmm = value => (value ? String(value).replace(/^.*T/, '').slice(0, 5) : '');

function queued() {
  try {
    return JSON.parse(localStorage.getItem(QUEUE)) || [];
  } catch {
    return [];
  }
}

function saveQueue(entries) {
  localStorage.setItem(QUEUE, JSON.stringify(entries));
}

/** A random UUID, also where crypto.randomUUID is missing (plain http on a phone). */
function uuid() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map(value => value.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The phone's time with its offset, e.g. 2033-01-03T10:12:00+01:00. */
function nowWithOffset() {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const pad = value => String(Math.floor(Math.abs(value))).padStart(2, '0');
  const local = new Date(now.getTime() + offset * 60000).toISOString().slice(0, 19);
  return `${local}${offset >= 0 ? '+' : '-'}${pad(offset / 60)}:${pad(offset % 60)}`;
}

async function load() {
  const response = await fetch(`/api/v1/crew/${encodeURIComponent(TOKEN)}`, {headers: {Accept: 'application/json'}});
  if (response.status === 404) {
    say(t('crewLinkInvalid'), true);
    return;
  }
  if (!response.ok) {
    throw new Error(`${response.status}`);
  }
  route = await response.json();
  draw();
  flush();
}

function draw() {
  $('route-title').textContent = t('crewRouteTitle', {day: dayName(route.date), van: route.vanLabel});
  $('route-line').textContent = t('crewRouteLine', {organisation: route.organisation,
    departure: hhmm(route.departure), depot: route.depotName});
  const pending = new Set(queued().map(entry => entry.stopId));
  $('stops').replaceChildren(...route.stops.map(crewStop => stopItem(crewStop, pending.has(crewStop.stop.stopId))));
  $('route').hidden = false;
  showNetwork();
}

function stopItem(crewStop, pending) {
  const stop = crewStop.stop;
  if (stop.depotReturn) {
    return el('li', {class: 'stop', id: `stop-${stop.stopId}`, tabindex: '-1'},
      el('h3', {}, t('crewDepotReturn', {sequence: stop.sequence, depot: stop.siteName})),
      el('p', {}, t('crewDepotReturnAt', {arrival: hhmm(stop.arrival)})));
  }
  const titleId = `stop-${stop.stopId}-title`;
  const place = [stop.address, stop.comuneName].filter(Boolean).join(', ');
  const hours = stop.receivingHours.map(open => `${hhmm(open.opensAt)}–${hhmm(open.closesAt)}`).join(', ');
  return el('li', {class: 'stop', id: `stop-${stop.stopId}`, tabindex: '-1'},
    el('h3', {id: titleId}, t('crewStopTitle', {sequence: stop.sequence, site: stop.siteName})),
    el('p', {}, t('crewEta', {arrival: hhmm(stop.arrival), opens: hhmm(stop.windowStart),
      closes: hhmm(stop.windowEnd)})),
    el('p', {}, place),
    hours ? el('p', {}, t('crewReceiving', {hours})) : null,
    el('p', {}, el('strong', {}, t('crewUnload'))),
    el('ul', {}, ...stop.items.map(item => el('li', {}, itemText(item)))),
    navigation(crewStop),
    state(crewStop, pending));
}

function itemText(item) {
  const unit = t(item.units === 1 ? `unit_${item.unit}_one` : `unit_${item.unit}`);
  return t('crewItem', {units: number(item.units), unit, goods: item.goodsName, kg: number(item.kg, 1)});
}

function navigation(crewStop) {
  if (!crewStop.geoUri) {
    return null;
  }
  const site = crewStop.stop.siteName;
  return el('p', {class: 'nav-links'},
    el('a', {href: crewStop.geoUri, 'aria-label': `${t('crewNavigate')}: ${site}`}, t('crewNavigate')),
    el('a', {href: crewStop.directionsUrl, rel: 'noreferrer noopener', target: '_blank',
      'aria-label': `${t('crewDirections')}: ${site}`}, t('crewDirections')));
}

/** The stop's confirmation, the note that it waits for network, or the buttons to confirm it. */
function state(crewStop, pending) {
  const confirmation = crewStop.confirmation;
  if (confirmation) {
    return el('p', {class: 'stop-state done'}, outcomeText(confirmation));
  }
  if (pending) {
    return el('p', {class: 'stop-state pending'}, t('crewPendingStop'));
  }
  const stop = crewStop.stop;
  const container = el('div', {});
  const partialForm = partial(stop);
  const notDeliveredForm = notDelivered(stop);
  const reveal = form => () => {
    partialForm.hidden = form !== partialForm;
    notDeliveredForm.hidden = form !== notDeliveredForm;
    form.querySelector('input, select')?.focus();
  };
  container.append(el('div', {class: 'stop-actions'},
    button(t('crewDelivered'), () => confirm(stop, {outcome: 'DELIVERED'})),
    button(t('crewPartial'), reveal(partialForm)),
    button(t('crewNotDelivered'), reveal(notDeliveredForm))), partialForm, notDeliveredForm);
  return container;
}

function button(label, action) {
  const node = el('button', {type: 'button'}, label);
  node.addEventListener('click', action);
  return node;
}

function partial(stop) {
  const form = el('form', {novalidate: ''});
  form.hidden = true;
  const inputs = stop.items.map(item => {
    const id = `units-${item.itemId}`;
    const input = el('input', {id, type: 'number', min: '0', max: String(item.units), step: '1', inputmode: 'numeric',
      value: String(item.units), 'aria-describedby': `${id}-error`});
    form.append(el('label', {for: id}, t('crewUnitsOf', {goods: item.goodsName, units: item.units})), input,
      el('span', {id: `${id}-error`, class: 'field-error'}));
    return {item, input};
  });
  form.append(el('button', {type: 'submit'}, t('crewConfirmPartial')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    let valid = true;
    inputs.forEach(({item, input}) => {
      const units = Number(input.value);
      const ok = input.value !== '' && Number.isInteger(units) && units >= 0 && units <= item.units;
      input.setAttribute('aria-invalid', String(!ok));
      $(`${input.id}-error`).textContent = ok ? '' : t('crewUnitsInvalid', {units: item.units});
      valid = valid && ok;
    });
    if (valid) {
      confirm(stop, {outcome: 'PARTIAL',
        items: inputs.map(({item, input}) => ({itemId: item.itemId, units: Number(input.value)}))});
    }
  });
  return form;
}

function notDelivered(stop) {
  const id = `reason-${stop.stopId}`;
  const select = el('select', {id}, ...REASONS.map(reason => el('option', {value: reason}, t(`notDelivered_${reason}`))));
  const form = el('form', {}, el('label', {for: id}, t('crewReason')), select,
    el('button', {type: 'submit'}, t('crewConfirmNotDelivered')));
  form.hidden = true;
  form.addEventListener('submit', event => {
    event.preventDefault();
    confirm(stop, {outcome: 'NOT_DELIVERED', reason: select.value});
  });
  return form;
}

/** Queues the confirmation on the phone first, then tries to send it. */
function confirm(stop, outcome) {
  const body = {confirmationId: uuid(), confirmedAt: nowWithOffset(), ...outcome};
  saveQueue([...queued(), {stopId: stop.stopId, sequence: stop.sequence, body}]);
  draw();
  $(`stop-${stop.stopId}`).focus(); // the buttons are gone: keep the keyboard on this stop
  flush();
}

/** Sends the queued confirmations in order; stops at the first network failure and tries again later. */
async function flush() {
  clearTimeout(retryTimer);
  for (const entry of queued()) {
    let response;
    try {
      response = await fetch(`/api/v1/crew/${encodeURIComponent(TOKEN)}/stops/${entry.stopId}/confirmation`, {
        method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'application/json'},
        body: JSON.stringify(entry.body)});
    } catch {
      retryTimer = setTimeout(flush, RETRY_MS);
      showNetwork();
      return;
    }
    saveQueue(queued().filter(other => other.body.confirmationId !== entry.body.confirmationId));
    const crewStop = route?.stops.find(candidate => candidate.stop.stopId === entry.stopId);
    if (response.ok) {
      if (crewStop) {
        crewStop.confirmation = await response.json();
      }
      sentSomething = true;
      say(t('crewSent', {sequence: entry.sequence}));
    } else {
      const problem = await response.json().catch(() => ({}));
      say(t('crewRefused', {sequence: entry.sequence, detail: problem.detail || response.status}), true);
      if (response.status === 409) {
        await reload();
      }
    }
    if (route) {
      draw();
    }
  }
  showNetwork();
}

/** Reads the route again (another phone of the crew may have confirmed the stop). */
async function reload() {
  const response = await fetch(`/api/v1/crew/${encodeURIComponent(TOKEN)}`, {headers: {Accept: 'application/json'}});
  if (response.ok) {
    route = await response.json();
  }
}

function showNetwork() {
  const waiting = queued().length;
  $('network').textContent = waiting > 0 ? t('crewWaitingNetwork', {count: waiting})
    : sentSomething ? t('crewAllSent') : '';
  $('network').classList.toggle('sent', waiting === 0);
}

translatePage();
wireLanguageSwitch($('lang'));
window.addEventListener('online', flush);
load().catch(error => say(error.message, true));
