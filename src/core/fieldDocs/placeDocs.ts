/**
 * Docs of the v2 Place object, the tagged location of a post: it arrives under `includes.places` with the expansion
 * `geo.place_id`. Both vocabularies share it. Our own words.
 */
import type { FieldDoc } from './types';

export const PLACE_DOC_LIST: readonly FieldDoc[] = [
  {
    path: 'id', type: 'string (hexadecimal place id)', requestedBy: 'default',
    description: 'The place\'s id, as a post gives it in `geo.place_id`. Not a number: keep it as text.',
    example: '"01a9a39529b27f36"',
  },
  {
    path: 'full_name', type: 'string', requestedBy: 'default',
    description: 'The name with its context, fit for display, e.g. a city followed by its state.',
    example: '"Manhattan, NY"',
  },
  {
    path: 'name', type: 'string', requestedBy: 'place.fields=name',
    description: 'The short name of the place alone.',
    example: '"Manhattan"',
  },
  {
    path: 'country', type: 'string', requestedBy: 'place.fields=country',
    description: 'The country the place lies in, spelled out in English.',
    example: '"United States"',
  },
  {
    path: 'country_code', type: 'string (ISO 3166-1 alpha-2)', requestedBy: 'place.fields=country_code',
    description: 'The country as two capital letters.',
    example: '"US"',
  },
  {
    path: 'place_type', type: 'string (enum: poi | neighborhood | city | admin | country | unknown)',
    requestedBy: 'place.fields=place_type',
    description: 'How big a place this is: a point of interest, a neighbourhood, a city, an administrative region ' +
      'such as a state, or a whole country.',
    example: '"city"',
  },
  {
    path: 'contained_within', type: 'array of string (place id)', requestedBy: 'place.fields=contained_within',
    description: 'Ids of larger places this one lies inside.',
    example: '["96683cc9126741d1"]',
  },
  {
    path: 'geo', type: 'object (GeoJSON Feature)', requestedBy: 'place.fields=geo',
    description: 'Where the place is, as a GeoJSON feature: mostly just its bounding box.',
    example: '{"type":"Feature","bbox":[-74.026675,40.683935,-73.910408,40.877483],"properties":{}}',
  },
  {
    path: 'geo.type', type: 'string (always "Feature")',
    description: 'The GeoJSON object type; always `Feature` here.',
    example: '"Feature"',
  },
  {
    path: 'geo.bbox', type: 'array of number (4: west, south, east, north)',
    description: 'The box around the place in degrees: longitude and latitude of the south-west corner, then of ' +
      'the north-east one. Longitude comes first, as GeoJSON always orders it.',
    example: '[-74.026675,40.683935,-73.910408,40.877483]',
  },
  {
    path: 'geo.properties', type: 'object',
    description: 'GeoJSON\'s free-form properties; X leaves it empty.',
    example: '{}',
  },
  {
    path: 'geo.geometry', type: 'object (GeoJSON Point)',
    description: 'A single point for the place, when X has one; the bounding box is the usual answer.',
  },
  {
    path: 'geo.geometry.type', type: 'string (always "Point")',
    description: 'The geometry type; always `Point`.',
    example: '"Point"',
  },
  {
    path: 'geo.geometry.coordinates', type: 'array of number (longitude, latitude)',
    description: 'The point, longitude first.',
    example: '[-73.99,40.73]',
  },
];
