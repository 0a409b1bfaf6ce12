// The result panels of a plan version: fair-split table, fill-ratio chart, unassigned list, routes list,
// and a COC's schedule. Built with DOM nodes and textContent only: names come from user data.
import {fillColour, timeOf, vanColour} from './map.js';
import {el} from '../shared/dom.js';
import {number, percent, t} from '../shared/i18n.js';

const SVG = 'http://www.w3.org/2000/svg';


function kg(value) {
  return number(value);
}

/** The fair split per comune, sorted by one column; clicking a header sorts by it (again: reverses). */
export class FairSplitTable {

  constructor(table) {
    this.table = table;
    this.rows = [];
    this.key = 'fillRatio';
    this.ascending = true;
    table.querySelectorAll('th[data-key] button').forEach(button => {
      button.addEventListener('click', () => this.sortBy(button.parentElement.dataset.key));
    });
  }

  show(perComune) {
    this.rows = perComune;
    this.render();
  }

  sortBy(key) {
    this.ascending = this.key === key ? !this.ascending : true;
    this.key = key;
    this.render();
  }

  render() {
    const direction = this.ascending ? 1 : -1;
    const sorted = [...this.rows].sort((a, b) => direction * (typeof a[this.key] === 'string'
      ? a[this.key].localeCompare(b[this.key], 'it') : a[this.key] - b[this.key]));
    this.table.querySelectorAll('th[data-key]').forEach(th => {
      if (th.dataset.key === this.key) {
        th.setAttribute('aria-sort', this.ascending ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
    this.table.tBodies[0].replaceChildren(...sorted.map(row => el('tr', {},
      el('th', {scope: 'row'}, row.name),
      el('td', {class: 'num'}, kg(row.requestedKg)),
      el('td', {class: 'num'}, kg(row.allocatedKg)),
      el('td', {class: 'num'}, swatch(fillColour(row.fillRatio)), percent(row.fillRatio)))));
  }
}

/** A horizontal SVG bar per comune (lowest fill first), with a line at the mean. */
export function drawFillChart(container, perComune, mean) {
  const rows = [...perComune].sort((a, b) => a.fillRatio - b.fillRatio);
  const bar = 14;
  const label = 150;
  const width = 460;
  const plot = width - label - 50;
  const svg = svgNode('svg', {viewBox: `0 0 ${width} ${rows.length * bar + 24}`, width, role: 'img',
    'aria-label': t('chartLabel', {count: rows.length, mean: percent(mean)}), class: 'chart'});
  rows.forEach((row, i) => {
    const y = i * bar;
    svg.append(
      svgNode('text', {x: label - 4, y: y + bar - 3, 'text-anchor': 'end'}, row.name),
      svgNode('rect', {x: label, y: y + 1, width: Math.max(1, plot * row.fillRatio), height: bar - 2,
        fill: fillColour(row.fillRatio)}, `${row.name}: ${percent(row.fillRatio)}`),
      svgNode('text', {x: label + plot * row.fillRatio + 4, y: y + bar - 3}, percent(row.fillRatio)));
  });
  const meanX = label + plot * mean;
  const bottom = rows.length * bar;
  svg.append(svgNode('line', {x1: meanX, x2: meanX, y1: 0, y2: bottom + 4, class: 'mean'}),
    svgNode('text', {x: meanX, y: bottom + 18, 'text-anchor': 'middle'}, t('mean', {mean: percent(mean)})));
  container.replaceChildren(svg);
}

function svgNode(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    // Text of a <text> is shown; text of a shape becomes its tooltip.
    node.append(tag === 'text' ? text : svgTitle(text));
  }
  return node;
}

function svgTitle(text) {
  const title = document.createElementNS(SVG, 'title');
  title.textContent = text;
  return title;
}

/** Orders that were not planned, with the reason why. */
export function showUnassigned(tbody, unassigned, comuneNames) {
  tbody.replaceChildren(...(unassigned.length === 0
    ? [el('tr', {}, el('td', {colspan: 6}, t('everythingAssigned')))]
    : unassigned.map(order => el('tr', {},
      el('td', {}, order.siteName),
      el('td', {}, comuneNames.get(order.comuneIstat) || order.comuneIstat),
      el('td', {}, order.goods.map(goods => `${goods.units} × ${goods.goodsCode}`).join(', ')),
      el('td', {class: 'num'}, kg(order.kg)),
      el('td', {}, t(`reason_${order.reason}`)),
      el('td', {}, order.detail || '')))));
}

/** The vans chosen for the day that the plan leaves out, and why (e.g. marked not available that day). */
export function showUnusedVans(section, list, vans) {
  list.replaceChildren(...vans.map(van => el('li', {},
    t('unusedVan', {label: van.label, organisation: van.organisation, reason: van.reason}))));
  section.hidden = vans.length === 0;
}

/** One line per van: colour of its line on the map, times, distance, load, stops and any depot returns. */
export function showRoutes(list, routes) {
  list.replaceChildren(...routes.map((route, index) => {
    const reloads = route.stops.filter(stop => stop.reload);
    const trips = reloads.length === 0 ? '' : t('routeTrips', {trips: reloads.length + 1,
      returns: reloads.map(stop => `${timeOf(stop.arrival)}–${timeOf(stop.departure)}`).join(', ')});
    return el('li', {},
      swatch(vanColour(index)),
      el('strong', {}, route.vehicleLabel), t('routeLine', {organisation: route.organisation,
        from: timeOf(route.departure), to: timeOf(route.returnTime), km: number(route.distanceMetres / 1000, 1),
        kg: kg(route.loadKg), stops: route.stops.length - reloads.length}) + trips);
  }));
  if (routes.length === 0) {
    list.replaceChildren(el('li', {}, t('noRoutes')));
  }
}

// A colour sample set through the DOM, not a style attribute, so a strict Content-Security-Policy allows it.
function swatch(colour) {
  const node = el('span', {class: 'swatch'});
  node.style.background = colour;
  return node;
}
