// The console: sign-in, then the planner's view (plan a day, watch the solver, read and publish the result,
// download it) or a COC's view (its comune's schedule).
//
// Progress is polled (GET /api/v1/plans/jobs/{id} every 500 ms) rather than streamed: EventSource cannot send
// the Authorization header, and a fetch() stream of /events would need an SSE parser and a reconnect loop,
// while one small JSON document twice a second shows the same progress and best score.
import {ApiError, call, download, getJson, sendJson, signedInAccount, wireSignInAndOut} from './api.js';
import {DayMap, timeOf} from './map.js';
import {drawFillChart, FairSplitTable, showRoutes, showUnassigned, showUnusedVans} from './panels.js';
import {nextDeliveryDay} from '../shared/days.js';
import {$, el, guardedBy, say} from '../shared/dom.js';
import {outcomeText} from '../shared/delivery.js';
import {date as italianDate, duration, number, percent, t, translatePage, wireLanguageSwitch}
  from '../shared/i18n.js';

const POLL_MILLIS = 500;
const FINISHED = ['DONE', 'STOPPED', 'FAILED', 'INTERRUPTED'];
const LAYERS = ['routes', 'stops', 'comuni', 'sites'];

const state = {map: null, fairSplit: null, job: null, version: null, comuni: new Map()};

const guarded = guardedBy(() => showView());

function showView() {
  const account = signedInAccount();
  $('sign-in').hidden = account !== null;
  $('whoami').hidden = account === null;
  $('planner').hidden = !account || account.role !== 'PLANNER';
  $('coc').hidden = !account || account.role !== 'COC';
  if (!account) {
    $('username').focus();
    return;
  }
  $('account-name').textContent = account.role === 'COC'
    ? `${account.username} (COC ${account.comuneIstat})` : `${account.username} (${t('planner')})`;
  const opened = account.role === 'PLANNER' ? openPlanner() : loadSchedule();
  opened.catch(error => say(error.message, true));
}

// ---- planner ----

async function openPlanner() {
  if (!state.map) {
    state.map = new DayMap($('map'));
    state.fairSplit = new FairSplitTable($('fair-table'));
    loadBaseMap();
  }
  state.map.resize();
  await loadLatestVersion();
}

async function loadBaseMap() {
  try {
    const [comuni, sites] = await Promise.all([getJson('/layers/comuni.geojson'), getJson('/layers/sites.geojson')]);
    comuni.features.forEach(feature => state.comuni.set(feature.properties.istat, feature.properties.name));
    state.map.showComuni(comuni);
    state.map.addBaseLayer(await getJson('/api/v1/public/map-settings'));
    state.map.showSites(sites.features
      .filter(feature => ['DEPOT', 'ATS_HUB'].includes(feature.properties.kind))
      .map(feature => ({name: feature.properties.name, kind: feature.properties.kind,
        lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1]})));
    if (state.version) {
      showVersion(state.version);
    }
  } catch (error) {
    say(t('boundariesMissing', {error: error.message}));
  }
}

/** On opening and on a new date: the published version of the day, else its newest draft. */
async function loadLatestVersion() {
  const date = $('plan-date').value;
  let plan;
  try {
    plan = await getJson(`/api/v1/plans/${date}`);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
    plan = {versions: []};
  }
  if ($('plan-date').value !== date) {
    return; // the date changed meanwhile: that answer is the one to show
  }
  const published = plan.versions.find(version => version.status === 'PUBLISHED');
  const newest = plan.versions.reduce((a, b) => (b.number > a.number ? b : a), plan.versions[0]);
  if (newest) {
    await loadVersion(date, (published || newest).number);
  } else {
    clearVersion(t('noPlanYet', {date: italianDate(date)}));
  }
}

async function loadVersion(date, number) {
  showVersion(await getJson(`/api/v1/plans/${date}/versions/${number}`));
}

function clearVersion(text) {
  state.version = null;
  $('version-line').textContent = text;
  $('plan-summary').textContent = '';
  $('expert-line').textContent = '';
  $('plan-publish').disabled = true;
  state.map.shadeComuni(new Map());
  state.map.showRoutes([]);
  state.fairSplit.show([]);
  [$('chart'), $('unassigned').tBodies[0], $('routes')].forEach(panel => panel.replaceChildren());
  showUnusedVans($('unused-section'), $('unused-vans'), []);
  showDownloads(null);
}

