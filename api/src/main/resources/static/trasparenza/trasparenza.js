// The public transparency page (no sign-in): for a period, the kg of the published plans per goods category, the
// number of deliveries, per comune, a bar chart and a map of the comuni shaded by kg per inhabitant; CSV download.
/* global L */
import {$, el, say} from '../shared/dom.js';
import {date as italianDate, number, t, translatePage, wireLanguageSwitch} from '../shared/i18n.js';

/** The programme's categories in the order of its published tables. */
const CATEGORIES = ['BEVANDE', 'FORMAGGI_LATTICINI', 'FRUTTA_VERDURA', 'PANE_DOLCI', 'PASTA_RISO',
  'ALTRI_ALIMENTARI'];
const SVG = 'http://www.w3.org/2000/svg';
const state = {map: null, comuni: null, population: new Map()};

function statisticsPath() {
  return `/api/v1/public/statistics?from=${$('from').value}&to=${$('to').value}`;
}

async function getPublic(path, accept = 'application/json') {
  const response = await fetch(path, {headers: {Accept: accept, 'Accept-Language': document.documentElement.lang}});
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.detail || `${response.status} ${response.statusText}`);
  }
  return response;
}

async function show() {
  const statistics = await (await getPublic(statisticsPath())).json();
  $('totals-line').textContent = t('transparencyTotals', {from: italianDate(statistics.from),
    to: italianDate(statistics.to), deliveries: number(statistics.totals.stops), kg: number(statistics.totals.kg),
    comuni: number(statistics.totals.comuniServed)});
  // The figures above are planned; what the crews confirmed handing over is said apart, once there is some.
  const totals = statistics.totals;
  $('confirmed-line').textContent = totals.confirmedStops === 0 ? '' : t('transparencyConfirmed', {
    kg: number(totals.deliveredKg), confirmed: number(totals.confirmedStops), stops: number(totals.stops)});
  const kgOf = new Map(statistics.perCategory.map(category => [category.goodsCode, category]));
  const others = statistics.perCategory.filter(category => !CATEGORIES.includes(category.goodsCode));
  const rows = [...CATEGORIES.map(code => ({code, name: t(`category_${code}`), kg: kgOf.get(code)?.kg || 0})),
    ...others.map(category => ({code: category.goodsCode, name: category.goodsName, kg: category.kg}))];
  $('categories').tBodies[0].replaceChildren(
    ...rows.map(row => el('tr', {'data-code': row.code}, el('th', {scope: 'row'}, row.name),
      el('td', {class: 'num'}, number(row.kg)))),
    el('tr', {class: 'total', 'data-code': 'TOTALE'}, el('th', {scope: 'row'}, t('total')),
      el('td', {class: 'num'}, number(statistics.totals.kg))));
  drawChart(rows);
  $('comuni').tBodies[0].replaceChildren(...(statistics.perComune.length === 0
    ? [el('tr', {}, el('td', {colspan: 4}, t('nothingPublished')))]
    : statistics.perComune.map(comune => el('tr', {'data-istat': comune.istat},
      el('th', {scope: 'row'}, comune.name),
      el('td', {class: 'num'}, number(comune.stops)),
      el('td', {class: 'num'}, number(comune.kg)),
      el('td', {class: 'num'}, number(perInhabitant(comune), 1))))));
  shadeMap(new Map(statistics.perComune.map(comune => [comune.istat, perInhabitant(comune)])));
}

/** Kilograms per 1,000 inhabitants: per single inhabitant the figures of a day are too small to read. */
function perInhabitant(comune) {
  const population = state.population.get(comune.istat);
  return population ? 1000 * comune.kg / population : 0;
}

