// The gaps rule's two numbers, alone so storage-items.ts can use the default without the rule's search code.

/** Fewer live services than this for a need within the distance counts as "few". */
export const FEW_SERVICES = 3;

/**
 * The distance used when the Find filters name no place (a referral made without searching by postcode), unless the
 * practice or its organisation sets another in settings (`gapDistanceKm`): the Find filters' own default, 5 km.
 */
export const DEFAULT_GAP_KM = 5;
