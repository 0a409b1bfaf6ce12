// The result panels of a plan version: fair-split table, fill-ratio chart, unassigned list, routes list,
// and a COC's schedule. Built with DOM nodes and textContent only: names come from user data.
import {fillColour, timeOf, vanColour} from './map.js';

const SVG = 'http://www.w3.org/2000/svg';

/** Creates an element with attributes and children (nodes or text). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  // A style attribute is inline CSS, which the Content-Security-Policy refuses; the CSSOM is allowed.
  Object.entries(attributes).forEach(([name, value]) => name === 'style'
    ? node.style.cssText = value : node.setAttribute(name, value));
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}

export function percent(ratio) {
  return `${Math.round(ratio * 100)}%`;
}

function kg(value) {
  return Math.round(value).toLocaleString('it-IT');
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
      el('td', {class: 'num'}, el('span', {class: 'swatch', style: `background:${fillColour(row.fillRatio)}`}),
        percent(row.fillRatio)))));
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
    'aria-label': `Fill ratio of ${rows.length} comuni, mean ${percent(mean)}`, class: 'chart'});
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
    svgNode('text', {x: meanX, y: bottom + 18, 'text-anchor': 'middle'}, `mean ${percent(mean)}`));
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
    ? [el('tr', {}, el('td', {colspan: 6}, 'Everything was assigned.'))]
    : unassigned.map(order => el('tr', {},
      el('td', {}, order.siteName),
      el('td', {}, comuneNames.get(order.comuneIstat) || order.comuneIstat),
      el('td', {}, order.goods.map(goods => `${goods.units} × ${goods.goodsCode}`).join(', ')),
      el('td', {class: 'num'}, kg(order.kg)),
      el('td', {}, order.reason),
      el('td', {}, order.detail || '')))));
}

/** One line per van: colour of its line on the map, times, distance, load and stops. */
export function showRoutes(list, routes) {
  list.replaceChildren(...routes.map((route, index) => el('li', {},
    el('span', {class: 'swatch', style: `background:${vanColour(index)}`}),
    el('strong', {}, route.vehicleLabel), ` ${route.organisation} · ${timeOf(route.departure)}–`
      + `${timeOf(route.returnTime)} · ${(route.distanceMetres / 1000).toFixed(1)} km · ${kg(route.loadKg)} kg · `
      + `${route.stops.length} stops`)));
  if (routes.length === 0) {
    list.replaceChildren(el('li', {}, 'No routes.'));
  }
}
