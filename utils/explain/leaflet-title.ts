/** The leaflet's heading; the PCN name is empty until the practice sets it, and the title must still read well. */
export function leafletTitle(pcnName: string): string {
  const name = pcnName.trim();
  return `Social prescribing at ${name || 'your GP practice'}`;
}
