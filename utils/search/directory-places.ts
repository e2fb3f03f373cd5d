import type { Service } from '../directory/service';

/** Where the directory's services are, from its own locations: no postcode database ships with Signpost. */
export interface DirectoryPlaces {
  /** Per service: its first geocoded location, else its postcode district's centre; NaN when unknown. */
  lat: Float32Array;
  lon: Float32Array;
  /** Postcode ("BS1 5TR") → [lat, lon], averaged over the directory's locations there. */
  postcodes: Record<string, [number, number]>;
  /** Postcode district ("BS1") → the centre of the directory's geocoded locations in it. */
  outcodes: Record<string, [number, number]>;
}

function centres(sums: Map<string, [number, number, number]>): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  for (const [key, [lat, lon, n]] of sums) result[key] = [lat / n, lon / n];
  return result;
}

function add(sums: Map<string, [number, number, number]>, key: string, lat: number, lon: number): void {
  const sum = sums.get(key) ?? [0, 0, 0];
  sums.set(key, [sum[0] + lat, sum[1] + lon, sum[2] + 1]);
}

export function outcodeOf(postcode: string): string {
  return postcode.trim().toUpperCase().split(/\s+/)[0] ?? '';
}

/**
 * Derives postcode and postcode-district centres from the services that have coordinates, and gives every service
 * the best position known: its own, or its district's centre when it has only a postcode.
 */
export function directoryPlaces(services: Service[]): DirectoryPlaces {
  const postcodeSums = new Map<string, [number, number, number]>();
  const outcodeSums = new Map<string, [number, number, number]>();
  for (const service of services) {
    for (const location of service.locations) {
      if (location.lat === undefined || location.lon === undefined || !location.postcode) continue;
      add(postcodeSums, location.postcode, location.lat, location.lon);
      add(outcodeSums, outcodeOf(location.postcode), location.lat, location.lon);
    }
  }
  const postcodes = centres(postcodeSums);
  const outcodes = centres(outcodeSums);
  const lat = new Float32Array(services.length).fill(Number.NaN);
  const lon = new Float32Array(services.length).fill(Number.NaN);
  services.forEach((service, doc) => {
    const exact = service.locations.find((location) => location.lat !== undefined && location.lon !== undefined);
    const district = service.locations
      .map((location) => (location.postcode ? outcodes[outcodeOf(location.postcode)] : undefined))
      .find(Boolean);
    const point = exact ? [exact.lat ?? Number.NaN, exact.lon ?? Number.NaN] : district;
    if (point) {
      lat[doc] = point[0] ?? Number.NaN;
      lon[doc] = point[1] ?? Number.NaN;
    }
  });
  return { lat, lon, postcodes, outcodes };
}