function showVersion(version) {
  state.version = version;
  const fairness = version.fairness;
  $('version-line').textContent = t('planLine', {date: italianDate(version.date), number: version.number,
    status: t(`status_${version.status}`)});
  $('plan-summary').textContent = planSummary(version);
  $('expert-line').textContent = t('expertLine', {score: version.score, router: version.router.description,
    minimum: percent(fairness.minimum), mean: percent(fairness.mean)});
  $('plan-publish').disabled = version.status !== 'DRAFT';
  fairness.perComune.forEach(row => state.comuni.set(row.istat, row.name));
  state.map.shadeComuni(new Map(fairness.perComune.map(row => [row.istat, row.fillRatio])));
  state.map.showRoutes(version.routes);
  state.fairSplit.show(fairness.perComune);
  drawFillChart($('chart'), fairness.perComune, fairness.mean);
  showUnassigned($('unassigned').tBodies[0], version.unassigned, state.comuni);
  showUnusedVans($('unused-section'), $('unused-vans'), version.unusedVehicles);
  showRoutes($('routes'), version.routes);
  showDownloads(version);
  showCrewLinks(version).catch(error => say(error.message, true));
}

/** Published versions: per van its crew's link (the page for the phone) and its printable route sheet. */
async function showCrewLinks(version) {
  if (version.status !== 'PUBLISHED') {
    return;
  }
  const base = `/api/v1/plans/${version.date}/versions/${version.number}`;
  const links = new Map((await getJson(`${base}/crew-links`)).map(link => [link.routeId, link]));
  if (state.version !== version) {
    return; // another version was opened meanwhile
  }
  [...$('routes').children].forEach((item, index) => {
    const route = version.routes[index];
    const link = links.get(route?.routeId);
    if (!link) {
      return;
    }
    const sheet = el('button', {type: 'button'}, t('routeSheet'));
    sheet.addEventListener('click', guarded(() => download(`${base}/routes/${route.routeId}/manifest.pdf`,
      'application/pdf', `foglio-di-viaggio-${version.date}-giro-${route.routeId}.pdf`)));
    item.append(' ', el('a', {href: link.url, target: '_blank', rel: 'noopener',
      'aria-label': t('crewLinkLabel', {van: route.vehicleLabel})}, t('crewLinkOf')), ' ', sheet);
  });
}

/** The plan in plain words: "2 consegne rinviate (120 kg) · 15 furgoni · 1.415 km · 27 h 40 min di guida · …". */
function planSummary(version) {
  const metres = version.routes.reduce((sum, route) => sum + (route.distanceMetres || 0), 0);
  const seconds = version.routes.reduce((sum, route) => sum + (route.durationSeconds || 0), 0);
  return t('planSummary', {postponed: version.unassigned.length,
    postponedKg: number(version.unassigned.reduce((sum, order) => sum + order.kg, 0)),
    vans: version.routes.length, km: number(metres / 1000), driving: duration(seconds),
    jain: number(version.fairness.jain, 2)});
}

async function startPlan() {
  const body = {date: $('plan-date').value, timeLimitSeconds: Number($('time-limit').value)};
  const job = await sendJson('POST', '/api/v1/plans', body);
  say(t('planningDay', {date: italianDate(body.date)}));
  $('plan-start').disabled = true;
  $('plan-stop').disabled = false;
  $('plan-stop').focus();
  follow(job);
}

/** Shows the job's progress and polls it until it finishes, then shows the plan it produced. */
async function follow(job) {
  state.job = job;
  showProgress(job);
  if (!FINISHED.includes(job.state)) {
    setTimeout(() => poll(job.id), POLL_MILLIS);
    return;
  }
  $('plan-start').disabled = false;
  $('plan-stop').disabled = true;
  say(job.state === 'FAILED' ? t('planningFailed', {error: job.error}) : t(`planningFinished_${job.state}`),
    job.state === 'FAILED');
  if (job.planVersion) {
    await loadVersion(job.planVersion.date, job.planVersion.number);
    $('plan-publish').focus();
  }
}

async function poll(jobId) {
  try {
    await follow(await getJson(`/api/v1/plans/jobs/${jobId}`));
  } catch (error) {
    say(t('jobLost', {error: error.message}), true);
    $('plan-start').disabled = false;
    $('plan-stop').disabled = true;
  }
}

function showProgress(job) {
  $('progress').value = job.progress || 0;
  const queued = job.state === 'QUEUED' && job.queuePosition ? t('queuePosition', {position: job.queuePosition}) : '';
  $('progress-text').textContent = t('progressLine', {state: t(`job_${job.state}`), queued,
    percent: percent(job.progress || 0), elapsed: Math.round(job.elapsedSeconds || 0), limit: job.timeLimitSeconds})
    + (job.feasible === false ? t('infeasible') : '');
  $('progress-text').dataset.state = job.state;
  $('progress-text').title = job.bestScore || '';
}

async function stopPlan() {
  if (state.job) {
    $('plan-stop').disabled = true;
    await call('DELETE', `/api/v1/plans/jobs/${state.job.id}`);
  }
}

