import { HsdsCsvTables, type HsdsIndex, pushTo, withLists } from './hsds-csv-tables';
import type { JsonObject } from './narrow';

const SERVICE_LISTS = [
  'phones',
  'schedules',
  'service_at_locations',
  'cost_options',
  'attributes',
  'contacts',
  'languages',
  'service_areas',
];

/** Service-level tables that are simply listed on the service they name by `service_id`. */
const SERVICE_CHILDREN: [file: string, key: string][] = [
  ['cost_options.csv', 'cost_options'],
  ['languages.csv', 'languages'],
  ['service_areas.csv', 'service_areas'],
];

/** The service-at-location objects at each location id, for phones and schedules given by location. */
function salsByLocation(sals: JsonObject[]): Map<string, JsonObject[]> {
  const byLocation = new Map<string, JsonObject[]>();
  for (const sal of sals) {
    const id = typeof sal.location_id === 'string' ? sal.location_id : undefined;
    if (id === undefined) continue;
    // Appended in place: copying the list per row made 150,000 rows at one location quadratic.
    const list = byLocation.get(id);
    if (list) list.push(sal);
    else byLocation.set(id, [sal]);
  }
  return byLocation;
}

/** Lists each phone on every service, service-at-location, contact and organisation it names. */
function joinPhones(tables: HsdsCsvTables, links: Links, sals: JsonObject[]): void {
  const phones = tables.load('phones.csv');
  if (!phones) return;
  const atLocation = salsByLocation(sals);
  for (const row of phones.rows) {
    const phone = withLists(row, []);
    const owners = new Set([
      tables.lookup(phones, row, 'service_id', links.services),
      tables.lookup(phones, row, 'service_at_location_id', links.sals),
      tables.lookup(phones, row, 'contact_id', links.contacts),
      tables.lookup(phones, row, 'organization_id', links.organizations),
    ]);
    const location = tables.lookup(phones, row, 'location_id', links.locations);
    // A loop, not push(...list): a spread of 150,000 arguments overflows the stack.
    if (location && row.cells.location_id)
      for (const sal of atLocation.get(row.cells.location_id) ?? []) owners.add(sal);
    for (const owner of owners) if (owner) pushTo(owner, 'phones', phone);
  }
}

/**
 * Lists each schedule once. A row naming its service goes on the service (as the standard's own full example
 * shows it, even with a service_at_location_id too); otherwise on its service-at-location, or on every
 * service-at-location at its location.
 */
function joinSchedules(tables: HsdsCsvTables, links: Links, sals: JsonObject[]): void {
  const schedules = tables.load('schedules.csv', 'schedule.csv');
  if (!schedules) return;
  const atLocation = salsByLocation(sals);
  for (const row of schedules.rows) {
    const schedule = withLists(row, []);
    const service = tables.lookup(schedules, row, 'service_id', links.services);
    const sal = service ? undefined : tables.lookup(schedules, row, 'service_at_location_id', links.sals);
    const location = service || sal ? undefined : tables.lookup(schedules, row, 'location_id', links.locations);
    const owners = service
      ? [service]
      : sal
        ? [sal]
        : location
          ? (atLocation.get(row.cells.location_id ?? '') ?? [])
          : [];
    for (const owner of owners) pushTo(owner, 'schedules', schedule);
  }
}

/** Attributes: a taxonomy term linked by `link_id` to a service, organisation or location. */
function joinAttributes(tables: HsdsCsvTables, links: Links): void {
  const attributes = tables.load('attribute.csv', 'attributes.csv');
  if (!attributes) return;
  const terms = tables.index(tables.load('taxonomy_terms.csv'));
  const taxonomyTable = tables.load('taxonomies.csv', 'taxonomy.csv');
  const taxonomies = tables.index(taxonomyTable);
  // A term may name its taxonomy only by id; give it the taxonomy's name so `vocabulary:code` can be formed.
  for (const term of terms?.byId.values() ?? []) {
    const taxonomyId = typeof term.taxonomy_id === 'string' ? term.taxonomy_id : undefined;
    const taxonomy = taxonomyId ? taxonomies?.byId.get(taxonomyId) : undefined;
    if (term.taxonomy === undefined && taxonomy?.name !== undefined) term.taxonomy = taxonomy.name;
  }
  for (const row of attributes.rows) {
    const attribute = withLists(row, []);
    const term = tables.lookup(attributes, row, 'taxonomy_term_id', terms);
    if (term) attribute.taxonomy_term = term;
    const linkId = row.cells.link_id;
    if (linkId === undefined) continue;
    const owner = [links.services, links.organizations, links.locations].map((index) => index?.byId.get(linkId));
    const found = owner.find((candidate) => candidate !== undefined);
    if (found) pushTo(found, 'attributes', attribute);
    else
      tables.warnings.push(
        `${attributes.file} row ${row.row}: link_id "${linkId}" matches no service, organisation or location.`,
      );
  }
}

