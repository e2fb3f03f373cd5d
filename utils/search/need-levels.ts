import type { Service } from '../directory/service';

/** Need levels per document, as bits: met at all, strongly (name, audiences, taxonomy), as a headline (name, taxonomy). */
export const ANY = 1;
export const STRONG = 2;
export const HEADLINE = 4;

/** An audience list this long or shorter says who the service is for; a longer one lists who is welcome. */
const NAMED_AUDIENCES = 2;

/**
 * How strongly a service's own text names each need it meets, from its evidence: a headline in its name or
 * taxonomy (a name carrying only clues, weak words such as "healthy lifestyle", is strong, not a headline, and so is
 * a forum's or an alliance's name: those speak for a group rather than serve it, and a name about volunteers, for any
 * need but volunteering: it offers a role, not the help); strong in an audience list of one or two (a
 * longer list says who is welcome, not what the service is for) or in the opening sentence of its description (what a description says first is what the service is);
 * otherwise met, from a mention further on.
 */
export function needLevels(
  service: Pick<Service, 'needEvidence' | 'eligibility'> & { name?: string },
): [string, number][] {
  const named = service.eligibility.audiences.length <= NAMED_AUDIENCES;
  const forum = /\b(forum|alliance)\b/i.test(service.name ?? '');
  const recruiting = /\bvolunteer(s|ing)?\b/i.test(service.name ?? '');
  return service.needEvidence.map((evidence): [string, number] => {
    let level = ANY;
    if (evidence.field === 'taxonomy') level |= STRONG | HEADLINE;
    else if (evidence.field === 'name')
      level |= evidence.clue || forum || (recruiting && evidence.need !== 'volunteering') ? STRONG : STRONG | HEADLINE;
    else if (evidence.field === 'audiences' && named) level |= STRONG;
    else if (evidence.opening) level |= STRONG;
    return [evidence.need, level];
  });
}