async function publish() {
  const version = state.version;
  await call('POST', `/api/v1/plans/${version.date}/versions/${version.number}/publish`);
  await loadVersion(version.date, version.number);
  say(t('published', {number: version.number, date: italianDate(version.date)}));
}

function showDownloads(version) {
  $('layer-links').replaceChildren(...LAYERS.map(layer => {
    const button = el('button', {type: 'button', 'data-layer': layer}, t(`layer_${layer}`));
    button.disabled = !version;
    button.addEventListener('click', guarded(() => download(
      `/layers/${layer}.geojson?date=${version.date}&version=${version.number}`, 'application/geo+json',
      `${layer}-${version.date}-v${version.number}.geojson`)));
    return button;
  }));
  const select = $('schedule-comune');
  const perComune = version ? [...version.fairness.perComune].sort((a, b) => a.name.localeCompare(b.name, 'it')) : [];
  select.replaceChildren(...perComune.map(row => el('option', {value: row.istat}, row.name)));
  $('planner-csv').disabled = $('planner-ics').disabled = perComune.length === 0;
}

// ---- schedules (COC view and the planner's downloads) ----

function scheduleDownload(istat, date, format) {
  const [accept, extension] = format === 'csv' ? ['text/csv', 'csv'] : ['text/calendar', 'ics'];
  return download(`/api/v1/coc/${istat}/schedule?date=${date}`, accept, `consegne-${istat}-${date}.${extension}`);
}

async function loadSchedule() {
  const date = $('coc-date').value;
  let content;
  try {
    const schedule = await getJson(`/api/v1/coc/${signedInAccount().comuneIstat}/schedule?date=${date}`);
    content = scheduleContent(schedule);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) {
      throw error;
    }
    content = [el('p', {}, error.message)]; // nothing published for that day yet
  }
  if ($('coc-date').value === date) { // else the date changed meanwhile: that answer is the one to show
    $('coc-schedule').replaceChildren(...content);
  }
}

function scheduleContent(schedule) {
  const version = schedule.planVersion;
  const values = {comune: schedule.comuneName, istat: schedule.istat, date: italianDate(schedule.date),
    number: version?.number, count: schedule.deliveries.length};
  const heading = el('p', {}, t(version ? 'publishedVersion' : 'notPublishedYet', values));
  const columns = [t('arrival'), t('window'), t('site'), t('van'), t('goods'), 'kg', t('deliveryOutcome')];
  return [heading, ...(schedule.deliveries.length === 0 ? [] : [el('table', {id: 'schedule-table'},
    el('thead', {}, el('tr', {}, ...columns.map(column => el('th', {scope: 'col'}, column)))),
    el('tbody', {}, ...schedule.deliveries.map(delivery => el('tr', {},
      el('td', {}, timeOf(delivery.arrival)),
      el('td', {}, `${timeOf(delivery.windowStart)}–${timeOf(delivery.windowEnd)}`),
      el('td', {}, [delivery.siteName, delivery.address].filter(Boolean).join(', ')),
      el('td', {}, `${delivery.vanLabel} (${delivery.organisation})`),
      el('td', {}, delivery.items.map(item => `${item.units} ${item.unit} ${item.goodsName}`).join(', ')),
      el('td', {class: 'num'}, number(delivery.totalKg, 1)),
      el('td', {}, outcomeText(delivery.confirmation))))))])];
}

// ---- wiring ----

function wire() {
  translatePage();
  wireLanguageSwitch($('lang'));
  $('plan-date').value = nextDeliveryDay();
  $('coc-date').value = nextDeliveryDay();
  wireSignInAndOut(guarded, () => {
    showView();
    const account = signedInAccount();
    if (account) {
      $(account.role === 'PLANNER' ? 'plan-date' : 'coc-date').focus();
    }
  });
  $('plan-form').addEventListener('submit', guarded(startPlan));
  $('plan-date').addEventListener('change', guarded(loadLatestVersion));
  $('plan-stop').addEventListener('click', guarded(stopPlan));
  $('plan-publish').addEventListener('click', guarded(publish));
  $('planner-csv').addEventListener('click', guarded(
    () => scheduleDownload($('schedule-comune').value, state.version.date, 'csv')));
  $('planner-ics').addEventListener('click', guarded(
    () => scheduleDownload($('schedule-comune').value, state.version.date, 'ics')));
  $('coc-form').addEventListener('submit', guarded(loadSchedule));
  $('coc-date').addEventListener('change', guarded(loadSchedule));
  $('coc-csv').addEventListener('click', guarded(
    () => scheduleDownload(signedInAccount().comuneIstat, $('coc-date').value, 'csv')));
  $('coc-ics').addEventListener('click', guarded(
    () => scheduleDownload(signedInAccount().comuneIstat, $('coc-date').value, 'ics')));
  showView();
}

wire();