/** Horizontal bars of kg per category; the numbers are in the table next to it, the chart is a picture of them. */
function drawChart(rows) {
  const most = Math.max(1, ...rows.map(row => row.kg));
  const bar = 22;
  const label = 150;
  const width = 460;
  const plot = width - label - 70;
  const svg = svgNode('svg', {viewBox: `0 0 ${width} ${rows.length * bar + 6}`, width, role: 'img',
    'aria-label': t('chartKgPerCategory'), class: 'chart'});
  rows.forEach((row, i) => svg.append(
    svgNode('text', {x: label - 6, y: i * bar + 16, 'text-anchor': 'end'}, row.name),
    svgNode('rect', {x: label, y: i * bar + 4, width: Math.max(1, plot * row.kg / most), height: bar - 6}),
    svgNode('text', {x: label + plot * row.kg / most + 4, y: i * bar + 16}, `${number(row.kg)} kg`)));
  $('chart').replaceChildren(svg);
}

function svgNode(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

async function openMap() {
  state.map = L.map($('map'), {zoomSnap: 0.25}).setView([45.46, 9.19], 9.5);
  state.map.attributionControl.setPrefix(false);
  state.map.attributionControl.addAttribution(t('boundariesAttribution'));
  const settings = await (await getPublic('/api/v1/public/map-settings')).json();
  if (settings.baseLayerUrl) {
    L.tileLayer(settings.baseLayerUrl, {attribution: settings.attribution || ''}).addTo(state.map);
  }
  const comuni = await (await getPublic('/layers/comuni.geojson', 'application/geo+json')).json();
  comuni.features.forEach(feature => state.population.set(feature.properties.istat, feature.properties.population));
  state.comuni = L.geoJSON(comuni, {className: 'comune', style: () => ({color: '#777', weight: 0.6,
    fillColor: '#f2f2f2', fillOpacity: 0.7})}).addTo(state.map);
  // A DOM node, not a string: Leaflet would read a string as HTML.
  state.comuni.eachLayer(layer => layer.bindTooltip(el('span', {}, layer.feature.properties.name)));
  state.map.fitBounds(state.comuni.getBounds());
}

/** Darker blue for more kg per inhabitant; grey where nothing was delivered. */
function shadeMap(kgPerInhabitant) {
  if (!state.comuni) {
    return;
  }
  const most = Math.max(0, ...kgPerInhabitant.values());
  state.comuni.eachLayer(layer => {
    const value = kgPerInhabitant.get(layer.feature.properties.istat) || 0;
    const share = most > 0 ? value / most : 0;
    layer.setStyle({fillColor: value > 0 ? `hsl(212, 80%, ${Math.round(85 - 50 * share)}%)` : '#f2f2f2'});
    layer.setTooltipContent(el('span', {}, t('mapTooltip', {comune: layer.feature.properties.name,
      value: number(value, 1)})));
  });
}

async function downloadCsv() {
  const blob = await (await getPublic(statisticsPath(), 'text/csv')).blob();
  const link = el('a', {href: URL.createObjectURL(blob), download: `consegne-${$('from').value}-${$('to').value}.csv`});
  document.body.append(link);
  link.click();
  link.remove();
}

/** The period in the address (?from=…&to=…), else the last 30 days. */
function initialPeriod() {
  const query = new URLSearchParams(location.search);
  const iso = day => [day.getFullYear(), day.getMonth() + 1, day.getDate()].map(n => String(n).padStart(2, '0'))
    .join('-');
  const today = new Date();
  const monthAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 30);
  $('from').value = query.get('from') || iso(monthAgo);
  $('to').value = query.get('to') || iso(today);
}

function guarded(action) {
  return async event => {
    event?.preventDefault();
    try {
      await action();
      say('');
    } catch (error) {
      say(error.message, true);
    }
  };
}

async function start() {
  translatePage();
  wireLanguageSwitch($('lang'));
  initialPeriod();
  $('period-form').addEventListener('submit', guarded(show));
  $('download-csv').addEventListener('click', guarded(downloadCsv));
  try {
    await openMap();
  } catch (error) {
    say(t('boundariesMissing', {error: error.message}));
  }
  await guarded(show)();
}

start();