/** The tables other tables point into, by id. Optional tables are undefined when their file was not supplied. */
interface Links {
  services: HsdsIndex;
  organizations?: HsdsIndex;
  locations?: HsdsIndex;
  sals?: HsdsIndex;
  contacts?: HsdsIndex;
}

/** Puts each address on its location. */
function joinAddresses(tables: HsdsCsvTables, links: Links): void {
  const addresses = tables.load('addresses.csv', 'address.csv');
  if (!addresses) return;
  for (const row of addresses.rows) {
    const location = tables.lookup(addresses, row, 'location_id', links.locations);
    if (location) pushTo(location, 'addresses', withLists(row, []));
  }
}

/** Lists each service-at-location, carrying its location, on its service; returns them all for later joins. */
function joinServiceAtLocations(tables: HsdsCsvTables, links: Links): JsonObject[] {
  const table = tables.load('service_at_location.csv', 'service_at_locations.csv');
  if (!table) return [];
  links.sals = tables.index(table, ['schedules', 'phones']);
  return table.rows.map((row) => {
    const sal = links.sals?.byId.get(row.cells.id ?? '') ?? withLists(row, ['schedules', 'phones']);
    const location = tables.lookup(table, row, 'location_id', links.locations);
    if (location) sal.location = location;
    const service = tables.lookup(table, row, 'service_id', links.services);
    if (service) pushTo(service, 'service_at_locations', sal);
    return sal;
  });
}

/** Lists each contact on its service; contacts of organisations or locations stay indexed only, for their phones. */
function joinContacts(tables: HsdsCsvTables, links: Links): void {
  const table = tables.load('contacts.csv');
  if (!table) return;
  links.contacts = tables.index(table, ['phones']);
  for (const row of table.rows) {
    const contact = links.contacts?.byId.get(row.cells.id ?? '') ?? withLists(row, ['phones']);
    const service = tables.lookup(table, row, 'service_id', links.services);
    if (service) pushTo(service, 'contacts', contact);
  }
}

/** Lists rows of a service-level table (cost options, languages, service areas) on the service they name. */
function joinServiceChildren(tables: HsdsCsvTables, links: Links, file: string, key: string): void {
  const table = tables.load(file);
  if (!table) return;
  for (const row of table.rows) {
    const service = tables.lookup(table, row, 'service_id', links.services);
    if (service) pushTo(service, key, withLists(row, []));
  }
}

/**
 * Joins the files of an HSDS 3.0 tabular export (by base file name, e.g. `services.csv` → its text) into ORUK 3.0
 * service records shaped like the standard's `service_full.json`. Cell text is kept as written (trimmed), for the
 * normaliser to check. Only services.csv is required; broken links between files become warnings.
 */
export function parseHsdsCsv(files: Record<string, string>): { records: unknown[]; warnings: string[] } {
  const tables = new HsdsCsvTables(files);
  const services = tables.load('services.csv');
  if (!services) throw new Error('There is no services.csv among the files, so there are no services to read.');
  for (const column of ['id', 'name']) {
    if (!services.headers.includes(column)) throw new Error(`services.csv has no "${column}" column.`);
  }
  const links: Links = {
    services: { file: services.file, byId: new Map() },
    organizations: tables.index(tables.load('organizations.csv')),
    locations: tables.index(tables.load('locations.csv'), ['addresses']),
  };
  const records = services.rows.map((row) => {
    const record = withLists(row, SERVICE_LISTS);
    // A repeated id keeps its record (the normaliser rejects it by name) but joins go to the first.
    if (row.cells.id !== undefined && !links.services.byId.has(row.cells.id))
      links.services.byId.set(row.cells.id, record);
    const organization = tables.lookup(services, row, 'organization_id', links.organizations);
    if (organization) record.organization = organization;
    return record;
  });
  joinAddresses(tables, links);
  const sals = joinServiceAtLocations(tables, links);
  joinContacts(tables, links);
  joinPhones(tables, links, sals);
  joinSchedules(tables, links, sals);
  for (const [file, key] of SERVICE_CHILDREN) joinServiceChildren(tables, links, file, key);
  joinAttributes(tables, links);
  return { records, warnings: tables.warnings };
}

// Re-exported because callers choosing a reader ask this module which kind a CSV is.
export { detectCsvKind } from './detect-csv-kind';
