// The console: sign-in, then the planner's view (plan a day, watch the solver, read and publish the result,
// download it) or a COC's view (its comune's schedule).
//
// Progress is polled (GET /api/v1/plans/jobs/{id} every 500 ms) rather than streamed: EventSource cannot send
// the Authorization header, and a fetch() stream of /events would need an SSE parser and a reconnect loop,
// while one small JSON document twice a second shows the same progress and best score.
import {ApiError, call, download, getJson, sendJson, signedInAccount, signIn, signOut} from './api.js';
import {DayMap, timeOf} from './map.js';
import {drawFillChart, el, FairSplitTable, percent, showRoutes, showUnassigned} from './panels.js';

const POLL_MILLIS = 500;
const FINISHED = ['DONE', 'STOPPED', 'FAILED', 'INTERRUPTED'];
const LAYERS = ['routes', 'stops', 'comuni', 'sites'];

const $ = id => document.getElementById(id);

const state = {map: null, fairSplit: null, job: null, version: null, comuni: new Map()};

function say(text, isError = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', isError);
}

/** Runs an action of a button or form, reporting failures instead of losing them in the console. */
function guarded(action) {
  return async event => {
    event.preventDefault();
    try {
      await action(event);
    } catch (error) {
      say(error.message, true);
      if (error instanceof ApiError && error.status === 401) {
        showView();
      }
    }
  };
}

function tomorrow() {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map(n => String(n).padStart(2, '0')).join('-');
}

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
    ? `${account.username} (COC ${account.comuneIstat})` : `${account.username} (planner)`;
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
    state.map.showSites(sites.features
      .filter(feature => ['DEPOT', 'ATS_HUB'].includes(feature.properties.kind))
      .map(feature => ({name: feature.properties.name, kind: feature.properties.kind,
        lon: feature.geometry.coordinates[0], lat: feature.geometry.coordinates[1]})));
    if (state.version) {
      showVersion(state.version);
    }
  } catch (error) {
    say(`Comuni boundaries not available (${error.message}); the map shows routes only.`);
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
    clearVersion(`No plan for ${date} yet.`);
  }
}

async function loadVersion(date, number) {
  showVersion(await getJson(`/api/v1/plans/${date}/versions/${number}`));
}

function clearVersion(text) {
  state.version = null;
  $('version-line').textContent = text;
  $('plan-publish').disabled = true;
  state.map.shadeComuni(new Map());
  state.map.showRoutes([]);
  state.fairSplit.show([]);
  [$('chart'), $('unassigned').tBodies[0], $('routes')].forEach(panel => panel.replaceChildren());
  showDownloads(null);
}

function showVersion(version) {
  state.version = version;
  const fairness = version.fairness;
  $('version-line').textContent = `Plan ${version.date} · version ${version.number} · ${version.status} · `
    + `score ${version.score} · router: ${version.router.kind} · minimum fill ${percent(fairness.minimum)}, `
    + `mean ${percent(fairness.mean)}, Jain index ${fairness.jain.toFixed(3)}`;
  $('version-line').title = version.router.description;
  $('plan-publish').disabled = version.status !== 'DRAFT';
  fairness.perComune.forEach(row => state.comuni.set(row.istat, row.name));
  state.map.shadeComuni(new Map(fairness.perComune.map(row => [row.istat, row.fillRatio])));
  state.map.showRoutes(version.routes);
  state.fairSplit.show(fairness.perComune);
  drawFillChart($('chart'), fairness.perComune, fairness.mean);
  showUnassigned($('unassigned').tBodies[0], version.unassigned, state.comuni);
  showRoutes($('routes'), version.routes);
  showDownloads(version);
}

async function startPlan() {
  const body = {date: $('plan-date').value, timeLimitSeconds: Number($('time-limit').value)};
  const job = await sendJson('POST', '/api/v1/plans', body);
  say(`Planning ${body.date}…`);
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
  say(job.state === 'FAILED' ? `Planning failed: ${job.error}` : `Planning ${job.state.toLowerCase()}.`,
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
    say(`Lost the planning job: ${error.message}`, true);
    $('plan-start').disabled = false;
    $('plan-stop').disabled = true;
  }
}

function showProgress(job) {
  $('progress').value = job.progress || 0;
  const queued = job.state === 'QUEUED' && job.queuePosition ? ` (position ${job.queuePosition})` : '';
  $('progress-text').textContent = `${job.state}${queued} · ${percent(job.progress || 0)} · `
    + `best score ${job.bestScore || '—'}${job.feasible === false ? ' (infeasible)' : ''} · `
    + `${Math.round(job.elapsedSeconds || 0)} s elapsed (solver limit ${job.timeLimitSeconds} s)`;
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
  say(`Version ${version.number} of ${version.date} published.`);
}

function showDownloads(version) {
  $('layer-links').replaceChildren(...LAYERS.map(layer => {
    const button = el('button', {type: 'button'}, layer);
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
  const heading = el('p', {}, `${schedule.comuneName} (${schedule.istat}), ${schedule.date}: `
    + (version ? `published plan version ${version.number}, ${schedule.deliveries.length} deliveries.`
      : 'no published plan yet.'));
  const columns = ['Arrival', 'Window', 'Site', 'Van', 'Goods', 'kg'];
  return [heading, ...(schedule.deliveries.length === 0 ? [] : [el('table', {id: 'schedule-table'},
    el('thead', {}, el('tr', {}, ...columns.map(column => el('th', {scope: 'col'}, column)))),
    el('tbody', {}, ...schedule.deliveries.map(delivery => el('tr', {},
      el('td', {}, timeOf(delivery.arrival)),
      el('td', {}, `${timeOf(delivery.windowStart)}–${timeOf(delivery.windowEnd)}`),
      el('td', {}, [delivery.siteName, delivery.address].filter(Boolean).join(', ')),
      el('td', {}, `${delivery.vanLabel} (${delivery.organisation})`),
      el('td', {}, delivery.items.map(item => `${item.units} ${item.unit} ${item.goodsName}`).join(', ')),
      el('td', {class: 'num'}, String(delivery.totalKg))))))])];
}

// ---- wiring ----

function wire() {
  $('plan-date').value = tomorrow();
  $('coc-date').value = tomorrow();
  $('sign-in-form').addEventListener('submit', guarded(async () => {
    await signIn($('username').value, $('password').value);
    $('sign-in-form').reset();
    say('');
    showView();
    $(signedInAccount().role === 'PLANNER' ? 'plan-date' : 'coc-date').focus();
  }));
  $('sign-out').addEventListener('click', guarded(async () => {
    signOut({revoke: true});
    say('Signed out.');
    showView();
  }));
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
