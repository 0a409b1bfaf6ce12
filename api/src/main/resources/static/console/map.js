// The map of the day, drawn without any basemap tiles (the console works offline): the comuni boundaries
// are the base map, shaded by fill ratio; routes are coloured by van; stops, depot and hubs are markers.
/* global L */
import {el} from '../shared/dom.js';
import {t} from '../shared/i18n.js';

const MILANO = [45.46, 9.19];
const VAN_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2',
  '#bcbd22', '#393b79', '#637939', '#843c39'];
const NO_REQUEST = '#f2f2f2';

export function vanColour(index) {
  return VAN_COLOURS[index % VAN_COLOURS.length];
}

/** Red (nothing delivered) through yellow to green (everything requested delivered). */
export function fillColour(ratio) {
  return `hsl(${Math.round(120 * Math.max(0, Math.min(1, ratio)))}, 70%, 48%)`;
}

/**
 * Tooltip content as text: Leaflet puts a string into the page as HTML, and names come from the data (a site
 * called <img onerror=...> must show as those characters, not run).
 */
function text(content) {
  const node = document.createElement('span');
  node.textContent = content;
  return node;
}

export class DayMap {

  constructor(element) {
    this.map = L.map(element, {zoomSnap: 0.25}).setView(MILANO, 10);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Confini: ISTAT · strade: © OpenStreetMap contributors');
    this.comuni = L.geoJSON(null, {className: 'comune', style: () => this.comuneStyle(undefined)}).addTo(this.map);
    this.routes = L.featureGroup().addTo(this.map);
    this.sites = L.layerGroup().addTo(this.map);
    this.addLegend();
  }

  /** The base map: a GeoJSON FeatureCollection of comuni boundaries with their ISTAT code. */
  showComuni(collection) {
    this.comuni.clearLayers();
    this.comuni.addData(collection);
    this.comuni.eachLayer(layer =>
      layer.bindTooltip(text(layer.feature.properties.name || istatOf(layer.feature))));
    if (this.comuni.getLayers().length > 0) {
      this.map.fitBounds(this.comuni.getBounds());
    }
  }

  /** Shades every comune by its fill ratio (a Map istat → ratio); comuni without requests stay pale. */
  shadeComuni(fillByIstat) {
    this.comuni.setStyle(feature => this.comuneStyle(fillByIstat.get(istatOf(feature))));
  }

  comuneStyle(ratio) {
    return {color: '#777', weight: 0.6, fillOpacity: ratio === undefined ? 0.6 : 0.45,
      fillColor: ratio === undefined ? NO_REQUEST : fillColour(ratio)};
  }

  /** Routes of a plan version: the road geometry as a line, each stop as a dot (its number and ETA on hover). */
  showRoutes(routes) {
    this.routes.clearLayers();
    routes.forEach((route, index) => {
      const colour = vanColour(index);
      const line = route.geometry && route.geometry.coordinates.length > 1
        ? route.geometry.coordinates
        : route.stops.map(stop => [stop.lon, stop.lat]);
      L.polyline(line.map(([lon, lat]) => [lat, lon]), {color: colour, weight: 4, opacity: 0.85, className: 'route'})
        .bindTooltip(text(`${route.vehicleLabel} (${route.organisation})`))
        .addTo(this.routes);
      route.stops.forEach(stop => L.circleMarker([stop.lat, stop.lon],
          {radius: 5, color: '#222', weight: 1, fillColor: colour, fillOpacity: 1, className: 'stop'})
        .bindTooltip(text(`${route.vehicleLabel} #${stop.sequence} ${stop.reload ? t('reloadStop') : stop.siteName}`
          + ` ${timeOf(stop.arrival)}`))
        .addTo(this.routes));
    });
    if (routes.length > 0 && this.comuni.getLayers().length === 0) {
      this.map.fitBounds(this.routes.getBounds()); // no base map to frame the day
    }
  }

  /** Depot and hubs: [{name, kind, lat, lon}]. */
  showSites(sites) {
    this.sites.clearLayers();
    sites.forEach(site => L.circleMarker([site.lat, site.lon],
        {radius: site.kind === 'DEPOT' ? 9 : 7, color: '#000', weight: 2,
          fillColor: site.kind === 'DEPOT' ? '#000' : '#fff', fillOpacity: 1, className: 'site'})
      .bindTooltip(text(`${t(site.kind === 'DEPOT' ? 'depot' : 'hub')}: ${site.name}`))
      .addTo(this.sites));
  }

  /** Tiles under the comuni (cisiamo.map.base-layer-url), when the service is configured with a tile server. */
  addBaseLayer(settings) {
    if (settings.baseLayerUrl) {
      L.tileLayer(settings.baseLayerUrl, {attribution: settings.attribution || ''}).addTo(this.map).bringToBack();
    }
  }

  /** Leaflet measures its container once; call after the map's section becomes visible. */
  resize() {
    this.map.invalidateSize();
  }

  addLegend() {
    const legend = L.control({position: 'bottomright'});
    legend.onAdd = () => {
      const box = L.DomUtil.create('div', 'legend');
      box.append(el('strong', {}, t('fillRatio')), el('div', {class: 'legend-scale'}), el('span', {}, '0 %'),
        el('span', {}, '100 %'), el('div', {}, el('i', {class: 'legend-none'}), ` ${t('legendNoRequests')}`),
        el('div', {}, el('i', {class: 'legend-depot'}), ` ${t('depot')} · `, el('i', {class: 'legend-hub'}),
          ` ${t('hub')}`));
      return box;
    };
    legend.addTo(this.map);
  }
}

function istatOf(feature) {
  return feature.properties.istat || feature.properties.istatCode || feature.id;
}

export function timeOf(dateTime) {
  return dateTime ? String(dateTime).replace(/^.*T/, '').slice(0, 5) : '';
}
